// Starts a real browser of each engine behind its WebDriver server, at phone
// size, and works around each driver's known quirks here (never in the widget).
//
// Firefox ESR: Debian's firefox-esr, headless, through geckodriver (crates.io).
// WebKitGTK:   Debian's MiniBrowser through WebKitWebDriver, on an Xvfb display
//              of its own (WebKitGTK has no headless mode in Debian's build).
//
// The drivers are spawned here and spoken to with selenium-webdriver's plain
// HTTP client, so Selenium Manager (which downloads drivers) is never involved.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebDriver, error } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';

export const PHONE = { width: 390, height: 844 };

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER || 'geckodriver';
const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';

/** MiniBrowser lives under the multiarch library folder, e.g. /usr/lib/x86_64-linux-gnu. */
function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const dir of readdirSync('/usr/lib')) {
    const path = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  throw new Error('MiniBrowser not found: install webkit2gtk-driver (./run setup), or set MINIBROWSER');
}

// Every helper process still running is ended when the test run ends, however it ends.
const alive = new Set();
process.on('exit', () => alive.forEach(stop));

/** Spawns a long-running helper; its output is kept for the error message if it dies early. */
function launch(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  alive.add(child);
  let output = '';
  const keep = (d) => (output = (output + d).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.output = () => output;
  child.on('error', (e) => keep(`cannot start ${command}: ${e.message}`));
  return child;
}

function stop(child) {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/** Waits until a WebDriver server answers /status, or fails with what it printed. */
async function ready(url, child, name) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${child.output()}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer on ${url}: ${child.output()}`);
}

/**
 * An Xvfb display of our own (-displayfd makes Xvfb pick a free number and
 * tell us), as large as the phone. With no window manager, X gives keyboard
 * focus to the window under the pointer, which starts at the screen's centre:
 * on a larger screen, sizing MiniBrowser down to the phone leaves the pointer
 * outside it and the page without focus, so key presses go nowhere.
 */
async function xvfb() {
  const screen = `${PHONE.width}x${PHONE.height}x24`;
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  alive.add(child);
  const display = await new Promise((ok, fail) => {
    let text = '';
    child.stdio[3].on('data', (d) => {
      text += d;
      if (text.includes('\n')) ok(`:${text.trim()}`);
    });
    child.on('error', (e) => fail(new Error(`cannot start Xvfb (./run setup installs xvfb): ${e.message}`)));
    child.on('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
  });
  return { child, display };
}

/** Makes the viewport (not the window) `size`: window chrome differs per engine. */
async function fitViewport(driver, { width, height }) {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 250));
  let rect = { width, height };
  for (let i = 0; i < 6; i++) {
    const inner = await driver.executeScript('return [innerWidth, innerHeight]');
    if (inner[0] === width && inner[1] === height) return;
    // Just after start a window may not be mapped yet (seen once with
    // WebKitGTK under Xvfb: "Invalid width value"): wait for a real size.
    if (!inner.every((n) => Number.isFinite(n) && n > 0)) {
      await pause();
      continue;
    }
    if (i > 0) rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
    try {
      await driver.manage().window().setRect(rect);
    } catch (e) {
      if (e.name !== 'InvalidArgumentError') throw e;
      rect = { width, height };
      await pause();
    }
  }
  const inner = await driver.executeScript('return [innerWidth, innerHeight]');
  throw new Error(`viewport is ${inner.join('x')}, wanted ${width}x${height}`);
}

/** A browser of one engine: its driver, and the actions that need per-engine care. */
class Browser {
  constructor(name, driver, cleanUp) {
    this.name = name;
    this.driver = driver;
    this.cleanUp = cleanUp;
  }

  /**
   * Clicks an element as a person taps it. WebKitWebDriver's element click can
   * fail with an ElementClickInterceptedError that has no message (seen on the
   * age box) although nothing covers the element; a pointer action at the
   * element's centre is what a tap is anyway, so fall back to it then.
   */
  async tap(element) {
    try {
      await element.click();
    } catch (e) {
      if (!(e instanceof error.ElementClickInterceptedError) || e.message) throw e;
      await this.driver.actions().move({ origin: element }).press().release().perform();
    }
  }

  /** Presses keys on whatever has focus, as a keyboard does. */
  async keys(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
  }

  /**
   * Gives the page keyboard focus before keyboard checks, and makes sure it
   * has it: without a window manager the MiniBrowser window has focus only
   * while the pointer is over it (see xvfb), and key events sent to a page
   * without focus prove nothing.
   */
  async focusPage() {
    await this.driver.switchTo().window(await this.driver.getWindowHandle());
    await this.driver.executeScript('window.focus()');
    const focused = await this.driver.executeScript('return document.hasFocus()');
    if (!focused) throw new Error(`${this.name}: the page has no focus, keyboard checks would mean nothing`);
  }

  async quit() {
    try {
      await this.driver.quit();
    } finally {
      this.cleanUp();
    }
  }
}

async function session(url, capabilities) {
  return WebDriver.createSession(new Executor(new HttpClient(url)), capabilities);
}

/**
 * A fresh Firefox profile whose browser window may be as narrow as a phone:
 * Firefox's own window CSS holds it at 500 px or wider, even headless; the
 * profile's userChrome.css lifts that, and -kiosk hides the toolbars so the
 * viewport is the whole window.
 */
function phoneProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'bpc-firefox-'));
  mkdirSync(join(dir, 'chrome'));
  writeFileSync(join(dir, 'chrome', 'userChrome.css'), ':root { min-width: 0 !important; }\n');
  writeFileSync(
    join(dir, 'user.js'),
    [
      'user_pref("toolkit.legacyUserProfileCustomizations.stylesheets", true);',
      // English unless a test asks otherwise; no reaching for the network.
      'user_pref("intl.accept_languages", "en-US");',
      'user_pref("network.captive-portal-service.enabled", false);',
      '',
    ].join('\n'),
  );
  return dir;
}

async function firefox(port) {
  const profile = phoneProfile();
  const driver = launch(GECKODRIVER, ['--host', '127.0.0.1', '--port', String(port)], {
    // The headless "screen", which kiosk mode fills.
    MOZ_HEADLESS_WIDTH: String(PHONE.width),
    MOZ_HEADLESS_HEIGHT: String(PHONE.height),
  });
  const cleanUp = () => {
    stop(driver);
    rmSync(profile, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await ready(url, driver, 'geckodriver (./run setup installs it with cargo)');
    const wd = await session(url, {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless', '-kiosk', '-profile', profile] },
    });
    return new Browser('Firefox ESR', wd, cleanUp);
  } catch (e) {
    cleanUp();
    throw e;
  }
}

async function webkit(port) {
  const x = await xvfb();
  const env = { DISPLAY: x.display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };
  const driver = launch(WEBKIT_WEBDRIVER, ['--host=127.0.0.1', `--port=${port}`], env);
  const url = `http://127.0.0.1:${port}`;
  try {
    await ready(url, driver, 'WebKitWebDriver');
    const wd = await session(url, {
      // Full screen hides MiniBrowser's toolbar, which otherwise keeps the
      // window at least 447 px wide; with no window manager the window can
      // then be sized to a phone's viewport.
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation', '--full-screen'] },
    });
    return new Browser('WebKitGTK', wd, () => [driver, x.child].forEach(stop));
  } catch (e) {
    stop(driver);
    stop(x.child);
    throw e;
  }
}

export const ENGINES = { firefox, webkit };

/** Starts engine `name` with its driver on `port`, sized as a phone. */
export async function start(name, port) {
  if (!Object.hasOwn(ENGINES, name)) throw new Error(`unknown engine "${name}": ENGINES takes ${Object.keys(ENGINES)}`);
  const browser = await ENGINES[name](port);
  try {
    await fitViewport(browser.driver, PHONE);
    await browser.driver.manage().setTimeouts({ script: 10_000, pageLoad: 20_000 });
  } catch (e) {
    await browser.quit();
    throw e;
  }
  return browser;
}

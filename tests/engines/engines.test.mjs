// The widget in the engines phones use besides Chromium's: Firefox ESR (Gecko)
// and WebKitGTK (WebKit, the engine of Safari and of every iPhone browser),
// driven over WebDriver at 390x844 against the release build in dist/.
//
//   node --test --test-reporter=spec engines.test.mjs
//
// ENGINES=firefox,webkit picks engines; ENGINES_PORT (default 4180) is the
// first of three loopback ports: the page server, geckodriver, WebKitWebDriver;
// ENGINES_DIST serves another build than the repository's dist/.
// Screenshots go to screenshots/engines/ (git-ignored).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Key } from 'selenium-webdriver';
import { serve } from './server.mjs';
import { start } from './browsers.mjs';
import { calm, find, inWidget, screen, until, walk } from './widget.mjs';

const engines = (process.env.ENGINES || 'firefox,webkit').split(',').map((e) => e.trim());
const port = Number(process.env.ENGINES_PORT || 4180);
const base = `http://127.0.0.1:${port}`;
const shots = new URL('../../screenshots/engines/', import.meta.url).pathname;
const TIMEOUT = 90_000;

let server;
before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(port, process.env.ENGINES_DIST || undefined);
});
after(() => server?.close());

/** Loads `path` and waits for the first question of every widget on it. */
async function open(browser, path, hosts = ['back-pain-check']) {
  await browser.driver.get(base + path);
  const probe = await browser.driver.executeScript('return !!window.__bpcProbe');
  assert.ok(probe, `${path}: the error probe is not on the page`);
  for (const host of hosts) {
    // A widget that reports an error never starts: say why at once.
    const started = async () => {
      const seen = await browser.driver.executeScript('return window.__bpcProbe');
      if (seen.console.length || seen.errors.length || seen.violations.length) {
        throw new Error(`${browser.name}: ${host} on ${path} reported ${JSON.stringify(seen)}`);
      }
      return (await screen(browser, host)).kind === 'step';
    };
    await until(started, `${host}'s first question on ${path}`, 15_000);
  }
}

/** What the probe recorded since the page loaded: no console error, uncaught error or CSP violation. */
async function assertClean(browser) {
  // Violation reports and error events are queued tasks: let them arrive.
  await new Promise((r) => setTimeout(r, 200));
  const seen = await browser.driver.executeScript('return window.__bpcProbe');
  assert.deepEqual(seen, { console: [], errors: [], violations: [] }, `${browser.name} reported problems`);
}

async function screenshot(browser, engine, name) {
  writeFileSync(`${shots}${engine}-${name}.png`, await browser.driver.takeScreenshot(), 'base64');
}

/** Styles only the widget's own stylesheet gives, read inside its shadow root. */
function widgetLooks(browser, host) {
  return inWidget(
    browser,
    (root) => {
      const legend = getComputedStyle(root.querySelector('.bpc-legend'));
      const option = getComputedStyle(root.querySelector('.bpc-option'));
      return {
        legendSize: parseFloat(legend.fontSize),
        legendTransform: legend.textTransform,
        legendColor: legend.color,
        optionBorder: option.borderTopWidth,
        optionsDisplay: getComputedStyle(root.querySelector('.bpc-options')).display,
        nextHeight: root.querySelector('button[type=submit]').getBoundingClientRect().height,
      };
    },
    host,
  );
}

function assertStyled(looks, where) {
  assert.ok(looks.legendSize >= 16, `${where}: question text is ${looks.legendSize}px`);
  assert.equal(looks.legendTransform, 'none', `${where}: host CSS reached the questions`);
  assert.notEqual(looks.legendColor, 'rgb(204, 0, 0)', `${where}: host colour reached the questions`);
  assert.equal(looks.optionBorder, '2px', `${where}: options have no widget border (stylesheet missing?)`);
  assert.notEqual(looks.optionsDisplay, 'inline', `${where}: options are laid out by the host's CSS`);
  assert.ok(looks.nextHeight >= 44, `${where}: Next is ${looks.nextHeight}px tall, under the 44px target`);
}

for (const [i, engine] of engines.entries()) {
  describe(engine, { timeout: 8 * TIMEOUT }, () => {
    let browser;
    before(
      async () => {
        browser = await start(engine, port + 1 + i);
      },
      { timeout: 60_000 },
    );
    after(() => browser?.quit());

    it('the probe catches a deliberate console error, uncaught error, rejection and CSP violation', { timeout: TIMEOUT }, async () => {
      await browser.driver.get(`${base}/engine-pages/deliberate.html?csp=header`);
      const seen = await until(async () => {
        const s = await browser.driver.executeScript('return window.__bpcProbe');
        return s.console.length && s.errors.length >= 2 && s.violations.length ? s : null;
      }, 'every deliberate problem to be recorded').catch(async (e) => {
        const s = await browser.driver.executeScript('return window.__bpcProbe');
        throw new Error(`${e.message}; recorded: ${JSON.stringify(s)}`);
      });
      assert.deepEqual(seen.console, ['deliberate console error']);
      assert.ok(seen.errors.some((e) => e.includes('deliberate uncaught error')), seen.errors.join(' | '));
      assert.ok(seen.errors.some((e) => e.includes('deliberate rejection')), seen.errors.join(' | '));
      assert.ok(seen.violations.every((v) => v.startsWith('style-src')), seen.violations.join(' | '));
    });

    it('demo page: a calm case walks to self care', { timeout: TIMEOUT }, async () => {
      await open(browser, '/');
      await screenshot(browser, engine, 'first-screen');
      assertStyled(await widgetLooks(browser), 'demo page');
      const { seen, triage } = await walk(browser, calm);
      assert.equal(triage, 'self_care', `screens: ${seen.join(' > ')}`);
      assert.ok(seen.includes('review') && seen.length >= 15, `screens: ${seen.join(' > ')}`);
      await assertClean(browser);
    });

    it('demo page: bladder or bowel trouble is an emergency, its banner on the first screen', { timeout: TIMEOUT }, async () => {
      await open(browser, '/');
      const { seen, triage } = await walk(browser, { ...calm, age: 52, bladder_bowel: true });
      assert.equal(triage, 'emergency', `screens: ${seen.join(' > ')}`);
      const result = await inWidget(browser, (root) => {
        const banner = root.querySelector('.bpc-banner').getBoundingClientRect();
        return {
          reasons: [...root.querySelectorAll('.bpc-result [data-reason]')].map((e) => e.dataset.reason),
          banner: { top: banner.top, bottom: banner.bottom },
          viewport: innerHeight,
        };
      });
      assert.ok(result.reasons.includes('cauda_equina'), `reasons: ${result.reasons}`);
      assert.ok(
        result.banner.top >= 0 && result.banner.bottom <= result.viewport,
        `the emergency banner is off screen: ${JSON.stringify(result)}`,
      );
      await screenshot(browser, engine, 'emergency');
      await assertClean(browser);
    });

    it('demo page: switching to Spanish', { timeout: TIMEOUT }, async () => {
      await open(browser, '/');
      const english = await inWidget(browser, (root) => root.querySelector('.bpc-title').textContent);
      await browser.tap(await find(browser, 'button[data-lang="es"]'));
      await until(async () => (await inWidget(browser, (root) => root.querySelector('.bpc').lang)) === 'es', 'lang="es"');
      const words = () =>
        inWidget(browser, (root) => ({
          title: root.querySelector('.bpc-title').textContent,
          next: root.querySelector('button[type=submit]').textContent.trim(),
        }));
      const spanish = await words();
      assert.notEqual(spanish.title, english);
      assert.equal(spanish.next, 'Siguiente');
      // The next screen is Spanish too.
      const first = await screen(browser);
      await find(browser, 'input.bpc-number').then((age) => age.sendKeys('40'));
      await browser.tap(await find(browser, 'fieldset[data-question="sex"] label'));
      await browser.tap(await find(browser, 'button[type=submit]'));
      await until(async () => (await screen(browser)).step !== first.step, 'the second screen');
      assert.deepEqual(await words(), spanish);
      await assertClean(browser);
    });

    it('demo page: the first screen by keyboard alone, focus moving to the next heading', { timeout: TIMEOUT }, async () => {
      await open(browser, '/');
      await browser.focusPage();
      const active = () =>
        inWidget(browser, (root) => {
          const a = root.activeElement;
          if (!a) return null;
          return { tag: a.tagName.toLowerCase(), type: a.type, question: a.closest('[data-question]')?.dataset.question ?? null, checked: a.checked };
        });
      const tabTo = async (want, what) => {
        for (let n = 0; n < 12; n++) {
          await browser.keys(Key.TAB);
          const a = await active();
          if (a && want(a)) return a;
        }
        throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await active())}`);
      };
      await tabTo((a) => a.question === 'age', 'the age box');
      await browser.keys('40');
      await tabTo((a) => a.question === 'sex' && a.type === 'radio', 'the sex options');
      await browser.keys(Key.SPACE);
      assert.equal((await active()).checked, true, 'Space did not choose the focused option');
      await tabTo((a) => a.tag === 'button' && a.type === 'submit', 'Next');
      await browser.keys(Key.ENTER);
      await until(async () => (await screen(browser)).step !== 'about_you', 'the second screen');
      const heading = await until(async () => {
        const a = await active();
        return a && a.tag === 'h2' ? a : null;
      }, 'focus on the new screen heading');
      assert.equal(heading.tag, 'h2');
      await assertClean(browser);
    });

    it('strict CSP in a <meta> on a hostile host page: both widgets styled, no violation', { timeout: TIMEOUT }, async () => {
      await open(browser, '/test-pages/hostile.html', ['#first', '#second']);
      assertStyled(await widgetLooks(browser, '#first'), 'hostile page, first widget');
      assertStyled(await widgetLooks(browser, '#second'), 'hostile page, second widget');
      await assertClean(browser);
    });

    it('strict CSP as an HTTP header: styled, answers, no violation', { timeout: TIMEOUT }, async () => {
      await open(browser, '/engine-pages/strict-header.html?csp=header');
      assertStyled(await widgetLooks(browser), 'strict header page');
      const { triage } = await walk(browser, { ...calm, age: 52, bladder_bowel: true });
      assert.equal(triage, 'emergency');
      await assertClean(browser);
    });
  });
}

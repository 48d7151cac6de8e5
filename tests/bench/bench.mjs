// The widget's bench: sizes, start-up against a static floor, answer latency,
// memory and the native engine, each with its budget. Run through `./run bench`
// after a release build (dist/). Exits 1 when a budget is over.
//
//   node tests/bench/bench.mjs [dist-dir]
//
// Environment: BENCH_RUNS (start-up runs per page, default 11), BENCH_WALKS
// (full walks for answer latency, default 3), BENCH_PORT (default 4290),
// CHROMIUM (default /usr/bin/chromium).
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { chromiumLaunch } from '../e2e/chromium.js';
import { mutantsReport } from './mutants.mjs';

const here = new URL('.', import.meta.url).pathname;
const root = resolve(here, '../..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WALKS = Number(process.env.BENCH_WALKS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4290);
const THROTTLE = 4;
const VIEWPORT = { width: 390, height: 844 };

const BUDGET = {
  walkGzip: 120_000, // bytes a person downloads for a full walk in one language (1 KB = 1000 bytes)
  startRatio: 1.5,
  answerP95: 16, // ms at 4x throttling
  assessNs: 10_000,
};

// The answers of public case 1 (acute back pain after lifting), a full walk
// with the review screen: the same answers as the end-to-end tests.
const { calm } = await import('../e2e/specs/walk.js');
const CASE = { ...calm, age: 34, duration: 'under_1_week', pain_now: 6, onset_activity: ['lifting'], work_demands: ['long_sitting'] };

// ---- sizes ---------------------------------------------------------------

// Shipped = what a host serves: the loader and every file it names (the
// wasm-bindgen module, the wasm, the widget stylesheet and one file of words
// per language). A walk = what one person downloads: all of it but the other
// languages' words. The rest of dist/ is the demo page's.
const files = readdirSync(dist).sort();
const loader = readFileSync(join(dist, 'back-pain-check.js'), 'utf8');
const named = [...loader.matchAll(/(?:new URL\(|from ?)["']\.\/([^"'?#]+)["']/g)].map((m) => m[1]);
const shippedFiles = ['back-pain-check.js', ...new Set(named)];
for (const f of shippedFiles) if (!files.includes(f)) throw new Error(`back-pain-check.js names ${f}, which is not in ${dist}`);
const demoFiles = files.filter((f) => !shippedFiles.includes(f) && !/_bg\.wasm$|^back-pain-check-[0-9a-f]+\.js$/.test(f));
const moduleFile = shippedFiles.find((f) => /\.js$/.test(f) && f !== 'back-pain-check.js');
const cssFile = shippedFiles.find((f) => /\.css$/.test(f));
// texts-en-HASH.txt: the words of one language.
const wordFiles = new Map(shippedFiles.flatMap((f) => {
  const code = f.match(/^texts-(\w+)-[0-9a-f]+\.txt$/)?.[1];
  return code ? [[code, f]] : [];
}));
if (shippedFiles.length !== 4 + wordFiles.size || wordFiles.size < 2 || !moduleFile || !cssFile || !shippedFiles.some((f) => f.endsWith('.wasm'))) {
  throw new Error(`expected the loader to name a module, a wasm, a stylesheet and a file of words per language: ${shippedFiles.join(', ')}`);
}

function sizes(name) {
  const body = readFileSync(join(dist, name));
  return {
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}
const shipped = shippedFiles.map(sizes);
const demo = demoFiles.map(sizes);
const sum = (list) => list.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const total = sum(shipped);
// A full walk in one language: the shared files and that language's words.
const walkFiles = (code) => shippedFiles.filter((f) => !/^texts-/.test(f) || f === wordFiles.get(code));
const walks = [...wordFiles.keys()].map((code) => ({ code, files: walkFiles(code), ...sum(shipped.filter((s) => walkFiles(code).includes(s.name))) }));

// ---- where the wasm's bytes go --------------------------------------------

// The shipped wasm has no names, so it is rebuilt here from the same pre-bindgen
// wasm with trunk's wasm-opt settings (read from index.html) plus -g, which
// keeps the names. The same run without -g must give the shipped bytes exactly,
// so the breakdown is of the file that ships. Needs wasm-bindgen, wasm-opt and
// twiggy on PATH (./run bench sets them up).
function wasmOrigins() {
  const pre = join(root, 'target/wasm32-unknown-unknown/release/back_pain_check.wasm');
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const level = (html.match(/data-wasm-opt="(\w+)"/) ?? [])[1];
  const params = ((html.match(/data-wasm-opt-params="([^"]*)"/) ?? [])[1] ?? '').split(/\s+/).filter(Boolean);
  if (!level) throw new Error('index.html names no data-wasm-opt level');
  const work = mkdtempSync(join(tmpdir(), 'bpc-twiggy-'));
  try {
    const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    // The same wasm-bindgen arguments as trunk (the output name shows in the wasm).
    run('wasm-bindgen', ['--target=web', '--no-typescript', '--out-name=back-pain-check', `--out-dir=${work}`, pre]);
    const bg = join(work, 'back-pain-check_bg.wasm');
    const opt = (out, extra) => run('wasm-opt', [`--output=${out}`, `-O${level}`, bg, ...params, ...extra]);
    opt(join(work, 'plain.wasm'), []);
    opt(join(work, 'named.wasm'), ['-g']);
    const shipped = readFileSync(join(dist, shippedFiles.find((f) => f.endsWith('.wasm'))));
    const same = readFileSync(join(work, 'plain.wasm')).equals(shipped);
    const items = JSON.parse(run('twiggy', ['top', '-n', '1000000', '--format', 'json', join(work, 'named.wasm')]));
    // Origin of each item: data, this crate's module, or the crate it comes from.
    const origin = (name) => {
      if (/^data segment/.test(name)) return 'data (text, tables, constants)';
      if (/names" subsection|^custom section/.test(name)) return null;
      const plain = name.replace(/\[[0-9a-f]+\]/g, '');
      const ours = plain.match(/back_pain_check::(\w+)/);
      if (ours) return `back_pain_check::${ours[1]}`;
      const layer = plain.match(/\bback_pain_check_(engine|content|flow)::/);
      if (layer) return `crates/${layer[1]}`;
      if (/\b(serde_core|serde_json|serde)::/.test(plain)) return 'serde, serde_json';
      if (/\bgloo_\w+::/.test(plain)) return 'gloo';
      const crate = plain.match(/\b(yew|implicit_clone|hashbrown|indexmap|wasm_bindgen\w*|js_sys|web_sys|dlmalloc|core|alloc|std)::/);
      // std's generic code made for other crates' types (Vec<VNode>, Rc<..>) counts as std here.
      const STD = 'Rust std (core, alloc, std; with generic code for other crates\' types)';
      if (crate) return { core: STD, alloc: STD, std: STD, hashbrown: 'yew (with hashbrown, indexmap)', indexmap: 'yew (with hashbrown, indexmap)', implicit_clone: 'yew (with hashbrown, indexmap)', wasm_bindgen_futures: 'wasm-bindgen, js-sys, web-sys', js_sys: 'wasm-bindgen, js-sys, web-sys', web_sys: 'wasm-bindgen, js-sys, web-sys' }[crate[1]] ?? (crate[1].startsWith('wasm_bindgen') ? 'wasm-bindgen, js-sys, web-sys' : crate[1]);
      return 'other (imports, exports, tables, glue shims)';
    };
    const by = new Map();
    for (const { name, shallow_size } of items) {
      const o = origin(name);
      if (o) by.set(o, (by.get(o) ?? 0) + shallow_size);
    }
    const top = items.filter((i) => origin(i.name)).slice(0, 10);
    return { same, by: [...by].sort((a, b) => b[1] - a[1]), top };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- native engine (divan) -----------------------------------------------

function nativeAssessNs() {
  const out = execFileSync('cargo', ['bench', '--quiet', '-p', 'back-pain-check-engine', '--bench', 'assess', '--', 'assess_complete'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // "├─ assess_complete   1.2 µs │ 3.4 µs │ 1.3 µs │ 1.3 µs │ 100 │ 1600": fastest, slowest, median, mean
  const line = out.split('\n').find((l) => l.includes('assess_complete'));
  if (!line) throw new Error(`no assess_complete in divan's output:\n${out}`);
  const cols = line.split('│').map((c) => c.trim());
  const median = cols[2].match(/([\d.]+)\s*(ns|µs|us|ms|s)$/);
  if (!median) throw new Error(`cannot read the median from: ${line}`);
  const scale = { ns: 1, 'µs': 1e3, us: 1e3, ms: 1e6, s: 1e9 }[median[2]];
  return Number(median[1]) * scale;
}

// ---- the pages -----------------------------------------------------------

// A scratch copy of dist/ with two bench host pages: the widget, and the
// static floor (the same first-question markup and stylesheet, no script).
const site = mkdtempSync(join(tmpdir(), 'bpc-bench-'));
for (const f of files) copyFileSync(join(dist, f), join(site, f));
const page = (body, head = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>back-pain-check bench</title>
${head}
</head>
<body>
<main>
${body}
<p>Host page content after the widget.</p>
</main>
</body>
</html>
`;
writeFileSync(
  join(site, 'bench-widget.html'),
  page('<back-pain-check></back-pain-check>', '<script type="module" src="back-pain-check.js"></script>'),
);

const server = spawn(process.execPath, [join(root, 'tests/e2e/serve.mjs'), String(PORT), site], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ok, fail) => {
  server.stdout.once('data', ok);
  server.once('exit', (code) => fail(new Error(`serve.mjs exited (${code})`)));
});
const base = `http://127.0.0.1:${PORT}/`;

// Runs in every page before its own scripts: marks when the age input is in
// the widget's shadow root, visible, with the widget's stylesheet applied.
// Mutation observers (microtasks, no polling) on the document and on every
// shadow root; a capturing load listener catches the floor's stylesheet.
const probe = () => {
  let resolveReady;
  const t = { ready: null, frame: null, promise: new Promise((r) => (resolveReady = r)) };
  window.__bench = t;
  const watched = new WeakSet();
  const watch = (r) => {
    if (watched.has(r)) return;
    watched.add(r);
    new MutationObserver(check).observe(r, { childList: true, subtree: true });
    r.addEventListener('load', check, true);
  };
  function check() {
    if (t.ready !== null) return;
    const host = document.querySelector('back-pain-check');
    const r = host && host.shadowRoot;
    if (!r) return;
    watch(r);
    const input = r.querySelector('input.bpc-number');
    if (!input || input.disabled) return;
    if (r.adoptedStyleSheets.length + r.styleSheets.length === 0) return;
    if (!input.checkVisibility()) return;
    t.ready = performance.now();
    requestAnimationFrame(() => {
      t.frame = performance.now();
      resolveReady({ ready: t.ready, frame: t.frame });
    });
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const r = attach.call(this, init);
    watch(r);
    return r;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
  addEventListener('load', check);
};

const browser = await chromium.launch(chromiumLaunch);

async function fresh({ throttle = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(probe);
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  return { context, page: p, cdp, errors };
}

async function open(p, name) {
  await p.goto(base + name, { waitUntil: 'commit' });
  return p.evaluate(() => window.__bench.promise);
}

// The floor page: the widget's first screen as rendered, in a declarative
// shadow root with the widget's stylesheet linked (no script at all).
{
  const { context, page: p } = await fresh({ throttle: false });
  await open(p, 'bench-widget.html');
  const inner = await p.evaluate(() => document.querySelector('back-pain-check').shadowRoot.innerHTML);
  await context.close();
  writeFileSync(
    join(site, 'bench-floor.html'),
    page(`<back-pain-check><template shadowrootmode="open"><link rel="stylesheet" href="${cssFile}">${inner}</template></back-pain-check>`),
  );
}

async function startup(name) {
  const { context, page: p, errors } = await fresh();
  const t = await open(p, name);
  await context.close();
  if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
  return t.ready;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

// One discarded warm-up each, then alternate the two pages.
await startup('bench-widget.html');
await startup('bench-floor.html');
const widgetMs = [];
const floorMs = [];
for (let i = 0; i < RUNS; i++) {
  widgetMs.push(await startup('bench-widget.html'));
  floorMs.push(await startup('bench-floor.html'));
}

// ---- answer latency and memory over full walks ---------------------------

// In the page: answers the questions on the current screen (settling after),
// then clicks Next (or "See my result") and times, with performance.now(),
// from the click to the next screen's [data-step] (or the review or result).
async function screenStep(p, answers) {
  return p.evaluate(async (answers) => {
    const r = document.querySelector('back-pain-check').shadowRoot;
    const screen = () =>
      r.querySelector('.bpc-result') ? 'result' : r.querySelector('.bpc-review') ? 'review' : r.querySelector('[data-step]')?.dataset.step;
    const settle = () => new Promise((ok) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(ok)), 20));
    const before = screen();
    if (before === 'result') return { screen: before };
    let button;
    if (before === 'review') {
      button = [...r.querySelectorAll('button')].find((b) => b.textContent.trim() === 'See my result');
    } else {
      const done = new Set();
      for (let pass = 0; pass < 5; pass++) {
        const todo = [...r.querySelectorAll('fieldset[data-question]')].filter((f) => f.dataset.question in answers && !done.has(f.dataset.question));
        if (!todo.length) break;
        for (const f of todo) {
          const id = f.dataset.question;
          done.add(id);
          const value = answers[id];
          const number = f.querySelector('input.bpc-number');
          if (typeof value === 'number' && number) {
            number.value = String(value);
            number.dispatchEvent(new InputEvent('input', { bubbles: true }));
          } else {
            for (const v of Array.isArray(value) ? value : [value]) {
              const input = r.querySelector(`fieldset[data-question="${id}"] input[value="${String(v)}"]`);
              if (!input) throw new Error(`no option ${v} for ${id}`);
              if (!input.checked) input.click();
            }
          }
          await settle();
        }
      }
      button = r.querySelector('form[data-step] button[type="submit"]');
    }
    await settle();
    return new Promise((ok) => {
      let t0 = 0;
      const timer = setTimeout(() => {
        mo.disconnect();
        ok({ screen: before, stuck: [...r.querySelectorAll('.bpc-problem')].map((e) => e.textContent).join(' | ') || 'no change' });
      }, 5000);
      const mo = new MutationObserver(() => {
        const now = screen();
        if (now !== before) {
          const ms = performance.now() - t0;
          mo.disconnect();
          clearTimeout(timer);
          ok({ screen: before, next: now, ms });
        }
      });
      mo.observe(r, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-step', 'class'] });
      t0 = performance.now();
      button.click();
    });
  }, answers);
}

const latencies = [];
// The slowest time seen for each change of screen, to show where p95 comes from.
const slowest = new Map();
let memory = null;
let screensPerWalk = 0;
// What the first walk (English) really fetched, to check the walk's sum.
let fetchedInWalk = [];
for (let w = 0; w < WALKS; w++) {
  const { context, page: p, cdp, errors } = await fresh();
  if (w === 0) p.on('request', (r) => fetchedInWalk.push(new URL(r.url()).pathname.split('/').pop()));
  await open(p, 'bench-widget.html');
  let screens = 0;
  for (let guard = 0; guard < 40; guard++) {
    const s = await screenStep(p, CASE);
    if (s.stuck) throw new Error(`walk stuck on ${s.screen}: ${s.stuck}`);
    if (s.screen === 'result') break;
    latencies.push(s.ms);
    const change = `${s.screen} -> ${s.next}`;
    slowest.set(change, Math.max(slowest.get(change) ?? 0, s.ms));
    screens++;
  }
  screensPerWalk = screens;
  if (w === 0) {
    // wasm linear memory through the module's own init (idempotent once
    // loaded), then the JS heap after a garbage collection.
    const wasmBytes = await p.evaluate(async (m) => {
      const mod = await import(new URL(m, location.href).href);
      return (await mod.default()).memory.buffer.byteLength;
    }, moduleFile);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    memory = { wasmBytes, jsUsed: heap.usedSize, jsTotal: heap.totalSize };
  }
  await context.close();
  if (errors.length) throw new Error(`walk: ${errors.join('; ')}`);
}

// ---- what a person reads on the result ----------------------------------

// Each result case walked to its result: the words shown without opening
// anything, the result's height, and the time from the last answer to the
// result on screen (the same budgets as tests/e2e/specs/result-budget.spec.js).
const { BUDGETS, RESULT_CASES, measureResult } = await import('../e2e/specs/result-words.js');
const resultRows = [];
for (const c of RESULT_CASES) {
  const { context, page: p, errors } = await fresh();
  await open(p, 'bench-widget.html');
  let toResult = NaN;
  // A build that cannot walk a case (an older one, say, without "Not sure")
  // gets a failing row instead of stopping the bench.
  try {
    for (let guard = 0; guard < 40; guard++) {
      const s = await screenStep(p, c.answers);
      if (s.stuck) throw new Error(`walk stuck on ${s.screen}: ${s.stuck}`);
      if (s.screen === 'result') break;
      if (s.next === 'result') toResult = s.ms;
    }
    const m = await p.evaluate(measureResult);
    const triage = await p.evaluate(() => document.querySelector('back-pain-check').shadowRoot.querySelector('.bpc-banner')?.dataset.triage);
    if (errors.length) throw new Error(errors.join('; '));
    resultRows.push({ ...c, ...m, got: triage, toResult });
  } catch (e) {
    resultRows.push({ ...c, words: NaN, height: NaN, got: `not walked: ${e.message.split('\n')[0]}`, toResult });
  }
  await context.close();
}

const chromiumVersion = browser.version();
await browser.close();
server.kill();
rmSync(site, { recursive: true, force: true });

let assessNs = NaN;
try {
  assessNs = nativeAssessNs();
} catch (e) {
  console.error(`native bench failed: ${e.message.split('\n')[0]}`);
}

// ---- report --------------------------------------------------------------

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? cpus()[0]?.model;
const out = [];
out.push(`machine: ${cpus().length} CPUs, ${cpuModel}; Chromium ${chromiumVersion}; Node ${process.version}`);
out.push('');
out.push('| shipped file | raw | gzip -9 | brotli |');
out.push('| --- | ---: | ---: | ---: |');
for (const s of shipped) out.push(`| ${s.name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
out.push(`| all shipped files (every language) | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
for (const w of walks) out.push(`| **a full walk in ${w.code}** (${w.files.length} files) | ${kb(w.raw)} | **${kb(w.gzip)}** | ${kb(w.brotli)} |`);
for (const s of demo) out.push(`| (demo only) ${s.name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
out.push('');
let origins = null;
try {
  origins = wasmOrigins();
} catch (e) {
  out.push(`(where the wasm's bytes go: not measured: ${e.message.split('\n')[0]})`, '');
}
if (origins) {
  const sum = origins.by.reduce((t, [, n]) => t + n, 0);
  out.push(`where the shipped wasm's bytes go (wasm-opt output with names kept; ${origins.same ? 'the same build without names is byte for byte the shipped file' : 'WARNING: the rebuilt wasm differs from the shipped one'}):`);
  out.push('');
  out.push('| origin | bytes | share |');
  out.push('| --- | ---: | ---: |');
  for (const [o, n] of origins.by) out.push(`| ${o} | ${kb(n)} | ${((100 * n) / sum).toFixed(1)}% |`);
  out.push('');
  out.push('| largest items of the shipped wasm | bytes |');
  out.push('| --- | ---: |');
  for (const i of origins.top) out.push(`| ${i.name.replace(/\[[0-9a-f]+\]|::h[0-9a-f]{16}/g, '').replace(/\|/g, '\\|').slice(0, 110)} | ${kb(i.shallow_size)} |`);
  out.push('');
}
const wMed = median(widgetMs);
const fMed = median(floorMs);
const ratio = wMed / fMed;
const p50 = percentile(latencies, 0.5);
const p95 = percentile(latencies, 0.95);
out.push(`| measure (${VIEWPORT.width}x${VIEWPORT.height}, ${THROTTLE}x CPU throttling) | value |`);
out.push('| --- | ---: |');
out.push(`| first question interactive, widget (median of ${RUNS}) | ${ms(wMed)} |`);
out.push(`| first question, static floor page (median of ${RUNS}) | ${ms(fMed)} |`);
out.push(`| ratio widget / floor | ${ratio.toFixed(2)}x |`);
out.push(`| answer to next screen p50 (${latencies.length} answers, ${WALKS} walks of ${screensPerWalk} screens) | ${ms(p50)} |`);
out.push(`| answer to next screen p95 | ${ms(p95)} |`);
out.push(`| wasm memory after a full walk | ${kb(memory.wasmBytes)} |`);
out.push(`| JS heap used after a full walk (after GC) | ${kb(memory.jsUsed)} |`);
out.push(`| native assess_complete (divan median) | ${(assessNs / 1000).toFixed(3)} µs |`);
out.push('');
out.push('| result case (390x844, English) | result | words shown | budget | height | budget | last answer to result (4x) |');
out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of resultRows) {
  const b = BUDGETS[r.triage];
  out.push(`| ${r.name} | ${r.got} | ${r.words} | ${b.words} | ${r.height} px | ${b.height} px | ${ms(r.toResult)} |`);
}
out.push('');
out.push(`slowest changes of screen (max over ${WALKS} walks): ${[...slowest].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([c, t]) => `${c} ${t.toFixed(1)}`).join(', ')}`);
out.push(`start-up runs, widget ms: ${widgetMs.map((x) => x.toFixed(0)).join(' ')}`);
out.push(`start-up runs, floor ms:  ${floorMs.map((x) => x.toFixed(0)).join(' ')}`);
const fetchedShipped = [...new Set(fetchedInWalk)].filter((f) => shippedFiles.includes(f)).sort();
out.push(`files the first (English) walk fetched: ${fetchedShipped.join(', ')}`);
out.push('');

const verdicts = [
  ...walks.map((w) => [`a full walk in ${w.code}: ${kb(w.gzip)} gzip <= ${kb(BUDGET.walkGzip)}`, w.gzip <= BUDGET.walkGzip]),
  [`the English walk fetched exactly its ${walkFiles('en').length} files`, fetchedShipped.join() === [...walkFiles('en')].sort().join()],
  [`first question ${ratio.toFixed(2)}x the static floor <= ${BUDGET.startRatio}x`, ratio <= BUDGET.startRatio],
  [`answer latency p95 ${ms(p95)} < ${BUDGET.answerP95} ms at ${THROTTLE}x`, p95 < BUDGET.answerP95],
  [`native assessment ${(assessNs / 1000).toFixed(3)} µs < ${BUDGET.assessNs / 1000} µs`, assessNs < BUDGET.assessNs],
];
for (const r of resultRows) {
  const b = BUDGETS[r.triage];
  verdicts.push([`${r.name}: ${r.got} (expected ${r.triage}), ${r.words} words <= ${b.words}, ${r.height} px <= ${b.height} px`,
    r.got === r.triage && r.words <= b.words && r.height <= b.height]);
}
const mutants = mutantsReport();
out.push(...mutants.lines);
verdicts.push(mutants.verdict);
for (const [what, ok] of verdicts) out.push(`budget ${ok ? 'PASS' : 'FAIL'}: ${what}`);
console.log(out.join('\n'));
process.exit(verdicts.every(([, ok]) => ok) ? 0 : 1);

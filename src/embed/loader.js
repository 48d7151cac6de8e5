// back-pain-check.js: the one file a host page loads.
//
//   <script type="module" src=".../back-pain-check.js"></script>
//   <back-pain-check></back-pain-check>
//
// It defines the <back-pain-check> custom element. Each element renders the
// widget into its own open shadow root, styled by one constructable stylesheet
// shared by all elements (no <style> elements, no style attributes: it runs
// under a strict Content-Security-Policy). The wasm, the stylesheet and the
// language files are found next to this file, so dist/ can be copied to any
// path. Nothing is added to the host page's globals.
//
// The wasm carries code, not prose: each language's words are a file of
// their own (crates/content/src/asset.rs). Only the language an element
// starts in is fetched, alongside the wasm; another is fetched when the
// person switches to it (or the host changes `lang`).
//
// The build (scripts/trunk-post-build.mjs) fills in the hashed file names.
// The wasm-bindgen module is imported on demand, so that if it fails to
// load the element still exists and can show its fallback.
const moduleUrl = new URL('./__BPC_MODULE__', import.meta.url);
const wasmUrl = new URL('./__BPC_WASM__', import.meta.url);
const stylesUrl = new URL('./__BPC_STYLES__', import.meta.url);
// { en: new URL('./texts-en-HASH.txt', import.meta.url), ... }, in the
// widget's order of languages (the first is its fallback).
const WORDS = __BPC_WORDS__;

// What the element shows when the widget cannot run (the wasm failed to load,
// or it stopped on an internal error): plain words and the emergency advice,
// never an empty box. Kept here because it must work without the wasm.
const FALLBACK = {
  en: {
    title: 'The back pain check could not start.',
    what: 'Something went wrong, so the questions cannot be shown. None of your answers were sent anywhere.',
    emergency:
      'Get help now if you have new trouble passing urine or controlling your bladder or bowels, numbness around your genitals, bottom or inner thighs, leg weakness that is getting worse, or back pain after a serious fall or accident: call {number} or go to an emergency department.',
    otherwise: 'If you are worried about your back pain, contact a doctor, nurse or pharmacist.',
  },
  es: {
    title: 'No se ha podido iniciar la evaluación del dolor de espalda.',
    what: 'Algo ha fallado y no se pueden mostrar las preguntas. Ninguna de sus respuestas se ha enviado a ningún sitio.',
    emergency:
      'Pida ayuda ahora si tiene problemas nuevos para orinar o para controlar la vejiga o el intestino, adormecimiento en la zona genital, el ano o la parte interna de los muslos, debilidad en una pierna que va a peor, o dolor de espalda tras una caída o un accidente fuerte: llame al {number} o vaya a urgencias.',
    otherwise: 'Si le preocupa su dolor de espalda, consulte a un médico, a una enfermera o a un farmacéutico.',
  },
};
const FALLBACK_CSS =
  ':host{display:block}.fallback{all:initial;display:block;font:medium/1.5 system-ui,sans-serif;color:#1d2428;background:#fff;border:3px solid #b0281a;border-radius:.5em;padding:1em}.fallback p{margin:0 0 .75em}.fallback strong{font-weight:700}';

// The language an element speaks, by the widget's own rule (app.rs,
// settings.rs): its `lang` if `known` has it, else the browser's first such
// language, else the first of `known`. For its words and for its fallback.
function languageOf(el, known) {
  for (const tag of [el.getAttribute('lang'), ...navigator.languages]) {
    const code = (tag ?? '').split(/[-_]/)[0].toLowerCase();
    if (Object.hasOwn(known, code)) return code;
  }
  return Object.keys(known)[0];
}

function fallbackText(el) {
  const lang = languageOf(el, FALLBACK);
  const given = (el.getAttribute('emergency-number') ?? '').trim();
  const number = /^[0-9 +()-]{1,16}$/.test(given) && /[0-9]/.test(given) ? given : '112';
  const t = FALLBACK[lang];
  return { ...t, emergency: t.emergency.replace('{number}', number) };
}

let fallbackSheet = null;

// Each language's file, fetched at most once per page (again after a
// failure, so a switch made offline can be retried once back online).
const words = new Map();
function wordsOf(code) {
  let file = words.get(code);
  if (!file) {
    file = fetch(WORDS[code]).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`words ${code}: HTTP ${r.status}`))));
    words.set(code, file);
    file.catch(() => words.delete(code));
  }
  return file;
}

let loading = null;
function load() {
  // The wasm download starts now, alongside the module's: waiting for the
  // module first would add a round trip before the largest file.
  if (loading) return loading;
  const wasmResponse = fetch(wasmUrl);
  // Handled below once the module has loaded; this only keeps a failed
  // download from also being reported as an unhandled rejection.
  wasmResponse.catch(() => {});
  loading = Promise.all([
    import(moduleUrl.href).then(async (wasm) => {
      await wasm.default({ module_or_path: wasmResponse });
      return wasm;
    }),
    fetch(stylesUrl)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`styles: HTTP ${r.status}`))))
      .then((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      }),
  ]);
  return loading;
}

class BackPainCheck extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'theme', 'emergency-number', 'clinic-name', 'clinic-contact', 'save'];
  }

  #widget = null;
  #root = this.attachShadow({ mode: 'open' });

  constructor() {
    super();
    // Sent by the wasm's panic hook: the widget stopped, show the fallback.
    this.addEventListener('back-pain-check-failed', () => this.#fail());
  }

  #fail() {
    this.#widget = null;
    if (!fallbackSheet) {
      fallbackSheet = new CSSStyleSheet();
      fallbackSheet.replaceSync(FALLBACK_CSS);
    }
    this.#root.adoptedStyleSheets = [fallbackSheet];
    const t = fallbackText(this);
    const box = document.createElement('div');
    box.className = 'fallback';
    box.setAttribute('part', 'fallback');
    box.setAttribute('role', 'alert');
    const lines = [t.title, t.what, t.emergency, t.otherwise].map((words, i) => {
      const p = document.createElement('p');
      if (i === 0 || i === 2) {
        const strong = document.createElement('strong');
        strong.textContent = words;
        p.append(strong);
      } else {
        p.textContent = words;
      }
      return p;
    });
    box.append(...lines);
    this.#root.replaceChildren(box);
  }

  connectedCallback() {
    if (this.#widget) return;
    // Both downloads start now: the language file beside the wasm.
    const text = wordsOf(languageOf(this, WORDS));
    Promise.all([load(), text]).then(
      ([[wasm, sheet], text]) => {
        if (!this.isConnected || this.#widget) return;
        this.#root.adoptedStyleSheets = [sheet];
        const container = document.createElement('div');
        container.setAttribute('part', 'widget');
        this.#root.replaceChildren(container);
        try {
          this.#widget = wasm.mount(this, container, text, wordsOf);
        } catch (error) {
          console.error('<back-pain-check> stopped:', error);
          this.#fail();
        }
      },
      (error) => {
        console.error('<back-pain-check> could not start:', error);
        if (this.isConnected) this.#fail();
      },
    );
  }

  disconnectedCallback() {
    // A move within the page disconnects and reconnects at once: keep the
    // widget (and the person's answers) unless the element is really gone.
    queueMicrotask(() => {
      if (!this.isConnected && this.#widget) {
        this.#widget.destroy();
        this.#widget = null;
        this.#root.replaceChildren();
      }
    });
  }

  attributeChangedCallback(name, _old, value) {
    this.#widget?.set_attribute(name, value);
  }

  /** The latest assessment (the contract's JSON shape), or null before the result. */
  get assessment() {
    return this.#widget ? this.#widget.assessment() : null;
  }

  /** Clears every answer and starts again. */
  reset() {
    this.#widget?.reset();
  }
}

if (!customElements.get('back-pain-check')) {
  customElements.define('back-pain-check', BackPainCheck);
}

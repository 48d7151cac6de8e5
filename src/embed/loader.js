// back-pain-check.js: the one file a host page loads.
//
//   <script type="module" src=".../back-pain-check.js"></script>
//   <back-pain-check></back-pain-check>
//
// It defines the <back-pain-check> custom element. Each element renders the
// widget into its own open shadow root, styled by one constructable stylesheet
// shared by all elements (no <style> elements, no style attributes: it runs
// under a strict Content-Security-Policy). The wasm and the stylesheet are
// found next to this file, so dist/ can be copied to any path. Nothing is
// added to the host page's globals.
//
// The build (scripts/trunk-post-build.mjs) fills in the hashed file names.
import init, { mount } from './__BPC_MODULE__';

const wasmUrl = new URL('./__BPC_WASM__', import.meta.url);
const stylesUrl = new URL('./__BPC_STYLES__', import.meta.url);

let loading = null;
function load() {
  loading ??= Promise.all([
    init({ module_or_path: wasmUrl }),
    fetch(stylesUrl)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`styles: HTTP ${r.status}`))))
      .then((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      }),
  ]).then(([, sheet]) => sheet);
  return loading;
}

class BackPainCheck extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'theme', 'emergency-number', 'clinic-name', 'clinic-contact', 'save'];
  }

  #widget = null;
  #root = this.attachShadow({ mode: 'open' });

  connectedCallback() {
    if (this.#widget) return;
    load().then(
      (sheet) => {
        if (!this.isConnected || this.#widget) return;
        this.#root.adoptedStyleSheets = [sheet];
        const container = document.createElement('div');
        container.setAttribute('part', 'widget');
        this.#root.replaceChildren(container);
        this.#widget = mount(this, container);
      },
      (error) => {
        console.error('<back-pain-check> could not start:', error);
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

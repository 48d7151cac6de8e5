// Put first in every page the cross-engine tests load (server.mjs does it):
// records what would show as an error in the browser's console, in any engine,
// for the harness to read back with one script call. Classic script, no
// module: it must run before the widget's module scripts.
(() => {
  const seen = { console: [], errors: [], violations: [] };
  window.__bpcProbe = seen;

  // The widget logs through console.error (wasm-bindgen looks it up on each call).
  const error = console.error;
  console.error = function (...args) {
    seen.console.push(args.map(String).join(' '));
    return error.apply(this, args);
  };

  // Uncaught errors, and (in the capture phase) scripts or styles that failed to load.
  window.addEventListener(
    'error',
    (e) => {
      const from = e.target && e.target !== window ? ` (${e.target.src || e.target.href || e.target.nodeName})` : '';
      seen.errors.push(`${e.message || 'failed to load'}${from}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (e) => seen.errors.push(`unhandled rejection: ${e.reason}`));

  // Composed and bubbling, so violations inside a shadow root reach the document too.
  document.addEventListener(
    'securitypolicyviolation',
    (e) => seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    true,
  );
})();

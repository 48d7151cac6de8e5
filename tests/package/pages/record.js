// Records what a host page can observe: CSP violations and the widget's
// events (heard on the document, so they must bubble out of the shadow root).
window.seen = { violations: [], events: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
for (const name of ['assessment-complete', 'assessment-restart']) {
  document.addEventListener(name, (e) => {
    window.seen.events.push({ name, id: e.target.id, detail: e.detail });
  });
}

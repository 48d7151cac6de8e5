// A host script as a developer with a bundler writes it: import the package
// (which defines the element), then use it. Bundled by esbuild in the tests.
import 'back-pain-check';

const el = document.createElement('back-pain-check');
el.id = 'check';
el.setAttribute('emergency-number', '999');
document.body.append(el);

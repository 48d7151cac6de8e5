// Each line makes one problem the cross-engine probe must record (see deliberate.html).
console.error('deliberate console error');
setTimeout(() => {
  throw new Error('deliberate uncaught error');
});
Promise.reject(new Error('deliberate rejection'));

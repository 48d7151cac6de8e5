// How every Playwright run here launches Debian's Chromium (never Playwright's
// own download): as root in a sandbox, and with none of the browser's own
// outbound connections, which are refused here and would also pollute the
// tests that count network requests. Shared by the e2e and package configs
// and the bench.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

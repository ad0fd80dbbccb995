// The one Chromium launch for everything that opens a browser here: the browser tests (web-test-runner),
// the Node bundle tests, the Storybook check, screenshots and the bench. Debian's chromium, never a download.
import puppeteer from 'puppeteer-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox', // as root in CI containers Chromium refuses to start without it
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Timers and animation frames at full speed in every context, also when the loaded CI machine treats a
  // page as in the background (the ticker's motion and the loader's timeouts rely on them).
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** Headless Chromium through puppeteer-core, with the arguments above. */
export function launch() {
  return puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
}

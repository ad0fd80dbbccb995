// A test-runner command that turns forced colours (Windows high contrast) on or off in the test page.
// @web/test-runner-commands' emulateMedia passes `forcedColors` to Playwright only (with the Chrome launcher
// it is silently ignored), and puppeteer's emulateMediaFeatures refuses the feature, so this asks Chromium
// through the DevTools protocol. In a test: `await executeServerCommand('emulate-forced-colors', { active: true })`.
export function forcedColorsPlugin() {
  /** One DevTools session per page: emulation lasts as long as the session that set it. */
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

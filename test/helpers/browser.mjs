// Headless Chromium (Debian's, no download) for the bundle tests, with everything a page did recorded:
// uncaught errors, console errors and warnings, CSP violations, every request.
import { launch } from '../../test-support/chromium.mjs';

export { launch };

export const TAGS = ['omj-hotline-banner', 'omj-video-grid', 'omj-country-filter', 'omj-news-ticker', 'omj-contact-card'];

/**
 * Opens `url` in a fresh browser context (no shared storage between tests) and records what happens.
 * Returns `{ page, log, close }`; `log` = { pageErrors, consoleErrors, consoleWarnings, requests, violations() }.
 */
export async function openPage(browser, url, { viewport = { width: 1024, height: 900 } } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const log = { pageErrors: [], consoleErrors: [], consoleWarnings: [], requests: [] };
  page.on('pageerror', (error) => log.pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
    if (message.type() === 'warn') log.consoleWarnings.push(message.text());
  });
  page.on('request', (request) => log.requests.push(request.url()));
  // Installed through the DevTools protocol, so it runs even under the strict CSP (no inline script).
  await page.evaluateOnNewDocument(() => {
    const seen = [];
    Object.defineProperty(window, '__omjViolations', { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
      true,
    );
  });
  log.violations = () => page.evaluate(() => [...window.__omjViolations]);
  await page.goto(url, { waitUntil: 'load' });
  return { page, log, close: () => context.close() };
}

/** For each tag: is it defined, how many elements, do they all have shadow content, is any still loading. */
export function inspect(page, tags = TAGS) {
  return page.evaluate((tags) => {
    const deepQuery = (root, selector) => {
      const found = [...root.querySelectorAll(selector)];
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQuery(el.shadowRoot, selector));
      return found;
    };
    return tags.map((tag) => {
      const elements = [...document.querySelectorAll(tag)];
      return {
        tag,
        defined: customElements.get(tag) !== undefined,
        count: elements.length,
        rendered: elements.length > 0 && elements.every((el) => el.shadowRoot !== null && el.shadowRoot.childElementCount > 0),
        loading: elements.some((el) => el.shadowRoot !== null && deepQuery(el.shadowRoot, '[part~="loading"]').length > 0),
      };
    });
  }, tags);
}

/** Waits until every tag is defined, rendered and done loading; throws a message naming what is not. */
export async function waitForWidgets(page, tags = TAGS, timeout = 10000) {
  const until = Date.now() + timeout;
  let states = [];
  while (Date.now() < until) {
    states = await inspect(page, tags);
    if (states.every((state) => state.defined && state.rendered && !state.loading)) return states;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const problems = states
    .filter((state) => !(state.defined && state.rendered && !state.loading))
    .map((state) =>
      !state.defined
        ? `<${state.tag}> is not defined`
        : state.count === 0
          ? `no <${state.tag}> on the page`
          : !state.rendered
            ? `<${state.tag}> has no shadow content`
            : `<${state.tag}> is still loading`,
    );
  throw new Error(`widgets not ready after ${timeout} ms: ${problems.join('; ')}`);
}

/** The visible text of an element's shadow tree, nested shadow roots included, styles excluded. */
export function deepText(page, selector) {
  return page.evaluate((selector) => {
    const text = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
      if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
      let out = node.shadowRoot ? text(node.shadowRoot) : '';
      for (const child of node.childNodes) out += text(child);
      return out;
    };
    const el = document.querySelector(selector);
    return el?.shadowRoot ? text(el.shadowRoot).replace(/\s+/g, ' ').trim() : '';
  }, selector);
}

/** Polls `read()` until `accept(value)` is true; returns the last value (the caller asserts on it). */
export async function waitForValue(read, accept, timeout = 5000) {
  const until = Date.now() + timeout;
  let value = await read();
  while (!accept(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Requests that left 127.0.0.1 (data: and blob: URLs stay in the page and are fine). */
export function foreignRequests(requests) {
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return parsed.hostname !== '127.0.0.1';
  });
}

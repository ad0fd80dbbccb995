import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { $, requireVisiblePage } from './helpers.js';
import { manyItems } from './feeds.js';

/**
 * Counts what the page holds on to: live timeouts and intervals, observed ResizeObserver targets,
 * matchMedia listeners and document listeners. Installed around the cycles only.
 */
class Ledger {
  readonly timeouts = new Set<number>();
  readonly intervals = new Set<number>();
  readonly observed = new Map<ResizeObserver, Set<Element>>();
  readonly mediaListeners = new Set<string>();
  readonly documentListeners = new Set<string>();
  private readonly restore: (() => void)[] = [];
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;

  counts() {
    let targets = 0;
    for (const set of this.observed.values()) targets += set.size;
    return {
      timeouts: this.timeouts.size,
      intervals: this.intervals.size,
      resizeTargets: targets,
      mediaListeners: this.mediaListeners.size,
      documentListeners: this.documentListeners.size,
    };
  }

  private key(target: object, type: string, listener: unknown, options: unknown): string {
    if (!this.ids.has(target)) this.ids.set(target, this.nextId++);
    if (!this.ids.has(listener as object)) this.ids.set(listener as object, this.nextId++);
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return `${this.ids.get(target)}|${type}|${this.ids.get(listener as object)}|${capture}`;
  }

  private patch<T extends object, K extends keyof T>(owner: T, name: K, make: (original: T[K]) => T[K]): void {
    const had = Object.prototype.hasOwnProperty.call(owner, name);
    const original = owner[name];
    owner[name] = make(original);
    this.restore.push(() => {
      if (had) owner[name] = original;
      else delete owner[name];
    });
  }

  install(): void {
    const ledger = this;
    this.patch(
      window,
      'setTimeout',
      (original) =>
        ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
          const id: number = original(() => {
            ledger.timeouts.delete(id);
            if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
          }, ms);
          ledger.timeouts.add(id);
          return id;
        }) as typeof setTimeout,
    );
    this.patch(
      window,
      'clearTimeout',
      (original) =>
        ((id?: number) => {
          if (id !== undefined) ledger.timeouts.delete(id);
          original(id);
        }) as typeof clearTimeout,
    );
    this.patch(
      window,
      'setInterval',
      (original) =>
        ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
          const id = original(handler, ms, ...args);
          ledger.intervals.add(id);
          return id;
        }) as typeof setInterval,
    );
    this.patch(
      window,
      'clearInterval',
      (original) =>
        ((id?: number) => {
          if (id !== undefined) ledger.intervals.delete(id);
          original(id);
        }) as typeof clearInterval,
    );

    const Real = window.ResizeObserver;
    this.patch(
      window,
      'ResizeObserver',
      () =>
        class extends Real {
          override observe(target: Element, options?: ResizeObserverOptions): void {
            if (!ledger.observed.has(this)) ledger.observed.set(this, new Set());
            ledger.observed.get(this)!.add(target);
            super.observe(target, options);
          }
          override unobserve(target: Element): void {
            ledger.observed.get(this)?.delete(target);
            super.unobserve(target);
          }
          override disconnect(): void {
            ledger.observed.delete(this);
            super.disconnect();
          }
        },
    );

    const proto = MediaQueryList.prototype;
    this.patch(
      proto,
      'addEventListener',
      (original) =>
        function (this: MediaQueryList, type: string, listener: unknown, options?: unknown) {
          if (listener) ledger.mediaListeners.add(ledger.key(this, type, listener, options));
          return (original as (...a: unknown[]) => void).call(this, type, listener, options);
        } as MediaQueryList['addEventListener'],
    );
    this.patch(
      proto,
      'removeEventListener',
      (original) =>
        function (this: MediaQueryList, type: string, listener: unknown, options?: unknown) {
          if (listener) ledger.mediaListeners.delete(ledger.key(this, type, listener, options));
          return (original as (...a: unknown[]) => void).call(this, type, listener, options);
        } as MediaQueryList['removeEventListener'],
    );
    this.patch(
      proto,
      'addListener',
      (original) =>
        function (this: MediaQueryList, listener: unknown) {
          if (listener) ledger.mediaListeners.add(ledger.key(this, 'change', listener, false));
          return (original as (...a: unknown[]) => void).call(this, listener);
        } as MediaQueryList['addListener'],
    );
    this.patch(
      proto,
      'removeListener',
      (original) =>
        function (this: MediaQueryList, listener: unknown) {
          if (listener) ledger.mediaListeners.delete(ledger.key(this, 'change', listener, false));
          return (original as (...a: unknown[]) => void).call(this, listener);
        } as MediaQueryList['removeListener'],
    );

    this.patch(
      document,
      'addEventListener',
      (original) =>
        function (this: Document, type: string, listener: unknown, options?: unknown) {
          if (listener) ledger.documentListeners.add(ledger.key(this, type, listener, options));
          return (original as (...a: unknown[]) => void).call(this, type, listener, options);
        } as Document['addEventListener'],
    );
    this.patch(
      document,
      'removeEventListener',
      (original) =>
        function (this: Document, type: string, listener: unknown, options?: unknown) {
          if (listener) ledger.documentListeners.delete(ledger.key(this, type, listener, options));
          return (original as (...a: unknown[]) => void).call(this, type, listener, options);
        } as Document['removeEventListener'],
    );
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }
}

/** Lets pending updates and microtasks run. No frames or timers: a test page in a background tab gets neither promptly. */
async function settle(el?: OmjNewsTicker): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el?.updateComplete;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
  }
}

describe('<omj-news-ticker> releases what it holds', function () {
  this.timeout(60_000);
  let ledger: Ledger;

  beforeEach(async () => {
    requireVisiblePage();
    await emulateMedia({ reducedMotion: 'no-preference' });
    ledger = new Ledger();
    ledger.install();
  });
  afterEach(() => ledger.uninstall());

  for (const mode of ['marquee', 'rotate'] as const) {
    it(`${mode}: 100 attach/detach cycles of one element return timers, observers and listeners to the baseline`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      const el = document.createElement('omj-news-ticker');
      el.mode = mode;
      el.interval = 1;
      el.data = manyItems(8);
      await settle();
      const baseline = ledger.counts();

      host.append(el);
      await settle(el);
      const attached = ledger.counts();
      // the instrumentation sees what the ticker holds while it is on the page
      expect(attached.mediaListeners).to.equal(baseline.mediaListeners + 1);
      if (mode === 'marquee') {
        expect(attached.resizeTargets).to.equal(baseline.resizeTargets + 2);
        expect($(el, '.track.run')).to.not.equal(null);
      } else {
        expect(attached.timeouts).to.equal(baseline.timeouts + 1);
      }
      for (let cycle = 0; cycle < 100; cycle++) {
        el.remove();
        await settle();
        host.append(el);
        await settle(el);
      }
      // still working after the last re-attach: observers and timers were re-created
      const reattached = ledger.counts();
      expect(reattached).to.deep.equal(attached);
      el.remove();
      await settle();
      expect(ledger.counts()).to.deep.equal(baseline);

      // Nothing can fire while detached: the ledger (above) holds no timer, interval or observer of the
      // ticker's, so no waiting is needed to show it. (The heap is not asserted: garbage collection runs when
      // the engine chooses, so a heap figure flakes on a busy machine; the ledger is the leak check.)
    });

    it(`${mode}: 100 fresh elements attached and detached leave nothing behind`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      const data = manyItems(8);
      await settle();
      const baseline = ledger.counts();
      for (let cycle = 0; cycle < 100; cycle++) {
        const el = document.createElement('omj-news-ticker') as OmjNewsTicker;
        el.mode = mode;
        el.interval = 1;
        el.data = data;
        host.append(el);
        await settle(el);
        el.remove();
      }
      await settle();
      expect(ledger.counts()).to.deep.equal(baseline);
    });
  }
});

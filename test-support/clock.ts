/**
 * A clock the test holds, for browser tests of widgets that use the page's own timers and `Date.now`
 * (widgets with a clock seam, the grid's `clock` and `OmjHotlineBanner.clock`, are driven through it instead):
 * - timers of exactly `delay` ms, if given (pick a delay no other timer on the test page uses) wait until `run()`
 *   instead of firing by themselves; `clearTimeout` of a held timer drops it;
 * - `Date.now()` stands still and moves only by `advance(ms)`.
 * So debounce, grace periods, rotation and "how long ago" never depend on how busy the machine is. Install
 * before the element connects; `restore()` in `afterEach`.
 */
export interface HeldClock {
  /** How many held timers are armed (not yet run or cleared). */
  readonly pending: number;
  /** Runs the armed timers, as if their time had come. */
  run(): void;
  /** Moves `Date.now()` on by `ms`. */
  advance(ms: number): void;
  /** Puts the page's own timers and `Date.now` back. */
  restore(): void;
}

export function holdClock(delay?: number): HeldClock {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const realNow = Date.now;
  let now = realNow();
  const held = new Map<number, () => void>();
  // Ids far above the browser's own, so clearing one never clears a real timer.
  let next = 1e9;
  window.setTimeout = ((run: TimerHandler, ms?: number, ...rest: unknown[]) => {
    if (delay === undefined || ms !== delay || typeof run !== 'function') return realSetTimeout(run, ms, ...rest);
    held.set(next, () => (run as (...a: unknown[]) => void)(...rest));
    return next++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && held.delete(id)) return;
    realClearTimeout(id);
  }) as typeof window.clearTimeout;
  Date.now = () => now;
  return {
    get pending() {
      return held.size;
    },
    run() {
      const due = [...held.values()];
      held.clear();
      for (const run of due) run();
    },
    advance(ms) {
      now += ms;
    },
    restore() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
      Date.now = realNow;
    },
  };
}

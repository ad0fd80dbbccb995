import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { COUNTRY_ATTRIBUTE, VIDEO_GRID_TAG, parseCountryList, warnField } from '@omj/core';
import { isCountryCode } from './countries.js';

type Host = ReactiveControllerHost & HTMLElement;

/** How long after the page has loaded a missing grid is reported. */
export const MISSING_GRACE_MS = 400;

/**
 * The filter's side of the contract in @omj/core (contracts.ts): finds the grid (`for="id"` in the
 * filter's own root, else the closest ancestor `<omj-video-grid>`), keeps `countries` in step with the
 * grid's `country` attribute and its `omj-filter-change` event, reads the grid's `feed`, and writes the
 * visitor's choice back to the grid. Works with a grid that is not defined yet or appears later.
 */
export class GridLink implements ReactiveController {
  grid?: HTMLElement;
  /** The grid's `feed` attribute (the filter loads the same feed; the loader shares the request). */
  feed?: string;
  /** The selection: the grid's `country` codes (or the filter's own, without a grid). */
  countries: string[] = [];
  /** Set once the page has loaded and no grid was found: the `for` id, or '' (no `for`, no feed of its own). */
  missing?: string;

  private boundFor?: string | null;
  private watching?: MutationObserver;
  private gridObserver?: MutationObserver;
  private warned?: string;

  constructor(
    private readonly host: Host,
    private readonly forId: () => string | undefined,
    /** True when the filter has a feed of its own and may work without a grid. */
    private readonly standalone: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.release();
    this.boundFor = undefined;
  }

  /** Looks the grid up again when `for` changed (call from the host's `willUpdate`). */
  sync(): void {
    if (this.host.isConnected && (this.forId() ?? null) !== this.boundFor) this.connect();
  }

  /** Sets the grid's `country` attribute (removed for "all countries"). */
  apply(countries: readonly string[]): void {
    if (this.grid === undefined) this.connect(); // first user action: one more look
    this.countries = [...countries];
    if (countries.length > 0) this.grid?.setAttribute(COUNTRY_ATTRIBUTE, countries.join(' '));
    else this.grid?.removeAttribute(COUNTRY_ATTRIBUTE);
    this.host.requestUpdate();
  }

  private find(): HTMLElement | undefined {
    const id = this.forId();
    if (id) {
      const root = this.host.getRootNode() as Document | ShadowRoot;
      return root.getElementById?.(id) ?? undefined;
    }
    return this.host.closest<HTMLElement>(VIDEO_GRID_TAG) ?? undefined;
  }

  private connect(): void {
    this.release();
    this.boundFor = this.forId() ?? null;
    const grid = this.find();
    if (grid !== undefined) {
      this.bind(grid);
      return;
    }
    // Not there (yet): the grid may come later in the page or be added by script.
    this.watching = new MutationObserver(() => {
      const found = this.find();
      if (found !== undefined) {
        this.release();
        this.bind(found);
      }
    });
    this.watching.observe(this.host.getRootNode(), { childList: true, subtree: true });
    const check = () => {
      if (this.grid !== undefined || !this.host.isConnected) return;
      const id = this.forId() ?? '';
      if (!id && this.standalone()) return;
      this.missing = id;
      if (this.warned !== id) {
        this.warned = id;
        warnField(
          this.host.localName,
          'attribute for',
          id ? `no element with id "${id}"` : `missing, and the filter is not inside <${VIDEO_GRID_TAG}>`,
        );
      }
      this.host.requestUpdate();
    };
    // Give scripts and frameworks that add the grid a moment before calling the page wrong.
    const later = () => setTimeout(check, MISSING_GRACE_MS);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
    else later();
  }

  private bind(grid: HTMLElement): void {
    this.grid = grid;
    this.missing = undefined;
    grid.addEventListener('omj-filter-change', this.onFilterChange);
    this.gridObserver = new MutationObserver(() => this.read());
    this.gridObserver.observe(grid, { attributes: true, attributeFilter: [COUNTRY_ATTRIBUTE, 'feed'] });
    this.read();
  }

  private release(): void {
    this.watching?.disconnect();
    this.gridObserver?.disconnect();
    this.watching = this.gridObserver = undefined;
    this.grid?.removeEventListener('omj-filter-change', this.onFilterChange);
    this.grid = undefined;
  }

  private read(): void {
    const grid = this.grid!;
    this.feed = grid.getAttribute('feed') ?? undefined;
    this.set(parseCountryList(grid.getAttribute(COUNTRY_ATTRIBUTE)));
    this.host.requestUpdate();
  }

  private set(countries: readonly string[]): void {
    const next = countries.filter(isCountryCode);
    if (next.join(' ') === this.countries.join(' ')) return;
    this.countries = next;
    this.host.requestUpdate();
  }

  private readonly onFilterChange = (event: GlobalEventHandlersEventMap['omj-filter-change']): void => {
    // Only the grid's own announcement, not one bubbling from a grid nested inside it.
    if (event.target !== this.grid) return;
    this.set(event.detail.filter.countries);
    this.host.requestUpdate(); // the grid may have been given new data

  };
}

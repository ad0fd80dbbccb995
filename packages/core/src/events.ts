/**
 * Every event we fire bubbles and is composed, so a partner can listen on the element or on `document`.
 * Widgets declare their detail types in `OmjEventMap` (declaration merging) and in
 * `GlobalEventHandlersEventMap`, so `addEventListener('omj-…', e => e.detail)` is typed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface OmjEventMap {}

export function emit<K extends keyof OmjEventMap>(
  target: EventTarget,
  type: K,
  detail: OmjEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type as string, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

import { VERSION } from './version.js';

const VERSION_ATTR = Symbol.for('omj.version');

type VersionedConstructor = CustomElementConstructor & { [VERSION_ATTR]?: string };

/**
 * Registers `tag` unless it is registered already. A second copy of our script on the page (a partner
 * pasting the tag twice, or two versions) must never throw into the host page: the same version is
 * silent, a different version or a foreign element of that name gets one console warning, and the first
 * definition keeps working.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing !== undefined) {
    if (existing === ctor) return;
    const version = existing[VERSION_ATTR];
    if (version === VERSION) return;
    console.warn(
      `<${tag}>: already defined by ${version === undefined ? 'another script' : `omj-widgets ${version}`}; ` +
        `this copy (${VERSION}) is not used. Load the widgets script once per page.`,
    );
    return;
  }
  (ctor as VersionedConstructor)[VERSION_ATTR] = VERSION;
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // A race with another copy between get() and define(), or a constructor already used for another tag.
    console.warn(`<${tag}>: could not be defined:`, error);
  }
}

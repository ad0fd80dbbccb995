/**
 * What one card shows, already in the element's language, built from a feed `Contact` or from attributes.
 * The same object feeds the markup, the vCard and the JSON-LD, so the three never disagree.
 */
export interface Card {
  /** The feed contact's id; for an inline contact the element's `id`, else `inline` (events name it). */
  readonly id: string;
  readonly name: Text;
  readonly role?: Text;
  readonly org?: Text;
  /** The contact's own page (allowlisted by the parser). */
  readonly url?: string;
  /** Office phones, then the mobile, then the email: the order of the rows, the vCard and the JSON-LD. */
  readonly rows: readonly Row[];
}

export interface Text {
  readonly text: string;
  /** The language of text from the feed (absent for inline attributes, which are the page's). */
  readonly lang?: string;
}

export type ContactField = 'phone' | 'mobile' | 'email';

export interface Row {
  readonly field: ContactField;
  /** Readable number without the extension (`+996 312 61 12 11`), the address, or the text as written when malformed. */
  readonly text: string;
  /** `tel:+996312611211;ext=143` or `mailto:…`; absent when the value is malformed (shown without a link). */
  readonly href?: string;
  /** Extension digits (`143`). */
  readonly ext?: string;
  /** The feed's own label for an office phone ("Press office"), instead of "Phone". */
  readonly label?: string;
}

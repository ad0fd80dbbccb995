/** What one card shows, already in the element's language; built from a feed `Contact` or from attributes. */
export interface ContactView {
  readonly id: string;
  readonly name: Text;
  readonly role?: Text;
  readonly organization?: Text;
  readonly phones: readonly PhoneView[];
  readonly mobile?: PhoneView;
  readonly email?: { readonly text: string; readonly href?: string };
  /** The contact's own page (allowlisted). */
  readonly url?: string;
}

export interface Text {
  readonly text: string;
  /** Set when the text is in another language than the element's UI. */
  readonly lang?: string;
}

export interface PhoneView {
  /** Readable number without the extension (`+996 312 61 12 11`), or the text as given when malformed. */
  readonly text: string;
  /** E.164, absent when malformed. */
  readonly number?: string;
  readonly ext?: string;
  /** `tel:` URI, absent when malformed. */
  readonly tel?: string;
  readonly label?: Text;
}

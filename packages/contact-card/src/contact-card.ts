import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { OmjElement, emit, intlLocales, registerCatalogs, renderEmpty, renderError, renderLoading, renderStale, warnOnce } from '@omj/core';
import { isEmailAddress, normalizePhone, pickTextWithLang, type Contact, type LocalizedText, type Phone } from '@omj/feed';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { styles } from './contact-card.styles.js';
import { formatPhone } from './phone.js';
import { buildVCard, vCardFileName } from './vcard.js';
import { contactsJsonLd, jsonLdText, trustedScriptText } from './json-ld.js';
import { copyText } from './clipboard.js';
import type { Card, ContactField, Row } from './view.js';

registerCatalogs({ ru, ky });

export type { ContactField };

/** Detail of `omj-copy`. */
export interface ContactCopyDetail {
  /** The contact's id: the feed item's id; for an inline contact the element's `id`, else `inline`. */
  readonly id: string;
  readonly field: ContactField;
  /** The text put on the clipboard (or that failed to go there). */
  readonly value: string;
  /** False when the browser refused to copy; the visitor was told. */
  readonly ok: boolean;
}

/** Detail of `omj-vcard`. */
export interface ContactVCardDetail {
  readonly id: string;
  readonly fileName: string;
}

declare module '@omj/core' {
  interface OmjEventMap {
    'omj-copy': ContactCopyDetail;
    'omj-vcard': ContactVCardDetail;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'omj-copy': CustomEvent<ContactCopyDetail>;
    'omj-vcard': CustomEvent<ContactVCardDetail>;
  }
}

/**
 * A press-release contact ("For more information, please contact:") as a card or a compact list: name, job
 * title, organization, phones as `tel:` links with extension, mobile, email as `mailto:`, copy buttons, and
 * "Save contact" as a vCard. From the feed (`feed` or `data`; `contact="id …"`, `organization="org-id"`, or
 * every contact) or from attributes alone.
 *
 * @summary Contact card (one person or a list) with tel:/mailto: links, copy buttons and vCard download.
 *
 * @fires {CustomEvent<ContactCopyDetail>} omj-copy - A copy button was pressed. `detail: { id, field: 'phone' | 'mobile' | 'email', value, ok }`.
 * @fires {CustomEvent<ContactVCardDetail>} omj-vcard - A vCard was made and offered for download. `detail: { id, fileName }`.
 *
 * @slot - Fallback content (for example the contact as plain text), shown before the script runs, while
 *   the feed loads, when it fails and when no contact is found; hidden once contacts are shown.
 * @slot heading - A heading or sentence shown above the contacts in every state ("For more information…").
 *
 * @csspart card - One contact (a card, or a row in `layout="list"`).
 * @csspart name - The person's name (a link when the feed gives the contact's page).
 * @csspart role - The job title.
 * @csspart organization - The organization.
 * @csspart phone - An office phone link (plain text without a link when the number is malformed).
 * @csspart mobile - The mobile phone link.
 * @csspart email - The email link.
 * @csspart copy - Every copy button.
 * @csspart save - The "Save contact" button.
 * @csspart message - The polite live region beside each copy button that says "Copied" (or that copying failed).
 * @csspart status - Loading, error and empty messages (with `loading`, `error`, `empty`); `stale` for the saved-copy note.
 *
 * @cssprop [--omj-contact-card-min-width=18em] - Narrowest card before cards wrap to the next line.
 * @cssprop [--omj-contact-gap=var(--omj-space)] - Space between cards and inside them.
 */
export class OmjContactCard extends OmjElement {
  static override styles = [...OmjElement.styles, styles];
  // Internal state says `attribute: false` too, so the manifest (docs tables) does not list it.
  static override properties = {
    contact: {},
    organization: {},
    name: {},
    jobTitle: { attribute: 'job-title' },
    phone: {},
    mobile: {},
    email: {},
    layout: { reflect: true },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    copied: { state: true, attribute: false },
  };

  /** With a feed: one or more contact ids, separated by spaces, shown in that order. */
  declare contact?: string;

  /**
   * With a feed: show every contact whose `organization_id` is this (`unicef-kg`).
   * Without a feed: the organization's name shown on the inline contact.
   */
  declare organization?: string;

  /** Inline contact (no feed): the person's name. Required for an inline card. */
  declare name?: string;

  /**
   * Inline contact: the job title (`External Communication Officer`). Not `role`, which is the element's
   * ARIA role and must not carry text.
   */
  declare jobTitle?: string;

  /**
   * Inline contact: international office number, with its extension if any (`+996 312 61 12 11 (ext. 143)`;
   * also `ext 143`, `x143`, `;ext=143`, `доб. 143`).
   */
  declare phone?: string;

  /** Inline contact: international mobile number. */
  declare mobile?: string;

  /** Inline contact: email address. */
  declare email?: string;

  /** `card` (default) or `list` (compact rows). */
  declare layout?: 'card' | 'list';

  /** Adds schema.org `Person` JSON-LD as a `<script type="application/ld+json">` child (light DOM). */
  declare jsonLd: boolean;

  /** The last copy, for the live region beside its button: which row (`card/row`) and whether it worked. */
  declare private copied?: { readonly at: string; readonly ok: boolean };

  /** The cards of the last render, for the JSON-LD. */
  private shown!: readonly Card[];
  private timer?: ReturnType<typeof setTimeout>;
  /** `attribute NAME: "VALUE" is not WHAT` (or `missing`), once. */
  private warn(attribute: string, value?: string, what?: string): undefined {
    const reason = value === undefined ? 'missing' : `"${value}" is not ${what}`;
    warnOnce(this, `attribute ${attribute}`, reason);
  }

  /** A contact written in attributes needs no feed (core shows the fallback content when both are missing). */
  protected override hasInlineContent(): boolean {
    return !!(this.name || this.phone || this.mobile || this.email);
  }

  /** Text in the element's language, else Russian for Kyrgyz readers, else English, with its language. */
  private pick(value?: LocalizedText) {
    return pickTextWithLang(value, this.langTag, intlLocales(this.langTag));
  }

  private phoneRow(field: 'phone' | 'mobile', { number, ext, tel, label }: Phone): Row {
    return { field, text: formatPhone(number), href: tel, ext, label: this.pick(label)?.text };
  }

  /** A feed contact in the element's language (the parser has checked every value). */
  private card({ id, name, role, organization, url, phones, mobile, email }: Contact): Card {
    const rows: Row[] = phones.map((phone) => this.phoneRow('phone', phone));
    if (mobile) rows.push(this.phoneRow('mobile', mobile));
    if (email) rows.push({ field: 'email', text: email, href: `mailto:${email}` });
    return { id, url, name: this.pick(name)!, role: this.pick(role), org: this.pick(organization), rows };
  }

  /** The contact written in attributes, checked like feed data: a bad value is shown without a link, with a warning. */
  private inline(): Card | undefined {
    const trim = (value?: string) => value?.trim() || undefined;
    const name = trim(this.name);
    if (!name) return this.phone || this.mobile || this.email ? this.warn('name') : undefined;
    const rows: Row[] = [];
    for (const [field, value] of [
      ['phone', this.phone],
      ['mobile', this.mobile],
      ['email', this.email],
    ] as const) {
      const text = trim(value);
      if (!text) continue;
      const phone = field === 'email' ? undefined : normalizePhone(text);
      const href = phone?.tel ?? (field === 'email' && isEmailAddress(text) ? `mailto:${text}` : undefined);
      if (!href) this.warn(field, text, field === 'email' ? 'an email address' : 'an international phone number');
      rows.push(phone ? this.phoneRow(field as 'phone', phone) : { field, text, href });
    }
    const plain = (value?: string) => ((value = trim(value)) ? { text: value } : undefined);
    return { id: this.id || 'inline', name: { text: name }, role: plain(this.jobTitle), org: plain(this.organization), rows };
  }

  override render() {
    const state = this.feedState;
    const ready = state.status === 'ready';
    let cards: (Card | undefined)[] = [];
    if (ready) {
      // By id (in the order given), by organization, or every contact.
      const { contacts } = state.feed;
      const org = this.organization?.trim();
      const ids = this.contact?.match(/\S+/g);
      const list: readonly (Contact | undefined)[] = ids
        ? ids.map((id) => contacts.find((contact) => contact.id === id) ?? this.warn('contact', id, 'in the feed'))
        : contacts;
      cards = list.map((contact) => (contact && (!org || contact.organizationId === org) ? this.card(contact) : undefined));
    } else if (state.status === 'idle') cards = [this.inline()];
    const shown = (this.shown = cards.filter((card): card is Card => !!card));
    if (shown[0])
      return html`<slot name="heading"></slot>${ready && state.stale && state.fetchedAt ? renderStale(state.fetchedAt, this.langTag, this.retry) : ''}
      <ul role="list">${shown.map((card, index) => this.renderCard(card, index))}</ul>`;
    // Loading, failed, or nothing to show: the partner's fallback content (light DOM other than a slotted
    // element or our JSON-LD script; not a comment a CMS left inside) stays visible.
    const fallback = [...(this.childNodes as NodeListOf<Element>)].some(
      (node) => node.nodeType !== Node.COMMENT_NODE && !node.slot && node.localName !== 'script' && node.textContent!.trim(),
    );
    return html`<slot name="heading"></slot>${
      state.status === 'loading'
        ? html`<div class=${fallback ? 'visually-hidden' : ''}>${renderLoading()}</div>`
        : state.status === 'error'
          ? renderError(state.error, this.retry)
          : fallback
            ? ''
            : renderEmpty(msg('No contacts.'))
    }<slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }

  /** Try again, for a feed URL (not for `data`). */
  private get retry() {
    return this.feed && this.data === undefined ? () => this.feedController.retry() : undefined;
  }

  private renderCard(card: Card, index: number) {
    const { name, url } = card;
    const copied = this.copied;
    const copy = msg('Copy');
    const labels = { phone: msg('Phone'), mobile: msg('Mobile'), email: msg('Email') };
    const text = (part: string, value: Card['role'], content: unknown = value?.text) =>
      value && html`<p part=${part} class="omj-feed" lang=${value.lang ?? nothing}>${content}</p>`;
    // Numbers and addresses stay left-to-right on right-to-left pages (dir="ltr" isolates them). The copy
    // and save buttons name what they act on, so several are told apart by screen-reader users.
    return html`<li part="card">
      ${text('name', name, url ? html`<a href=${url}>${name.text}</a>` : name.text)} ${text('role', card.role)} ${text('organization', card.org)}
      <dl>
        ${card.rows.map(({ field, text, href, ext, label }, row) => {
          const value = ext ? `${text} ${msg(str`ext. ${ext}`)}` : text;
          const at = `${index}/${row}`;
          // The feedback sits right after the pressed button (where the eye and a magnifier are), in a polite
          // live region that exists before it is filled, so screen readers announce it.
          return html`<div>
            <dt>${label ?? labels[field]}</dt>
            <dd>
              <a part=${field} dir="ltr" href=${href || nothing}>${value}</a>
              <span class="actions">
                <button class="omj-button" part="copy" aria-label="${copy}: ${value}" @click=${() => this.copy(card, field, value, at)}>${copy}</button>
                <span part="message" role="status">${copied?.at !== at ? '' : copied.ok ? msg('Copied') : msg('Could not copy')}</span>
              </span>
            </dd>
          </div>`;
        })}
      </dl>
      <button class="omj-button" part="save" aria-label="${msg('Save contact')}: ${name.text}" @click=${() => this.save(card)}>${msg('Save contact')}</button>
    </li>`;
  }

  private async copy(card: Card, field: ContactField, value: string, at: string): Promise<void> {
    const ok = await copyText(value, this.shadowRoot!);
    // Empty the live region first, so a second "Copied" in a row is announced again.
    this.copied = undefined;
    await this.updateComplete;
    this.copied = { at, ok };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.copied = undefined), 5000);
    emit(this, 'omj-copy', { id: card.id, field, value, ok });
  }

  private save(card: Card): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([buildVCard(card)], { type: 'text/vcard;charset=utf-8' }));
    link.download = vCardFileName(card.name.text);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    emit(this, 'omj-vcard', { id: card.id, fileName: link.download });
  }

  protected override updated(): void {
    // Adopt our own script when the page was saved with it (a CMS storing the live DOM): never a second one.
    let script = this.querySelector<HTMLScriptElement>(':scope>script[data-omj-json-ld]');
    const json = this.jsonLd && this.shown[0] ? jsonLdText(contactsJsonLd(this.shown)) : '';
    if (script?.textContent === json) return;
    const text = json && trustedScriptText(json);
    if (!text) return script?.remove();
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.omjJsonLd = '';
      this.append(script);
    }
    script.textContent = text;
  }
}

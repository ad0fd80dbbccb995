import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  OmjElement,
  baseStyles,
  emit,
  intlLocales,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  warnField,
} from '@omj/core';
import { normalizePhone, pickTextWithLang, safeUrl, type Contact, type LocalizedText, type ParsedFeed, type Phone } from '@omj/feed';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { styles } from './contact-card.styles.js';
import { formatPhone } from './phone.js';
import { buildVCard, vCardFileName } from './vcard.js';
import { contactsJsonLd, jsonLdText, trustedScriptText } from './json-ld.js';
import { copyText } from './clipboard.js';
import type { Card, ContactField, Row, Text } from './view.js';

registerCatalogs({ ru, ky });

export type { ContactField };

export interface ContactCopyDetail {
  /** The contact's id (feed id; for inline contacts the element's `id`, else `inline`). */
  readonly id: string;
  readonly field: ContactField;
  /** The text put on the clipboard (or that failed to go there). */
  readonly value: string;
  /** False when the browser refused to copy; the visitor was told. */
  readonly ok: boolean;
}

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

/** A plain address for inline `email` (the feed's own check is stricter and already done). */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;
const INLINE = ['name', 'jobTitle', 'organization', 'phone', 'ext', 'mobile', 'email'] as const;
const icon = (path: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;
/** The primary language of a tag, to compare `ru-KG` with `ru`. */
const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * A press-release contact ("For more information, please contact:") as a card or a compact list: name, job
 * title, organization, phones as `tel:` links with extension, mobile, email as `mailto:`, copy buttons, and
 * "Save contact" as a vCard. From the feed (`feed` or `data`; `contact="id …"`, `organization="org-id"`, or
 * every contact) or from attributes alone.
 *
 * @summary Contact card (one person or a list) with tel:/mailto: links, copy buttons and vCard download.
 *
 * @fires omj-copy - A copy button was pressed. `detail: { id, field: 'phone' | 'mobile' | 'email', value, ok }`.
 * @fires omj-vcard - A vCard was generated and offered for download. `detail: { id, fileName }`.
 *
 * @slot - Fallback content (for example the contact as plain text), shown before the script runs, while
 *   the feed loads and when it fails; hidden once contacts are shown.
 * @slot heading - A heading or sentence shown above the contacts in every state ("For more information…").
 *
 * @csspart card - One contact (the card, or the row in `layout="list"`).
 * @csspart name - The person's name (a link when the feed gives the contact's page).
 * @csspart role - The job title.
 * @csspart organization - The organization.
 * @csspart phone - An office phone link (plain text without a link when the number is malformed).
 * @csspart mobile - The mobile phone link.
 * @csspart email - The email link.
 * @csspart copy - Every copy button.
 * @csspart save - The "Save contact" button.
 * @csspart message - The polite live region that says "Copied" (or that copying failed).
 * @csspart status - Loading, error and empty messages (with `loading`, `error`, `empty`); `stale` for the saved-copy note.
 *
 * @cssprop [--omj-contact-card-background=var(--omj-color-bg)] - Card background.
 * @cssprop [--omj-contact-card-border=var(--omj-color-border)] - Card border colour.
 * @cssprop [--omj-contact-card-min-width=18em] - Narrowest card before cards wrap to the next line.
 * @cssprop [--omj-contact-card-max-width=30em] - Widest a card grows (`layout="card"`).
 * @cssprop [--omj-contact-gap=var(--omj-space)] - Space between cards and inside them.
 * @cssprop [--omj-contact-name-size=1.15em] - Font size of the name.
 * @cssprop [--omj-contact-link-color=var(--omj-color-accent)] - Phone and email link colour.
 */
export class OmjContactCard extends OmjElement {
  static override styles = [baseStyles, styles];

  /** With a feed: one or more contact ids, separated by spaces, shown in that order. */
  @property() contact?: string;

  /**
   * With a feed: show every contact whose `organization_id` is this (`unicef-kg`).
   * Without a feed: the organization's name shown on the inline contact.
   */
  @property() organization?: string;

  /** Inline contact (no feed): the person's name. Required for an inline card. */
  @property() name?: string;

  /**
   * Inline contact: the job title (`External Communication Officer`). Not `role`, which is the element's
   * ARIA role and must not carry text.
   */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /** Inline contact: international office number (`+996 312 61 12 11`). */
  @property() phone?: string;

  /** Inline contact: extension of `phone`, digits only (`143`). */
  @property() ext?: string;

  /** Inline contact: international mobile number. */
  @property() mobile?: string;

  /** Inline contact: email address. */
  @property() email?: string;

  /** `card` (default) or `list` (compact rows). */
  @property({ reflect: true }) layout: 'card' | 'list' = 'card';

  /** Adds schema.org `Person` JSON-LD as a `<script type="application/ld+json">` child (light DOM). */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;

  /**
   * The last copy, for the live region and the check mark: undefined = nothing to say, `''` = copying
   * failed, otherwise the key of the button whose text was copied.
   */
  @state() private copied?: string;

  private inline?: Card;
  /** The feed the selection was made from; a new feed or filter selects again (and warns again). */
  private selectedFrom?: ParsedFeed;
  private selection: readonly Contact[] = [];
  /** The cards of the last render, for the JSON-LD. */
  private shown: readonly Card[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedState;
    if (!this.hasUpdated || INLINE.some((key) => changed.has(key))) this.inline = this.readInline();
    if (state.status === 'ready' && (state.feed !== this.selectedFrom || changed.has('contact') || changed.has('organization'))) {
      this.selectedFrom = state.feed;
      this.selection = this.select(state.feed);
    }
  }

  /** The feed's contacts by id (in the order given), by organization, or all; warns about unknown ids. */
  private select({ contacts }: ParsedFeed): readonly Contact[] {
    const ids = this.contact?.match(/\S+/g);
    const org = this.organization?.trim();
    const list = ids
      ? ids.flatMap(
          (id) => contacts.find((contact) => contact.id === id) ?? (this.warn('contact', `"${id}" is not in the feed`), []),
        )
      : contacts;
    return org ? list.filter((contact) => contact.organizationId === org) : list;
  }

  private warn(attribute: string, reason: string): void {
    warnField(this.localName, `attribute ${attribute}`, reason);
  }

  /** The contact written in attributes, checked like feed data: a bad value is shown without a link, with a warning. */
  private readInline(): Card | undefined {
    const name = this.name?.trim();
    const email = this.email?.trim();
    let ext = this.ext?.trim() || undefined;
    if (!name) {
      if (!this.feed && !this.data && (this.phone || this.mobile || email)) this.warn('name', 'missing (an inline contact needs a name)');
      return undefined;
    }
    if (ext && !/^\d{1,10}$/.test(ext)) {
      this.warn('ext', `"${ext}" is not an extension (digits only)`);
      ext = undefined;
    }
    const rows: Row[] = [];
    for (const [field, value = '', extension] of [['phone', this.phone, ext], ['mobile', this.mobile]] as const) {
      const text = value.trim();
      if (!text) continue;
      const phone = normalizePhone(text, extension);
      if (!phone) this.warn(field, `"${text}" is not an international phone number`);
      rows.push(phone ? this.phoneRow(field, phone) : { field, text });
    }
    if (email) {
      const href = EMAIL.test(email) ? safeUrl(`mailto:${email}`, 'email') : undefined;
      if (!href) this.warn('email', `"${email}" is not an email address`);
      rows.push({ field: 'email', text: email, href });
    }
    const text = (value?: string) => ((value = value?.trim()) ? { text: value } : undefined);
    return { id: this.id || 'inline', name: { text: name }, role: text(this.jobTitle), org: text(this.organization), rows };
  }

  private phoneRow(field: 'phone' | 'mobile', { number, ext, tel, label }: Phone): Row {
    return { field, text: formatPhone(number), href: safeUrl(tel, 'phone'), ext, label: this.pick(label)?.text };
  }

  /** Text in the element's language, else Russian for Kyrgyz readers, else English; `lang` when it differs. */
  private pick(value: LocalizedText | undefined): Text | undefined {
    const picked = pickTextWithLang(value, this.langTag, intlLocales(this.langTag));
    return picked && (language(picked.lang) === language(this.langTag) ? { text: picked.text } : picked);
  }

  private card({ id, name, role, organization, url, phones, mobile, email }: Contact): Card {
    return {
      id,
      url,
      name: this.pick(name)!,
      role: this.pick(role),
      org: this.pick(organization),
      rows: [
        ...phones.map((phone) => this.phoneRow('phone', phone)),
        ...(mobile ? [this.phoneRow('mobile', mobile)] : []),
        // The parser accepted the address only if its mailto: URL passes the allowlist.
        ...(email ? [{ field: 'email', text: email, href: `mailto:${email}` } as const] : []),
      ],
    };
  }

  override render() {
    return html`<slot name="heading"></slot>${this.renderBody()}`;
  }

  private renderBody() {
    const state = this.feedState;
    const retry = this.feed && this.data === undefined ? () => this.feedController.retry() : undefined;
    if (state.status === 'ready') {
      const cards = (this.shown = this.selection.map((contact) => this.card(contact)));
      const query = this.contact?.trim() || this.organization?.trim();
      if (!cards[0]) return renderEmpty(query ? msg(str`No contact found for “${query}”.`) : msg('No contacts in this feed.'));
      return html`${state.stale && state.fetchedAt ? renderStale(state.fetchedAt, this.langTag, retry) : ''}${this.renderCards(cards)}`;
    }
    this.shown = state.status === 'idle' && this.inline ? [this.inline] : [];
    if (this.shown[0]) return this.renderCards(this.shown);
    // Loading, failed, or nothing to show: the partner's fallback content (light DOM other than a slotted
    // element, our JSON-LD script or whitespace) stays visible.
    const fallback = [...this.childNodes].some((node) =>
      node instanceof Element ? !node.slot && node.localName !== 'script' : node.nodeType === 3 && node.textContent!.trim(),
    );
    return html`${state.status === 'loading'
      ? html`<div class=${fallback ? 'visually-hidden' : ''}>${renderLoading()}</div>`
      : state.status === 'error'
        ? renderError(state.error, retry)
        : fallback
          ? ''
          : renderEmpty(msg('No contact to show.'))}<slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }

  private renderCards(cards: readonly Card[]) {
    return html`${cards[1]
        ? html`<ul role="list">
            ${cards.map((card) => html`<li>${this.renderCard(card)}</li>`)}
          </ul>`
        : this.renderCard(cards[0]!)}
      <p part="message" role="status">${this.copied === undefined
          ? ''
          : this.copied
            ? msg('Copied')
            : msg('Could not copy. Select the text and copy it yourself.')}</p>`;
  }

  private renderCard(card: Card) {
    const { id, name, url } = card;
    const text = (part: string, value: Text | undefined, content: unknown = value?.text) =>
      value && html`<p part=${part} lang=${value.lang ?? nothing}>${content}</p>`;
    const labels = {
      phone: [msg('Phone'), msg('Copy phone number')],
      mobile: [msg('Mobile'), msg('Copy mobile number')],
      email: [msg('Email'), msg('Copy email address')],
    };
    // Numbers and addresses stay left-to-right on right-to-left pages (dir="ltr" isolates them).
    return html`<div part="card">
      ${text('name', name, url ? html`<a href=${url}>${name.text}</a>` : name.text)} ${text('role', card.role)}
      ${text('organization', card.org)}
      <dl>
        ${card.rows.map(({ field, text, href, ext, label }, index) => {
          const value = ext ? `${text} ${msg(str`ext. ${ext}`)}` : text;
          const key = `${id} ${index}`;
          return html`<div>
            <dt>${label ?? labels[field][0]}</dt>
            <dd>
              <a part=${field} dir="ltr" href=${href ?? nothing}>${value}</a>
              <button class="omj-button" part="copy" aria-label=${labels[field][1]} @click=${() => this.copy(card, field, value, key)}>
                ${icon(this.copied === key ? 'M5 12.5l4.5 4.5L19 7.5' : 'M8 8h11v11H8zM5 16V5h11')}${msg('Copy')}
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      <button class="omj-button" part="save" aria-label=${msg(str`Save contact: ${name.text}`)} @click=${() => this.save(card)}>
        ${icon('M12 4v11m-5-5l5 5 5-5M5 20h14')}${msg('Save contact')}
      </button>
    </div>`;
  }

  private async copy(card: Card, field: ContactField, value: string, key: string): Promise<void> {
    const ok = await copyText(value, this.renderRoot as ShadowRoot);
    // Empty the live region first, so a second "Copied" in a row is announced again.
    this.copied = undefined;
    await this.updateComplete;
    this.copied = ok ? key : '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.copied = undefined), 5000);
    emit(this, 'omj-copy', { id: card.id, field, value, ok });
  }

  private save(card: Card): void {
    const fileName = vCardFileName(card.name.text);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([buildVCard(card)], { type: 'text/vcard;charset=utf-8' }));
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    emit(this, 'omj-vcard', { id: card.id, fileName });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const json = this.jsonLd && this.shown[0] ? jsonLdText(contactsJsonLd(this.shown)) : '';
    // Adopt our own script when the page was saved with it (a CMS storing the live DOM): never a second one.
    let script = this.querySelector(':scope > script[data-omj-json-ld]');
    if (!json) return script?.remove();
    if (!script) {
      if (trustedScriptText('') === undefined) return;
      script = document.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.setAttribute('data-omj-json-ld', '');
      this.append(script);
    }
    if (script.textContent === json) return;
    const text = trustedScriptText(json);
    if (text === undefined) return script.remove();
    script.textContent = text;
  }
}

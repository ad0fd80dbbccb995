import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  OmjElement,
  baseStyles,
  emit,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  warnField,
} from '@omj/core';
import { pickTextWithLang, safeUrl, type Contact, type LocalizedText, type ParsedFeed, type Phone } from '@omj/feed';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { styles } from './contact-card.styles.js';
import { formatPhone, toPhone } from './phone.js';
import { buildVCard, vCardFileName } from './vcard.js';
import { contactsJsonLd, jsonLdText } from './json-ld.js';
import { copyText } from './clipboard.js';
import type { ContactView, PhoneView, Text } from './view.js';

registerCatalogs({ ru, ky });

export type ContactField = 'phone' | 'mobile' | 'email';

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

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;
const ICON_COPY = svg`<path d="M8 8h11v11H8zM5 16V5h11" />`;
const ICON_DONE = svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`;
const ICON_SAVE = svg`<path d="M12 4v11m-5-5l5 5 5-5M5 20h14" />`;
const icon = (path: unknown) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

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
 * @csspart phone - An office phone link (or plain text when the number is malformed).
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
 * @cssprop [--omj-contact-card-max-width=30em] - Widest a single card grows (`layout="card"`).
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

  /** Result of the last copy, for the live region: undefined = nothing to say. */
  @state() private copyResult?: boolean;
  /** Which copy button just succeeded (shows a check mark). */
  @state() private copiedKey?: string;

  private inline?: ContactView;
  private selection: readonly Contact[] = [];
  private selectionKey?: unknown[];
  private shown: readonly ContactView[] = [];
  private ldScript?: HTMLScriptElement;
  private clearTimer?: ReturnType<typeof setTimeout>;
  private warnedNoName = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inlineKeys = ['name', 'jobTitle', 'organization', 'phone', 'ext', 'mobile', 'email'] as const;
    if (this.hasUpdated === false || inlineKeys.some((key) => changed.has(key))) this.inline = this.readInline();
    const state = this.feedState;
    if (state.status === 'ready') this.select(state.feed);
    else if (state.status === 'idle' && !this.inline && !this.warnedNoName && (this.phone || this.mobile || this.email)) {
      this.warnedNoName = true;
      warnField(this.localName, 'attribute name', 'missing (an inline contact needs a name)');
    }
  }

  /** Picks the feed's contacts once per feed / filter change, warning about ids that are not in it. */
  private select(feed: ParsedFeed): void {
    const key = [feed, this.contact, this.organization];
    if (this.selectionKey?.every((value, index) => value === key[index])) return;
    this.selectionKey = key;
    const ids = (this.contact ?? '').split(/\s+/).filter((id) => id !== '');
    let list = feed.contacts;
    if (ids.length > 0) {
      list = ids.flatMap((id) => {
        const found = feed.contacts.find((contact) => contact.id === id);
        if (found === undefined) warnField(this.localName, 'attribute contact', `"${id}" is not in the feed`);
        return found === undefined ? [] : [found];
      });
    }
    const org = this.organization?.trim();
    if (org) list = list.filter((contact) => contact.organizationId === org);
    this.selection = list;
  }

  private readInline(): ContactView | undefined {
    const name = this.name?.trim();
    if (!name) return undefined;
    const tag = this.localName;
    let ext = this.ext?.trim() || undefined;
    if (ext !== undefined && !/^\d{1,10}$/.test(ext)) {
      warnField(tag, 'attribute ext', `"${ext}" is not an extension (digits only)`);
      ext = undefined;
    }
    const phone = (field: string, value: string | undefined, extension?: string): PhoneView | undefined => {
      const text = value?.trim();
      if (!text) return undefined;
      const parsed = toPhone(text, extension);
      if (parsed !== undefined) return this.phoneView(parsed);
      warnField(tag, `attribute ${field}`, `"${text}" is not an international phone number`);
      return { text };
    };
    const office = phone('phone', this.phone, ext);
    const email = this.email?.trim();
    const href = email && EMAIL.test(email) ? safeUrl(`mailto:${email}`, 'email') : undefined;
    if (email && href === undefined) warnField(tag, 'attribute email', `"${email}" is not an email address`);
    const text = (value?: string): Text | undefined => (value?.trim() ? { text: value.trim() } : undefined);
    return {
      id: this.id || 'inline',
      name: { text: name },
      role: text(this.jobTitle),
      organization: text(this.organization),
      phones: office === undefined ? [] : [office],
      mobile: phone('mobile', this.mobile),
      email: email ? { text: email, href } : undefined,
    };
  }

  private phoneView(phone: Phone): PhoneView {
    return {
      text: formatPhone(phone.number),
      number: phone.number,
      ext: phone.ext,
      tel: safeUrl(phone.tel, 'phone'),
      label: this.pick(phone.label),
    };
  }

  /** Text in the UI language, else Russian for Kyrgyz readers, else English; `lang` when it differs. */
  private pick(value: LocalizedText | undefined): Text | undefined {
    const picked = pickTextWithLang(value, this.langTag, this.uiLocale === 'ky' ? ['ru'] : []);
    if (picked === undefined) return undefined;
    const same = picked.lang.split('-')[0]!.toLowerCase() === this.langTag.split('-')[0]!.toLowerCase();
    return same ? { text: picked.text } : picked;
  }

  private view(contact: Contact): ContactView {
    return {
      id: contact.id,
      name: this.pick(contact.name) ?? { text: contact.id },
      role: this.pick(contact.role),
      organization: this.pick(contact.organization),
      phones: contact.phones.map((phone) => this.phoneView(phone)),
      mobile: contact.mobile && this.phoneView(contact.mobile),
      email: contact.email === undefined ? undefined : { text: contact.email, href: safeUrl(`mailto:${contact.email}`, 'email') },
      url: contact.url,
    };
  }

  /** Light-DOM fallback content other than our own JSON-LD script or whitespace. */
  private hasFallback(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? !node.hasAttribute('slot') && node.localName !== 'script' : node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
  }

  override render(): TemplateResult {
    this.shown = [];
    const state = this.feedState;
    const retry = this.feed && this.data === undefined ? () => this.feedController.retry() : undefined;
    const fallback = html`<slot @slotchange=${() => this.requestUpdate()}></slot>`;
    let body: unknown;
    if (state.status === 'loading') {
      body = this.hasFallback()
        ? html`<div class="visually-hidden">${renderLoading()}</div>${fallback}`
        : html`${renderLoading()}${fallback}`;
    } else if (state.status === 'error') {
      body = html`${renderError(state.error, retry)}${fallback}`;
    } else if (state.status === 'idle') {
      if (this.inline !== undefined) body = this.renderContacts([this.inline]);
      else body = this.hasFallback() ? fallback : html`${renderEmpty(msg('No contact to show.'))}${fallback}`;
    } else if (this.selection.length === 0) {
      const query = this.contact?.trim() || this.organization?.trim();
      body = renderEmpty(query ? msg(str`No contact found for “${query}”.`) : msg('No contacts in this feed.'));
    } else {
      body = html`${state.stale && state.fetchedAt ? renderStale(state.fetchedAt, this.langTag, retry) : nothing}
      ${this.renderContacts(this.selection.map((contact) => this.view(contact)))}`;
    }
    return html`<slot name="heading"></slot>${body}`;
  }

  private renderContacts(contacts: readonly ContactView[]): TemplateResult {
    this.shown = contacts;
    const cards = contacts.map((contact, index) => this.renderCard(contact, index, contacts.length > 1));
    return html`${contacts.length === 1 ? cards[0] : html`<ul class="contacts" role="list">${cards}</ul>`}
      <p class="message" part="message" role="status">
        ${this.copyResult === undefined
          ? nothing
          : this.copyResult
            ? msg('Copied')
            : msg('Could not copy. Select the text and copy it yourself.')}
      </p>`;
  }

  private renderCard(contact: ContactView, index: number, listed: boolean): TemplateResult {
    const text = (value: Text | undefined, part: string) =>
      value === undefined ? nothing : html`<p class=${part} part=${part} lang=${value.lang ?? nothing}>${value.text}</p>`;
    const name = contact.name;
    const card = html`<div class=${listed ? 'card' : 'card single'} part="card">
      <p class="name" part="name" lang=${name.lang ?? nothing}>
        ${contact.url === undefined ? name.text : html`<a href=${contact.url}>${name.text}</a>`}
      </p>
      ${text(contact.role, 'role')} ${text(contact.organization, 'organization')}
      <dl class="rows">
        ${contact.phones.map((phone, i) =>
          this.renderPhone(contact, 'phone', phone, `${index}-p${i}`, phone.label?.text ?? msg('Phone'), msg('Copy phone number')),
        )}
        ${contact.mobile === undefined
          ? nothing
          : this.renderPhone(contact, 'mobile', contact.mobile, `${index}-m`, msg('Mobile'), msg('Copy mobile number'))}
        ${contact.email === undefined
          ? nothing
          : this.renderRow(
              contact,
              'email',
              `${index}-e`,
              msg('Email'),
              msg('Copy email address'),
              contact.email.href === undefined
                ? html`<span class="value" part="email" dir="ltr">${contact.email.text}</span>`
                : html`<a class="value" part="email" dir="ltr" href=${contact.email.href}>${contact.email.text}</a>`,
              contact.email.text,
            )}
      </dl>
      <button
        type="button"
        class="omj-button save"
        part="save"
        aria-label=${msg(str`Save contact: ${name.text}`)}
        @click=${() => this.save(contact)}
      >
        ${icon(ICON_SAVE)}${msg('Save contact')}
      </button>
    </div>`;
    return listed ? html`<li>${card}</li>` : card;
  }

  private renderPhone(contact: ContactView, field: 'phone' | 'mobile', phone: PhoneView, key: string, label: string, copyLabel: string) {
    const ext = phone.ext === undefined ? '' : msg(str`ext. ${phone.ext}`);
    const content = html`<span class="num">${phone.text}</span>${ext === '' ? nothing : html` <span class="ext">${ext}</span>`}`;
    return this.renderRow(
      contact,
      field,
      key,
      label,
      copyLabel,
      phone.tel === undefined
        ? html`<span class="value" part=${field} dir="ltr">${content}</span>`
        : html`<a class="value" part=${field} dir="ltr" href=${phone.tel}>${content}</a>`,
      ext === '' ? phone.text : `${phone.text} ${ext}`,
    );
  }

  private renderRow(contact: ContactView, field: ContactField, key: string, label: string, copyLabel: string, value: TemplateResult, copy: string) {
    return html`<div class="row">
      <dt>${label}</dt>
      <dd>
        ${value}
        <button
          type="button"
          class="omj-button copy"
          part="copy"
          aria-label=${copyLabel}
          @click=${() => this.copy(contact, field, copy, key)}
        >
          ${icon(this.copiedKey === key ? ICON_DONE : ICON_COPY)}${msg('Copy')}
        </button>
      </dd>
    </div>`;
  }

  private async copy(contact: ContactView, field: ContactField, value: string, key: string): Promise<void> {
    const ok = await copyText(value, this.renderRoot as ShadowRoot);
    // Empty the live region first, so a second "Copied" in a row is announced again.
    this.copyResult = undefined;
    await this.updateComplete;
    this.copyResult = ok;
    this.copiedKey = ok ? key : undefined;
    clearTimeout(this.clearTimer);
    this.clearTimer = setTimeout(() => {
      this.copyResult = undefined;
      this.copiedKey = undefined;
    }, 5000);
    emit(this, 'omj-copy', { id: contact.id, field, value, ok });
  }

  private save(contact: ContactView): void {
    const fileName = vCardFileName(contact.name.text);
    const url = URL.createObjectURL(new Blob([buildVCard(contact)], { type: 'text/vcard;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    emit(this, 'omj-vcard', { id: contact.id, fileName });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const json = this.jsonLd && this.shown.length > 0 ? jsonLdText(contactsJsonLd(this.shown)) : undefined;
    // Adopt our own script when the page was saved with it (a CMS storing the live DOM): never a second one.
    this.ldScript ??= this.querySelector<HTMLScriptElement>(':scope > script[data-omj-json-ld]') ?? undefined;
    if (json === undefined) {
      this.ldScript?.remove();
      this.ldScript = undefined;
      return;
    }
    if (this.ldScript === undefined) {
      this.ldScript = document.createElement('script');
      this.ldScript.type = 'application/ld+json';
      this.ldScript.dataset.omjJsonLd = '';
      this.append(this.ldScript);
    }
    if (this.ldScript.textContent !== json) this.ldScript.textContent = json;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.clearTimer);
  }
}

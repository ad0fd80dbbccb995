import type { ContactView, PhoneView } from './view.js';

const telephone = (phone: PhoneView | undefined) =>
  phone?.tel === undefined ? undefined : phone.tel.slice(4); // RFC 3966 without the scheme: `+996312611211;ext=143`

/** schema.org `Person` with its `ContactPoint`s; one person as an object, several as a list. */
export function contactsJsonLd(contacts: readonly ContactView[]): unknown {
  const people = contacts.map((contact) => ({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: contact.name.text,
    jobTitle: contact.role?.text,
    worksFor: contact.organization && { '@type': 'Organization', name: contact.organization.text },
    url: contact.url,
    email: contact.email?.href === undefined ? undefined : contact.email.text,
    telephone: telephone(contact.phones.find((phone) => phone.tel !== undefined) ?? contact.mobile),
    contactPoint: [
      ...contact.phones.map((phone) => ['work', phone] as const),
      ['mobile', contact.mobile] as const,
    ]
      .filter(([, phone]) => phone?.tel !== undefined)
      .map(([type, phone]) => ({ '@type': 'ContactPoint', contactType: type, telephone: telephone(phone) })),
  }));
  return people.length === 1 ? people[0] : people;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c`, so no text (a name
 * containing `</script>` or `<!--`) can end the script when the page is serialized or copied as HTML.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

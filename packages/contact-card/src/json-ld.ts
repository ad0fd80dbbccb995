import { warnField } from '@omj/core';
import type { Card } from './view.js';

/**
 * schema.org `Person` with its email and its `ContactPoint`s (phones with a `tel:` link only); one person as an object,
 * several as a list. `telephone` is RFC 3966 without the scheme: `+996312611211;ext=143`.
 */
export function contactsJsonLd(cards: readonly Card[]): unknown {
  const people = cards.map(({ name, role, org, url, rows }) => ({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: name.text,
    jobTitle: role?.text,
    worksFor: org && { '@type': 'Organization', name: org.text },
    url,
    email: rows.find((row) => row.field === 'email' && row.href)?.text,
    contactPoint: rows
      .filter((row) => row.field !== 'email' && row.href)
      .map((row) => ({ '@type': 'ContactPoint', contactType: row.field === 'phone' ? 'work' : 'mobile', telephone: row.href!.slice(4) })),
  }));
  return people[1] ? people : people[0];
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c`, so no text (a name
 * containing `</script>` or `<!--`) can end the script when the page is serialized or copied as HTML.
 */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

type ScriptPolicy = { createScript(text: string): string };
let policy: ScriptPolicy | null | undefined;

/**
 * Script text through a Trusted Types policy named `omj-widgets`: under `require-trusted-types-for
 * 'script'` every write to a `<script>` (even `application/ld+json`, which never runs) needs one. Created on
 * first use only, so pages without `json-ld` never ask for it. Returns undefined when the page's CSP does
 * not allow the policy: the caller then skips JSON-LD (docs/security.md tells partners to add the name).
 */
export function trustedScriptText(text: string): string | undefined {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  if (factory === undefined) return text;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('omj-widgets', { createScript: (value: string) => value });
    } catch {
      policy = null;
      warnField('omj-contact-card', 'attribute json-ld', "Trusted Types policy 'omj-widgets' refused");
    }
  }
  return policy?.createScript(text);
}

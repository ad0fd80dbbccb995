// RSS and Atom on a partner page whose CSP enforces Trusted Types (docs/security.md's strict policy):
// DOMParser.parseFromString is a sink there. Its own test file: the CSP stays on for the whole page.
import { expect } from '@open-wc/testing';
import { readXmlFeed } from '@omj/feed';

describe('RSS under require-trusted-types-for', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html omj-widgets 'allow-duplicates'";
    document.head.append(meta);
  });

  it('reads the feed through the omj-widgets policy where a plain string is refused', () => {
    const rss =
      '<rss version="2.0"><channel><title>Strict page</title><item><guid>1</guid><title>Still read</title></item></channel></rss>';
    expect(() => new DOMParser().parseFromString(rss, 'application/xml')).to.throw(/TrustedHTML/);
    const feed = readXmlFeed(rss, 'https://example.org/rss.xml');
    expect(feed?.title).to.equal('Strict page');
    expect(feed?.items[0].title).to.equal('Still read');
  });
});

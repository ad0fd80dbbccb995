import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';
import { captureWarnings } from '../../../test-support/console.js';

describe('defineElement', () => {
  it('registers a tag once and stays silent when the same class is defined again', async () => {
    class First extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      defineElement('omj-test-define-a', First);
      defineElement('omj-test-define-a', First);
    });
    expect(customElements.get('omj-test-define-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('never throws when another script owns the tag, and warns once naming the tag', async () => {
    class Foreign extends HTMLElement {}
    customElements.define('omj-test-define-b', Foreign);
    class Ours extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      expect(() => defineElement('omj-test-define-b', Ours)).not.to.throw();
    });
    expect(customElements.get('omj-test-define-b')).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<omj-test-define-b>');
  });
});

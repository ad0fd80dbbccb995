import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';

describe('defineElement', () => {
  it('registers a tag once and stays silent when the same class is defined again', () => {
    class First extends HTMLElement {}
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('omj-test-define-a', First);
      defineElement('omj-test-define-a', First);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('omj-test-define-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('never throws when another script owns the tag, and warns once naming the tag', () => {
    class Foreign extends HTMLElement {}
    customElements.define('omj-test-define-b', Foreign);
    class Ours extends HTMLElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      expect(() => defineElement('omj-test-define-b', Ours)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('omj-test-define-b')).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<omj-test-define-b>');
  });
});

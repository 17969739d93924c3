import { describe, expect, it } from 'vitest';
import { checkGlossaryLinks } from '../../../../src/site/build/glossary-check.mjs';

describe('glossary-check', () => {
  it('checkGlossaryLinks(pages, ids) lists links to unknown terms on any page', () => {
    const pages = [
      { path: '/chapters/a/', html: '<p><a href="/glossary/#kv-cache">KV cache</a> and <a href="/glossary/#gone">gone</a></p>' },
      { path: '/glossary/', html: '<a href="/glossary/#mla">MLA</a><a href="/glossary/#nope">?</a><a href="#letter-m">M</a>' },
    ];
    expect(checkGlossaryLinks(pages, ['kv-cache', 'mla']).missing).toEqual([
      { path: '/chapters/a/', href: '/glossary/#gone' },
      { path: '/glossary/', href: '/glossary/#nope' },
    ]);
  });

  it('checkGlossaryLinks(pages, ids) counts links and <strong data-term> outside the glossary as uses', () => {
    const pages = [
      { path: '/chapters/a/', html: '<p><strong data-term="gqa mqa">GQA</strong> <a href="/glossary/#kv-cache">x</a></p>' },
      { path: '/glossary/', html: '<a href="/glossary/#mla">MLA</a>' },
    ];
    expect(checkGlossaryLinks(pages, ['kv-cache', 'gqa', 'mqa', 'mla']).unused).toEqual(['mla']);
  });
});

import { describe, expect, it } from 'vitest';
import { safeExcerpt, searchItem } from '../../../../src/site/client/search-results';

const sub = (title: string, url: string, scores: number[], excerpt = title) => ({
  title,
  url,
  excerpt,
  weighted_locations: scores.map((balanced_score) => ({ weight: 1, balanced_score })),
});

describe('search results', () => {
  it('safeExcerpt(html) keeps text and <mark> and drops any other markup', () => {
    expect(safeExcerpt('<mark>KV</mark> cache <img src=x onerror=alert(1)> <a href="/">x</a>')).toBe('<mark>KV</mark> cache  x');
    expect(safeExcerpt('a &lt;b&gt; c')).toBe('a &lt;b&gt; c');
  });

  it('searchItem(data) leads to the section where the words weigh most', () => {
    const item = searchItem({
      url: '/chapters/kv-cache/',
      excerpt: 'page',
      meta: { title: 'KV cache', kind: 'Chapter 3' },
      sub_results: [
        sub('KV cache', '/chapters/kv-cache/', [1]),
        sub('MHA, GQA, MQA, MLA', '/chapters/kv-cache/#mha', [2, 3], '<mark>MLA</mark>'),
      ],
    });
    expect(item).toEqual({
      href: '/chapters/kv-cache/#mha',
      title: 'KV cache',
      section: 'MHA, GQA, MQA, MLA',
      kind: 'Chapter 3',
      excerpt: '<mark>MLA</mark>',
    });
  });

  it('searchItem(data) leads to the page itself when the words are not under a heading, or there are no sections', () => {
    const top = searchItem({
      url: '/glossary/#mla',
      excerpt: '<mark>MLA</mark> caches',
      meta: { title: 'MLA (multi-head latent attention)', kind: 'Glossary' },
    });
    expect(top).toEqual({
      href: '/glossary/#mla',
      title: 'MLA (multi-head latent attention)',
      section: null,
      kind: 'Glossary',
      excerpt: '<mark>MLA</mark> caches',
    });
    const page = searchItem({ url: '/hardware/x/', excerpt: 'e', meta: {}, sub_results: [sub('X', '/hardware/x/', [5])] });
    expect(page).toMatchObject({ href: '/hardware/x/', title: '/hardware/x/', section: null, kind: 'Page' });
  });
});

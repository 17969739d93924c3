import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bibliography, reference, sentence } from '../../../src/content/bibliography';

const CHAPTERS = new URL('../../../src/content/chapters/', import.meta.url);
/** Every <Cite id="…"> in the chapters' MDX source. */
const citedIds = new Set(
  readdirSync(CHAPTERS).flatMap((dir) =>
    [...readFileSync(new URL(`${dir}/index.mdx`, CHAPTERS), 'utf8').matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!),
  ),
);

describe('bibliography', () => {
  it('sentence(text) ends a reference part with exactly one full stop ("et al.", not "et al..")', () => {
    expect(sentence('J. Lin et al.')).toBe('J. Lin et al.');
    expect(sentence('Meta')).toBe('Meta.');
    expect(sentence('Why? ')).toBe('Why?');
    for (const ref of bibliography) {
      for (const part of [ref.authors, ref.venue]) expect(sentence(part), ref.id).not.toMatch(/\.\.$/);
    }
  });

  it('every source the bibliography defines is cited by a chapter, and every citation is defined', () => {
    const uncited = bibliography.map((r) => r.id).filter((id) => !citedIds.has(id));
    expect(uncited).toEqual([]);
    for (const id of citedIds) expect(() => reference(id), id).not.toThrow();
  });

  it('ids are unique, and a source named as a README links to that README, not a pull request', () => {
    expect(new Set(bibliography.map((r) => r.id)).size).toBe(bibliography.length);
    for (const ref of bibliography.filter((r) => /^README|README\.md/.test(r.title))) {
      expect(ref.url, ref.id).toMatch(/README/);
      expect(ref.url, ref.id).not.toMatch(/\/pull\//);
    }
  });
});

// The notation index in the build: one row per symbol of src/lib/core/notation.ts, each with its
// anchor and, unless reserved, the chapter that defines it; every chapter's notation table leads
// to the index.
import { expect, test } from 'vitest';
import { notation } from '../../src/lib';
import { symbolAnchor } from '../../src/site/views/notation';
import { attr, builtPages, select, textOf } from './site';

const pages = builtPages();
const index = pages.find((p) => p.path === '/notation/')!;

test('/notation/ has one row per symbol, and every symbol in use names its defining chapter', () => {
  const rows = select(index.document, 'th', 'id');
  expect(rows.map((th) => attr(th, 'id'))).toEqual(notation.map((n) => symbolAnchor(n.tex)));
  const problems: string[] = [];
  for (const symbol of notation.filter((n) => !n.reserved)) {
    const row = rows.find((th) => attr(th, 'id') === symbolAnchor(symbol.tex))!.parentNode as Parameters<typeof textOf>[0];
    if (!/Chapter \d+/.test(textOf(row))) problems.push(`${symbol.tex}: no defining chapter (no chapter writes it)`);
  }
  expect(problems).toEqual([]);
}, 30_000);

test('every chapter with a notation table links to the notation index', () => {
  const chapters = pages.filter((p) => p.path.startsWith('/chapters/') && p.html.includes('class="notation"'));
  expect(chapters.length).toBeGreaterThan(0);
  for (const page of chapters)
    expect(
      select(page.document, 'a', 'href').some((a) => attr(a, 'href') === '/notation/'),
      page.path,
    ).toBe(true);
}, 30_000);

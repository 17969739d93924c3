// The glossary in the build: every entry has its anchor on /glossary/, every chapter links terms,
// and each link's tooltip says what the glossary's short definition says.
import { expect, test } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { attr, builtPages, hasClass, idsIn, select, textOf } from './site';

const pages = builtPages();
/** Parsing every page takes seconds on a busy machine; the first test to read them pays for it. */
const PARSE_ALL = 30_000;
const glossaryPage = pages.find((p) => p.path === '/glossary/')!;
const chapters = pages.filter((p) => p.path.startsWith('/chapters/'));
const shortOf = new Map(glossary.map((t) => [t.id, t.short]));

test(
  '/glossary/ has an entry for every term, as a heading with the term’s id',
  () => {
    const headings = new Set(select(glossaryPage.document, 'h3', 'id').map((h) => attr(h, 'id')));
    expect(glossary.filter((t) => !headings.has(t.id)).map((t) => t.id)).toEqual([]);
  },
  PARSE_ALL,
);

test(
  'every chapter links glossary terms, each with a tooltip holding the term’s short definition',
  () => {
    const problems: string[] = [];
    for (const page of chapters) {
      const ids = new Set(idsIn(page));
      const links = select(page.document, 'a', 'aria-describedby').filter((a) => hasClass(a, 'term-link'));
      if (links.length < 5) problems.push(`${page.path}: only ${links.length} glossary links`);
      const tips = new Map(select(page.document, 'span', 'role').map((tip) => [attr(tip, 'id'), tip]));
      for (const link of links) {
        const id = decodeURIComponent(attr(link, 'href')!.split('#')[1]!);
        const tip = tips.get(attr(link, 'aria-describedby'));
        if (!tip || !ids.has(attr(link, 'aria-describedby')!)) problems.push(`${page.path}: ${id} has no tooltip`);
        else if (textOf(tip) !== shortOf.get(id)) problems.push(`${page.path}: ${id}'s tooltip is not its short definition`);
        else if (attr(tip, 'hidden') === undefined || attr(tip, 'data-pagefind-ignore') === undefined) {
          problems.push(`${page.path}: ${id}'s tooltip must be hidden and kept out of the search index`);
        }
      }
    }
    expect(problems).toEqual([]);
  },
  PARSE_ALL,
);

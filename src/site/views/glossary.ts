/**
 * What the /glossary/ page shows: the entries of src/content/glossary.ts in alphabetical order
 * under their initial letter, their `$…$` text rendered with KaTeX, and their "where it is taught"
 * links resolved against the built chapters' headings (a link to a missing section fails the build).
 */
import katex from 'katex';
import type { GlossaryTerm } from '../../content/glossary';

/** A chapter as the glossary needs it: its address, title and section headings. */
export interface ChapterSections {
  readonly slug: string;
  readonly order: number;
  readonly title: string;
  readonly href: string;
  readonly sections: readonly { readonly slug: string; readonly text: string }[];
}

/** A resolved "taught in" link. */
export interface TaughtLink {
  readonly href: string;
  readonly chapter: string;
  readonly order: number;
  readonly section: string;
}

/** The letter an entry is filed under: its first letter, upper case. @example initialOf('k-quant') // "K" */
export function initialOf(term: string): string {
  const letter = term.trim()[0]?.toUpperCase() ?? '#';
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** Entries in alphabetical order (case-insensitive), grouped by initial letter. @example groupByInitial([{ term: 'b' }, { term: 'A' }])[0]!.letter // "A" */
export function groupByInitial<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const term of sorted) {
    const letter = initialOf(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, items]) => ({ letter, terms: items }));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * Text with `$…$` TeX segments rendered by KaTeX and `` `…` `` as code, everything else escaped.
 * @example richText('a `b`') // "a <code>b</code>"
 */
export function richText(text: string): string {
  return text
    .split(/(\$[^$]+\$|`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('$') && part.endsWith('$') && part.length > 2) {
        return katex.renderToString(part.slice(1, -1), { output: 'htmlAndMathml', throwOnError: true, strict: 'error' });
      }
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part);
    })
    .join('');
}

/**
 * Resolves `chapter-slug#section-slug` references against the chapters; an unknown chapter or
 * section throws, naming the term, so a renamed heading fails the build instead of a link.
 * @example taughtLinks({ id: 'x', taught: ['a#b'] }, [{ slug: 'a', order: 1, title: 'A', href: '/chapters/a/', sections: [{ slug: 'b', text: 'B' }] }])[0]!.href // "/chapters/a/#b"
 */
export function taughtLinks(term: Pick<GlossaryTerm, 'id' | 'taught'>, chapters: readonly ChapterSections[]): TaughtLink[] {
  return term.taught.map((ref) => {
    const [slug, section] = ref.split('#');
    const chapter = chapters.find((c) => c.slug === slug);
    if (!chapter) throw new Error(`Glossary "${term.id}": taught in "${ref}", but there is no chapter "${slug}".`);
    const heading = chapter.sections.find((s) => s.slug === section);
    if (!heading) {
      throw new Error(
        `Glossary "${term.id}": taught in "${ref}", but chapter "${slug}" has no section "${section}" (it has ${chapter.sections.map((s) => s.slug).join(', ')}).`,
      );
    }
    return { href: `${chapter.href}#${heading.slug}`, chapter: chapter.title, order: chapter.order, section: heading.text };
  });
}

/** One use of a term that rehype-glossary recorded in a chapter: its section and whether it became a link. */
export interface GlossaryUse {
  readonly id: string;
  readonly section: string;
  readonly linked: boolean;
}

/**
 * The chapters that use a term but are not among those that teach it, each with a link to the
 * first section that uses it, in book order.
 * @example usedIn({ id: 'x', taught: [] }, [{ slug: 'a', order: 1, href: '/chapters/a/', uses: [{ id: 'x', section: 's', linked: true }] }]) // [{ "href": "/chapters/a/#s", "order": 1 }]
 */
export function usedIn(
  term: Pick<GlossaryTerm, 'id' | 'taught'>,
  chapters: readonly (Pick<ChapterSections, 'slug' | 'order' | 'href'> & { readonly uses: readonly GlossaryUse[] })[],
): { href: string; order: number }[] {
  const teaching = new Set(term.taught.map((ref) => ref.split('#')[0]));
  return [...chapters]
    .sort((a, b) => a.order - b.order)
    .flatMap((chapter) => {
      const first = chapter.uses.find((u) => u.id === term.id);
      if (!first || teaching.has(chapter.slug)) return [];
      return [{ href: first.section ? `${chapter.href}#${first.section}` : chapter.href, order: chapter.order }];
    });
}

// Source lines as text and links, for the catalog pages' citations.
/** A piece of a source line: plain text, or a link. */
export type SourcePart = { readonly text: string; readonly href?: undefined } | { readonly text: string; readonly href: string };

/**
 * Splits a source string into text and https links, so pages can cite sources that mix both.
 * @example linkifySource('see https://a.org/x (p. 2)') // [{ text: 'see ' }, { text: 'https://a.org/x', href: 'https://a.org/x' }, { text: ' (p. 2)' }]
 */
export function linkifySource(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let last = 0;
  for (const match of source.matchAll(/https:\/\/[^\s)"',;]+/g)) {
    const url = match[0].replace(/[.:]+$/, '');
    if (match.index > last) parts.push({ text: source.slice(last, match.index) });
    parts.push({ text: url, href: url });
    last = match.index + url.length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return parts;
}

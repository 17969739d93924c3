// Printed text, read from dist/ (no browser): code is never typographically rewritten ("--flag"
// must not become "—flag"), a reference never ends "et al..", a number in TeX is never spaced
// after its thousands separator ("131, 072"), and no word is glued to the element beside it
// ("an<strong>upper</strong>"), which happens when a formatter moves a space onto a line break.
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const pages = builtPages();
/** Characters SmartyPants writes; none belongs inside code. */
const TYPOGRAPHIC = /[\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/;
const LITERAL = /<(code|kbd|samp|pre)\b[^>]*>([\s\S]*?)<\/\1>/g;
/** Everything but KaTeX's output, whose spans abut by design. */
const withoutMath = (html: string) => html.replace(/<span class="katex">[\s\S]*?<\/math><\/span>/g, '');

test('pages are found in the build', () => {
  expect(pages.length).toBeGreaterThan(2);
});

test('code, keys and program output keep their characters: no typographic dashes or quotes inside <code>', () => {
  const rewritten = pages.flatMap(({ path, html }) =>
    [...html.matchAll(LITERAL)].filter((m) => TYPOGRAPHIC.test(m[2]!.replace(/<[^>]+>/g, ''))).map((m) => `${path}: ${m[0]}`),
  );
  expect(rewritten).toEqual([]);
});

test('reference lists close each part with one full stop ("et al.", never "et al..")', () => {
  const doubled = pages.filter(({ html }) => /et al\.\./.test(html)).map(({ path }) => path);
  expect(doubled).toEqual([]);
});

test('numbers in math are printed whole: no thousands separator left bare in TeX ("131, 072")', () => {
  const bare = pages.flatMap(({ path, html }) =>
    [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)]
      .filter((m) => /\d,\d{3}(?!\d)/.test(m[1]!))
      .map((m) => `${path}: ${m[1]}`),
  );
  expect(bare).toEqual([]);
});

test('no word is glued to the element beside it ("an<strong>upper")', () => {
  const glued = pages.flatMap(({ path, html }) =>
    [
      ...withoutMath(html).matchAll(
        /.{0,30}(?:[A-Za-z0-9]<(?:strong|em|a|code|cite|kbd|abbr)[\s>]|<\/(?:strong|em|a|code|cite|kbd|abbr)>[A-Za-z]).{0,30}/g,
      ),
    ].map((m) => `${path}: ${m[0]}`),
  );
  expect(glued).toEqual([]);
});

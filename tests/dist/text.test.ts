// Printed text, read from dist/ with parse5: code is never typographically rewritten ("--flag"
// must not become "—flag"), a reference never ends "et al..", a number in TeX is never spaced
// after its thousands separator ("131, 072"), no word is glued to the element beside it
// ("an<strong>upper</strong>", what a formatter does when it moves a space onto a line break), and
// an exercise reads a bare number in the unit its question asks for and says so.
import { beforeAll, describe, expect, test } from 'vitest';
import { hardware } from '../../src/lib';
import { attr, builtPages, elements, hasClass, quizzesIn, select, textOf, type Element } from './site';

const pages = builtPages();
// Parsing every page once takes longer than one test's default timeout on a loaded machine.
beforeAll(() => pages.forEach((page) => page.document), 120_000);
/** Characters SmartyPants writes; none belongs inside code. */
const TYPOGRAPHIC = /[\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/;
const LITERAL = new Set(['code', 'kbd', 'samp', 'pre']);
const INLINE = new Set(['strong', 'em', 'a', 'code', 'cite', 'kbd', 'abbr']);

const insideMath = (el: Element) => {
  for (let up: Element | null = el; up && up.nodeName !== '#document'; up = up.parentNode as Element | null) {
    if (up.tagName && hasClass(up, 'katex')) return true;
  }
  return false;
};
/** The text of the sibling before or after `el`, if that sibling is text. */
function siblingText(el: Element, offset: -1 | 1): string {
  const siblings = el.parentNode?.childNodes ?? [];
  const next = siblings[siblings.indexOf(el) + offset];
  return next?.nodeName === '#text' ? (next as unknown as { value: string }).value : '';
}

describe('printed text', () => {
  test('code, keys and program output keep their characters: no typographic dashes or quotes inside <code>', () => {
    const rewritten = pages.flatMap((page) =>
      [...elements(page.document)]
        .filter((el) => LITERAL.has(el.tagName) && TYPOGRAPHIC.test(textOf(el)))
        .map((el) => `${page.path}: <${el.tagName}>${textOf(el)}</${el.tagName}>`),
    );
    expect(rewritten).toEqual([]);
  });

  test('reference lists close each part with one full stop ("et al.", never "et al..")', () => {
    const doubled = pages.flatMap((page) =>
      select(page.document, 'li')
        .filter((li) => /et al\.\./.test(textOf(li)))
        .map((li) => `${page.path}: ${textOf(li)}`),
    );
    expect(doubled).toEqual([]);
  });

  test('numbers in math are printed whole: no thousands separator left bare in TeX ("131, 072")', () => {
    const bare = pages.flatMap((page) =>
      select(page.document, 'annotation')
        .filter((el) => attr(el, 'encoding') === 'application/x-tex' && /\d,\d{3}(?!\d)/.test(textOf(el)))
        .map((el) => `${page.path}: ${textOf(el)}`),
    );
    expect(bare).toEqual([]);
  });

  test('no word is glued to the element beside it ("an<strong>upper")', () => {
    const glued = pages.flatMap((page) =>
      [...elements(page.document)]
        .filter((el) => INLINE.has(el.tagName) && !insideMath(el))
        .filter((el) => /[A-Za-z0-9]$/.test(siblingText(el, -1)) || /^[A-Za-z]/.test(siblingText(el, 1)))
        .map(
          (el) =>
            `${page.path}: …${siblingText(el, -1).slice(-20)}<${el.tagName}>${textOf(el).slice(0, 20)}</${el.tagName}>${siblingText(el, 1).slice(0, 20)}…`,
        ),
    );
    expect(glued).toEqual([]);
  });

  test('each device page names its device with spaces around it in the models table caption', () => {
    const missing = hardware.filter((d) => {
      const page = pages.find((p) => p.path === `/hardware/${d.id}/`);
      return !page || !select(page.document, 'caption').some((c) => textOf(c).includes(` the ${d.name} at `));
    });
    expect(missing.map((d) => d.id)).toEqual([]);
  });
});

const UNIT_NAMES: Record<string, string> = { B: 'bytes' };
/** The unit a question names for its answer ("How many bytes…", "…in GiB?"), or null. */
function unitAskedFor(question: string): string | null {
  if (/how many bytes|in bytes\b/i.test(question)) return 'B';
  return /\bin (GiB|GB|MiB|MB|KiB|kB|TiB|TB)\b/.exec(question)?.[1] ?? null;
}

test('a byte exercise reads a bare number in the unit its question asks for, and its answer field says which', () => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const quiz of quizzesIn(page)) {
      if (quiz.kind !== 'numeric' || quiz.expect.kind !== 'bytes') continue;
      const unit = quiz.expect.unit ?? 'GB';
      const frame = select(page.document, 'section').find((s) => attr(s, 'data-quiz') === quiz.id)!;
      const question = textOf(select(frame, 'div').find((d) => attr(d, 'id') === `quiz-${quiz.id}-question`)!);
      const asked = unitAskedFor(question);
      if (asked && asked !== unit) problems.push(`${page.path}#quiz-${quiz.id}: asks for ${asked} but reads a bare number as ${unit}`);
      const field = select(frame, 'label').map(textOf).join(' ');
      if (!field.includes(`a bare number is read as ${UNIT_NAMES[unit] ?? unit}`)) {
        problems.push(`${page.path}#quiz-${quiz.id}: the answer field does not say a bare number is ${unit}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

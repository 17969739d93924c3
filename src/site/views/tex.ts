/**
 * Inline and display math built from computed values, rendered with KaTeX at build time.
 * Numbers printed with thousands separators ("131,072") would otherwise get KaTeX's punctuation
 * space after each comma ("131, 072"); braces make the comma an ordinary symbol.
 */
import katex from 'katex';

/**
 * Wraps every comma that separates digit groups in braces, so TeX does not space it.
 * @example groupDigitsForTex('2 \\times 131,072 = 262,144') // "2 \\times 131{,}072 = 262{,}144"
 */
export function groupDigitsForTex(expr: string): string {
  return expr.replace(/(\d),(?=\d{3}(?!\d))/g, '$1{,}');
}

/**
 * KaTeX HTML (with MathML for screen readers) for `expr`; bad TeX throws, failing the build.
 * @example renderTex('x').includes('<math') // true
 */
export function renderTex(expr: string, display = false): string {
  return katex.renderToString(groupDigitsForTex(expr), {
    displayMode: display,
    output: 'htmlAndMathml',
    throwOnError: true,
    strict: 'error',
  });
}

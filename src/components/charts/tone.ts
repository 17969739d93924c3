// The colours every chart piece draws with: one prop, one CSS variable (--tone), so a line, a
// point, a rule and its legend swatch agree in light and dark mode.

/** A slot of the chart palette (the --series-1 … --series-5 variables), or the muted text colour. */
export type Tone = 1 | 2 | 3 | 4 | 5 | 'muted';

/**
 * The CSS colour of a tone, for `style:--tone`.
 * @example toneColor(2) // "var(--series-2)"
 */
export function toneColor(tone: Tone): string {
  return tone === 'muted' ? 'var(--fg-muted)' : `var(--series-${tone})`;
}

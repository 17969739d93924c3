import { describe, expect, it } from 'vitest';
import { toneColor } from '../../../src/components/charts/tone';

describe('toneColor', () => {
  it('toneColor(n) is the palette variable --series-n, and muted is the muted text colour', () => {
    expect([1, 2, 3, 4, 5].map((n) => toneColor(n as 1 | 2 | 3 | 4 | 5))).toEqual([
      'var(--series-1)',
      'var(--series-2)',
      'var(--series-3)',
      'var(--series-4)',
      'var(--series-5)',
    ]);
    expect(toneColor('muted')).toBe('var(--fg-muted)');
  });
});

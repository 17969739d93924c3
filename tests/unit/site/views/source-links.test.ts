import { describe, expect, it } from 'vitest';
import { hardware } from '../../../../src/lib';
import { linkifySource } from '../../../../src/site/views/source-links';

describe('linkifySource', () => {
  it('linkifySource(s) turns https URLs into links and keeps the text around them', () => {
    expect(linkifySource('see https://a.org/x (p. 2)')).toEqual([
      { text: 'see ' },
      { text: 'https://a.org/x', href: 'https://a.org/x' },
      { text: ' (p. 2)' },
    ]);
    expect(linkifySource('https://a.org/y.')).toEqual([{ text: 'https://a.org/y', href: 'https://a.org/y' }, { text: '.' }]);
    expect(linkifySource('no link here')).toEqual([{ text: 'no link here' }]);
    expect(linkifySource('javascript:alert(1) http://x.org')).toEqual([{ text: 'javascript:alert(1) http://x.org' }]);
    const joined = (s: string) =>
      linkifySource(s)
        .map((p) => p.text)
        .join('');
    for (const d of hardware) for (const s of d.sources) expect(joined(s)).toBe(s);
  });
});

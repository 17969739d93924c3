import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkSmartypantsProse from '../../../../src/site/build/remark-smartypants-prose.mjs';

/** Compiles MDX as the book does and returns the generated JavaScript (string literals hold the text). */
const compiled = async (mdx: string) => String(await compile(mdx, { remarkPlugins: [remarkSmartypantsProse] }));

describe('remarkSmartypantsProse', () => {
  it('remarkSmartypantsProse() never rewrites code: <code>--cache-type-k</code> keeps its two hyphens', async () => {
    const js = await compiled('You start llama.cpp with <code>--cache-type-k q8_0 "x"</code>.');
    expect(js).toContain('--cache-type-k q8_0 \\"x\\"');
    expect(js).not.toContain('—cache-type-k');
  });

  it('remarkSmartypantsProse() leaves <kbd>, <samp>, <pre> and `inline code` literal', async () => {
    const js = await compiled('Press <kbd>--x</kbd>, see <samp>it\'s -- ok</samp> and `--y`.\n\n<pre>a -- "b"</pre>');
    for (const literal of ['--x', "it's -- ok", '--y', 'a -- \\"b\\"']) expect(js).toContain(literal);
  });

  it('remarkSmartypantsProse() still sets prose typographically: quotes, dashes, apostrophes', async () => {
    const js = await compiled('The "cache" -- it\'s <em>"here"</em>.');
    expect(js).toContain('“cache”');
    expect(js).toContain('—');
    expect(js).toContain('it’s');
    expect(js).toContain('“here”');
  });
});

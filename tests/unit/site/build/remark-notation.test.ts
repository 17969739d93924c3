import { describe, expect, it } from 'vitest';
import remarkNotation from '../../../../src/site/build/remark-notation.mjs';

type Node = { type: string; value?: string; name?: string; attributes?: unknown[]; children?: Node[] };

function run(children: Node[]) {
  const file = { path: 'ch.mdx', data: {} as { astro?: { frontmatter?: { notation?: unknown } } } };
  remarkNotation({ symbols: ['N', 'N_{\\text{act}}', 'T', '\\text{bpw}'] })({ type: 'root', children }, file);
  return file.data.astro!.frontmatter!.notation;
}

/** `<Notation only={[...]} />` as MDX parses it: an attribute whose value carries its estree. */
const table = (...tex: string[]): Node => ({
  type: 'mdxJsxFlowElement',
  name: 'Notation',
  attributes: [
    {
      type: 'mdxJsxAttribute',
      name: 'only',
      value: {
        data: {
          estree: { body: [{ expression: { type: 'ArrayExpression', elements: tex.map((value) => ({ type: 'Literal', value })) } }] },
        },
      },
    },
  ],
});

describe('remark-notation', () => {
  it('remarkNotation records the symbols a chapter’s math uses and its notation table lists', () => {
    expect(
      run([
        { type: 'inlineMath', value: 'N \\cdot \\text{bpw} / 8 \\quad \\text{bytes}' },
        { type: 'math', value: 'N_{\\text{act}} T' },
        table('N', 'T'),
      ]),
    ).toEqual({
      used: ['N', '\\text{bpw}', 'N_{\\text{act}}', 'T'],
      tables: ['N', 'T'],
    });
  });

  it('remarkNotation fails the build on a symbol the notation does not declare, naming the chapter', () => {
    expect(() => run([{ type: 'inlineMath', value: 'T \\cdot \\tau' }])).toThrow(
      /ch\.mdx: \$\\tau\$ is not in src\/lib\/core\/notation\.ts/,
    );
  });
});

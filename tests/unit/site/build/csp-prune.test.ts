import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { attr, elements, parseHtml } from '../../../../scripts/built-html.mjs';
import { pruneCsp } from '../../../../src/site/build/csp-prune.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (html: string) =>
  attr(
    [...elements(parseHtml(html))].find((el) => el.tagName === 'meta')!,
    'content',
  );

describe('pruneCsp', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const policy = `default-src 'self';script-src 'self' ${hash(script)} ${hash('unused()')}; style-src 'self' ${hash(style)} ${hash('')}; style-src-attr 'unsafe-inline'`;
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body><p>x</p></body></html>`;

  test('pruneCsp(page) keeps the hashes of the inline scripts and styles on the page and drops the rest', () => {
    const html = pruneCsp(page(`<script>${script}</script><style>${style}</style>`));
    expect(policyOf(html)).toBe(
      `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}; style-src-attr 'unsafe-inline'`,
    );
  });

  test('pruneCsp(page) drops every hash from a page with no inline script or style, and leaves the rest of the page as it was', () => {
    const input = page('<script src="/a.js"></script>');
    const html = pruneCsp(input);
    expect(policyOf(html)).toBe("default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'");
    expect(html.slice(html.indexOf('>', html.indexOf('<meta')))).toBe(input.slice(input.indexOf('>', input.indexOf('<meta'))));
  });

  test('pruneCsp(page) leaves a page without a policy untouched', () => {
    const html = '<!DOCTYPE html><html><head><script>x()</script></head><body></body></html>';
    expect(pruneCsp(html)).toBe(html);
  });
});

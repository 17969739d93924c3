/**
 * What the notation index (/notation/) and the chapters' notation tables show: each symbol of
 * src/lib/core/notation.ts with a plain-text name, an anchor, the chapter whose table defines it
 * and the chapters that use it, read from what remark-notation recorded for each chapter.
 */
import type { NotationSymbol } from '../../lib/core/notation';
import { canonicalTex } from '../build/tex-symbols.mjs';

const GREEK: Record<string, string> = { alpha: 'α', eta: 'η', rho: 'ρ', tau: 'τ', max: 'max' };

/**
 * A symbol's name in plain text, for screen readers and anchors: `N_{\text{act}}` → "N act".
 * @example plainSymbol('\\hat{x}') // "x hat"
 */
export function plainSymbol(tex: string): string {
  return tex
    .replace(/\\hat\{([^}]*)\}/g, '$1 hat')
    .replace(/\\mathbf\{([^}]*)\}/g, 'bold $1')
    .replace(/\\text\{([^}]*)\}/g, '$1')
    .replace(/\\([a-zA-Z]+)/g, (_, name: string) => GREEK[name] ?? name)
    .replace(/\^\{\*\}/g, ' star')
    .replace(/[_^]/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The symbol's anchor on /notation/ (ids are case-sensitive, so `N` and `n` differ).
 * @example symbolAnchor('N_{\\text{act}}') // "sym-N-act"
 */
export function symbolAnchor(tex: string): string {
  return `sym-${plainSymbol(tex)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}`;
}

/** What remark-notation recorded for a chapter. */
export interface ChapterNotation {
  readonly order: number;
  readonly title: string;
  readonly href: string;
  /** Symbols its math uses, canonical TeX. */
  readonly used: readonly string[];
  /** Symbols its <Notation only> table lists, canonical TeX. */
  readonly tables: readonly string[];
}

/** One row of the notation index. */
export interface NotationRow {
  readonly symbol: NotationSymbol;
  readonly anchor: string;
  /** The chapter whose notation table lists it first, else the first that uses it; null if none does yet. */
  readonly definedIn: { readonly order: number; readonly title: string; readonly href: string } | null;
  /** Other chapters whose math uses it, in book order. */
  readonly usedIn: readonly { readonly order: number; readonly href: string }[];
}

/**
 * The notation index: every symbol, with where it is defined and used.
 * @example notationIndex([{ tex: 'N', meaning: 'parameters', unit: 'count', code: 'totalParams' }], [{ order: 1, title: 'Parameters', href: '/chapters/parameters/', used: ['N'], tables: ['N'] }])[0]!.definedIn!.href // "/chapters/parameters/#notation"
 */
export function notationIndex(symbols: readonly NotationSymbol[], chapters: readonly ChapterNotation[]): NotationRow[] {
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  return symbols.map((symbol) => {
    const key = canonicalTex(symbol.tex);
    const table = ordered.find((c) => c.tables.includes(key));
    const firstUse = ordered.find((c) => c.used.includes(key));
    const definedIn = table
      ? { order: table.order, title: table.title, href: `${table.href}#notation` }
      : firstUse
        ? { order: firstUse.order, title: firstUse.title, href: firstUse.href }
        : null;
    const usedIn = ordered
      .filter((c) => c.used.includes(key) && c.order !== definedIn?.order)
      .map((c) => ({ order: c.order, href: c.href }));
    return { symbol, anchor: symbolAnchor(symbol.tex), definedIn, usedIn };
  });
}

import { describe, expect, it } from 'vitest';
import { models, requireModel } from '../../../../src/lib';
import {
  FIT_FILTER_GIB,
  filterOptions,
  fitFilterSizesGiB,
  modelCardsByFamily,
  modelFilterCss,
  sizeClassOf,
  sizeClasses,
} from '../../../../src/site/views/model-filter';

const llama8b = requireModel('llama-3.1-8b');
const llama70b = requireModel('llama-3.1-70b');

describe('/models/ cards and filter', () => {
  const families = modelCardsByFamily();

  it('modelCardsByFamily() lists every model once, in families that each appear once', () => {
    const ids = families.flatMap((f) => f.cards.map((c) => c.model.id));
    expect(ids).toEqual(models.map((m) => m.id).filter((id) => ids.includes(id)));
    expect(new Set(ids).size).toBe(models.length);
    expect(new Set(families.map((f) => f.family)).size).toBe(families.length);
  });

  it('fitFilterSizesGiB(m) is upward closed: a model that fits in N GiB fits in every larger size', () => {
    for (const m of models) {
      const sizes = fitFilterSizesGiB(m);
      expect(sizes, m.id).toEqual(FIT_FILTER_GIB.slice(FIT_FILTER_GIB.length - sizes.length));
    }
    expect(fitFilterSizesGiB(llama8b)[0]).toBe(8);
    expect(fitFilterSizesGiB(llama70b)).not.toContain(24);
  });

  it('sizeClassOf(params) covers every count once, boundaries going up', () => {
    expect(sizeClassOf(9.99e9).id).toBe('under-10b');
    expect(sizeClassOf(10e9).id).toBe('10-40b');
    expect(sizeClassOf(671e9).id).toBe('over-150b');
    for (let i = 1; i < sizeClasses.length; i++) expect(sizeClasses[i]!.minParams).toBe(sizeClasses[i - 1]!.maxParams);
  });

  it('modelFilterCss() has a rule for every option, and every card token is an option value', () => {
    const css = modelFilterCss();
    const sizeValues = filterOptions.size.map((o) => o.value as string);
    const fitValues = filterOptions.fits.map((o) => o.value as string);
    for (const v of sizeValues) expect(css).toContain(`#size-${v}:checked) .model-card:not([data-size~="${v}"])`);
    for (const v of fitValues) expect(css).toContain(`#fits-${v}:checked) .model-card:not([data-fits~="${v}"])`);
    for (const card of families.flatMap((f) => f.cards)) {
      for (const t of card.sizeTokens.split(' ')) expect(sizeValues).toContain(t);
      for (const t of card.fitTokens.split(' ')) expect(fitValues).toContain(t);
      expect(card.sizeTokens.split(' ')).toContain('all');
      expect(card.fitTokens.split(' ')).toContain('any');
    }
    expect(css).not.toMatch(/[<>]\s*\/?script/i);
  });
});

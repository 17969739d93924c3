import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  allocatorSchema,
  decodeCeilingSchema,
  kvGrowthSchema,
  quantExplorerSchema,
  throughputSchema,
  weightFootprintSchema,
  willItFitSchema,
} from '../../../src/components/instruments/schemas';
import { modelChoices, sizingDevices, sizingModels } from '../../../src/components/instruments/catalog-choices';
import { fieldText, fieldValueText, parseNumberInput, readUrlState, type NumberField, type Schema } from '../../../src/lib';

const schemas: Record<string, Schema> = {
  wf: weightFootprintSchema(modelChoices()),
  qx: quantExplorerSchema(modelChoices()),
  kv: kvGrowthSchema(sizingModels()),
  dc: decodeCeilingSchema(sizingModels(), sizingDevices()),
  fit: willItFitSchema(sizingModels(), sizingDevices()),
  tp: throughputSchema(sizingModels(), sizingDevices()),
  pa: allocatorSchema(),
};

const numberFields: [string, NumberField][] = Object.entries(schemas).flatMap(([ns, schema]) =>
  Object.entries(schema)
    .filter(([, field]) => 'min' in field)
    .map(([key, field]) => [`${ns}.${key}`, field as NumberField] as [string, NumberField]),
);

/** What a reader might type: numbers of every size and shape, with separators, suffixes and junk. */
const typed = fc.oneof(
  fc.double().map(String),
  fc.double({ min: -1e6, max: 1e7, noNaN: true }).map((v) => v.toLocaleString('en-US', { maximumFractionDigits: 20 })),
  fc
    .tuple(fc.double({ min: 0, max: 5000, noNaN: true }), fc.constantFrom('k', 'K', 'm', 'M', 'e-320', 'e308', ''))
    .map(([v, s]) => `${v}${s}`),
  fc.constantFrom('1e-320', '5e-324', '1e-99', '-0', '0', '32,768', '4k', '128K', '1.5M', '100k', 'NaN', 'Infinity', '1e400', ''),
  fc.string(),
);

describe('instrument schemas', () => {
  it('every instrument has number fields to check', () => {
    expect(numberFields.map(([name]) => name)).toEqual(
      expect.arrayContaining(['fit.ram', 'fit.ctx', 'pa.rate', 'tp.overhead', 'kv.ctx', 'dc.ngl', 'wf.params']),
    );
  });

  it('a link and a text box read the same text the same way ("32,768" and "32K" in a link)', () => {
    const { ctx } = schemas.fit as ReturnType<typeof willItFitSchema>;
    expect(readUrlState(schemas.fit!, 'fit', new URLSearchParams('fit.ctx=32%2C768')).state.ctx).toBe(32768);
    expect(readUrlState(schemas.fit!, 'fit', new URLSearchParams('fit.ctx=32K')).state.ctx).toBe(32768);
    expect(parseNumberInput('100k', ctx)).toEqual({ ok: true, value: 102400 });
  });

  it('fields that start at 0 refuse tiny non-zero values with a sentence instead of passing them on', () => {
    for (const name of ['fit.ram', 'pa.rate', 'tp.overhead']) {
      const field = numberFields.find(([n]) => n === name)![1];
      for (const tiny of ['1e-320', '5e-324', '1e-99']) {
        const result = parseNumberInput(tiny, field);
        expect(result.ok, `${name} ${tiny}`).toBe(false);
        if (!result.ok) expect(result.message).toMatch(/must be 0 or at least/);
        expect(field.parse(tiny)).toBeUndefined();
      }
      expect(parseNumberInput('0', field)).toEqual({ ok: true, value: 0 });
    }
  });

  for (const [name, field] of numberFields) {
    test.prop([typed])(`${name}: parse → clamp → format never throws and never prints NaN or Infinity`, (text) => {
      const result = parseNumberInput(text, field);
      const linked = field.parse(text);
      expect(linked).toBe(result.ok ? result.value : undefined);
      const shown = [result.ok ? '' : result.message, field.expectation];
      if (result.ok) {
        const value = Math.min(field.max, Math.max(field.min, result.value));
        expect(value).toBe(result.value);
        shown.push(fieldText(value, field), fieldValueText(value, field.unit), field.format(value));
        // What the text box shows reads back as the same value.
        const again = parseNumberInput(fieldText(value, field), field);
        expect(again.ok).toBe(true);
      }
      for (const s of shown) expect(s).not.toMatch(/NaN|Infinity|undefined/);
    });
  }
});

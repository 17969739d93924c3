import { scaleBand } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bandScale } from '../../../../src/lib/charts/band-scale';
import { expectClose } from '../../helpers';

// d3-scale's scaleBand is the reference: the bars must sit exactly where it would put them.
const keyLists = [['Q4_K_M'], ['a', 'b'], ['BF16', 'Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'Q3_K_M', 'IQ2_XS', 'IQ1_S'], []];

describe('bandScale', () => {
  it('bandScale(keys, range, padding) places bands like d3 scaleBand().padding(padding)', () => {
    for (const keys of keyLists) {
      for (const padding of [0, 0.2, 0.5, 1]) {
        for (const range of [
          [0, 374],
          [10, 200.5],
          [300, 0],
        ] as [number, number][]) {
          const reference = scaleBand<string>().domain(keys).range(range).padding(padding);
          const scale = bandScale(keys, range, padding);
          const label = `${keys.length} keys, padding ${padding}, range ${range}`;
          expectClose(scale.bandwidth(), reference.bandwidth());
          expectClose(scale.step(), reference.step());
          for (const key of keys) expectClose(scale(key)!, reference(key)!, 1e-12);
          expect(scale.domain(), label).toEqual(reference.domain());
          expect(scale.range(), label).toEqual(reference.range());
        }
      }
    }
  });

  it('bandScale(keys, range) returns undefined for a key it does not know, like d3', () => {
    expect(bandScale(['a'], [0, 10])('z')).toBeUndefined();
  });

  it('bandScale(keys, range, padding) fills the range: padding · step at each end, bands a step apart', () => {
    const scale = bandScale(['a', 'b', 'c'], [0, 300], 0.2);
    const end = 0.2 * scale.step();
    expectClose(scale('a')!, end);
    expectClose(scale('b')! - scale('a')!, scale.step());
    expectClose(scale('c')! + scale.bandwidth() + end, 300);
    expectClose(scale.bandwidth(), 0.8 * scale.step());
  });
});

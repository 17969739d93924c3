import { describe, expect, it } from 'vitest';
import {
  binaryStepTicks,
  estimateTextWidth,
  labelBox,
  lineBox,
  placeAnnotations,
  placeLabels,
  powerTicks,
  type LabelRequest,
} from '../../../../src/lib';

const box = (id: string, x: number, y: number, width = 30, height = 12): LabelRequest => ({ id, x, y, width, height });

describe('placeLabels', () => {
  it('placeLabels puts a lone label to the right of its point', () => {
    expect(placeLabels([box('a', 50, 50)], { width: 200, height: 100 })).toEqual([{ id: 'a', x: 54, y: 50, anchor: 'start' }]);
  });

  it('placeLabels tries left, then above, then below when the right side is taken or outside', () => {
    expect(placeLabels([box('edge', 190, 50)], { width: 200, height: 100 })[0]).toMatchObject({ anchor: 'end', x: 186 });
    const crowded = placeLabels([box('a', 50, 50), box('b', 52, 50)], { width: 200, height: 100 });
    expect(crowded.map((l) => l.id)).toEqual(['a', 'b']);
    // Side by side, the two labels go to opposite sides instead of stacking.
    expect(crowded.map((l) => l.anchor)).toEqual(['end', 'start']);
  });

  it('placeLabels never returns two overlapping labels, and keeps the first (highest priority) ones', () => {
    const requests = Array.from({ length: 40 }, (_, i) => box(`p${i}`, 100 + (i % 5) * 3, 50 + Math.floor(i / 5) * 2));
    const placed = placeLabels(requests, { width: 300, height: 120 });
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(requests.length);
    expect(placed[0]!.id).toBe('p0');
    const boxes = placed.map((l) => {
      const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - 30 : l.x - 15;
      return { left, right: left + 30, top: l.y - 6, bottom: l.y + 6 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${placed[i]!.id} / ${placed[j]!.id}`).toBe(
          false,
        );
      }
    }
  });

  it('estimateTextWidth grows with the text and the font', () => {
    expect(estimateTextWidth('Q4_K_M', 11)).toBeCloseTo(39.6, 6);
    expect(estimateTextWidth('Q4_K_M', 22)).toBeCloseTo(2 * estimateTextWidth('Q4_K_M', 11), 6);
  });
});

describe('powerTicks', () => {
  it('powerTicks(min, max, base, n) lists the powers inside the range, thinned to at most n', () => {
    expect(powerTicks(64, 131072, 2, 20)).toEqual([64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072]);
    expect(powerTicks(64, 131072, 2, 6)).toEqual([64, 256, 1024, 4096, 16384, 65536]);
    expect(powerTicks(100, 2048, 2, 10)).toEqual([128, 256, 512, 1024, 2048]);
    expect(powerTicks(2, 16, 2, 10)).toEqual([2, 4, 8, 16]);
  });

  it('powerTicks rejects nonsense ranges', () => {
    expect(() => powerTicks(0, 10, 2, 5)).toThrow(RangeError);
    expect(() => powerTicks(10, 1, 2, 5)).toThrow(/at least/);
    expect(() => powerTicks(1, 10, 1, 5)).toThrow(RangeError);
  });
});

describe('binaryStepTicks', () => {
  it('binaryStepTicks(max, count) steps by a power of two from 0 to max, at most count + 1 ticks', () => {
    expect(binaryStepTicks(131072, 5)).toEqual([0, 32768, 65536, 98304, 131072]);
    expect(binaryStepTicks(4096, 6)).toEqual([0, 1024, 2048, 3072, 4096]);
    expect(binaryStepTicks(40960, 6)).toEqual([0, 8192, 16384, 24576, 32768, 40960]);
    for (const max of [1, 7, 1000, 131072, 10485760]) expect(binaryStepTicks(max, 6).length).toBeLessThanOrEqual(7);
    expect(() => binaryStepTicks(0, 5)).toThrow(RangeError);
  });
});

describe('placeAnnotations', () => {
  const spots = (x: number, ys: number[], anchor: 'start' | 'end' = 'start') => ys.map((y) => ({ x, y, anchor }));
  const bounds = { left: -50, top: -30, right: 300, bottom: 200 };

  it('placeAnnotations(requests, bounds, obstacles) skips spots that hit an obstacle, such as an axis title', () => {
    const title = { left: 0, top: -20, right: 90, bottom: -8 };
    const placed = placeAnnotations([{ id: 'marker', width: 60, height: 12, spots: spots(14, [-14, 12]) }], bounds, [title]);
    expect(placed).toEqual([{ id: 'marker', x: 14, y: 12, anchor: 'start' }]);
  });

  it('placeAnnotations gives two labels at one x different rows, and drops one that fits nowhere rather than overlap', () => {
    const both = placeAnnotations(
      [
        { id: 'knee', width: 70, height: 12, spots: spots(200, [12, 26, 40], 'end') },
        { id: 'limit', width: 80, height: 12, spots: spots(204, [12, 26, 40], 'end') },
      ],
      bounds,
    );
    expect(both.map((l) => l.y)).toEqual([12, 26]);
    const crowded = placeAnnotations(
      [
        { id: 'a', width: 70, height: 12, spots: spots(200, [12], 'end') },
        { id: 'b', width: 70, height: 12, spots: spots(200, [12], 'end') },
      ],
      bounds,
    );
    expect(crowded.map((l) => l.id)).toEqual(['a']);
  });

  it('labelBox and lineBox give the boxes placement compares', () => {
    expect(labelBox({ x: 10, y: 20, anchor: 'middle' }, 30, 12)).toEqual({ left: -5, top: 14, right: 25, bottom: 26 });
    expect(lineBox(0, 5, 100, 5, 1)).toEqual({ left: -1, top: 4, right: 101, bottom: 6 });
  });

  it('placeLabels keeps labels off a larger mark (the selected point) and off extra boxes', () => {
    const [label] = placeLabels([box('sel', 50, 50)], { width: 200, height: 100 }, { obstacles: [{ x: 50, y: 50, radius: 10 }] });
    expect(label).toMatchObject({ anchor: 'start', x: 60 });
    const blocked = placeLabels(
      [box('a', 50, 50)],
      { width: 200, height: 100 },
      { boxes: [{ left: 52, top: 0, right: 100, bottom: 100 }] },
    );
    expect(blocked[0]).toMatchObject({ anchor: 'end' });
  });
});

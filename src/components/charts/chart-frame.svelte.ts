// A chart's frame, LayerCake's model: it owns the measured width, the margins and the plot size,
// and hands the ranges to the scales and the size to the marks (Frame.svelte draws it and puts it
// in context, so an Axis needs no span). Instruments no longer redo margins and width binding.
import { getContext, setContext } from 'svelte';
import type { Box } from '../../lib/charts/label-layout';

/** Space around the plot for axes and labels, px. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export class ChartFrame {
  /** The measured width of the whole chart, px (a guess until the island measures it). */
  width = $state(640);
  readonly margin: Margin;
  readonly #innerHeight: () => number;
  readonly #minInnerWidth: number;

  constructor(options: { margin: Margin; innerHeight: number | (() => number); minInnerWidth?: number }) {
    this.margin = options.margin;
    const height = options.innerHeight;
    this.#innerHeight = typeof height === 'number' ? () => height : height;
    this.#minInnerWidth = options.minInnerWidth ?? 120;
  }

  /** Width of the plot area, px. */
  get innerWidth(): number {
    return Math.max(this.#minInnerWidth, this.width - this.margin.left - this.margin.right);
  }
  /** Height of the plot area, px. */
  get innerHeight(): number {
    return this.#innerHeight();
  }
  /** Height of the whole SVG, px. */
  get outerHeight(): number {
    return this.innerHeight + this.margin.top + this.margin.bottom;
  }
  /** The x range a scale maps onto: left to right across the plot. */
  get xRange(): [number, number] {
    return [0, this.innerWidth];
  }
  /** The y range a scale maps onto: bottom to top. */
  get yRange(): [number, number] {
    return [this.innerHeight, 0];
  }
  /** Everywhere a label may go, margins included, in plot coordinates. */
  get bounds(): Box {
    const { top, right, bottom, left } = this.margin;
    return { left: -left, top: -top, right: this.innerWidth + right, bottom: this.innerHeight + bottom };
  }
}

const KEY = Symbol('chart-frame');

/** Makes `frame` the one the marks inside it read. */
export function provideFrame(frame: ChartFrame): void {
  setContext(KEY, frame);
}

/** The frame a mark is drawn in, if any. */
export function currentFrame(): ChartFrame | undefined {
  return getContext<ChartFrame | undefined>(KEY);
}

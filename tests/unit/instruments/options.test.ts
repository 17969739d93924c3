import { describe, expect, it } from 'vitest';
import {
  deviceOptionsOf,
  pickerDeviceName,
  kvTypeOptionsOf,
  modelOptionsOf,
  quantTypeOptions,
  sizingKvTypes,
} from '../../../src/components/instruments/options';
import { modelChoices, sizingDevices } from '../../../src/components/instruments/catalog-choices';
import { formatNumber, hardware, kvCacheTypes, models, quantFormats } from '../../../src/lib';

describe('picker options', () => {
  it('quantTypeOptions lists every quant type once, in catalog order, with its effective bits per weight', () => {
    expect(quantTypeOptions.map((o) => o.value)).toEqual(quantFormats.map((q) => q.name));
    const q4 = quantFormats.find((q) => q.name === 'Q4_K_M')!;
    expect(quantTypeOptions.find((o) => o.value === 'Q4_K_M')!.label).toBe(`Q4_K_M — ${formatNumber(q4.bitsPerWeight, 3)} bits/weight`);
  });

  it('sizingKvTypes are f16 and the two quantized caches llama.cpp offers, and kvTypeOptionsOf names what each costs', () => {
    expect(sizingKvTypes.map((t) => t.name)).toEqual(['f16', 'q8_0', 'q4_0']);
    const options = kvTypeOptionsOf(kvCacheTypes);
    expect(options.map((o) => o.value)).toEqual(kvCacheTypes.map((t) => t.name));
    for (const [i, t] of kvCacheTypes.entries()) expect(options[i]!.label).toBe(`${t.name} — ${t.description}`);
  });

  it('modelOptionsOf(models) groups every model under its family, named by default and by a label function on request', () => {
    const options = modelOptionsOf(modelChoices());
    expect(options.map((o) => o.value)).toEqual(models.map((m) => m.id));
    expect(options.map((o) => o.group)).toEqual(models.map((m) => m.family));
    expect(options.map((o) => o.label)).toEqual(models.map((m) => m.name));
    expect(modelOptionsOf(modelChoices(), (m) => `${m.name}!`)[0]!.label).toBe(`${models[0]!.name}!`);
  });

  it('deviceOptionsOf(devices) groups devices by vendor and puts system RAM under "CPU (system RAM)"', () => {
    const options = deviceOptionsOf(sizingDevices());
    expect(options.map((o) => o.value)).toEqual(hardware.map((d) => d.id));
    for (const [i, d] of hardware.entries()) expect(options[i]!.group).toBe(d.vendor === 'generic' ? 'CPU (system RAM)' : d.vendor);
    expect(options.filter((o) => o.group === 'CPU (system RAM)').length).toBe(hardware.filter((d) => d.kind === 'cpu-ram').length);
  });

  it('pickerDeviceName(device) keeps every device distinct and short enough for a select (no cut option on desktop)', () => {
    const names = hardware.map(pickerDeviceName);
    expect(new Set(names).size).toBe(hardware.length);
    // With " — 1,008 GB/s" appended the longest fits a full-width select (about 70 characters).
    for (const name of names) expect(name.length, name).toBeLessThanOrEqual(56);
    expect(pickerDeviceName({ name: 'NVIDIA GeForce RTX 4090 (24 GB)', vendor: 'NVIDIA' })).toBe('NVIDIA GeForce RTX 4090 (24 GB)');
  });
});

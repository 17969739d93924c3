import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers';
import { loadStages, modelLoadTime, requireInterconnect, requireStorage, streamSeconds, type LoadSetup } from '../../../../src/lib';

const stage = (id: string) => ({ name: requireStorage(id).name, bytesPerSecond: requireStorage(id).readBytesPerSecond });
const pcie4 = { name: 'PCIe 4.0 x16', bytesPerSecond: requireInterconnect('pcie-4-x16').bandwidthBytesPerSecond };
const ram = { name: 'DDR5-5600', bytesPerSecond: 89.6e9 };
const setup = (over: Partial<LoadSetup>): LoadSetup => ({ storage: stage('nvme-pcie4'), deviceLink: pcie4, ram, cached: false, ...over });

describe('streamSeconds', () => {
  it('streamSeconds(bytes, stages) is bytes ÷ the slowest stage, which it names', () => {
    const load = streamSeconds(5.6e9, [pcie4, stage('sata-ssd')]);
    expectClose(load.seconds, 10);
    expect(load.bottleneck?.name).toBe('SATA SSD');
  });

  it('streamSeconds(bytes, []) is no copy at all', () => {
    expect(streamSeconds(40e9, [])).toEqual({ seconds: 0, bottleneck: null });
  });

  it('streamSeconds rejects a negative size and a stage without bandwidth', () => {
    expect(() => streamSeconds(-1, [pcie4])).toThrow(/fileBytes/);
    expect(() => streamSeconds(1e9, [{ name: 'dead link', bytesPerSecond: 0 }])).toThrow(/dead link bandwidth/);
  });
});

describe('loadStages and modelLoadTime', () => {
  it('a cold load onto a GPU goes through the drive and the PCIe link; a fast NVMe drive leaves the drive the bottleneck', () => {
    expect(loadStages(setup({})).map((s) => s.name)).toEqual(['PCIe 4.0 NVMe SSD', 'PCIe 4.0 x16']);
    expect(modelLoadTime(10e9, setup({})).bottleneck?.name).toBe('PCIe 4.0 NVMe SSD');
  });

  it('a cached load onto a GPU is bounded by PCIe, not the drive; a cached load on unified memory copies nothing', () => {
    const gpu = modelLoadTime(31.508e9, setup({ cached: true }));
    expectClose(gpu.seconds, 1);
    expect(gpu.bottleneck?.name).toBe('PCIe 4.0 x16');
    expect(modelLoadTime(31.508e9, setup({ cached: true, deviceLink: null })).seconds).toBe(0);
  });

  it('modelLoadTime never gets faster on slower storage, and a cached load is never slower than a cold one', () => {
    const tiers = ['nvme-pcie5', 'nvme-pcie4', 'nvme-pcie3', 'sata-ssd', 'hdd-7200'];
    const cold = tiers.map((id) => modelLoadTime(20e9, setup({ storage: stage(id) })).seconds);
    for (let i = 1; i < cold.length; i++) expect(cold[i]).toBeGreaterThanOrEqual(cold[i - 1]!);
    for (const id of tiers) {
      for (const deviceLink of [pcie4, null]) {
        expect(modelLoadTime(20e9, setup({ storage: stage(id), deviceLink, cached: true })).seconds).toBeLessThanOrEqual(
          modelLoadTime(20e9, setup({ storage: stage(id), deviceLink })).seconds,
        );
      }
    }
  });
});

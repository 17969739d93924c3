import { describe, expect, it } from 'vitest';
import { requireStorage, storageTiers } from '../../../../src/lib';

describe('storageTiers', () => {
  it('storageTiers: every figure is decimal MB/s × 10⁶ as published (14,500; 7,450; 3,500; 560; 175; 1,250; 125 MB/s)', () => {
    const megabytes = Object.fromEntries(storageTiers.map((t) => [t.id, t.readBytesPerSecond / 1e6]));
    expect(megabytes).toEqual({
      'nvme-pcie5': 14_500,
      'nvme-pcie4': 7_450,
      'nvme-pcie3': 3_500,
      'sata-ssd': 560,
      'hdd-7200': 175,
      'network-10gbe': 1_250,
      'network-1gbe': 125,
    });
  });

  it('storageTiers: no rated drive is faster than its interface can carry (PCIe x4 and SATA ceilings from the TrueNAS table)', () => {
    const ceilings: Record<string, number> = { 'nvme-pcie5': 15_754e6, 'nvme-pcie4': 7_877e6, 'nvme-pcie3': 3_938e6, 'sata-ssd': 600e6 };
    for (const [id, ceiling] of Object.entries(ceilings)) expect(requireStorage(id).readBytesPerSecond).toBeLessThanOrEqual(ceiling);
  });

  it('storageTiers: every tier names its source and what its number is', () => {
    for (const tier of storageTiers) {
      expect(tier.source).toMatch(/https?:\/\//);
      expect(['rated', 'line rate']).toContain(tier.basis);
    }
  });
});

describe('requireStorage', () => {
  it('requireStorage(unknown) throws a message listing the known ids', () => {
    expect(() => requireStorage('floppy')).toThrow(/Unknown storage "floppy".*nvme-pcie4/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkNumericAnswer, parseQuantity, weightBytes } from '../../../../src/lib';

describe('parseQuantity', () => {
  it('parseQuantity(text) reads numbers with any byte unit, case and spacing', () => {
    expect(parseQuantity('3.5')).toEqual({ value: 3.5, unit: null, suffix: '' });
    expect(parseQuantity('3.5 GB')).toEqual({ value: 3.5, unit: 'GB', suffix: '' });
    expect(parseQuantity('3500mb')).toEqual({ value: 3500, unit: 'MB', suffix: '' });
    expect(parseQuantity('  3.26   gib ')).toEqual({ value: 3.26, unit: 'GiB', suffix: '' });
    expect(parseQuantity('1e9 bytes')).toEqual({ value: 1e9, unit: 'B', suffix: '' });
    expect(parseQuantity('3,500 MB')?.value).toBe(3500);
    expect(parseQuantity('200 tok/s')).toEqual({ value: 200, unit: null, suffix: 'tok/s' });
  });

  it('parseQuantity(text) returns null when there is no number', () => {
    for (const bad of ['', 'GB', 'abc', '<script>alert(1)</script>', '--3']) expect(parseQuantity(bad)).toBeNull();
  });
});

describe('checkNumericAnswer', () => {
  const sevenB4bit = { value: weightBytes(7e9, 4), kind: 'bytes' as const, unit: 'GB' as const };

  it('checkNumericAnswer accepts "3.5", "3.5 GB", "3500 MB" and "3.26 GiB" for 3.5e9 bytes', () => {
    for (const answer of ['3.5', '3.5 GB', '3500 MB', '3.26 GiB', '3500000 kB', '3.5gb']) {
      expect(checkNumericAnswer(answer, sevenB4bit).status, answer).toBe('correct');
    }
  });

  it('checkNumericAnswer flags a GB↔GiB mix-up with a unit hint instead of "wrong"', () => {
    const verdict = checkNumericAnswer('3.26', sevenB4bit);
    expect(verdict.status).toBe('unit-mixup');
    expect(verdict.message).toMatch(/GiB/);
    expect(checkNumericAnswer('3.5 GiB', sevenB4bit).status).toBe('unit-mixup');
  });

  it('checkNumericAnswer flags a kB↔KiB mix-up too (2.4% apart), naming both units', () => {
    const perToken = { value: 131072, kind: 'bytes', unit: 'KiB' } as const; // Llama 3.1 8B, 16-bit KV
    const verdict = checkNumericAnswer('131.072', perToken);
    expect(verdict.status).toBe('unit-mixup');
    expect(verdict.message).toMatch(/kB/);
    expect(verdict.message).toMatch(/2\.4%/);
    expect(checkNumericAnswer('128 kB', perToken).status).toBe('unit-mixup');
    expect(checkNumericAnswer('128', perToken).status).toBe('correct');
  });

  it('checkNumericAnswer rejects a wrong answer and one outside the default ±1%', () => {
    expect(checkNumericAnswer('4', sevenB4bit).status).toBe('incorrect');
    expect(checkNumericAnswer('3.54', sevenB4bit).status).toBe('incorrect');
    expect(checkNumericAnswer('3.53', sevenB4bit).status).toBe('correct');
  });

  it('checkNumericAnswer honours a stated tolerance', () => {
    expect(checkNumericAnswer('3.6', { ...sevenB4bit, tolerance: 0.05 }).status).toBe('correct');
  });

  it('checkNumericAnswer explains unreadable input rather than judging it', () => {
    expect(checkNumericAnswer('', sevenB4bit).status).toBe('unreadable');
    expect(checkNumericAnswer('3.5 tok/s', sevenB4bit).status).toBe('unreadable');
  });

  it('checkNumericAnswer gives a count answered in words a hint that fits a count, not a byte unit', () => {
    const users = { value: 38, kind: 'number' as const, label: 'users', tolerance: 0.1 };
    const verdict = checkNumericAnswer('thirty-eight', users);
    expect(verdict.status).toBe('unreadable');
    expect(verdict.message).toMatch(/digits/);
    expect(verdict.message).toMatch(/users/);
    expect(verdict.message).not.toMatch(/GB|GiB|unit/);
  });

  it('checkNumericAnswer tells a reader of a byte answer which unit a bare number is read in', () => {
    expect(checkNumericAnswer('a lot', { value: 131072, kind: 'bytes', unit: 'B' }).message).toMatch(/read as B\b/);
    expect(checkNumericAnswer('', sevenB4bit).message).toMatch(/read as GB/);
  });

  it('checkNumericAnswer reads a bare number in the unit the exercise asks for: bytes stay bytes', () => {
    // Chapter 3 asks "how many bytes" one token adds to Llama 3.1 8B's 16-bit cache: 131,072.
    const perTokenBytes = { value: 131072, kind: 'bytes', unit: 'B' } as const;
    for (const answer of ['131072', '131,072', '128 KiB', '131.072 kB']) {
      expect(checkNumericAnswer(answer, perTokenBytes).status, answer).toBe('correct');
    }
    expect(checkNumericAnswer('128', perTokenBytes).status).toBe('incorrect');
  });

  it('checkNumericAnswer judges plain quantities such as tok/s', () => {
    const ceiling = { value: 200, kind: 'number' as const, label: 'tok/s' };
    expect(checkNumericAnswer('200', ceiling).status).toBe('correct');
    expect(checkNumericAnswer('200 tok/s', ceiling).status).toBe('correct');
    expect(checkNumericAnswer('250', ceiling).status).toBe('incorrect');
  });

  it('checkNumericAnswer does not read a byte unit on a plain quantity as a match', () => {
    const gpus = { value: 4, kind: 'number' as const, label: 'GPUs', tolerance: 0 };
    expect(checkNumericAnswer('4', gpus).status).toBe('correct');
    expect(checkNumericAnswer('4 GB', gpus).status).toBe('unreadable');
    expect(checkNumericAnswer('4 GB', gpus).message).toMatch(/GPUs/);
  });

  it('checkNumericAnswer with tolerance 0 accepts only the exact value', () => {
    const gpus = { value: 4, kind: 'number' as const, label: 'GPUs', tolerance: 0 };
    expect(checkNumericAnswer('4.0', gpus).status).toBe('correct');
    expect(checkNumericAnswer('4.01', gpus).status).toBe('incorrect');
    expect(checkNumericAnswer('3', gpus).status).toBe('incorrect');
  });

  it('checkNumericAnswer reads every byte unit in any case and spacing', () => {
    const answer = { value: 14e9, kind: 'bytes' as const, unit: 'GB' as const };
    const forms = [
      '14e9 B',
      '14000000000 bytes',
      '14000000 KB',
      '14,000,000 kb',
      '14000 MB',
      '14 gb',
      '14GB',
      ' 14 Gb ',
      '0.014 TB',
      '0.014tb',
      `${14e9 / 2 ** 10} KiB`,
      `${14e9 / 2 ** 20} mib`,
      `${(14e9 / 2 ** 30).toFixed(3)} GIB`,
      `${(14e9 / 2 ** 40).toFixed(5)}TiB`,
    ];
    for (const form of forms) expect(checkNumericAnswer(form, answer).status, form).toBe('correct');
  });
});

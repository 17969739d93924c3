import { describe, expect, it } from 'vitest';
import {
  exerciseStatus,
  loadProgress,
  parseProgress,
  recordAttempt,
  saveProgress,
  summarizeChapter,
} from '../../../../src/site/client/progress';

describe('progress', () => {
  it('parseProgress(raw) drops anything malformed instead of throwing', () => {
    for (const raw of [null, '', '{', '[]', '"x"', '42', 'null', '{"a":[]}', '{"a":{"b":"perfect"}}']) {
      expect(() => parseProgress(raw)).not.toThrow();
    }
    expect(parseProgress('{"parameters":{"fp16":"correct","bad id!":"correct","x":"nope"}}')).toEqual({
      parameters: { fp16: 'correct' },
    });
  });

  it('recordAttempt never downgrades a correct answer', () => {
    let p = recordAttempt({}, 'parameters', 'fp16', false);
    expect(p.parameters!.fp16).toBe('attempted');
    p = recordAttempt(p, 'parameters', 'fp16', true);
    p = recordAttempt(p, 'parameters', 'fp16', false);
    expect(p.parameters!.fp16).toBe('correct');
  });

  it('exerciseStatus(stored, latest) never shows a bare "✓ solved" next to a later wrong answer', () => {
    expect(exerciseStatus(undefined)).toBe('');
    expect(exerciseStatus('attempted', 'incorrect')).toBe('attempted');
    expect(exerciseStatus('correct')).toBe('✓ solved');
    expect(exerciseStatus('correct', 'correct')).toBe('✓ solved');
    for (const latest of ['incorrect', 'unit-mixup'] as const) {
      expect(exerciseStatus('correct', latest)).toMatch(/earlier.*not right/);
    }
  });

  it('summarizeChapter counts only current exercise ids', () => {
    const p = { parameters: { a: 'correct', b: 'attempted', gone: 'correct' } } as const;
    expect(summarizeChapter(p, 'parameters', ['a', 'b', 'c'])).toEqual({ answered: 2, correct: 1, total: 3 });
    expect(summarizeChapter(p, 'other', ['a'])).toEqual({ answered: 0, correct: 0, total: 1 });
  });

  it('loadProgress and saveProgress survive a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadProgress(broken)).toEqual({});
    expect(() => saveProgress(broken, {})).not.toThrow();
    expect(loadProgress(undefined)).toEqual({});
  });
});

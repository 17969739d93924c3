/**
 * One generation, step by step: the prompt is prefilled in one compute-bound pass whose last
 * position already yields the first output token; every further token takes one decode step that
 * reads the weights and the whole KV cache so far — the cached keys and values of the past tokens
 * are read, not recomputed — and adds its own to the cache. The prefill is the compute roof
 * (`prefill.ts`, a lower bound on its time); each decode step is the book's predicted speed
 * (`decode-predict.ts`) at the context it runs at. Takes the fit as an argument, as an island does.
 */
import { requireInteger } from '../core/guard';
import { kvCacheBytes, kvCacheType } from '../memory/kv';
import type { DecodeFit } from './decode-fit';
import { predictDecodeWith, type DecodeDevice } from './decode-predict';
import { missingComputeReason, prefillCeiling, type ComputeDevice } from './prefill';
import { decodeReadBytes, type ReadModel } from './read-bytes';

/** The generation to lay out. */
export interface TokenLoopRequest {
  /** Tokens in the prompt (what the tokenizer made of it), at least 1. */
  readonly promptTokens: number;
  /** Tokens to generate before a stop condition (an end-of-turn token or the length limit), at least 1. */
  readonly outputTokens: number;
  /** KV cache element type (`f16`, `q8_0`, `q4_0`). Default f16. */
  readonly kvCacheType?: string;
}

/** The prompt's pass. */
export interface PrefillStep {
  readonly promptTokens: number;
  /** Least seconds the prompt can take on this device (its compute roof), or null where its compute is unknown. */
  readonly seconds: number | null;
  /** Why `seconds` is null, in a sentence a page can show. */
  readonly missingReason: string | null;
  /** The KV cache it leaves behind: the prompt's keys and values, bytes. */
  readonly kvBytesAfter: number;
}

/** One decode step: the step that produces output token `token`. */
export interface DecodeStep {
  /** Which output token this step produces (2 for the first decode step: prefill produced token 1). */
  readonly token: number;
  /** Tokens whose keys and values the step reads: the prompt and the output so far. */
  readonly contextTokens: number;
  /** Bytes the step reads: weights plus that KV cache. */
  readonly bytesRead: number;
  /** Of which KV cache. */
  readonly kvBytesRead: number;
  /** The step's predicted seconds. */
  readonly seconds: number;
  /** Its seconds at the bandwidth ceiling (no step can be faster). */
  readonly ceilingSeconds: number;
}

/** A whole generation. */
export interface TokenLoop {
  readonly prefill: PrefillStep;
  /** Every decode step in order (`outputTokens − 1` of them). */
  readonly steps: readonly DecodeStep[];
  /** Sum of the decode steps' seconds. */
  readonly decodeSeconds: number;
  /** Time to first token: the prefill (null where its time is unknown). */
  readonly firstTokenSeconds: number | null;
  /** Prefill plus every decode step (null where the prefill's time is unknown). */
  readonly totalSeconds: number | null;
  /** The KV cache after the last step, bytes (the last token sampled is not in it yet). */
  readonly kvBytesAtEnd: number;
}

/**
 * The timeline of generating `outputTokens` after a `promptTokens` prompt with `model` at
 * `quantName` on `device`, with the decode fit `fit`.
 * @example tokenLoop(decodeFit, requireDevice('geforce-rtx-4090'), requireModel('llama-3.1-8b'), 'Q4_K_M', { promptTokens: 1000, outputTokens: 3 }).steps.map((s) => s.contextTokens) // [1001, 1002]
 */
export function tokenLoop(
  fit: DecodeFit,
  device: DecodeDevice & ComputeDevice,
  model: ReadModel,
  quantName: string,
  request: TokenLoopRequest,
): TokenLoop {
  const prompt = requireInteger('promptTokens', request.promptTokens, 1);
  const output = requireInteger('outputTokens', request.outputTokens, 1);
  const kvType = kvCacheType(request.kvCacheType ?? 'f16');
  if (!kvType) throw new RangeError(`Unknown KV cache type "${request.kvCacheType}" (expected f16, bf16, q8_0, q4_0 or f32).`);
  const kvBits = kvType.bits;
  const ceiling = prefillCeiling(device, model, quantName, prompt);
  const prefill: PrefillStep = {
    promptTokens: prompt,
    seconds: ceiling?.seconds ?? null,
    missingReason: ceiling === null ? missingComputeReason(device, quantName) : null,
    kvBytesAfter: kvCacheBytes(model.attention, prompt, { kvBits }),
  };
  // Every term of a step's predicted time is linear in the KV bytes it reads (the weights and the
  // fixed cost do not change from step to step), so two predictions fix the line and each step
  // needs only its KV cache size: thousands of steps cost no more than a few predictions.
  const firstContext = prompt + 1;
  const lastContext = Math.max(prompt + output - 1, firstContext + 1);
  const predictAt = (contextTokens: number) =>
    predictDecodeWith(fit, device, model, quantName, contextTokens, { kvCacheType: kvType.name });
  const near = predictAt(firstContext);
  const far = predictAt(lastContext);
  const kvAt = (contextTokens: number) => kvCacheBytes(model.attention, contextTokens, { kvBits });
  const kvNear = kvAt(firstContext);
  const kvSpan = kvAt(lastContext) - kvNear;
  const along = (a: number, b: number, kv: number) => (kvSpan === 0 ? a : a + ((b - a) * (kv - kvNear)) / kvSpan);
  const weightBytes = decodeReadBytes(model, quantName, 0, { kvBits }).weightBytes;
  const steps: DecodeStep[] = [];
  let decodeSeconds = 0;
  for (let token = 2; token <= output; token++) {
    // The step feeds token − 1 (sampled last step) and attends to the prompt and every earlier output token.
    const contextTokens = prompt + token - 1;
    const kvBytesRead = kvAt(contextTokens);
    const seconds = along(1 / near.typicalTokensPerSecond, 1 / far.typicalTokensPerSecond, kvBytesRead);
    decodeSeconds += seconds;
    steps.push({
      token,
      contextTokens,
      bytesRead: weightBytes + kvBytesRead,
      kvBytesRead,
      seconds,
      ceilingSeconds: along(1 / near.ceilingTokensPerSecond, 1 / far.ceilingTokensPerSecond, kvBytesRead),
    });
  }
  return {
    prefill,
    steps,
    decodeSeconds,
    firstTokenSeconds: prefill.seconds,
    totalSeconds: prefill.seconds === null ? null : prefill.seconds + decodeSeconds,
    kvBytesAtEnd: kvCacheBytes(model.attention, prompt + output - 1, { kvBits }),
  };
}

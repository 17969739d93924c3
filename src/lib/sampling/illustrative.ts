/**
 * An illustrative next-token distribution for teaching the sampler: a prompt and the scores a model
 * might give its likeliest continuations. The numbers are invented to be plausible (a real model
 * spreads its mass over a vocabulary of 100,000+ tokens); no model runs in the page.
 */

/** A made-up next-token distribution: candidate tokens and their logits, most likely first. */
export interface IllustrativeDistribution {
  /** The text the model continues. */
  readonly prompt: string;
  /** Candidate tokens as they would print (a leading space is part of the token). */
  readonly tokens: readonly string[];
  /** One logit per token. */
  readonly logits: readonly number[];
  /** Indexes of tokens that already occur in the prompt (what a repetition penalty acts on). */
  readonly recent: readonly number[];
  /** Says that the numbers are invented. */
  readonly note: string;
}

/** The distribution the sampler instrument and chapter use. @example illustrativeNextToken.tokens[0] // " practice" */
export const illustrativeNextToken: IllustrativeDistribution = {
  prompt: 'Practice every day. The best way to learn a language is to',
  tokens: [
    ' practice',
    ' speak',
    ' immerse',
    ' live',
    ' use',
    ' read',
    ' talk',
    ' travel',
    ' start',
    ' listen',
    ' learn',
    ' make',
    ' watch',
    ' move',
    ' sing',
    ' dream',
  ],
  logits: [6.1, 5.8, 5.2, 4.6, 4.3, 4.0, 3.6, 3.3, 3.0, 2.7, 2.2, 1.8, 1.3, 0.8, -0.2, -1.1],
  recent: [0, 10],
  note: 'Invented for illustration: plausible scores for a few of the tokens a model might put next. No model runs in this page.',
};

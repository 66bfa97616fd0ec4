package dev.muster.parse.segment;

/** Why the rules pass over a sentence. */
public enum SkipReason {
  /** Its letters are not mostly in Latin script: not read by the English rules. */
  NOT_LATIN,
  /** It is longer than the rules read ({@link Segmenter#MAX_SENTENCE} characters). */
  TOO_LONG
}

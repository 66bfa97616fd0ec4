package dev.muster.parse.segment;

/** Why the rules pass over a sentence. */
public enum SkipReason {
  /** Its letters are not mostly in its language's script: not read by its language's rules. */
  NOT_LATIN,
  /** It is longer than the rules read ({@link Segmenter#MAX_SENTENCE} characters). */
  TOO_LONG,
  /** Its paragraph is in a language that is detected but that no segmenter given reads. */
  LANGUAGE_NOT_READ
}

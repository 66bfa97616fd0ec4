package dev.muster.parse.segment;

/**
 * A sentence with letters that the rules passed over, and why.
 *
 * <p>Immutable and thread-safe.
 */
public record Skipped(int start, int end, SkipReason reason) {

  /** Returns what was skipped and why, for a problem report. */
  public String describe() {
    return reason == SkipReason.TOO_LONG
        ? "a sentence of " + (end - start) + " characters, longer than the rules read ("
            + Segmenter.MAX_SENTENCE + "): no figures taken from it"
        : (end - start) + " characters not mostly in Latin script: not read by the English rules";
  }
}

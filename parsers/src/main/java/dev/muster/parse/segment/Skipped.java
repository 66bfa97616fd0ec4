package dev.muster.parse.segment;

/**
 * A sentence with letters that the rules passed over, why, and its paragraph's language.
 *
 * <p>Immutable and thread-safe.
 */
public record Skipped(int start, int end, SkipReason reason, String language) {

  /** A skipped sentence of an English paragraph. */
  public Skipped(int start, int end, SkipReason reason) {
    this(start, end, reason, "en");
  }

  /** Returns what was skipped and why, for a problem report. */
  public String describe() {
    switch (reason) {
      case TOO_LONG:
        return "a sentence of " + (end - start) + " characters, longer than the rules read ("
            + Segmenter.MAX_SENTENCE + "): no figures taken from it";
      case LANGUAGE_NOT_READ:
        return (end - start) + " characters in language '" + language + "', which is detected but not read:"
            + " no figures taken from it";
      default:
        return language.equals("en")
            ? (end - start) + " characters not mostly in Latin script: not read by the English rules"
            : (end - start) + " characters not mostly in the script of language '" + language
                + "': not read by its rules";
    }
  }
}

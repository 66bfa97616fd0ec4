package dev.muster;

/**
 * What went wrong while reading a document.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum ProblemKind {
  /** The file could not be read at all (missing, unreadable, a directory). */
  UNREADABLE,
  /** The file is larger than the configured limit. */
  TOO_LARGE,
  /** The file looks binary (NUL bytes, control characters): nothing was extracted. */
  BINARY,
  /** Bytes that are not valid in the file's encoding were replaced by U+FFFD. */
  MALFORMED_ENCODING,
  /** The first line looks like a date line but its date is not a valid date. */
  BAD_DATE_LINE,
  /** A stretch of text was passed over (another language, a line too long for the rules). */
  SKIPPED_TEXT,
  /**
   * The rules failed on the document's text, a defect of the parser: no figures were taken from
   * the document, which is reported instead of failing the whole run.
   */
  RULES_FAILED
}

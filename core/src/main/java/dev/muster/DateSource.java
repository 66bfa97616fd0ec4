package dev.muster;

/**
 * Where the date that a document's relative times ("so far", "last month", "in March") were
 * resolved against came from.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum DateSource {
  /** The document's date line (" date 2024-03-12 ") at its very start. */
  DATE_LINE,
  /**
   * The document's own text: a dateline ("KATHMANDU, Mar 14, 2024 (PTI) -"), a "Published",
   * "Posted" or "Updated" line, a byline date or a print-edition note.
   */
  TEXT,
  /** The parser's fallback date, given by the caller: the document states none. */
  FALLBACK,
  /** None: relative times give no period (months still take a year the text states before them). */
  NONE
}

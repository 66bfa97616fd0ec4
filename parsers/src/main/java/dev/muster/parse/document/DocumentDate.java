package dev.muster.parse.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date a document's relative times ("last year", "so far") are resolved against, and where it
 * came from.
 *
 * <p>Immutable and thread-safe.
 */
public record DocumentDate(Optional<LocalDate> date, Origin origin) {

  /** Where a document's date came from. */
  public enum Origin {
    /** The document's own date line (" date 2024-03-12 "). */
    DATE_LINE,
    /** The parser's fallback date: the document has none. */
    FALLBACK,
    /** Nowhere: relative times give no period. */
    NONE
  }

  /** The document's own date if it has one, else the fallback, else none. */
  public static DocumentDate of(Optional<LocalDate> published, Optional<LocalDate> fallback) {
    if (published.isPresent()) {
      return new DocumentDate(published, Origin.DATE_LINE);
    }
    return fallback.isPresent() ? new DocumentDate(fallback, Origin.FALLBACK) : new DocumentDate(fallback, Origin.NONE);
  }
}

package dev.muster.parse.document;

import dev.muster.DateSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The date a document's relative times ("last year", "so far") are resolved against, and where it
 * came from.
 *
 * <p>Immutable and thread-safe.
 */
public record DocumentDate(Optional<LocalDate> date, DateSource source) {

  /** The document's own date if it has one, else the fallback, else none. */
  public static DocumentDate of(Optional<LocalDate> published, Optional<LocalDate> fallback) {
    return of(published, Optional.empty(), fallback);
  }

  /**
   * The document's date line's date if it has one, else the date its text gives itself, else the
   * fallback, else none.
   */
  public static DocumentDate of(Optional<LocalDate> published, Optional<LocalDate> inText,
      Optional<LocalDate> fallback) {
    if (published.isPresent()) {
      return new DocumentDate(published, DateSource.DATE_LINE);
    }
    if (inText.isPresent()) {
      return new DocumentDate(inText, DateSource.TEXT);
    }
    return fallback.isPresent() ? new DocumentDate(fallback, DateSource.FALLBACK)
        : new DocumentDate(fallback, DateSource.NONE);
  }
}

package dev.muster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One parsed document: its id, title, publication date and publisher when known, where the date
 * that relative times were resolved against came from, language, the estimates it states in text order, and the problems met while reading it.
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
public abstract class Report {

  /** Returns the document id (its file name). */
  public abstract String id();

  /** Returns the title, when the document has a title line. */
  public abstract Optional<String> title();

  /** Returns the publication date, when the document gives one. */
  public abstract Optional<LocalDate> published();

  /**
   * Returns where the date that relative times were resolved against came from: the date line, the
   * text (then {@link #published()} is the date the text gives), the caller's fallback, or none.
   */
  @Value.Default
  public DateSource dateSource() {
    return published().isPresent() ? DateSource.DATE_LINE : DateSource.NONE;
  }

  /** Returns the publishing outlet, when known. */
  public abstract Optional<String> publisher();

  /** Returns the main language as an ISO 639-1 code ({@code en}, {@code uk}, {@code ru}). */
  @Value.Default
  public String language() {
    return "en";
  }

  /** Returns the estimates, in the order of their evidence in the text. */
  public abstract List<Estimate> estimates();

  /** Returns the problems met while reading; empty for a clean document. */
  public abstract List<Problem> problems();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    for (Estimate e : estimates()) {
      if (!e.documentId().equals(id())) {
        throw new IllegalArgumentException(
            "estimate of document '" + e.documentId() + "' in report '" + id() + "'");
      }
    }
  }

  @Override
  public String toString() {
    return "Report[" + id() + published().map(d -> " " + d).orElse("") + ", "
        + estimates().size() + " estimates, " + problems().size() + " problems]";
  }

  /** A builder of {@link Report}. */
  public static class Builder extends ImmutableReport.Builder {}
}

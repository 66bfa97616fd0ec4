package dev.muster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The exact span of a document a figure was read from: offsets in UTF-16 code units (a Java
 * {@code String} index) into the decoded text, and the text between them.
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence {

  /** Returns the id of the document (its file name). */
  public abstract String documentId();

  /** Returns the offset of the first character, inclusive. */
  public abstract int start();

  /** Returns the offset after the last character, exclusive. */
  public abstract int end();

  /** Returns the document's characters from {@link #start()} to {@link #end()}. */
  public abstract String text();

  /** Returns the evidence of {@code text.substring(start, end)} in the given document. */
  public static Evidence of(String documentId, String text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end
          + " is not inside the text of '" + documentId + "' (length " + text.length() + ")");
    }
    return builder().documentId(documentId).start(start).end(end)
        .text(text.substring(start, end)).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException(
          "evidence span must have 0 <= start <= end, got " + start() + ".." + end());
    }
    if (text().length() != end() - start()) {
      throw new IllegalArgumentException("evidence text length " + text().length()
          + " does not match its span " + start() + ".." + end());
    }
  }

  @Override
  public String toString() {
    String t = text().length() <= 64 ? text() : text().substring(0, 64) + "...";
    return documentId() + "@" + start() + ".." + end() + " \"" + t + "\"";
  }

  /** A builder of {@link Evidence}. */
  public static class Builder extends ImmutableEvidence.Builder {}
}

package dev.muster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem met while reading a document: which document, where (a UTF-16 offset, when there
 * is one), what kind and a message for people.
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProblem.class)
@JsonDeserialize(as = ImmutableProblem.class)
public abstract class Problem {

  /** Returns the id of the document. */
  public abstract String documentId();

  /** Returns the offset in the decoded text, when the problem has a place. */
  public abstract Optional<Integer> offset();

  /** Returns what kind of problem it is. */
  public abstract ProblemKind kind();

  /** Returns a message naming what was expected and what was found. */
  public abstract String message();

  /** Returns a problem without a place. */
  public static Problem of(String documentId, ProblemKind kind, String message) {
    return builder().documentId(documentId).kind(kind).message(message).build();
  }

  /** Returns a problem at an offset. */
  public static Problem at(String documentId, int offset, ProblemKind kind, String message) {
    return builder().documentId(documentId).offset(offset).kind(kind).message(message).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return documentId() + offset().map(o -> ":" + o).orElse("") + ": " + kind() + ": " + message();
  }

  /** A builder of {@link Problem}. */
  public static class Builder extends ImmutableProblem.Builder {}
}

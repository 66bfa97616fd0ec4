package dev.muster.parse.token;

/**
 * A half-open range {@code [start, end)} of token indexes in one sentence.
 *
 * <p>Immutable and thread-safe.
 */
public record TokenSpan(int start, int end) {

  /** Whether token {@code k} lies in the span. */
  public boolean contains(int k) {
    return k >= start && k < end;
  }
}

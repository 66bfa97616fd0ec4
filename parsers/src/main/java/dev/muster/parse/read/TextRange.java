package dev.muster.parse.read;

import java.util.Objects;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets in a document's text, with the reason it
 * was marked.
 *
 * <p>Immutable and thread-safe; treat as a value. {@link #toString()} is {@code [start,end) KIND}.
 */
public final class TextRange {

  private final int start;
  private final int end;
  private final RangeKind kind;

  private TextRange(int start, int end, RangeKind kind) {
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  /**
   * Returns a range.
   *
   * @param start the first offset, not negative
   * @param end the offset after the last, not less than {@code start}
   * @param kind not null
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public static TextRange of(int start, int end, RangeKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "range [" + start + "," + end + ") of " + kind + ": expected 0 <= start <= end");
    }
    return new TextRange(start, end, kind);
  }

  /** Returns the first offset. */
  public int start() {
    return start;
  }

  /** Returns the offset after the last. */
  public int end() {
    return end;
  }

  /** Returns why the range was marked. */
  public RangeKind kind() {
    return kind;
  }

  /** Returns {@code end - start}. */
  public int length() {
    return end - start;
  }

  /** Returns whether {@code offset} lies in {@code [start, end)}. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Returns whether this range shares at least one offset with {@code [from, to)}. */
  public boolean overlaps(int from, int to) {
    return from < end && to > start;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextRange
        && ((TextRange) o).start == start
        && ((TextRange) o).end == end
        && ((TextRange) o).kind == kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, kind);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ") " + kind;
  }
}

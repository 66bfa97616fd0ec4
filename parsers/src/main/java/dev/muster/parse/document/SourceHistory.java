package dev.muster.parse.document;

import dev.muster.Source;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The sources a document has named so far, newest first: what a generic name ("the ministry") or
 * an anaphoric speaker ("it said") refers back to. A persistent list: {@link #plus} shares the
 * history it extends, so a document naming many sources costs no copying.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceHistory implements Iterable<Source> {

  /** No source named yet. */
  public static final SourceHistory EMPTY = new SourceHistory(null, null, 0);

  private final Source latest;
  private final SourceHistory earlier;
  private final int size;

  private SourceHistory(Source latest, SourceHistory earlier, int size) {
    this.latest = latest;
    this.earlier = earlier;
    this.size = size;
  }

  /** Returns the history with {@code named} added, in the order named (the last is the latest). */
  public SourceHistory plus(List<Source> named) {
    SourceHistory h = this;
    for (Source s : named) {
      h = new SourceHistory(s, h, h.size + 1);
    }
    return h;
  }

  /** Returns the latest source named, if any. */
  public Optional<Source> latest() {
    return Optional.ofNullable(latest);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** Iterates newest first. */
  @Override
  public Iterator<Source> iterator() {
    return new Iterator<>() {
      private SourceHistory at = SourceHistory.this;

      @Override
      public boolean hasNext() {
        return at.size > 0;
      }

      @Override
      public Source next() {
        if (at.size == 0) {
          throw new NoSuchElementException();
        }
        Source s = at.latest;
        at = at.earlier;
        return s;
      }
    };
  }
}

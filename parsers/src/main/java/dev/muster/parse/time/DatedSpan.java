package dev.muster.parse.time;

import dev.muster.Period;

/**
 * A time expression found in a sentence: its tokens {@code [start, end)}, the period it resolves
 * to, how strong a cue it is, and whether it leads the sentence before its reporting clause ("On
 * 11 July, X said ...").
 *
 * <p>Immutable and thread-safe.
 */
public record DatedSpan(int start, int end, Period period, TimeKind kind, boolean leading) {

  /** Whether the period is a single day. */
  public boolean isDay() {
    return period.start().isPresent() && period.end().isPresent()
        && period.start().get().equals(period.end().get());
  }

  /** Whether the period is a single calendar month ("in January 2024"). */
  public boolean isMonth() {
    return period.start().isPresent() && period.end().isPresent() && period.start().get().getDayOfMonth() == 1
        && period.end().get().equals(period.start().get().withDayOfMonth(period.start().get().lengthOfMonth()));
  }

  /** Whether the period is a calendar week, Monday to Sunday ("last week"). */
  public boolean isWeek() {
    return period.start().isPresent() && period.end().isPresent()
        && period.start().get().getDayOfWeek() == java.time.DayOfWeek.MONDAY
        && period.end().get().equals(period.start().get().plusDays(6));
  }

  /** Returns a copy that leads the sentence. */
  DatedSpan asLeading() {
    return new DatedSpan(start, end, period, kind, true);
  }
}

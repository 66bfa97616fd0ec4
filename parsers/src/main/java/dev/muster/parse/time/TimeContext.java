package dev.muster.parse.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a sentence's time expressions are resolved against: the document's date, when it has one;
 * the year the text stated last before the sentence ("in January 2024"), which gives a year to a
 * month written without one ("In November, ...") when there is no document date; and the last day
 * it stated, which "since then" starts from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the document's date
 * @param year the last year the text stated, or 0
 * @param lastDay the last day the text stated with its year ("on 21 September 2022"), which "since
 *     then" starts from
 */
public record TimeContext(Optional<LocalDate> reference, int year, Optional<LocalDate> lastDay) {

  /** A context with the document's date {@code reference} and no year stated yet. */
  public static TimeContext of(Optional<LocalDate> reference) {
    return new TimeContext(reference, 0, Optional.empty());
  }

  /** This context with {@code y} as the last year the text stated. */
  public TimeContext withYear(int y) {
    return y == year ? this : new TimeContext(reference, y, lastDay);
  }

  /** This context with {@code day} as the last day the text stated. */
  public TimeContext withLastDay(Optional<LocalDate> day) {
    return day.isEmpty() || day.equals(lastDay) ? this : new TimeContext(reference, year, day);
  }
}

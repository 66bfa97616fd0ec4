package dev.muster.parse.time;

import dev.muster.Period;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a sentence's time expressions are resolved against: the document's date, when it has one;
 * the year the text stated last before the sentence ("in January 2024"), which gives a year to a
 * month written without one ("In November, ...") when there is no document date; and the last day
 * it stated, which "since then" starts from; and the last span from one day to another it stated,
 * which "over that time" stands for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the document's date
 * @param year the last year the text stated, or 0
 * @param lastDay the last day the text stated with its year ("on 21 September 2022"), which "since
 *     then" starts from
 * @param lastSpan the last span from one day to another the text stated ("from 1 April to 15 July"),
 *     which "over that time" stands for
 */
public record TimeContext(Optional<LocalDate> reference, int year, Optional<LocalDate> lastDay,
    Optional<Period> lastSpan) {

  /** A context with the document's date {@code reference} and no year stated yet. */
  public static TimeContext of(Optional<LocalDate> reference) {
    return new TimeContext(reference, 0, Optional.empty(), Optional.empty());
  }

  /** This context with {@code y} as the last year the text stated. */
  public TimeContext withYear(int y) {
    return y == year ? this : new TimeContext(reference, y, lastDay, lastSpan);
  }

  /** This context with {@code day} as the last day the text stated. */
  public TimeContext withLastDay(Optional<LocalDate> day) {
    return day.isEmpty() || day.equals(lastDay) ? this : new TimeContext(reference, year, day, lastSpan);
  }

  /** This context with {@code span} as the last span the text stated. */
  public TimeContext withLastSpan(Optional<Period> span) {
    return span.isEmpty() || span.equals(lastSpan) ? this : new TimeContext(reference, year, lastDay, span);
  }
}

package dev.muster.parse.time;

import dev.muster.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a sentence's time expressions are resolved against: the document's date, when it has one;
 * the year the text stated last before the sentence ("in January 2024"), which gives a year to a
 * month written without one ("In November, ...") when there is no document date; and the last day
 * it stated, which "since then" starts from; the last span from one day to another it stated,
 * which "over that time" stands for; and the latest spans with both ends it stated, which "over the
 * same twelve months" or "for the month" stands for when one has that length; and the month the
 * sentence just before dated itself with ("On 28 October 2022, ..."), from which a month written
 * without a year in the next ("In December, ...") is counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the document's date
 * @param year the last year the text stated, or 0
 * @param lastDay the last day the text stated with its year ("on 21 September 2022"), which "since
 *     then" starts from
 * @param lastSpan the last span from one day to another the text stated ("from 1 April to 15 July"),
 *     which "over that time" stands for
 * @param spans the latest spans with both ends the text stated, the latest last (at most {@value
 *     #SPANS_KEPT}), which "over the same twelve months" stands for
 * @param dated the month of the last day or month with a written year the sentence just before
 *     stated as its time, in the same paragraph; empty when it stated none
 */
public record TimeContext(Optional<LocalDate> reference, int year, Optional<LocalDate> lastDay,
    Optional<Period> lastSpan, List<Period> spans, Optional<YearMonth> dated) {

  /** How many of the latest spans with both ends a context keeps. */
  public static final int SPANS_KEPT = 12;

  public TimeContext {
    spans = List.copyOf(spans);
  }

  /** A context with the document's date {@code reference} and no year stated yet. */
  public static TimeContext of(Optional<LocalDate> reference) {
    return new TimeContext(reference, 0, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** This context with {@code y} as the last year the text stated. */
  public TimeContext withYear(int y) {
    return y == year ? this : new TimeContext(reference, y, lastDay, lastSpan, spans, dated);
  }

  /** This context with {@code day} as the last day the text stated. */
  public TimeContext withLastDay(Optional<LocalDate> day) {
    return day.isEmpty() || day.equals(lastDay) ? this : new TimeContext(reference, year, day, lastSpan, spans, dated);
  }

  /** This context with {@code span} as the last span the text stated. */
  public TimeContext withLastSpan(Optional<Period> span) {
    return span.isEmpty() || span.equals(lastSpan) ? this : new TimeContext(reference, year, lastDay, span, spans, dated);
  }

  /**
   * This context with {@code stated}, the spans with both ends a sentence stated in order, as the
   * latest the text stated.
   */
  public TimeContext withSpans(List<Period> stated) {
    if (stated.isEmpty()) {
      return this;
    }
    List<Period> all = new ArrayList<>(spans);
    all.addAll(stated);
    return new TimeContext(reference, year, lastDay, lastSpan,
        all.subList(Math.max(0, all.size() - SPANS_KEPT), all.size()), dated);
  }

  /** This context with {@code month} as the month the sentence just read dated itself with (empty: none). */
  public TimeContext withDated(Optional<YearMonth> month) {
    return month.equals(dated) ? this : new TimeContext(reference, year, lastDay, lastSpan, spans, month);
  }
}

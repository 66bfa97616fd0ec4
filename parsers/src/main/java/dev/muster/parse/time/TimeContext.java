package dev.muster.parse.time;

import dev.muster.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a sentence's time expressions are resolved against: the document's date, when it has one;
 * the year the text stated last before the sentence ("in January 2024"), which gives a year to a
 * month written without one ("In November, ...") when there is no document date; and the last day
 * it stated, which "since then" starts from; the last span from one day to another it stated,
 * which "over that time" stands for; and the latest spans with both ends it stated, which "over the
 * same twelve months" or "for the month" stands for when one has that length.
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
 */
public record TimeContext(Optional<LocalDate> reference, int year, Optional<LocalDate> lastDay,
    Optional<Period> lastSpan, List<Period> spans) {

  /** How many of the latest spans with both ends a context keeps. */
  public static final int SPANS_KEPT = 12;

  public TimeContext {
    spans = List.copyOf(spans);
  }

  /** A context with the document's date {@code reference} and no year stated yet. */
  public static TimeContext of(Optional<LocalDate> reference) {
    return new TimeContext(reference, 0, Optional.empty(), Optional.empty(), List.of());
  }

  /** This context with {@code y} as the last year the text stated. */
  public TimeContext withYear(int y) {
    return y == year ? this : new TimeContext(reference, y, lastDay, lastSpan, spans);
  }

  /** This context with {@code day} as the last day the text stated. */
  public TimeContext withLastDay(Optional<LocalDate> day) {
    return day.isEmpty() || day.equals(lastDay) ? this : new TimeContext(reference, year, day, lastSpan, spans);
  }

  /** This context with {@code span} as the last span the text stated. */
  public TimeContext withLastSpan(Optional<Period> span) {
    return span.isEmpty() || span.equals(lastSpan) ? this : new TimeContext(reference, year, lastDay, span, spans);
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
        all.subList(Math.max(0, all.size() - SPANS_KEPT), all.size()));
  }
}

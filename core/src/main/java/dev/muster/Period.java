package dev.muster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The time an estimate covers: a start and an end date, either of which may be open, each with
 * the precision the text gave, so that "March 2025" (2025-03-01..2025-03-31, month precision)
 * is not confused with "1 March 2025".
 *
 * <p>Immutable and thread-safe; treat as a value. The canonical text is
 * {@code START/END} with {@code ..} for an open side, each side written at its precision:
 * {@code 2023-04/2024-05}, {@code ../2024-11}, {@code 2022-02-24/..}, {@code 2025/2025}. So that
 * {@link #parse} reads it back, a side at month or year precision is the first (start) or last
 * (end) day of its month or year, and dates lie within the years 0000..9999.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
public abstract class Period {

  /** Returns the first day covered; empty when open at the start. */
  public abstract Optional<LocalDate> start();

  /** Returns the last day covered; empty when open at the end. */
  public abstract Optional<LocalDate> end();

  /** Returns how precisely the text gave the start. */
  @Value.Default
  public DatePrecision startPrecision() {
    return DatePrecision.DAY;
  }

  /** Returns how precisely the text gave the end. */
  @Value.Default
  public DatePrecision endPrecision() {
    return DatePrecision.DAY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the single day {@code date}. */
  public static Period ofDay(LocalDate date) {
    return builder().start(date).end(date).build();
  }

  /** Returns the whole month, first to last day, at month precision. */
  public static Period ofMonth(YearMonth month) {
    return builder()
        .start(month.atDay(1)).startPrecision(DatePrecision.MONTH)
        .end(month.atEndOfMonth()).endPrecision(DatePrecision.MONTH)
        .build();
  }

  /** Returns the whole year, 1 January to 31 December, at year precision. */
  public static Period ofYear(Year year) {
    return builder()
        .start(year.atDay(1)).startPrecision(DatePrecision.YEAR)
        .end(year.atMonth(12).atEndOfMonth()).endPrecision(DatePrecision.YEAR)
        .build();
  }

  /** Returns the span from the start of {@code first} to the end of {@code last}. */
  public static Period between(Period first, Period last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    return builder()
        .start(first.start()).startPrecision(first.startPrecision())
        .end(last.end()).endPrecision(last.endPrecision())
        .build();
  }

  /** Returns the period open at the start and ending with {@code last}'s end ("as of"). */
  public static Period until(Period last) {
    return builder().end(last.end()).endPrecision(last.endPrecision()).build();
  }

  /** Returns the period starting with {@code first}'s start and open at the end ("since"). */
  public static Period since(Period first) {
    return builder().start(first.start()).startPrecision(first.startPrecision()).build();
  }

  /** Returns whether the two periods share at least one day. */
  public boolean overlaps(Period other) {
    boolean before = end().isPresent() && other.start().isPresent()
        && end().get().isBefore(other.start().get());
    boolean after = start().isPresent() && other.end().isPresent()
        && start().get().isAfter(other.end().get());
    return !before && !after;
  }

  @Value.Check
  protected void check() {
    if (start().isEmpty() && end().isEmpty()) {
      throw new IllegalArgumentException("a period needs a start or an end, got neither");
    }
    if (start().isPresent() && end().isPresent() && start().get().isAfter(end().get())) {
      throw new IllegalArgumentException(
          "period start must not be after its end: " + start().get() + " > " + end().get());
    }
    checkSide("start", start(), startPrecision());
    checkSide("end", end(), endPrecision());
  }

  /** Checks that a side reads back from its canonical text: a month starts on its first day. */
  private static void checkSide(String side, Optional<LocalDate> date, DatePrecision p) {
    if (date.isEmpty()) {
      return;
    }
    LocalDate d = date.get();
    if (d.getYear() < 0 || d.getYear() > 9999) {
      throw new IllegalArgumentException(
          "period " + side + " must be within the years 0000..9999, got " + d);
    }
    // the date its canonical text reads back as (what startOf / endOf of write(date, p) give)
    boolean start = side.equals("start");
    LocalDate canonical;
    switch (p) {
      case YEAR: canonical = start ? d.withDayOfYear(1) : d.withMonth(12).withDayOfMonth(31); break;
      case MONTH: canonical = start ? d.withDayOfMonth(1) : d.withDayOfMonth(d.lengthOfMonth()); break;
      default: canonical = d;
    }
    if (!d.equals(canonical)) {
      throw new IllegalArgumentException("period " + side + " " + d + " at " + p
          + " precision must be the " + (side.equals("start") ? "first" : "last") + " day of its "
          + p.name().toLowerCase(java.util.Locale.ROOT) + " (" + canonical + ")");
    }
  }

  /**
   * Reads the canonical text written by {@link #toString()}.
   *
   * @param text not null, e.g. {@code 2023-04/2024-05}
   * @return the period
   * @throws IllegalArgumentException if the text is not a period
   */
  public static Period parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString().trim();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not a period: '" + s + "' (expected START/END)");
    }
    Builder b = builder();
    String a = s.substring(0, slash);
    String z = s.substring(slash + 1);
    try {
      if (!a.equals("..")) {
        DatePrecision p = precisionOf(a);
        b.start(startOf(a, p)).startPrecision(p);
      }
      if (!z.equals("..")) {
        DatePrecision p = precisionOf(z);
        b.end(endOf(z, p)).endPrecision(p);
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a period: '" + s + "': " + e.getMessage(), e);
    }
    return b.build();
  }

  private static DatePrecision precisionOf(String side) {
    switch (side.length()) {
      case 4: return DatePrecision.YEAR;
      case 7: return DatePrecision.MONTH;
      case 10: return DatePrecision.DAY;
      default:
        throw new IllegalArgumentException(
            "not a date: '" + side + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }

  private static LocalDate startOf(String side, DatePrecision p) {
    switch (p) {
      case YEAR: return Year.parse(side).atDay(1);
      case MONTH: return YearMonth.parse(side).atDay(1);
      default: return LocalDate.parse(side);
    }
  }

  private static LocalDate endOf(String side, DatePrecision p) {
    switch (p) {
      case YEAR: return Year.parse(side).atMonth(12).atEndOfMonth();
      case MONTH: return YearMonth.parse(side).atEndOfMonth();
      default: return LocalDate.parse(side);
    }
  }

  private static String write(Optional<LocalDate> d, DatePrecision p) {
    if (d.isEmpty()) {
      return "..";
    }
    String iso = d.get().toString();
    switch (p) {
      case YEAR: return iso.substring(0, 4);
      case MONTH: return iso.substring(0, 7);
      default: return iso;
    }
  }

  @Override
  public String toString() {
    return write(start(), startPrecision()) + "/" + write(end(), endPrecision());
  }

  /** A builder of {@link Period}. */
  public static class Builder extends ImmutablePeriod.Builder {}
}

package dev.muster.parse.document;

import dev.muster.DatePrecision;
import dev.muster.Measure;
import dev.muster.Period;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.time.TimeFinder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage document, whole-document rule: a running count of the dead up to a day ("as of 14
 * November the list held 140,618 names") is what the later counts of the same dead with no time
 * of their own break down ("Bashkortostan leads with 5,912", "more than 43,000 of the dead were
 * volunteers"): each takes its period, when it counts people of the same side, at most half the
 * total and at least a hundred, with no rate. Fewer are a family's or a village's
 * own count, more another estimate of the whole. A count with a time of its own keeps it, and is
 * the total after it when it runs up to a day.
 *
 * <p>Stateless and thread-safe.
 */
public final class RunningTotals {

  /** The smallest part of a total taken as its breakdown: fewer are a family's or a village's own count. */
  private static final BigDecimal SMALLEST_PART = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** Returns the figures, later counts of the dead given the period of the running total before them. */
  public List<Figure> apply(List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures);
    Figure total = null;
    for (int i = 0; i < out.size(); i++) {
      Figure c = out.get(i);
      if (c.measure() != Measure.KILLED || c.origins().isEmpty() || c.low() == null) {
        continue;
      }
      if (c.period() != null) {
        total = runningToDay(c.period()) ? c : total;
        continue;
      }
      BigDecimal high = c.quantity().high() != null ? c.quantity().high() : c.low();
      if (total != null && c.quantity().per() == null && total.origins().equals(c.origins())
          && high.compareTo(SMALLEST_PART) >= 0 && total.low().compareTo(high.multiply(TWO)) >= 0) {
        out.set(i, c.withPeriod(total.period()));
      }
    }
    return out;
  }

  /**
   * Whether the period runs up to a day from no start, from the start of the invasion or from its
   * month ("confirmed dead since February 2022, as of 14 November").
   */
  private static boolean runningToDay(Period p) {
    return p.end().isPresent() && p.endPrecision() == DatePrecision.DAY
        && (p.start().isEmpty() || p.start().get().equals(TimeFinder.INVASION)
            || p.start().get().equals(TimeFinder.INVASION.withDayOfMonth(1)));
  }
}

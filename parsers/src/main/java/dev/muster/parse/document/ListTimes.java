package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.Period;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.time.DatedSpan;
import dev.muster.parse.time.TimeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time a list's lead states ("Signing bonuses offered as of 1 March:", "Losses by region in
 * 2024:"), which covers the items under it: a figure of an item ("- Perm region: 2 million roubles
 * ($22,000)", "* Omsk: 1.5 million roubles, paid in two parts") that states no time of its own
 * takes the lead's. A lead with no time, or with more than one, covers nothing. A lead that states
 * a total ("Our count stands at 1,800 between March 2023 and July 2026:") gives its period to the
 * items that break it down: figures of its measure, no larger than it, with no time of their own.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListTimes {

  private ListTimes() {}

  /**
   * The time a lead with time expressions {@code spans} gives its items: its one expression's
   * period, when it has exactly one besides "during the war"; none otherwise.
   */
  public static Optional<Period> ofLead(List<DatedSpan> spans) {
    Period only = null;
    for (DatedSpan e : spans) {
      if (e.kind() == TimeKind.WAR) {
        continue;
      }
      if (only != null) {
        return Optional.empty(); // "paid in 2023 and raised in January": which one an item has is not said
      }
      only = e.period();
    }
    return Optional.ofNullable(only);
  }

  /**
   * The time the first item of a list under a lead with no time states ("- 150 men have been
   * recruited since 2022;" after "According to the ministry:"), which the later items that state
   * none share ("- 14 of them have been killed;"): the period of its first figure that counts
   * people (no pay, no plan) and has one; none otherwise.
   */
  public static Optional<Period> ofFirstItem(List<Figure> figures) {
    for (Figure f : figures) {
      if (counted(f) && f.period() != null) {
        return Optional.of(f.period());
      }
    }
    return Optional.empty();
  }

  /** The figures of a later item of such a list: those counting people with no period of their own take the first item's. */
  public static List<Figure> likeFirstItem(List<Figure> figures, Period first) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.period() == null && counted(f) ? f.withPeriod(first) : f);
    }
    return out;
  }

  /** Whether the figure counts people who were or are so: no pay, and no plan, which has a time of its own. */
  private static boolean counted(Figure f) {
    return f.measure() != Measure.PAYMENT && f.measure() != Measure.FORCE_TARGET;
  }

  /** The total a lead with figures states: its largest figure counting people with a period; null when none. */
  public static Figure totalOf(List<Figure> figures) {
    Figure total = null;
    for (Figure f : figures) {
      if (counted(f) && f.period() != null && f.low() != null && (total == null || f.low().compareTo(total.low()) > 0)) {
        total = f;
      }
    }
    return total;
  }

  /** The figures of an item under a lead stating {@code total}: the parts of it with no period of their own take its period. */
  public static List<Figure> underTotal(List<Figure> figures, Figure total) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      BigDecimal high = f.quantity().high() != null ? f.quantity().high() : f.low();
      boolean part = f.period() == null && f.measure() == total.measure() && high != null
          && high.compareTo(total.low()) <= 0;
      out.add(part ? f.withPeriod(total.period()) : f);
    }
    return out;
  }

  /** The figures of an item under a lead with time {@code lead}: those with no period of their own take it. */
  public static List<Figure> underLead(List<Figure> figures, Period lead) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.period() == null ? f.withPeriod(lead) : f);
    }
    return out;
  }
}

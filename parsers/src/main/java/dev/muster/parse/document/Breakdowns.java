package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Source;
import dev.muster.parse.classify.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage document, whole-document rule: a breakdown of a total ("771 from South and East Asia")
 * inherits the total's period and sources (a part with sources of its own keeps them, under the
 * total's when in its paragraph): the largest earlier total of the same measure, of
 * foreign recruits, if it is not smaller than the part, and so does the rest of foreigners right
 * after a part ("Other countries: 112" after "Cuba: 12"); and regional quotas ("the target for
 * Chelyabinsk is 10,000") share the national target's period. Linear in the number of figures: a
 * running largest total per measure.
 *
 * <p>Stateless and thread-safe.
 */
public final class Breakdowns {

  private static final Set<Origin> ONLY_FOREIGN = Set.of(Origin.FOREIGN);

  /** Returns the figures, breakdowns given their totals' periods and sources. */
  public List<Figure> apply(List<Figure> figures) {
    List<Figure> all = new ArrayList<>(figures);
    int largestTarget = -1;
    for (int i = 0; i < all.size(); i++) {
      Figure c = all.get(i);
      if (c.measure() != Measure.FORCE_TARGET) {
        continue;
      }
      if (c.period() == null && c.quantity().high() != null && largestTarget >= 0
          && all.get(largestTarget).low().compareTo(c.quantity().high()) > 0) {
        c = c.withPeriod(all.get(largestTarget).period());
        all.set(i, c);
      }
      if (c.period() != null && c.quantity().low() != null
          && (largestTarget < 0 || c.low().compareTo(all.get(largestTarget).low()) > 0)) {
        largestTarget = i;
      }
    }
    Map<Measure, Integer> largest = new EnumMap<>(Measure.class);
    Figure lastWhole = null; // the total the figure before is a part of, if it is one
    for (int i = 0; i < all.size(); i++) {
      Figure c = all.get(i);
      BigDecimal low = c.low();
      Figure whole = lastWhole;
      lastWhole = null;
      if (c.origins().equals(ONLY_FOREIGN) && whole != null && whole.measure() == c.measure() && low != null
          && whole.low().compareTo(low) >= 0) {
        all.set(i, inherit(c, whole)); // "Other countries: 112" after "Cuba: 12": the rest of the breakdown
        lastWhole = whole;
        continue;
      }
      if (c.origins().equals(ONLY_FOREIGN)) {
        Integer top = largest.get(c.measure());
        if (low != null && (top == null || low.compareTo(all.get(top).low()) >= 0)) {
          largest.put(c.measure(), i); // on a tie the later, fuller statement wins over a headline
        }
        continue;
      }
      BigDecimal partHigh = c.quantity().high() != null ? c.quantity().high() : c.quantity().low();
      if (c.measure() == Measure.PAYMENT || c.origins().isEmpty() || c.origins().contains(Origin.FOREIGN)
          || partHigh == null) {
        continue;
      }
      Integer total = largest.get(c.measure());
      if (total != null && all.get(total).low().compareTo(partHigh) >= 0) {
        all.set(i, inherit(c, all.get(total)));
        lastWhole = all.get(total);
      }
    }
    return all;
  }

  private static Figure inherit(Figure part, Figure whole) {
    Figure f = part.period() == null ? part.withPeriod(whole.period()) : part;
    if (!f.chainOwn() || f.chain().isEmpty()) {
      return f.withChain(whole.chain(), f.chainOwn());
    }
    if (f.paragraph() != whole.paragraph()) {
      return f; // a part with its own speaker in another paragraph: "..., Kenya's foreign ministry said"
    }
    List<Source> chain = new ArrayList<>(f.chain());
    for (Source s : whole.chain()) {
      if (!chain.contains(s)) {
        chain.add(0, s);
      }
    }
    return f.withChain(chain, f.chainOwn());
  }
}

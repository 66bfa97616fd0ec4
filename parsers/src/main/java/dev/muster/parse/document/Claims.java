package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.quantity.QuantityMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stage document, whole-document rules: one record per claim. A headline figure that the body
 * states again ("1,541 foreigners" over "at least 1,541 foreign nationals") is the same claim and
 * the body's record stands, also when the title's words give no measure ("160mila giovani sotto le
 * armi" over "160.000 giovani ... saranno chiamati") or another one than the body's, when the two
 * have the same bounds, currency and rate ("court jails six agents" over "sentenced six recruitment
 * agents"); figures with the same bounds, currency, rate and measure are one
 * claim, kept from the richest statement (most sources, then a period, then an explicit origin)
 * with what the others add. The result is in text order.
 *
 * <p>Stateless and thread-safe.
 */
public final class Claims {

  /** The longest title line whose figures are compared with the body's. */
  private static final int LONGEST_TITLE = 200;

  /** Returns the figures without title echoes, one per claim, in text order. */
  public List<Figure> apply(List<Figure> figures, String text, int bodyStart) {
    return dedupe(dropTitleEchoes(figures, text, bodyStart));
  }

  private static List<Figure> dropTitleEchoes(List<Figure> all, String text, int bodyStart) {
    if (all.isEmpty() || all.get(0).paragraph() != 1) {
      return all;
    }
    int lineEnd = bodyStart;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    if (lineEnd - bodyStart > LONGEST_TITLE) {
      return all;
    }
    final int titleEnd = lineEnd;
    List<Figure> out = new ArrayList<>(all.size());
    for (Figure title : all) {
      boolean echoed = title.sentenceStart() < titleEnd && all.stream().anyMatch(body -> body != title
          && body.sentenceStart() >= titleEnd && (body.measure() == title.measure()
              && sharesNumber(body.quantity(), title.quantity())
              || sameBounds(body.quantity(), title.quantity())
                  && (title.measure() == Measure.OTHER || sameRate(body.quantity(), title.quantity()))));
      if (!echoed) {
        out.add(title);
      }
    }
    return out;
  }

  /** Whether the two state the same bounds ("160mila" and "160.000"), not merely a shared end ("Hunderttausende"). */
  private static boolean sameBounds(QuantityMention a, QuantityMention b) {
    return a.low() != null && b.low() != null && a.low().compareTo(b.low()) == 0
        && a.high() != null && b.high() != null && a.high().compareTo(b.high()) == 0;
  }

  /** Whether the two have the same currency and the same rate (a monthly sum is no echo of a one-off sum). */
  private static boolean sameRate(QuantityMention a, QuantityMention b) {
    return Objects.equals(a.unit(), b.unit()) && Objects.equals(a.per(), b.per());
  }

  /**
   * Whether the two share a stated number; a vague amount's bounds are a convention, not a number
   * of the text ("Hunderttausende" is 200,000 to 999,999, no echo of "etwa 200.000").
   */
  private static boolean sharesNumber(QuantityMention a, QuantityMention b) {
    if (a.magnitude() || b.magnitude()) {
      return sameBounds(a, b);
    }
    return a.low() != null && (a.low().equals(b.low()) || a.low().equals(b.high()))
        || a.high() != null && (a.high().equals(b.low()) || a.high().equals(b.high()));
  }

  private static List<Figure> dedupe(List<Figure> all) {
    Map<List<Object>, Figure> byKey = new LinkedHashMap<>();
    for (Figure c : all) {
      // BigDecimal equality is equality of its text (value and scale); currencies are singletons
      QuantityMention q = c.quantity();
      List<Object> key = Arrays.asList(q.low(), q.high(), q.unit(), q.per(), c.measure());
      Figure seen = byKey.get(key);
      if (seen == null) {
        byKey.put(key, c);
        continue;
      }
      Figure keep = richness(c) > richness(seen) ? c : seen;
      Figure other = keep == c ? seen : c;
      if (keep.period() == null) {
        keep = keep.withPeriod(other.period());
      }
      if (keep.origins().isEmpty()) {
        keep = keep.withOrigins(other.origins(), keep.originExplicit());
      } else if (!keep.originExplicit() && other.originExplicit()) {
        keep = keep.withOrigins(other.origins(), true); // a default gives way to what the text says
      }
      if (keep.likelihood() == null) {
        keep = keep.withLikelihood(other.likelihood());
      }
      if (keep.chain().isEmpty()) {
        keep = keep.withChain(other.chain(), keep.chainOwn());
      }
      byKey.put(key, keep);
    }
    List<Figure> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparingInt(Figure::mentionStart));
    return out;
  }

  private static int richness(Figure c) {
    return c.chain().size() * 4 + (c.period() != null ? 2 : 0) + (c.originExplicit() ? 1 : 0);
  }
}

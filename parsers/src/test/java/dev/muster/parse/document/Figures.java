package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Qualifier;
import dev.muster.Source;
import dev.muster.SourceKind;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.quantity.QuantityMention;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Candidate figures made by hand for the document rules' tests. */
final class Figures {

  private Figures() {}

  static Source source(String name) {
    return Source.builder().name(name).kind(SourceKind.OTHER).build();
  }

  /** An exact count of {@code value} with origins, a period (or null), sources, at offset {@code at}. */
  static Figure figure(Measure measure, long value, Set<Origin> origins, boolean explicit, Period period,
      List<Source> chain, int paragraph, int at) {
    BigDecimal v = BigDecimal.valueOf(value);
    QuantityMention q = new QuantityMention(0, 1, 0, v, v, Qualifier.EXACT, null, null, false, v, false);
    return new Figure(q, measure, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(origins)), explicit,
        period, chain, !chain.isEmpty(), null, paragraph, at, at + 10, at, at + 3, false, true);
  }

  static Figure figure(Measure measure, long value, Set<Origin> origins, int at) {
    return figure(measure, value, origins, !origins.isEmpty(), null, List.of(), 1, at);
  }
}

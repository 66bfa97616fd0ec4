package dev.muster.reconcile;

import dev.muster.Measure;
import dev.muster.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the findings that cannot both hold; see {@link Conflict.Reason} for the three ways.
 * Plans ({@link Measure#FORCE_TARGET}: a size, an increase or a quota, which the figure does not
 * tell apart), payments (which differ by region and kind of payment) and {@link Measure#OTHER}
 * are never checked. Pure functions over values.
 */
final class Conflicts {

  private static final Set<Measure> UNCHECKED =
      EnumSet.of(Measure.FORCE_TARGET, Measure.PAYMENT, Measure.OTHER);

  /** Measures that count what happens over a time, so that a part of the time holds less. */
  static final Set<Measure> FLOWS = EnumSet.of(Measure.RECRUITED, Measure.KILLED,
      Measure.WOUNDED, Measure.CASUALTIES, Measure.CAPTURED, Measure.DETAINED,
      Measure.CONSCRIPTED, Measure.CITIZENSHIP_GRANTED, Measure.FLED);

  private Conflicts() {}

  /**
   * Returns the conflicts among findings in canonical order, by first then second finding. A
   * whole and a part of a parts check that fits never conflict.
   */
  static List<Conflict> find(List<Finding> findings, List<PartsCheck> checks) {
    Set<List<String>> nested = new HashSet<>();
    for (PartsCheck c : checks) {
      if (c.fits()) {
        c.parts().forEach(p -> nested.add(List.of(c.whole().id(), p.id())));
        c.parts().forEach(p -> nested.add(List.of(p.id(), c.whole().id())));
      }
    }
    List<Conflict> out = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding a = findings.get(i);
      for (Finding b : findings.subList(i + 1, findings.size())) {
        if (!nested.contains(List.of(a.id(), b.id()))) {
          reason(a, b).ifPresent(r -> out.add(Conflict.of(a, b, r)));
        }
      }
    }
    return out;
  }

  /**
   * Returns why the two findings cannot both hold, if they cannot. Figures of one primary
   * source conflict by their bounds only when one sentence sets them against each other
   * ({@link Relations#contrasted}): one source giving two figures for one subject most often
   * counts two things the figures do not tell apart ("permanent" and "total" casualties).
   */
  static Optional<Conflict.Reason> reason(Finding a, Finding b) {
    if (UNCHECKED.contains(a.measure()) || UNCHECKED.contains(b.measure())
        || !Relations.sameUnit(a, b) || a.origins().isEmpty() || !Relations.samePeople(a, b)) {
      return Optional.empty();
    }
    Bounds x = Relations.agreed(a);
    Bounds y = Relations.agreed(b);
    if (a.measure() != b.measure()) {
      boolean aAbove = Relations.isPartMeasure(a.measure(), b.measure()) && y.isBelow(x);
      boolean bAbove = Relations.isPartMeasure(b.measure(), a.measure()) && x.isBelow(y);
      return (aAbove || bAbove) && Relations.sameTime(a, b)
          ? Optional.of(Conflict.Reason.MEASURE) : Optional.empty();
    }
    if (Relations.sameTime(a, b)) {
      boolean oneSource = Relations.primaryNames(a).stream()
          .anyMatch(Relations.primaryNames(b)::contains);
      return x.overlaps(y) || oneSource && !Relations.contrasted(a, b) ? Optional.empty()
          : Optional.of(Conflict.Reason.BOUNDS);
    }
    if (!FLOWS.contains(a.measure()) || a.merged().value().per().isPresent()
        || a.period().isEmpty() || b.period().isEmpty()) {
      return Optional.empty();
    }
    Period p = a.period().get();
    Period q = b.period().get();
    boolean aPartAbove = Periods.isPart(p, q) && y.isBelow(x);
    boolean bPartAbove = Periods.isPart(q, p) && x.isBelow(y);
    return aPartAbove || bPartAbove ? Optional.of(Conflict.Reason.PERIOD) : Optional.empty();
  }
}

package dev.muster.reconcile;

import dev.muster.Measure;
import dev.muster.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the findings that cannot both hold; see {@link Conflict.Reason} for the three ways.
 * Plans ({@link Measure#FORCE_TARGET}: a size, an increase or a quota, which the figure does not
 * tell apart), payments (which differ by region and kind of payment) and {@link Measure#OTHER}
 * are never checked; totals to date that end on different days conflict only when the later is
 * the lower. Pure functions over values.
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
   * whole and a part of a parts check that fits never conflict. Only findings about the same
   * people in the same unit are compared (see {@link Relations#peopleKey}).
   */
  static List<Conflict> find(List<Finding> findings, List<PartsCheck> checks) {
    Map<Finding, Integer> index = new IdentityHashMap<>();
    findings.forEach(f -> index.put(f, index.size()));
    Set<Long> nested = new HashSet<>();
    for (PartsCheck c : checks) {
      if (c.fits()) {
        for (Finding p : c.parts()) {
          nested.add(pair(index.get(c.whole()), index.get(p)));
        }
      }
    }
    Map<String, List<Integer>> byPeople = new HashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (!UNCHECKED.contains(f.measure()) && !f.origins().isEmpty()) {
        byPeople.computeIfAbsent(Relations.peopleKey(f), k -> new ArrayList<>()).add(i);
      }
    }
    List<long[]> found = new ArrayList<>();
    for (List<Integer> group : byPeople.values()) {
      for (int x = 0; x < group.size(); x++) {
        Finding a = findings.get(group.get(x));
        for (int y = x + 1; y < group.size(); y++) {
          Finding b = findings.get(group.get(y));
          if (comparable(a.measure(), b.measure())
              && !nested.contains(pair(group.get(x), group.get(y)))) {
            int i = group.get(x);
            int j = group.get(y);
            reason(a, b).ifPresent(r -> found.add(new long[] {i, j, r.ordinal()}));
          }
        }
      }
    }
    found.sort(Comparator.comparingLong((long[] c) -> c[0]).thenComparingLong(c -> c[1]));
    List<Conflict> out = new ArrayList<>(found.size());
    for (long[] c : found) {
      out.add(Conflict.of(findings.get((int) c[0]), findings.get((int) c[1]),
          Conflict.Reason.values()[(int) c[2]]));
    }
    return out;
  }

  private static boolean comparable(Measure a, Measure b) {
    return a == b || Relations.isPartMeasure(a, b) || Relations.isPartMeasure(b, a);
  }

  /** Returns one number for an unordered pair of indices. */
  private static long pair(int i, int j) {
    return (long) Math.min(i, j) << 32 | Math.max(i, j);
  }

  /**
   * Returns why the two findings cannot both hold, if they cannot. Figures of one primary
   * source conflict by their bounds only when one sentence sets them against each other
   * ({@link Relations#contrasted}): one source giving two figures for one subject most often
   * counts two things the figures do not tell apart ("permanent" and "total" casualties).
   */
  /**
   * Two totals "to date" (no start) that end on different days: a count that only grows, so the
   * later may be higher; they conflict only when the later is below the earlier. Null when the
   * two are not such totals.
   */
  private static Optional<Conflict.Reason> runningTotals(Finding a, Finding b, Bounds x, Bounds y) {
    if (a.period().isEmpty() || b.period().isEmpty() || !FLOWS.contains(a.measure())) {
      return null;
    }
    Period p = a.period().get();
    Period q = b.period().get();
    if (p.start().isPresent() || q.start().isPresent() || p.end().isEmpty() || q.end().isEmpty()
        || p.end().get().equals(q.end().get())) {
      return null;
    }
    boolean aLater = p.end().get().isAfter(q.end().get());
    boolean fallen = aLater ? x.isBelow(y) : y.isBelow(x);
    return fallen ? Optional.of(Conflict.Reason.BOUNDS) : Optional.empty();
  }

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
      Optional<Conflict.Reason> running = runningTotals(a, b, x, y);
      if (running != null) {
        return running;
      }
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

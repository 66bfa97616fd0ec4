package dev.muster.reconcile;

import dev.muster.CohortCategory;
import dev.muster.Estimate;
import dev.muster.Measure;
import dev.muster.Period;
import dev.muster.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds totals and their parts among findings and checks the parts' sum against the total;
 * see {@link PartsCheck.Kind} for the five ways a total divides. A set of parts found by two
 * rules is checked once, as the first kind that finds it. Pure functions over values.
 */
final class Breakdowns {

  /** The words that make the figures after them a subset of a figure before them. */
  private static final Pattern CUE = Pattern.compile(
      "\\b(?:of (?:whom|them|these|those|which)|among (?:them|whom|these|those)|including)\\b",
      Pattern.CASE_INSENSITIVE);

  /** How far into its sentence a cue may stand to refer to the sentence before: "Of these, ". */
  private static final int OPENING = 12;

  /** How many characters may lie between a sentence and the one before it that it refers to. */
  private static final int ADJACENT = 200;

  private final List<Finding> findings;
  // by identity: a finding's or estimate's hash code walks all it holds
  private final Map<Finding, Integer> index = new IdentityHashMap<>();
  private final Map<Estimate, Finding> byEstimate = new IdentityHashMap<>();
  private final Map<String, List<Finding>> byDocument = new HashMap<>();
  private final Map<String, List<Finding>> byPeople = new HashMap<>();
  private final Map<String, PartsCheck> checks = new LinkedHashMap<>();

  private Breakdowns(List<Finding> findings) {
    this.findings = findings;
    for (Finding f : findings) {
      index.put(f, index.size());
      f.members().forEach(m -> byEstimate.put(m.estimate(), f));
      f.documentIds().forEach(d -> byDocument.computeIfAbsent(d, k -> new ArrayList<>()).add(f));
      byPeople.computeIfAbsent(Relations.peopleKey(f), k -> new ArrayList<>()).add(f);
      if (f.category().isPresent()) {
        byPeople.computeIfAbsent(allKinds(f), k -> new ArrayList<>()).add(f);
      }
    }
  }

  /** Returns the key of the findings of the same origins, unit and rate, of any kind. */
  private static String allKinds(Finding f) {
    return f.merged().value().unit() + "|" + f.merged().value().per() + "|" + f.origins()
        + "|any";
  }

  /** Returns the findings stated in a document that states {@code f}, in canonical order. */
  private List<Finding> neighbours(Finding f) {
    Set<Finding> near = Collections.newSetFromMap(new IdentityHashMap<>());
    f.documentIds().forEach(d -> near.addAll(byDocument.get(d)));
    List<Finding> out = new ArrayList<>(near);
    out.sort(Comparator.comparing(index::get));
    return out;
  }

  /** Returns the parts checks: by whole, then kind, then primary source and parts. */
  static List<PartsCheck> find(List<Finding> findings) {
    Breakdowns b = new Breakdowns(findings);
    b.byOrigin();
    b.byCategory();
    b.byMeasure();
    b.byPeriod();
    b.bySubsetCue();
    Map<Finding, Integer> index = b.index;
    List<PartsCheck> out = new ArrayList<>(b.checks.values());
    out.sort(Comparator.comparing((PartsCheck p) -> index.get(p.whole()))
        .thenComparing(PartsCheck::kind)
        .thenComparing(p -> p.primary().name())
        .thenComparing(p -> p.parts().stream().map(f -> index.get(f)).collect(Collectors.toList()),
            Comparator.comparing(Object::toString)));
    return out;
  }

  /**
   * The parts of one named primary source whose origins are narrower than the whole's, each
   * stated in a document that states the whole.
   */
  private void byOrigin() {
    for (Finding whole : findings) {
      for (String primary : new TreeSet<>(Relations.namedPrimaryNames(whole))) {
        List<Finding> candidates = neighbours(whole).stream()
            .filter(f -> f != whole && sameKind(whole, f)
                && whole.category().equals(f.category())
                && Relations.namedPrimaryNames(f).contains(primary)
                && OriginScope.isNarrower(f.origins(), whole.origins()))
            .collect(Collectors.toList());
        List<Finding> parts = new ArrayList<>();
        for (Finding c : candidates) {
          boolean broadest = candidates.stream()
              .noneMatch(o -> OriginScope.isNarrower(c.origins(), o.origins()));
          if (broadest && parts.stream()
              .allMatch(p -> OriginScope.isDisjoint(p.origins(), c.origins()))) {
            parts.add(c);
          }
        }
        if (!parts.isEmpty()) {
          Source source = whole.primarySources().stream()
              .filter(s -> s.name().equals(primary)).findFirst().orElseThrow();
          add(PartsCheck.Kind.ORIGIN, source, whole, parts, false);
        }
      }
    }
  }

  /** Parts naming a kind of people against a whole that names none. */
  private void byCategory() {
    for (Finding whole : findings) {
      if (whole.category().isPresent()) {
        continue;
      }
      Map<CohortCategory, Finding> parts = new TreeMap<>();
      for (Finding f : byPeople.getOrDefault(allKinds(whole), List.of())) {
        if (f.category().isPresent() && sameKind(whole, f)
            && f.origins().equals(whole.origins()) && Relations.shareOrigin(whole, f)) {
          parts.putIfAbsent(f.category().get(), f);
        }
      }
      if (!parts.isEmpty()) {
        add(PartsCheck.Kind.CATEGORY, whole, new ArrayList<>(parts.values()), false);
      }
    }
  }

  /** Killed and wounded against the casualties of the same people and time. */
  private void byMeasure() {
    for (Finding whole : findings) {
      if (whole.measure() != Measure.CASUALTIES) {
        continue;
      }
      Map<Measure, Finding> parts = new TreeMap<>();
      for (Finding f : byPeople.get(Relations.peopleKey(whole))) {
        if (Relations.isPartMeasure(f.measure(), whole.measure()) && Relations.sameUnit(whole, f)
            && Relations.samePeople(whole, f) && Relations.sameTimeLoosely(whole, f)
            && Relations.shareOrigin(whole, f)) {
          parts.putIfAbsent(f.measure(), f);
        }
      }
      if (!parts.isEmpty()) {
        add(PartsCheck.Kind.MEASURE, whole, new ArrayList<>(parts.values()), parts.size() == 2);
      }
    }
  }

  /** Figures for disjoint parts of the whole's period, broadest first. */
  private void byPeriod() {
    for (Finding whole : findings) {
      if (!Conflicts.FLOWS.contains(whole.measure()) || whole.period().isEmpty()
          || !Periods.isClosed(whole.period().get()) || whole.merged().value().per().isPresent()) {
        continue;
      }
      Period w = whole.period().get();
      List<Finding> candidates = byPeople.get(Relations.peopleKey(whole)).stream()
          .filter(f -> f.measure() == whole.measure() && Relations.sameUnit(whole, f)
              && Relations.samePeople(whole, f) && f.period().isPresent()
              && Periods.isPart(f.period().get(), w) && Relations.shareOrigin(whole, f))
          .sorted(Comparator.comparingLong((Finding f) -> -Periods.days(f.period().get()))
              .thenComparing(f -> f.period().get().start().orElseThrow()))
          .collect(Collectors.toList());
      List<Finding> parts = new ArrayList<>();
      for (Finding c : candidates) {
        if (parts.stream().allMatch(p -> Periods.disjoint(p.period().get(), c.period().get()))) {
          parts.add(c);
        }
      }
      if (!parts.isEmpty()) {
        long covered = parts.stream().mapToLong(p -> Periods.days(p.period().get())).sum();
        parts.sort(Comparator.comparing(f -> f.period().get().start().orElseThrow()));
        add(PartsCheck.Kind.PERIOD, whole, parts, covered == Periods.days(w));
      }
    }
  }

  /** Figures after "of them", "of whom", "among them" or "including" against their referent. */
  private void bySubsetCue() {
    Map<String, List<Member>> byDocument = new TreeMap<>();
    for (Finding f : findings) {
      f.members().forEach(m -> byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>())
          .add(m));
    }
    for (List<Member> ms : byDocument.values()) {
      ms.sort(Comparator.comparingInt((Member m) -> m.evidence().start())
          .thenComparingInt(Relations::at));
      for (int i = 0; i < ms.size(); i++) {
        Member m = ms.get(i);
        int cue = cueBefore(m);
        boolean firstAfterCue = cue >= 0 && (i == 0 || !sameSentence(ms.get(i - 1), m)
            || Relations.at(ms.get(i - 1)) < cue);
        if (!firstAfterCue) {
          continue;
        }
        Optional<Member> referent = referent(ms, i, cue);
        List<Member> after = new ArrayList<>();
        for (int j = i; j < ms.size() && sameSentence(ms.get(j), m); j++) {
          if (isCount(ms.get(j))) {
            after.add(ms.get(j));
          }
        }
        if (referent.isPresent() && isCount(referent.get()) && !after.isEmpty()) {
          subset(byEstimate.get(referent.get().estimate()), after);
        }
      }
    }
  }

  private void subset(Finding whole, List<Member> partMembers) {
    List<Finding> parts = new ArrayList<>();
    for (Member m : partMembers) {
      Finding f = byEstimate.get(m.estimate());
      if (f == whole) {
        return;
      }
      if (parts.stream().noneMatch(p -> p == f)) {
        parts.add(f);
      }
    }
    boolean sameMeasure = parts.stream().allMatch(p -> p.measure() == whole.measure());
    PartsCheck.Kind kind = PartsCheck.Kind.SUBSET;
    if (sameMeasure && parts.stream()
        .allMatch(p -> OriginScope.isNarrower(p.origins(), whole.origins()))) {
      kind = PartsCheck.Kind.ORIGIN;
    } else if (sameMeasure && whole.category().isEmpty()
        && parts.stream().allMatch(p -> p.category().isPresent())) {
      kind = PartsCheck.Kind.CATEGORY;
    } else if (parts.stream().allMatch(p -> Relations.isPartMeasure(p.measure(), whole.measure()))) {
      kind = PartsCheck.Kind.MEASURE;
    }
    add(kind, whole, parts, false);
  }

  /** Returns the figure a subset cue refers to: before it in its sentence, else just before. */
  private static Optional<Member> referent(List<Member> ms, int i, int cue) {
    Member m = ms.get(i);
    Optional<Member> before = Optional.empty();
    for (int j = i - 1; j >= 0; j--) {
      Member b = ms.get(j);
      if (sameSentence(b, m)) {
        if (Relations.at(b) < cue) {
          return Optional.of(b);
        }
      } else {
        before = cue <= OPENING && m.evidence().start() - b.evidence().end() <= ADJACENT
            ? Optional.of(b) : Optional.empty();
        break;
      }
    }
    return before;
  }

  /** Returns where the last subset cue before the member's mention starts, or -1. */
  private static int cueBefore(Member m) {
    Matcher c = CUE.matcher(m.evidence().text());
    int found = -1;
    int at = Relations.at(m);
    while (c.find() && c.start() < at) {
      found = c.start();
    }
    return found;
  }

  private static boolean sameSentence(Member a, Member b) {
    return a.evidence().start() == b.evidence().start() && a.evidence().end() == b.evidence().end();
  }

  private static boolean isCount(Member m) {
    return !m.estimate().measure().isMoney() && m.estimate().quantity().per().isEmpty();
  }

  /** Returns whether a part may be checked against a whole: same measure, unit and time. */
  private static boolean sameKind(Finding whole, Finding f) {
    return whole.measure() == f.measure() && Relations.sameUnit(whole, f)
        && Compatibility.periods(whole.period(), f.period());
  }

  private void add(PartsCheck.Kind kind, Finding whole, List<Finding> parts, boolean complete) {
    Set<String> shared = new TreeSet<>(Relations.primaryNames(whole));
    parts.forEach(p -> shared.retainAll(Relations.primaryNames(p)));
    Optional<String> name = shared.stream().findFirst();
    Source primary = whole.primarySources().stream()
        .filter(s -> name.isEmpty() || s.name().equals(name.get()))
        .findFirst().orElseThrow();
    add(kind, primary, whole, parts, complete);
  }

  private void add(PartsCheck.Kind kind, Source primary, Finding whole, List<Finding> parts,
      boolean complete) {
    String key = whole.id() + "|" + parts.stream().map(Finding::id).sorted()
        .collect(Collectors.joining(","));
    checks.putIfAbsent(key, check(kind, primary, whole, parts, complete));
  }

  private static PartsCheck check(PartsCheck.Kind kind, Source primary, Finding whole,
      List<Finding> parts, boolean complete) {
    Bounds w = Bounds.of(whole.merged().value());
    Bounds looseWhole = Rounding.loose(whole.merged().value());
    Bounds zero = new Bounds(Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ZERO));
    Bounds sum = parts.stream().map(p -> Bounds.of(p.merged().value())).reduce(zero, Bounds::plus);
    Bounds looseSum = parts.stream().map(p -> Rounding.loose(p.merged().value()))
        .reduce(zero, Bounds::plus);
    BigDecimal partsLow = sum.low().orElseThrow();
    boolean below = looseWhole.high().isEmpty()
        || looseSum.low().orElseThrow().compareTo(looseWhole.high().get()) <= 0;
    boolean fits = complete ? looseSum.overlaps(looseWhole) : below;
    BigDecimal remainderLow = w.low().isPresent() && sum.high().isPresent()
        ? w.low().get().subtract(sum.high().get()).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    Optional<BigDecimal> remainderHigh = w.high()
        .map(h -> h.subtract(partsLow).max(BigDecimal.ZERO));
    List<String> exceeding = parts.stream()
        .filter(p -> Rounding.loose(p.merged().value()).low().isPresent()
            && looseWhole.isBelow(Rounding.loose(p.merged().value())))
        .map(Finding::id).collect(Collectors.toList());
    return ImmutablePartsCheck.builder()
        .kind(kind)
        .primary(primary)
        .whole(whole)
        .parts(parts)
        .partsLow(partsLow)
        .partsHigh(sum.high())
        .complete(complete)
        .fits(fits)
        .remainderLow(remainderLow)
        .remainderHigh(remainderHigh)
        .exceedingPartIds(exceeding)
        .build();
  }
}

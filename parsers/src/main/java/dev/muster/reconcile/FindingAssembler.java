package dev.muster.reconcile;

import dev.muster.Attribution;
import dev.muster.Estimate;
import dev.muster.Period;
import dev.muster.Qualifier;
import dev.muster.Quantity;
import dev.muster.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns one group of matching entries into a {@link Finding}: resolves primary sources, counts
 * echoes, lists discrepancies and merges the quantity under a {@link MergeRule}. Immutable.
 */
final class FindingAssembler {

  private static final Comparator<Source> SOURCE_ORDER = Comparator.comparing(Source::name)
      .thenComparing(Source::kind).thenComparing(s -> s.aliases().toString());

  private final MergeRule rule;

  FindingAssembler(MergeRule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** Returns the finding of the entries, which are in canonical order, one per document. */
  Finding assemble(String id, List<Entry> entries) {
    Map<String, Source> byName = canonicalSources(entries);
    List<Optional<Source>> named = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      named.add(namedPrimary(e, entries, byName));
    }
    Optional<Source> echoed = mostNamed(named);
    List<Member> members = new ArrayList<>(entries.size());
    Set<String> stated = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> entries.get(i).documentId()));
    for (int i : order) {
      Entry e = entries.get(i);
      Optional<Source> own = named.get(i);
      Source primary = own.or(() -> echoed).orElseGet(e::ownPrimary);
      ProvenanceKind kind = echoed.isEmpty() ? ProvenanceKind.UNATTRIBUTED
          : own.isPresent() && stated.add(primary.name()) ? ProvenanceKind.INDEPENDENT
          : ProvenanceKind.ECHO;
      members.add(Member.of(e.estimate(), e.publisher(), primary, kind));
    }
    List<Estimate> estimates = members.stream().map(Member::estimate)
        .collect(Collectors.toList());
    long sources = named.stream().flatMap(Optional::stream).map(Source::name).distinct().count();
    return ImmutableFinding.builder()
        .id(id)
        .measure(estimates.get(0).measure())
        .merged(merge(estimates))
        .origins(consensus(estimates, e -> Optional.of(e.cohort().origins()))
            .orElseGet(TreeSet::new))
        .category(consensus(estimates, e -> e.cohort().category()))
        .period(consensus(estimates, Estimate::period))
        .members(members)
        .provenances(provenances(members))
        .provenance(sources >= 2 ? ProvenanceKind.INDEPENDENT
            : sources == 1 ? ProvenanceKind.ECHO : ProvenanceKind.UNATTRIBUTED)
        .discrepancies(discrepancies(members))
        .build();
  }

  /** Returns one source object per name: the first in {@link #SOURCE_ORDER}. */
  private static Map<String, Source> canonicalSources(List<Entry> entries) {
    Map<String, Source> byName = new TreeMap<>();
    for (Entry e : entries) {
      for (Source s : e.estimate().attribution().chain()) {
        byName.merge(s.name(), s, (a, b) -> SOURCE_ORDER.compare(a, b) <= 0 ? a : b);
      }
    }
    return byName;
  }

  /** Returns the named source most entries give, ties to the name that sorts first. */
  private static Optional<Source> mostNamed(List<Optional<Source>> named) {
    Map<String, List<Source>> byName = new TreeMap<>();
    named.stream().flatMap(Optional::stream)
        .forEach(s -> byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s));
    List<Source> best = List.of();
    for (List<Source> l : byName.values()) {
      if (l.size() > best.size()) {
        best = l;
      }
    }
    return best.stream().findFirst();
  }

  /**
   * Returns the named primary source an entry gives itself: a decree's signer; else, for an
   * attributed figure, its primary source within the group (see {@link #primary}); empty for
   * an unattributed figure.
   */
  private static Optional<Source> namedPrimary(Entry e, List<Entry> group,
      Map<String, Source> byName) {
    Optional<Source> signer = Decrees.signer(e.estimate());
    if (signer.isPresent()) {
      return signer;
    }
    return e.estimate().attribution().isEmpty() ? Optional.empty()
        : Optional.of(primary(e, group, byName));
  }

  /**
   * Returns an attributed entry's primary source: the innermost source of the longest chains
   * in the group that extend its chain, when they all end in the same source (a retelling that
   * dropped the inner source). Failing that, when the chain's innermost source is named by no
   * other member and the chain without it is extended by the others' chains which all end in
   * one source, that source (the dropped source was the platform that relayed the figure, as
   * in "a briefing published on X"). Otherwise its own innermost source.
   */
  private static Source primary(Entry entry, List<Entry> group, Map<String, Source> byName) {
    List<String> chain = names(entry.estimate().attribution());
    List<List<String>> chains = group.stream().map(e -> names(e.estimate().attribution()))
        .filter(c -> !c.isEmpty()).distinct().collect(Collectors.toList());
    SortedSet<String> ends = ends(chain, chains);
    String last = chain.get(chain.size() - 1);
    if (ends.size() == 1) {
      if (!ends.first().equals(last)) {
        return byName.get(ends.first());
      }
      long naming = group.stream()
          .filter(e -> names(e.estimate().attribution()).contains(last)).count();
      List<List<String>> others = chains.stream().filter(c -> !c.contains(last))
          .collect(Collectors.toList());
      SortedSet<String> relayed = chain.size() > 1 && naming == 1
          ? ends(chain.subList(0, chain.size() - 1), others) : new TreeSet<>();
      if (relayed.size() == 1) {
        return byName.get(relayed.first());
      }
    }
    return byName.get(last);
  }

  /** Returns the innermost names of the longest chains that start with the prefix. */
  private static SortedSet<String> ends(List<String> prefix, List<List<String>> chains) {
    SortedSet<String> ends = new TreeSet<>();
    for (List<String> c : chains) {
      boolean maximal = chains.stream().noneMatch(o -> isProperPrefix(c, o));
      if (maximal && c.size() >= prefix.size() && c.subList(0, prefix.size()).equals(prefix)) {
        ends.add(c.get(c.size() - 1));
      }
    }
    return ends;
  }

  private static List<String> names(Attribution a) {
    return a.chain().stream().map(Source::name).collect(Collectors.toList());
  }

  private static boolean isProperPrefix(List<String> p, List<String> of) {
    return p.size() < of.size() && of.subList(0, p.size()).equals(p);
  }

  private static List<Provenance> provenances(List<Member> members) {
    Map<String, List<Member>> byPrimary = members.stream().collect(
        Collectors.groupingBy(m -> m.primary().name(), TreeMap::new, Collectors.toList()));
    return byPrimary.values().stream()
        .map(ms -> Provenance.of(ms.get(0).primary(),
            ms.stream().map(Member::documentId).sorted().collect(Collectors.toList())))
        .collect(Collectors.toList());
  }

  /** Returns the value most estimates give, ties to the one whose text sorts first. */
  private static <T> Optional<T> consensus(List<Estimate> estimates,
      Function<Estimate, Optional<T>> field) {
    Map<String, List<T>> byText = new TreeMap<>();
    for (Estimate e : estimates) {
      field.apply(e).ifPresent(v -> byText.computeIfAbsent(v.toString(), k -> new ArrayList<>())
          .add(v));
    }
    List<T> best = List.of();
    for (List<T> l : byText.values()) {
      if (l.size() > best.size()) {
        best = l;
      }
    }
    return best.stream().findFirst();
  }

  private static List<Discrepancy> discrepancies(List<Member> members) {
    List<Discrepancy> out = new ArrayList<>();
    for (Discrepancy.Field f : Discrepancy.Field.values()) {
      if (f == Discrepancy.Field.ROUNDING && !isRounded(members)) {
        continue;
      }
      Map<String, List<String>> readings = new TreeMap<>();
      for (Member m : members) {
        readings.computeIfAbsent(reading(f, m.estimate()), k -> new ArrayList<>())
            .add(m.documentId());
      }
      if (readings.size() > 1) {
        out.add(Discrepancy.of(f, readings.entrySet().stream()
            .map(r -> Discrepancy.Reading.of(r.getKey(), r.getValue()))
            .collect(Collectors.toList())));
      }
    }
    return out;
  }

  /** Returns whether the members state numbers but no number common to all of them. */
  private static boolean isRounded(List<Member> members) {
    List<Set<BigDecimal>> numbers = new ArrayList<>();
    for (Member m : members) {
      Set<BigDecimal> n = new TreeSet<>(Compatibility.statedNumbers(m.estimate().quantity()));
      if (n.isEmpty()) {
        return false;
      }
      numbers.add(n);
    }
    Set<BigDecimal> common = new TreeSet<>(numbers.get(0));
    numbers.forEach(common::retainAll);
    return common.isEmpty();
  }

  private static String reading(Discrepancy.Field f, Estimate e) {
    switch (f) {
      case VALUE: return Bounds.of(e.quantity()).toString();
      case ROUNDING: return Compatibility.statedNumbers(e.quantity()).stream()
          .map(BigDecimal::toPlainString).collect(Collectors.joining(" and "));
      case QUALIFIER: return e.quantity().qualifier().name();
      case ORIGIN: return e.cohort().origins().toString();
      case PERIOD: return e.period().map(Period::toString).orElse("none");
      case SOURCES: return e.attribution().toString();
      default: return e.likelihood().map(Object::toString).orElse("none");
    }
  }

  private MergedQuantity merge(List<Estimate> estimates) {
    List<Quantity> qs = estimates.stream().map(Estimate::quantity).collect(Collectors.toList());
    Bounds agreed = qs.stream().map(Bounds::of).reduce(Bounds::intersect).orElseThrow();
    Bounds reported = qs.stream().map(Bounds::of).reduce(Bounds::hull).orElseThrow();
    if (agreed.isEmpty()) {
      // one figure at different roundings with bounds apart ("~1680" and "1684"): what the
      // roundings agree on (every two members' roundings overlap, so all of them do)
      agreed = qs.stream().map(Rounding::loose).reduce(Bounds::intersect).orElseThrow();
      agreed = qs.get(0).isMoney() ? agreed : agreed.whole();
      agreed = agreed.isEmpty() ? reported : agreed;
    }
    Quantity agreedQ = agreedQuantity(qs, agreed);
    Quantity value = rule == MergeRule.NARROWEST_AGREED ? agreedQ : mostConservative(qs);
    return MergedQuantity.of(rule, value, agreedQ, reported.low(), reported.high());
  }

  /** Most definite qualifier first, then the canonical text. */
  private static final Comparator<Quantity> DEFINITE =
      Comparator.comparing(Quantity::qualifier).thenComparing(Quantity::toString);

  private static Quantity agreedQuantity(List<Quantity> qs, Bounds agreed) {
    Optional<Quantity> stated = qs.stream().filter(q -> Bounds.of(q).equalTo(agreed))
        .min(DEFINITE);
    if (stated.isPresent()) {
      return stated.get();
    }
    Quantity first = qs.get(0);
    boolean magnitudes = qs.stream().allMatch(q -> q.qualifier() == Qualifier.MAGNITUDE);
    Qualifier q = agreed.low().isEmpty() ? Qualifier.AT_MOST
        : agreed.high().isEmpty() ? Qualifier.AT_LEAST
        : magnitudes ? Qualifier.MAGNITUDE : Qualifier.RANGE;
    return Quantity.builder().low(agreed.low()).high(agreed.high()).qualifier(q)
        .unit(first.unit()).per(first.per()).build();
  }

  private static Quantity mostConservative(List<Quantity> qs) {
    return qs.stream().min(Comparator.comparing(Compatibility::lowestFigure,
        BigDecimal::compareTo).thenComparing(DEFINITE)).orElseThrow();
  }
}

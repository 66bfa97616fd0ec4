package dev.muster.reconcile;

import dev.muster.Estimate;
import dev.muster.Qualifier;
import dev.muster.Quantity;
import dev.muster.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reconciles the estimates of many {@link Report}s: groups the retellings of each figure into
 * one {@link Finding}, tells echoes of one primary source from independent sources, reports the
 * drift between retellings, links {@link Conflict}s and checks parts against wholes.
 *
 * <p>Immutable and thread-safe: build one and reuse it from any thread.
 *
 * <pre>{@code
 * Reconciliation r = Reconciler.defaults().reconcile(reports);
 * for (Finding f : r.withIndependentSources(2)) {
 *   System.out.println(f + " " + f.primarySources());
 * }
 * }</pre>
 *
 * <h2>Matching</h2>
 * Two estimates can be one claim when they come from different documents, have the same
 * measure, unit and rate, and:
 * <ul>
 *   <li>their quantities overlap and state a number in common: {@code 72}, {@code ~72} and
 *       {@code >72} match, {@code 72} and {@code 73} do not; or they state one figure at
 *       different roundings ("45,680" and "more than 45,000", "over 620" and "more than 600",
 *       "5,937" and "under 6,000", "about 12,000" and "11,800"; never {@code >1500} and
 *       {@code 2000}: see {@link Discrepancy.Field#ROUNDING}); a magnitude ("hundreds")
 *       matches only an overlapping magnitude of the same, named origins;
 *   <li>their origin sets are equal, share an origin (a subset, or drift such as
 *       {@code [south-asia, east-asia]} against {@code [south-asia, southeast-asia]}), or one is
 *       empty and the other {@code [foreign]}; an empty set matches nothing else;
 *   <li>their kinds of people (convicts, volunteers ...) and places of recruitment are equal
 *       where both say;
 *   <li>their periods share a day and neither is a small part of the other (a month's figure
 *       is not the year's), or either has none.
 * </ul>
 * Estimates are taken in canonical order (document id, evidence offsets, then their full text);
 * each joins the finding whose every member it matches and that has no member from its
 * document, choosing the closest (equal quantity, a number in common, origins, period) and then
 * the oldest, or starts a new finding. A document therefore never gives one finding two
 * members, and the result depends only on the set of estimates, never on their order.
 *
 * <h2>Sources</h2>
 * A member's primary source is the innermost source of its attribution chain. A chain that is a
 * prefix of longer chains in the same finding which all end in one source (a retelling that
 * dropped "citing Vazhnye Istorii") takes that source. A figure in a sentence about a decree is
 * the signer's ("Vladimir Putin signed a decree ..., the Kremlin said" is Vladimir Putin's). An
 * unattributed figure is no independent statement: it echoes the named source most members of
 * its finding give, or, when none names one, is the outlet's own (the report's publisher, or
 * {@code outlet:<documentId>}). Only named sources count as independent
 * ({@link Finding#independentCount()}); each member and finding says how it stands
 * ({@link ProvenanceKind}).
 *
 * <h2>Conflicts</h2>
 * Two findings conflict ({@link Conflict.Reason}) when they count the same people (equal,
 * named origins and equal kinds) in the same unit and rate, and:
 * <ul>
 *   <li>{@code BOUNDS}: same measure and the same time (periods whose starts and ends lie
 *       within a month of each other; with no period, one sentence states both), and their
 *       agreed bounds are apart even read as roundings; when one source gives both figures,
 *       only if that sentence sets them against each other ("while", "but" ...);
 *   <li>{@code PERIOD}: same measure, counted over time, one period a clear part of the other
 *       (both closed, at most a third) and its figure above the whole's;
 *   <li>{@code MEASURE}: killed or wounded above the casualties of the same time.
 * </ul>
 * Plans ({@link dev.muster.Measure#FORCE_TARGET}), payments and {@code OTHER} are never
 * checked, nor a whole against a part of a parts check that fits.
 *
 * <h2>Parts and wholes</h2>
 * A total is checked against its parts ({@link PartsCheck.Kind}): by origin (findings of one
 * named source in a document of the whole, with origins narrower than its own: {@code foreign}
 * holds all but {@code RU}; {@code asia}, {@code africa}, {@code europe} and
 * {@code latin-america} hold their sub-regions; the broadest with disjoint origins are the
 * parts); by kind of people; by measure (killed and wounded against casualties); by period
 * (disjoint parts of a closed period); and as a subset the text marks with "of them", "of
 * whom", "among them" or "including".
 */
public final class Reconciler {

  private static final Reconciler DEFAULTS = builder().build();

  private final MergeRule mergeRule;

  private Reconciler(MergeRule mergeRule) {
    this.mergeRule = mergeRule;
  }

  /** Returns the reconciler with default settings: {@link MergeRule#NARROWEST_AGREED}. */
  public static Reconciler defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the rule that merges the quantities of a finding. */
  public MergeRule mergeRule() {
    return mergeRule;
  }

  /**
   * Reconciles the estimates of the given reports. Each estimate carries its report's
   * publisher; an estimate given twice counts once.
   *
   * @param reports not null, nor any of its elements
   * @return the reconciliation, empty for no reports
   */
  public Reconciliation reconcile(Collection<Report> reports) {
    Objects.requireNonNull(reports, "reports");
    List<Entry> entries = new ArrayList<>();
    for (Report r : reports) {
      Objects.requireNonNull(r, "a report in reports");
      for (Estimate e : r.estimates()) {
        entries.add(new Entry(e, r.publisher()));
      }
    }
    return reconcileEntries(entries);
  }

  /** Returns the reconciliation of no reports, the identity of merging. */
  public Reconciliation empty() {
    return reconcile(List.of());
  }

  Reconciliation reconcileEntries(Collection<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(new LinkedHashSet<>(entries));
    sorted.sort(Entry.ORDER);
    List<List<Entry>> groups = group(sorted);
    groups.sort(Comparator.comparing((List<Entry> g) -> g.get(0).estimate().measure())
        .thenComparing(g -> -g.size())
        .thenComparing(g -> g.get(0), Entry.ORDER));
    FindingAssembler assembler = new FindingAssembler(mergeRule);
    List<Finding> findings = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      findings.add(assembler.assemble("F" + (i + 1), groups.get(i)));
    }
    List<PartsCheck> checks = Breakdowns.find(findings);
    return ImmutableReconciliation.builder()
        .rule(mergeRule)
        .findings(findings)
        .conflicts(Conflicts.find(findings, checks))
        .partsChecks(checks)
        .build();
  }

  /**
   * Groups entries in canonical order into claims; each group holds one entry per document.
   * An entry can only join a group whose first member states a number in common with it or
   * within {@link Rounding#MAX_DRIFT} of one of its numbers (a magnitude, another magnitude):
   * groups are looked up by the scale of their first member's numbers, and candidates are
   * tried in the order the groups were made, as if every group of the block were tried.
   */
  private static List<List<Entry>> group(List<Entry> sorted) {
    List<List<Entry>> groups = new ArrayList<>();
    Map<String, Map<Long, List<Integer>>> byKey = new HashMap<>();
    for (Entry e : sorted) {
      Map<Long, List<Integer>> byScale = byKey.computeIfAbsent(blockKey(e.estimate()),
          k -> new HashMap<>());
      TreeSet<Integer> candidates = new TreeSet<>();
      for (long scale : scales(e.estimate().quantity(), 1)) {
        candidates.addAll(byScale.getOrDefault(scale, List.of()));
      }
      List<Entry> best = null;
      int bestScore = 0;
      for (int c : candidates) {
        List<Entry> g = groups.get(c);
        int score = 0;
        for (Entry m : g) {
          if (!Compatibility.sameClaim(m.estimate(), e.estimate())) {
            score = -1;
            break;
          }
          score += Compatibility.closeness(m.estimate(), e.estimate());
        }
        if (score > bestScore) {
          best = g;
          bestScore = score;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        for (long scale : scales(e.estimate().quantity(), 0)) {
          byScale.computeIfAbsent(scale, k -> new ArrayList<>()).add(groups.size());
        }
        groups.add(best);
      }
      best.add(e);
    }
    return groups;
  }

  /** The scale of every magnitude ("hundreds"), which states no number. */
  private static final long VAGUE = Long.MIN_VALUE;

  /** The width of a scale step: wider than the largest rounding drift. */
  private static final double STEP = Math.log(1.06);

  /**
   * Returns the scales of the numbers a quantity states, each with its {@code spread}
   * neighbours: two numbers within {@link Rounding#MAX_DRIFT} of each other are at most one
   * step apart.
   */
  private static Set<Long> scales(Quantity q, int spread) {
    Set<Long> out = new TreeSet<>();
    if (q.qualifier() == Qualifier.MAGNITUDE) {
      out.add(VAGUE);
      return out;
    }
    for (BigDecimal x : Compatibility.statedNumbers(q)) {
      long s = x.signum() == 0 ? VAGUE + 1 : (long) Math.floor(Math.log(x.doubleValue()) / STEP);
      for (long d = -spread; d <= spread; d++) {
        out.add(s + d);
      }
    }
    return out;
  }

  private static String blockKey(Estimate e) {
    return e.measure() + "|" + e.quantity().unit() + "|" + e.quantity().per();
  }

  /** A builder of {@link Reconciler}; each option may be set once. */
  public static final class Builder {
    private Optional<MergeRule> mergeRule = Optional.empty();

    private Builder() {}

    /**
     * Sets how a finding's quantities are merged (default {@link MergeRule#NARROWEST_AGREED}).
     *
     * @param rule not null
     * @throws IllegalStateException if already set
     */
    public Builder mergeRule(MergeRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (mergeRule.isPresent()) {
        throw new IllegalStateException("mergeRule was already set to " + mergeRule.get());
      }
      mergeRule = Optional.of(rule);
      return this;
    }

    /** Returns the reconciler. */
    public Reconciler build() {
      return new Reconciler(mergeRule.orElse(MergeRule.NARROWEST_AGREED));
    }
  }
}

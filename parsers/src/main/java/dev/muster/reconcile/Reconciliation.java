package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of reconciling many reports: the findings (one claim each, with members, primary
 * sources, echo counts, discrepancies and merged quantity), the conflicts between findings and
 * the checks of parts against wholes.
 *
 * <p>Immutable and thread-safe; treat as a value. Everything is in a canonical order that does
 * not depend on the order of the input, so two reconciliations of the same estimates are equal.
 * Reconciliations of separate batches {@linkplain #merge(Reconciliation) merge} into the
 * reconciliation of all of them:
 *
 * <pre>{@code
 * Reconciler reconciler = Reconciler.defaults();
 * Reconciliation all = reconciler.reconcile(batchA).merge(reconciler.reconcile(batchB));
 * // all.equals(reconciler.reconcile(batchA ∪ batchB))
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReconciliation.class)
@JsonDeserialize(as = ImmutableReconciliation.class)
public abstract class Reconciliation {

  /** Returns the rule the findings' quantities were merged with. */
  public abstract MergeRule rule();

  /**
   * Returns the findings: by measure, then most documents first, then by their first member's
   * document and position.
   */
  public abstract List<Finding> findings();

  /** Returns the conflicts, in the order of their first, then second finding. */
  public abstract List<Conflict> conflicts();

  /** Returns the parts checks, in the order of their whole, then primary source name. */
  public abstract List<PartsCheck> partsChecks();

  /** Returns every member of every finding, in canonical order. */
  public List<Member> members() {
    return findings().stream().flatMap(f -> f.members().stream())
        .sorted((a, b) -> Entry.ORDER.compare(Entry.of(a), Entry.of(b)))
        .collect(Collectors.toList());
  }

  /** Returns the finding with the given id ({@code F1} ...), if there is one. */
  public Optional<Finding> finding(String id) {
    Objects.requireNonNull(id, "id");
    return findings().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * Returns the findings stated by at least {@code n} independent primary sources.
   *
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public List<Finding> withIndependentSources(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the number of independent sources must be at least 1, got "
          + n);
    }
    return findings().stream().filter(f -> f.independentCount() >= n)
        .collect(Collectors.toList());
  }

  /**
   * Returns the reconciliation of this one's estimates together with the other's: equal to
   * reconciling all their reports at once, whatever the split and the order. Merging is
   * commutative and associative; an estimate present in both counts once.
   *
   * @param other not null
   * @throws IllegalArgumentException if the two were made with different merge rules
   */
  public Reconciliation merge(Reconciliation other) {
    Objects.requireNonNull(other, "other");
    if (other.rule() != rule()) {
      throw new IllegalArgumentException("cannot merge a reconciliation made with rule " + rule()
          + " with one made with rule " + other.rule() + ": reconcile both with the same rule");
    }
    List<Entry> entries = new ArrayList<>();
    for (Finding f : findings()) {
      f.members().forEach(m -> entries.add(Entry.of(m)));
    }
    for (Finding f : other.findings()) {
      f.members().forEach(m -> entries.add(Entry.of(m)));
    }
    return Reconciler.builder().mergeRule(rule()).build().reconcileEntries(entries);
  }

  /** Returns the findings, parts checks and conflicts, one per line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Reconciliation[" + rule() + ", " + findings().size()
        + " findings, " + partsChecks().size() + " parts checks, " + conflicts().size()
        + " conflicts]");
    findings().forEach(f -> s.append("\n  ").append(f));
    partsChecks().forEach(p -> s.append("\n  parts: ").append(p));
    conflicts().forEach(c -> s.append("\n  conflict: ").append(c));
    return s.toString();
  }
}

package dev.muster.reconcile;

import dev.muster.Estimate;
import dev.muster.Source;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One estimate given to the reconciler with its report's publisher: the unit of state a
 * {@link Reconciliation} keeps so that merging can recompute everything. Immutable.
 */
record Entry(Estimate estimate, Optional<String> publisher) {

  /** The canonical order: document, evidence span, then the estimate's full text. */
  static final Comparator<Entry> ORDER = Comparator
      .comparing((Entry e) -> e.estimate().documentId())
      .thenComparingInt(e -> e.estimate().evidence().start())
      .thenComparingInt(e -> e.estimate().evidence().end())
      .thenComparing(Entry::tieBreak);

  static Entry of(Member m) {
    return new Entry(m.estimate(), m.publisher());
  }

  String documentId() {
    return estimate.documentId();
  }

  /** Returns the text that tells apart two entries of one span: everything else they hold. */
  private String tieBreak() {
    return estimate + "|" + estimate.attribution().chain().stream()
        .map(s -> s.kind() + ":" + s.aliases()).collect(Collectors.joining(","))
        + "|" + estimate.cohort().category() + "|" + publisher.orElse("");
  }

  /** Returns the innermost source of the chain, or the outlet's own for an unattributed one. */
  Source ownPrimary() {
    return estimate.attribution().primary()
        .orElseGet(() -> Member.ownSource(documentId(), publisher));
  }
}

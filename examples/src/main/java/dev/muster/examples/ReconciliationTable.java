package dev.muster.examples;

import dev.muster.reconcile.Conflict;
import dev.muster.reconcile.Discrepancy;
import dev.muster.reconcile.Finding;
import dev.muster.reconcile.Member;
import dev.muster.reconcile.PartsCheck;
import dev.muster.reconcile.Provenance;
import dev.muster.reconcile.ProvenanceKind;
import dev.muster.reconcile.Reconciliation;
import java.util.Objects;

/**
 * Writes a {@link Reconciliation} as text for people: each finding with its merged quantity,
 * origin, members (each with its provenance), primary sources, echo count, provenance and
 * discrepancies, then the parts checks (each with its kind) and the conflicts (each with its
 * reason). Immutable and thread-safe.
 */
final class ReconciliationTable {

  private ReconciliationTable() {}

  private static String gloss(ProvenanceKind k) {
    switch (k) {
      case INDEPENDENT: return "two or more named sources";
      case ECHO: return "one named source";
      default: return "no named source";
    }
  }

  /** Returns the table, lines ending in {@code \n}. */
  static String render(Reconciliation r) {
    Objects.requireNonNull(r, "r");
    StringBuilder s = new StringBuilder();
    s.append("Findings: ").append(r.findings().size()).append(" (")
        .append(r.members().size()).append(" estimates, merge rule ").append(r.rule())
        .append(")\n");
    for (Finding f : r.findings()) {
      s.append('\n').append(f.id()).append("  ").append(f.measure()).append("  ")
          .append(f.merged().value()).append("  origin ").append(f.origins())
          .append(f.category().map(c -> "  category " + c).orElse(""))
          .append(f.period().map(p -> "  period " + p).orElse("")).append('\n');
      s.append("    merged: ").append(f.merged().value()).append("; agreed ")
          .append(f.merged().agreed()).append("; reported ").append(f.merged().reportedText())
          .append('\n');
      s.append("    ").append(f.members().size()).append(" documents, ")
          .append(f.independentCount()).append(" independent, ").append(f.echoCount())
          .append(" echoes; provenance ").append(f.provenance()).append(" (")
          .append(gloss(f.provenance())).append(")\n");
      for (Provenance p : f.provenances()) {
        s.append("    primary: ").append(p.primary().name()).append(" <- ")
            .append(String.join(", ", p.documentIds())).append('\n');
      }
      for (Member m : f.members()) {
        s.append("    member: ").append(m.documentId()).append(" \"").append(m.mention())
            .append("\" ").append(m.attribution()).append(' ').append(m.provenance())
            .append('\n');
      }
      for (Discrepancy d : f.discrepancies()) {
        s.append("    differs: ").append(d).append('\n');
      }
    }
    s.append("\nParts checks: ").append(r.partsChecks().size()).append('\n');
    for (PartsCheck p : r.partsChecks()) {
      s.append("  ").append(p).append('\n');
    }
    s.append("\nConflicts: ").append(r.conflicts().size()).append('\n');
    for (Conflict c : r.conflicts()) {
      s.append("  ").append(c).append('\n');
    }
    return s.toString();
  }
}

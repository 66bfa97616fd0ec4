package dev.muster.reconcile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.muster.CohortCategory;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Source;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One claim: the estimates of different documents that state the same figure about the same
 * thing (same measure, unit and rate; compatible quantity, cohort and period), at most one per
 * document. A figure only one document states is a finding with one member.
 *
 * <p>Immutable and thread-safe; treat as a value. Its {@link #id()} ({@code F1}, {@code F2}
 * ...) is its place in the canonical order of its {@link Reconciliation} and is only meaningful
 * there.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  /** Returns the id within its reconciliation, {@code F1} for the first finding. */
  public abstract String id();

  /** Returns what is counted. */
  public abstract Measure measure();

  /** Returns the merged quantity, with the agreed interval and the envelope of what was said. */
  public abstract MergedQuantity merged();

  /**
   * Returns the origins most members state (ties go to the origin set whose text sorts first);
   * the others show up as an {@link Discrepancy.Field#ORIGIN} discrepancy.
   */
  @Value.NaturalOrder
  public abstract SortedSet<Origin> origins();

  /**
   * Returns the kind of people most members that name one state (convicts, volunteers ...),
   * chosen like {@link #origins()}.
   */
  public abstract Optional<CohortCategory> category();

  /** Returns the period most members that give one state, chosen like {@link #origins()}. */
  public abstract Optional<Period> period();

  /** Returns the members, one per document, sorted by document id. */
  public abstract List<Member> members();

  /**
   * Returns the primary sources with the documents relaying each, sorted by source name: the
   * named ones, or, when no member names a source, each outlet's own.
   */
  public abstract List<Provenance> provenances();

  /**
   * Returns how many named primary sources back the figure: {@link ProvenanceKind#INDEPENDENT}
   * for two or more, {@link ProvenanceKind#ECHO} for one (however many documents relay it),
   * {@link ProvenanceKind#UNATTRIBUTED} for none.
   */
  public abstract ProvenanceKind provenance();

  /** Returns the fields the members differ in, in {@link Discrepancy.Field} order. */
  public abstract List<Discrepancy> discrepancies();

  /** Returns the primary sources, sorted by name. */
  public List<Source> primarySources() {
    return provenances().stream().map(Provenance::primary).collect(Collectors.toList());
  }

  /** Returns the ids of the documents stating the figure, sorted. */
  public List<String> documentIds() {
    return members().stream().map(Member::documentId).collect(Collectors.toList());
  }

  /**
   * Returns the number of distinct named primary sources: the independent statements. An
   * unattributed figure is not one: it is an echo, or the outlet's own.
   */
  public int independentCount() {
    return (int) members().stream().filter(Member::isNamed).map(m -> m.primary().name())
        .distinct().count();
  }

  /**
   * Returns the number of members that relay a named primary source another member states
   * first, with or without naming it ({@link ProvenanceKind#ECHO}).
   */
  public int echoCount() {
    return (int) members().stream().filter(m -> m.provenance() == ProvenanceKind.ECHO).count();
  }

  /** Returns whether the members differ in the given field. */
  public boolean hasDiscrepancy(Discrepancy.Field field) {
    return discrepancy(field).isPresent();
  }

  /** Returns the discrepancy in the given field, if the members differ in it. */
  public Optional<Discrepancy> discrepancy(Discrepancy.Field field) {
    return discrepancies().stream().filter(d -> d.field() == field).findFirst();
  }

  @Value.Check
  protected void check() {
    if (members().isEmpty()) {
      throw new IllegalArgumentException("finding " + id() + " needs at least one member");
    }
    long documents = members().stream().map(Member::documentId).distinct().count();
    if (documents != members().size()) {
      throw new IllegalArgumentException("finding " + id()
          + " must have at most one member per document, got " + documentIds());
    }
  }

  /**
   * Returns e.g. {@code F1 RECRUITED >1500 [foreign] 2023-04/2024-05: 4 documents, 1
   * independent, 3 echoes, ECHO}.
   */
  @Override
  public String toString() {
    return id() + " " + measure() + " " + merged().value() + " " + origins()
        + period().map(p -> " " + p).orElse("") + ": " + members().size() + " documents, "
        + independentCount() + " independent, " + echoCount() + " echoes, " + provenance();
  }
}

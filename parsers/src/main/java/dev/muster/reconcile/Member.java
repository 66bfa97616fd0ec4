package dev.muster.reconcile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.muster.Attribution;
import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One document's statement of a {@link Finding}: the estimate as read (document, evidence,
 * attribution chain), the outlet that published it when known, and the primary source the
 * reconciler resolved for it within its finding.
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public abstract class Member {

  /** The prefix of the name of an unattributed figure's own source: {@code outlet:<id>}. */
  public static final String OUTLET_PREFIX = "outlet:";

  /** Returns the estimate as the document states it. */
  public abstract Estimate estimate();

  /** Returns the outlet that published the document, when its report says. */
  public abstract Optional<String> publisher();

  /**
   * Returns the primary source: for a figure from a decree, the decree's signer; otherwise the
   * innermost source of the attribution chain, or, for a chain that stops short of another
   * member's longer chain (it is a prefix of it), that chain's innermost source. An
   * unattributed figure echoes the named primary source most members of its finding give (ties
   * to the name that sorts first), or, when no member names one, is {@link #ownSource()}.
   */
  public abstract Source primary();

  /**
   * Returns how this document stands to the primary source: {@link ProvenanceKind#INDEPENDENT}
   * for the first document (by id) that names it, {@link ProvenanceKind#ECHO} for the others
   * and for unattributed retellings of a named source, {@link ProvenanceKind#UNATTRIBUTED} when
   * no member of the finding names a source.
   */
  public abstract ProvenanceKind provenance();

  /** Returns whether the primary source is a named one, not the outlet's own. */
  @JsonIgnore
  public boolean isNamed() {
    return provenance() != ProvenanceKind.UNATTRIBUTED;
  }

  /** Returns the id of the document that states the figure. */
  public String documentId() {
    return estimate().documentId();
  }

  /** Returns the quantity's words as in the text. */
  public String mention() {
    return estimate().mention();
  }

  /** Returns the span of text the figure was read from. */
  public Evidence evidence() {
    return estimate().evidence();
  }

  /** Returns who the document attributes the figure to, outermost first. */
  public Attribution attribution() {
    return estimate().attribution();
  }

  /**
   * Returns the source of a figure the document attributes to nobody: the publishing outlet
   * (a {@link SourceKind#MEDIA_OUTLET} named by {@link #publisher()}), or, when the publisher is
   * unknown, the document itself as {@code outlet:<documentId>}.
   */
  public Source ownSource() {
    return ownSource(documentId(), publisher());
  }

  static Source ownSource(String documentId, Optional<String> publisher) {
    return Source.of(publisher.orElse(OUTLET_PREFIX + documentId), SourceKind.MEDIA_OUTLET);
  }

  static Member of(Estimate estimate, Optional<String> publisher, Source primary,
      ProvenanceKind provenance) {
    return ImmutableMember.builder().estimate(estimate).publisher(publisher).primary(primary)
        .provenance(provenance).build();
  }

  @Override
  public String toString() {
    return documentId() + " \"" + mention() + "\" " + attribution() + " => " + primary() + " ("
        + provenance() + ")";
  }
}

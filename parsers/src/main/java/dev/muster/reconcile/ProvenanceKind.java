package dev.muster.reconcile;

/**
 * Whether a figure rests on named sources: for a {@link Member}, how its document stands to the
 * finding's primary sources; for a {@link Finding}, how many named primary sources back it.
 *
 * <p>Only named sources count: a figure a document attributes to nobody is the outlet's own,
 * and when another member of its finding names a source it is an echo of that source, not an
 * independent statement. Immutable and thread-safe, like every enum.
 */
public enum ProvenanceKind {
  /**
   * A member that is the first statement (by document id) of its named primary source; a
   * finding that at least two named primary sources state independently.
   */
  INDEPENDENT,
  /**
   * A member that relays a named primary source another member states first, with or without
   * naming it (an unattributed echo); a finding with exactly one named primary source, however
   * many documents relay it.
   */
  ECHO,
  /** A member or finding whose figure no document attributes to a named source. */
  UNATTRIBUTED
}

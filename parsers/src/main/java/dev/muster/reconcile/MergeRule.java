package dev.muster.reconcile;

/**
 * How a {@link Finding}'s members' quantities are merged into one value.
 *
 * <p>Immutable and thread-safe, like every enum. Whatever the rule, a {@link MergedQuantity}
 * also keeps the interval all members agree on and the envelope of what they reported.
 */
public enum MergeRule {
  /**
   * The narrowest interval every member agrees on: the intersection of the members' bounds.
   * When a member states exactly that interval its quantity is used (the most definite
   * qualifier first: {@code 72} before {@code ~72}); otherwise the intersection is written as a
   * range ({@code AT_LEAST}, {@code AT_MOST} or {@code RANGE}; {@code MAGNITUDE} when every
   * member is a magnitude). The default.
   */
  NARROWEST_AGREED,
  /**
   * ACLED's "most conservative estimate": the member quantity that states the lowest figure
   * (its low bound, or its high bound when it has none), as reported. Ties go to the most
   * definite qualifier ({@code 72} before {@code ~72}).
   */
  MOST_CONSERVATIVE
}

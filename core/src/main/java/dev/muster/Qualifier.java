package dev.muster;

/**
 * How a quantity's bounds relate to the number the text states.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum Qualifier {
  /** A plain number: low = high. */
  EXACT(true, true),
  /** "about", "around", "some", "nearly": low = high, hedged. */
  APPROXIMATE(true, true),
  /** "over", "more than": a low bound only, exclusive in the text, stored inclusive. */
  MORE_THAN(true, false),
  /** "at least", "no fewer than": a low bound only. */
  AT_LEAST(true, false),
  /** "fewer than", "under": a high bound only. */
  LESS_THAN(false, true),
  /** "up to", "as many as": a high bound only. */
  AT_MOST(false, true),
  /** "between X and Y", "X-Y": both bounds. */
  RANGE(true, true),
  /** "hundreds", "thousands", "dozens": both bounds, from the size of the word. */
  MAGNITUDE(true, true);

  private final boolean hasLow;
  private final boolean hasHigh;

  Qualifier(boolean hasLow, boolean hasHigh) {
    this.hasLow = hasLow;
    this.hasHigh = hasHigh;
  }

  /** Returns whether a quantity with this qualifier has a low bound. */
  public boolean hasLow() {
    return hasLow;
  }

  /** Returns whether a quantity with this qualifier has a high bound. */
  public boolean hasHigh() {
    return hasHigh;
  }

  /** Returns whether the low and high bounds must be equal (a point value). */
  public boolean isPoint() {
    return this == EXACT || this == APPROXIMATE;
  }
}

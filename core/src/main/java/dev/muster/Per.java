package dev.muster;

/**
 * The time unit of a rate: "$2,000 a month" is per {@link #MONTH}.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum Per {
  DAY,
  WEEK,
  MONTH,
  YEAR
}

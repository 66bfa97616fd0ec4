package dev.muster;

/**
 * How precisely the text gave a date: "1 March 2025" is {@link #DAY}, "March 2025"
 * {@link #MONTH}, "2025" {@link #YEAR}.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}

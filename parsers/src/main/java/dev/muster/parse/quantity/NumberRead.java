package dev.muster.parse.quantity;

import java.math.BigDecimal;

/**
 * A number read at a token position by a language's {@link Numerals}: its value, or the bounds
 * of a vague magnitude ("hundreds"), and the token after it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value, or null for a magnitude or a malformed number
 * @param magLow the lower bound of a magnitude
 * @param magHigh the upper bound of a magnitude
 * @param magnitude whether it is a vague magnitude
 * @param words whether it is written in words
 * @param scaled whether a scale word multiplied it ("1.5 million")
 * @param malformed whether it is digit groups that do not form a number ("1 000 5"); never a quantity
 * @param end the token after the number
 */
public record NumberRead(BigDecimal value, long magLow, long magHigh, boolean magnitude, boolean words,
    boolean scaled, boolean malformed, int end) {

  /** A number with a value. */
  static NumberRead of(BigDecimal value, boolean words, boolean scaled, int end) {
    return new NumberRead(value, 0, 0, false, words, scaled, false, end);
  }

  /** A vague magnitude from {@code low} to {@code high}. */
  static NumberRead magnitude(long low, long high, int end) {
    return new NumberRead(null, low, high, true, true, false, false, end);
  }

  /** Digit groups that do not form a number, up to {@code end}. */
  static NumberRead malformed(int end) {
    return new NumberRead(null, 0, 0, false, false, false, true, end);
  }

  /** This number, marked as multiplied by a scale word when {@code scaled} is true. */
  NumberRead withScaled(boolean scaled) {
    return !scaled || this.scaled ? this : new NumberRead(value, magLow, magHigh, magnitude, words, true, malformed, end);
  }
}

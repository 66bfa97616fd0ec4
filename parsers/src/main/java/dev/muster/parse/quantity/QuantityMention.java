package dev.muster.parse.quantity;

import dev.muster.Per;
import dev.muster.Qualifier;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A quantity found in a sentence's tokens, before it is classified: its token span, its bounds
 * and qualifier, and its currency and rate for money.
 *
 * <p>Immutable and thread-safe. The bounds, the currency and the rate are null when absent (a
 * mention is made and read many times a sentence, so they are not wrapped).
 *
 * @param first the first token of the mention (the qualifier or currency when there is one)
 * @param end the token after the mention (after the number, scale word, currency word or range end)
 * @param numberStart the first token of the number itself
 * @param low the lower bound, or null
 * @param high the upper bound, or null
 * @param qualifier how the bounds relate to the number
 * @param unit the currency of money, or null for a count
 * @param per the rate of money or a count, or null
 * @param words whether it is written in words ("two", "a dozen"), not digits
 * @param value the value of the (first) number as written, for small-number rules
 * @param magnitude whether it is a vague magnitude such as "hundreds"
 */
public record QuantityMention(int first, int end, int numberStart, BigDecimal low, BigDecimal high,
    Qualifier qualifier, Currency unit, Per per, boolean words, BigDecimal value, boolean magnitude) {

  /** Whether it is money: it has a currency. */
  public boolean isMoney() {
    return unit != null;
  }

  /** Returns a copy with the rate {@code per} (null for none). */
  public QuantityMention withPer(Per per) {
    return new QuantityMention(first, end, numberStart, low, high, qualifier, unit, per, words, value, magnitude);
  }

  /** Returns a copy with the currency {@code unit}. */
  public QuantityMention withUnit(Currency unit) {
    return new QuantityMention(first, end, numberStart, low, high, qualifier, unit, per, words, value, magnitude);
  }

  /**
   * Returns a copy that is a bound: {@code AT_LEAST} keeps the low end and opens the high one,
   * {@code AT_MOST} the other way round.
   */
  public QuantityMention asBound(Qualifier bound) {
    boolean floor = bound == Qualifier.AT_LEAST;
    return new QuantityMention(first, end, numberStart, floor ? low : null, floor ? null : high, bound, unit, per,
        words, value, magnitude);
  }

  /** The lower bound, or the upper one for a quantity with no lower bound. */
  public BigDecimal lowOrHigh() {
    return low != null ? low : high;
  }

  @Override
  public String toString() {
    return qualifier + " " + low + ".." + high + (unit == null ? "" : " " + unit) + (per == null ? "" : "/" + per);
  }
}

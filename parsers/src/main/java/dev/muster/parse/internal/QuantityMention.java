package dev.muster.parse.internal;

import dev.muster.Per;
import dev.muster.Qualifier;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A quantity found in a sentence's tokens, before it is classified: its token span, its bounds
 * and qualifier, and its currency and rate for money. Mutable while a sentence is analysed;
 * confined to one parse call.
 */
final class QuantityMention {
  /** First token of the mention (the qualifier or currency when there is one). */
  int first;
  /** Token after the mention (after the number, scale word, currency word or range end). */
  int end;
  /** First token of the number itself. */
  int numberStart;
  BigDecimal low;
  BigDecimal high;
  Qualifier qualifier = Qualifier.EXACT;
  Currency unit;
  Per per;
  /** Written in words ("two", "a dozen"), not digits. */
  boolean words;
  /** The value of the (first) number as written, for small-number rules. */
  BigDecimal value;
  /** A vague magnitude such as "hundreds". */
  boolean magnitude;

  boolean isMoney() {
    return unit != null;
  }

  @Override
  public String toString() {
    return qualifier + " " + low + ".." + high + (unit == null ? "" : " " + unit) + (per == null ? "" : "/" + per);
  }
}

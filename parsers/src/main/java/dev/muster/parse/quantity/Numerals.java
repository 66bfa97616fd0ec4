package dev.muster.parse.quantity;

import dev.muster.parse.token.Token;
import java.math.BigDecimal;
import java.util.List;

/**
 * A language's number grammar: how numbers are written in digits (group and decimal separators,
 * scale words such as "million" or "тыс."), in words ("one hundred and fifty"), and as vague
 * magnitudes ("hundreds"). The one place a language pack changes to read its numbers; the
 * {@link QuantityFinder} builds mentions (qualifiers, ranges, money, rates) on top of it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Numerals {

  /** Returns the number that starts at token {@code i}, or null when none does. */
  NumberRead read(List<Token> t, int i);

  /**
   * Returns the scale the last token of a number stands for ("million" in "1-2 million"), or
   * null: a range's first number shares it.
   */
  BigDecimal scaleOf(Token last);

  /** Whether {@code t} is a number word or scale word of the language ("two", "million", "k"). */
  boolean isNumberWord(Token t);
}

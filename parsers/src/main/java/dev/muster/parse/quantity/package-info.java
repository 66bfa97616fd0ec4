/**
 * Stage quantity: {@link dev.muster.parse.quantity.QuantityFinder} finds the quantities of a
 * sentence (qualifiers, ranges, money, rates) on top of a language's number grammar ({@link
 * dev.muster.parse.quantity.Numerals}, for English {@link
 * dev.muster.parse.quantity.EnglishNumerals}), and leaves out numbers that are no count. Not
 * part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.quantity;

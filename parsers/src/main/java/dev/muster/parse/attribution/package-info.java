/**
 * Stage attribution: {@link dev.muster.parse.attribution.AttributionFinder} finds who a sentence
 * attributes its figures to ({@link dev.muster.parse.attribution.SentenceAttribution}), from the
 * source names {@link dev.muster.parse.attribution.SourceNames} finds. Not part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.attribution;

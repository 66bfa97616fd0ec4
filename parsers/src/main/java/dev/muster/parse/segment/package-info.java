/**
 * Stage segment: {@link dev.muster.parse.segment.Segmenter} cuts a document into paragraphs,
 * sentences and tokens, and marks the sentences the rules skip ({@link
 * dev.muster.parse.segment.SkipReason}). Not part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.segment;

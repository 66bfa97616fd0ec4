/**
 * Stage time: {@link dev.muster.parse.time.TimeFinder} finds a sentence's time expressions and
 * resolves them against the document's date into {@link dev.muster.parse.time.DatedSpan}s. Not
 * part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.time;

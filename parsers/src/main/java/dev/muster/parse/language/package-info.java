/**
 * The language seam: a {@link dev.muster.parse.language.Language} is a lexicon, the locale of
 * its sentence rules and its number grammar: {@link dev.muster.parse.language.English}, and {@link
 * dev.muster.parse.language.Continental} for Russian, Ukrainian, German and Italian. Not part of
 * the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.language;

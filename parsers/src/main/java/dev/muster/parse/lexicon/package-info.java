/**
 * The words, phrases and patterns of a language, as data: {@link
 * dev.muster.parse.lexicon.Lexicon} loads the files of {@code lexicon/<lang>/} (formats in {@code
 * lexicon/README.md}) and the shared {@code sources.tsv} into one immutable instance per
 * language. Not part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.lexicon;

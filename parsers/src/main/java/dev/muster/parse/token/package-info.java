/**
 * The text as tokens and the lookups over them, shared by every stage after read: {@link
 * dev.muster.parse.token.Tokenizer} cuts text into {@link dev.muster.parse.token.Token}s whose
 * keys are numbered in a lexicon's {@link dev.muster.parse.token.Vocabulary}; {@link
 * dev.muster.parse.token.Words} (a word class) and {@link dev.muster.parse.token.PhraseIndex}
 * (longest phrase at a token) answer from those numbers. Not part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.token;

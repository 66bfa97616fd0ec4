/**
 * Stage classify: {@link dev.muster.parse.classify.Classifier} turns a sentence's quantities,
 * time expressions and attribution into candidate {@link dev.muster.parse.classify.Figure}s, each
 * with its measure, origins, period, rate and likelihood. Not part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.classify;

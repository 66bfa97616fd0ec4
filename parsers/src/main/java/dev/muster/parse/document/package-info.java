/**
 * Stage document: what depends on more than one sentence. {@link
 * dev.muster.parse.document.Topics} reads what a document is about; {@link
 * dev.muster.parse.document.Carryover} carries sources and context from sentence to sentence in
 * an immutable {@link dev.muster.parse.document.DocumentContext}; {@link
 * dev.muster.parse.document.Breakdowns}, {@link dev.muster.parse.document.DocumentOrigins} and
 * {@link dev.muster.parse.document.Claims} apply the whole-document rules, and {@link
 * dev.muster.parse.document.Estimates} makes the estimates. Not part of the API.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}; values documented as absent may be null in the
 * records on the hot path (a quantity's bounds, a figure's period), and are otherwise {@link
 * java.util.Optional} or empty collections.
 */
package dev.muster.parse.document;

/**
 * Muster's domain model: immutable, thread-safe value types for quantitative claims about the
 * manpower of Russia's war against Ukraine, as stated in news and intelligence reporting.
 *
 * <p>Every type here is a value: build it with {@code of(...)} or {@code builder()}, compare it
 * with {@code equals}, and write or read it with {@link dev.muster.MusterJson}. Invariants are
 * checked at construction and a violation throws {@link IllegalArgumentException} or
 * {@link IllegalStateException} naming the value and the rule.
 *
 * <p>Null policy: unless a method says otherwise, passing {@code null} to any method of this
 * package throws {@link NullPointerException}. Absent values are {@link java.util.Optional} or
 * empty collections, never {@code null}.
 */
@MusterStyle
package dev.muster;

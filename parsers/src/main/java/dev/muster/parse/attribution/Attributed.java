package dev.muster.parse.attribution;

import dev.muster.Source;

/**
 * A source that a sentence attributes its figures to, with its role and the token where its name
 * starts.
 *
 * <p>Immutable and thread-safe.
 */
public record Attributed(Source source, Role role, int start) {}

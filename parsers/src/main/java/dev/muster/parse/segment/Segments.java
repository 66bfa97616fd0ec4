package dev.muster.parse.segment;

import java.util.List;

/**
 * A document cut into sentences, in text order, and the sentences with letters that the rules
 * pass over.
 *
 * <p>Immutable and thread-safe.
 */
public record Segments(List<Sentence> sentences, List<Skipped> skipped) {

  public Segments {
    sentences = List.copyOf(sentences);
    skipped = List.copyOf(skipped);
  }
}

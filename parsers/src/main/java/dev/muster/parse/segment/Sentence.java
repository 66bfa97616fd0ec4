package dev.muster.parse.segment;

import dev.muster.parse.token.Token;
import java.util.List;
import java.util.Optional;

/**
 * One sentence of a document: its paragraph (numbered from 1), its span {@code [start, end)} in
 * the text, its tokens, and why the rules skip it, if they do (then it has no tokens).
 *
 * <p>Immutable and thread-safe.
 */
public record Sentence(int paragraph, int start, int end, List<Token> tokens, Optional<SkipReason> skip) {

  /** Whether the rules pass over it. */
  public boolean skipped() {
    return skip.isPresent();
  }
}

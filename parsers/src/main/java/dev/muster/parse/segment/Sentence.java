package dev.muster.parse.segment;

import dev.muster.parse.token.Token;
import java.util.List;
import java.util.Optional;

/**
 * One sentence of a document: its paragraph (numbered from 1), its span {@code [start, end)} in
 * the text, its tokens (of its language's lexicon), why the rules skip it, if they do (then it has
 * no tokens), and the ISO 639-1 code of its paragraph's language, whose rules read it.
 *
 * <p>Immutable and thread-safe.
 */
public record Sentence(int paragraph, int start, int end, List<Token> tokens, Optional<SkipReason> skip,
    String language) {

  /** A sentence of an English paragraph. */
  public Sentence(int paragraph, int start, int end, List<Token> tokens, Optional<SkipReason> skip) {
    this(paragraph, start, end, tokens, skip, "en");
  }

  /** Whether the rules pass over it. */
  public boolean skipped() {
    return skip.isPresent();
  }
}

package dev.muster.parse.segment;

import dev.muster.parse.token.Token;
import java.util.ArrayList;
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

  /**
   * These segments without the text before {@code offset}: the sentences that end before it are
   * dropped and the one it falls in starts at its first token from there (a dateline before the
   * first sentence's text).
   */
  public Segments after(int offset) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      if (s.end() <= offset) {
        continue;
      }
      if (s.start() >= offset) {
        out.add(s);
        continue;
      }
      List<Token> t = s.tokens();
      int k = 0;
      while (k < t.size() && t.get(k).start < offset) {
        k++;
      }
      if (k < t.size()) {
        out.add(new Sentence(s.paragraph(), t.get(k).start, s.end(), t.subList(k, t.size()), s.skip(), s.language()));
      }
    }
    return new Segments(out, skipped);
  }
}

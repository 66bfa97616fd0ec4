package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage document, whole-document rule: a paragraph that speaks of prisoners ("the captives", "in
 * captivity") and then counts people with no word of what they are ("It listed 214 citizens of
 * Uzbekistan and 96 from Kyrgyzstan") counts those prisoners. A count whose own sentence, or the
 * sentence that names the prisoners, tells of an exchange or a return ("handed back", "swapped")
 * counts people set free, and stays as it is; so does a count whose own sentence tells of the
 * missing ("the commissioner for missing persons says 63,000 servicemen are on the register").
 *
 * <p>Immutable and thread-safe.
 */
public final class CaptiveLists {

  /** "captives", "captivity": words that name people held prisoner. */
  private final Words captives;
  /** "exchange", "returned": words that tell prisoners set free. */
  private final Words freed;
  /** "missing": words that tell people missing, not held. */
  private final Words missing;

  public CaptiveLists(Lexicon lex) {
    this.captives = lex.optionalWords("document.captive-words");
    this.freed = lex.optionalWords("document.freed-words");
    this.missing = lex.optionalWords("document.missing-words");
  }

  /** Returns the figures, the plain counts of people after a paragraph's prisoners counted as prisoners. */
  public List<Figure> apply(List<Figure> figures, List<Sentence> sentences) {
    Set<Integer> held = afterPrisoners(sentences);
    if (held.isEmpty()) {
      return figures;
    }
    List<Figure> out = null;
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.measure() != Measure.OTHER || f.quantity().isMoney() || f.quantity().per() != null
          || !held.contains(f.sentenceStart())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(figures);
      }
      out.set(i, f.withMeasure(Measure.CAPTURED));
    }
    return out == null ? figures : out;
  }

  /**
   * The starts of the sentences, in one pass, that a sentence before them in their paragraph
   * names prisoners in, with no exchange told there or in themselves, nor the missing in themselves.
   */
  private Set<Integer> afterPrisoners(List<Sentence> sentences) {
    Set<Integer> out = new HashSet<>();
    boolean named = false;
    int paragraph = -1;
    for (Sentence s : sentences) {
      if (s.paragraph() != paragraph) {
        paragraph = s.paragraph();
        named = false;
      }
      boolean free = any(s.tokens(), freed);
      if (named && !free && !any(s.tokens(), missing)) {
        out.add(s.start());
      }
      if (any(s.tokens(), captives)) {
        named = !free;
      }
    }
    return out;
  }

  private static boolean any(List<Token> t, Words w) {
    for (int k = 0; k < t.size(); k++) {
      if (w.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }
}

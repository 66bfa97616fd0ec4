package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage document, whole-document rule: a paragraph that speaks of prisoners ("the captives", "in
 * captivity") and then counts people with no word of what they are ("It listed 214 citizens of
 * Uzbekistan and 96 from Kyrgyzstan") counts those prisoners. A count whose own sentence, or the
 * sentence that names the prisoners, tells of an exchange or a return ("handed back", "swapped")
 * counts people set free, and stays as it is.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaptiveLists {

  /** "captives", "captivity": words that name people held prisoner. */
  private final Words captives;
  /** "exchange", "returned": words that tell prisoners set free. */
  private final Words freed;

  public CaptiveLists(Lexicon lex) {
    this.captives = lex.optionalWords("document.captive-words");
    this.freed = lex.optionalWords("document.freed-words");
  }

  /** Returns the figures, the plain counts of people after a paragraph's prisoners counted as prisoners. */
  public List<Figure> apply(List<Figure> figures, List<Sentence> sentences) {
    List<Figure> out = null;
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.measure() != Measure.OTHER || f.quantity().isMoney() || f.quantity().per() != null
          || !prisonersBefore(f, sentences)) {
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
   * Whether a sentence before the figure's, in its paragraph, names prisoners and tells of no
   * exchange, and the figure's own sentence tells of none either.
   */
  private boolean prisonersBefore(Figure f, List<Sentence> sentences) {
    boolean named = false;
    for (Sentence s : sentences) {
      if (s.paragraph() != f.paragraph()) {
        continue;
      }
      if (s.start() == f.sentenceStart()) {
        return named && !any(s.tokens(), freed);
      }
      if (s.start() < f.sentenceStart() && any(s.tokens(), captives)) {
        named = !any(s.tokens(), freed);
      }
    }
    return false;
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

package dev.muster.parse.document;

import dev.muster.Source;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.token.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage document: the guest an interview's lead names speaks in the answers only. After the lead,
 * a paragraph that ends with "?" is a question; the paragraphs from a question to
 * the next are its answer, and the answer to the last question is the one paragraph after it: what
 * follows may be the writers' again ("Bashkortostan, home to ..."). Figures before the lead, in its
 * paragraph, or outside the answers keep the sources they have. With no question after the lead,
 * every paragraph after it answers. A figure the guest credits to someone else comes through the
 * guest, who is the outermost source: "70,000 ..., according to the ombudsman", "According to the
 * ministry, ..." and "The ministry said ..." in an answer all give the guest's chain, then the
 * figure's own.
 *
 * <p>Immutable and thread-safe.
 */
public final class InterviewAnswers {

  /**
   * Returns the figures with no sources of the answers after paragraph {@code lead} with the guest's
   * {@code chain}; none when {@code needsQuestion} and no question follows the lead.
   */
  public List<Figure> apply(List<Figure> figures, List<Source> chain, int lead, boolean needsQuestion,
      List<Sentence> sentences) {
    if (chain.isEmpty()) {
      return figures;
    }
    List<Integer> questions = questions(lead, sentences);
    if (needsQuestion && questions.isEmpty()) {
      return figures;
    }
    int last = questions.isEmpty() ? -1 : questions.get(questions.size() - 1);
    int lastAnswer = last < 0 ? Integer.MAX_VALUE : nextParagraph(last, sentences);
    Set<Integer> asked = new HashSet<>(questions);
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      int p = f.paragraph();
      boolean answer = p > lead && !asked.contains(p) && p <= lastAnswer
          && (questions.isEmpty() || questions.get(0) < p);
      out.add(!answer ? f : f.chain().isEmpty() ? f.withChain(chain, false) : throughGuest(f, chain));
    }
    return out;
  }

  /** The figure with the guest's {@code chain} before the sources it cites, unless it names one of them already. */
  private static Figure throughGuest(Figure f, List<Source> chain) {
    for (Source s : chain) {
      if (f.chain().contains(s)) {
        return f;
      }
    }
    List<Source> out = new ArrayList<>(chain.size() + f.chain().size());
    out.addAll(chain);
    out.addAll(f.chain());
    return f.withChain(out, f.chainOwn());
  }

  /** The paragraphs after {@code lead} whose last sentence ends with "?", in order. */
  private static List<Integer> questions(int lead, List<Sentence> sentences) {
    Map<Integer, List<Sentence>> byParagraph = new TreeMap<>();
    for (Sentence s : sentences) {
      if (s.paragraph() > lead) {
        byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Sentence>> e : byParagraph.entrySet()) {
      List<Token> t = e.getValue().get(e.getValue().size() - 1).tokens();
      if (!t.isEmpty() && t.get(t.size() - 1).is("?")) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** The first paragraph after {@code p} that has a sentence, or {@code p} with none. */
  private static int nextParagraph(int p, List<Sentence> sentences) {
    int next = Integer.MAX_VALUE;
    for (Sentence s : sentences) {
      if (s.paragraph() > p) {
        next = Math.min(next, s.paragraph());
      }
    }
    return next == Integer.MAX_VALUE ? p : next;
  }
}

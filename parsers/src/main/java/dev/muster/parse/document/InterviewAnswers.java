package dev.muster.parse.document;

import dev.muster.Source;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.HashMap;
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
 * every paragraph after it answers. A figure the guest gives and credits after it ("70,000 ...,
 * according to the ombudsman") comes through the guest: the guest's chain goes first; one whose
 * sentence opens with its speaker ("According to X, ...", "The ministry said ...") is X's alone.
 *
 * <p>Immutable and thread-safe.
 */
public final class InterviewAnswers {

  /** "said", "according": the words of a speaker that, before a figure, make it that speaker's own. */
  private final Words cues;

  public InterviewAnswers(Lexicon lex) {
    this.cues = lex.optionalWords("attribution.say-verbs").union(lex.optionalWords("attribution.according"));
  }

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
    Map<Integer, Sentence> byStart = new HashMap<>();
    for (Sentence s : sentences) {
      byStart.put(s.start(), s);
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      int p = f.paragraph();
      boolean answer = p > lead && !asked.contains(p) && p <= lastAnswer
          && (questions.isEmpty() || questions.get(0) < p);
      out.add(!answer ? f : f.chain().isEmpty() ? f.withChain(chain, false)
          : creditedBefore(f, byStart.get(f.sentenceStart())) ? f : throughGuest(f, chain));
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

  /** Whether a speaker's word stands in the figure's sentence {@code s} before the figure ("The ministry said it had called up 300,000"). */
  private boolean creditedBefore(Figure f, Sentence s) {
    if (s == null) {
      return false;
    }
    for (Token x : s.tokens()) {
      if (x.start >= f.mentionStart()) {
        return false;
      }
      if (cues.has(x)) {
        return true;
      }
    }
    return false;
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

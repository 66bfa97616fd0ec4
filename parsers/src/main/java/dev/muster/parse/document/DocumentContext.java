package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.Source;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.token.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reading of a document knows after its sentences so far, handed from sentence to
 * sentence: the document's date and topic, the sources named so far, the chain of the last
 * attributed sentence (and of the paragraph), the default chain of a "Source:" line, and the
 * figures of the sentence before, which the next sentence may still date or attribute ("The data
 * comes from research by X."). Figures no later sentence can change are {@link #settled()}.
 *
 * <p>Immutable and thread-safe; each step returns a new context.
 *
 * @param date the document's date
 * @param topic what the document is about
 * @param seen the sources named so far, newest first
 * @param defaultChain the chain of a "Source:" line, for figures with none, or of an interview's guest
 * @param interviewLead the paragraph of the interview's lead that named the guest of
 *     {@code defaultChain}, 0 when that chain is a "Source:" line's or none: the guest's chain is
 *     for the figures of the answers only
 * @param interviewAsked whether that lead counts only when a question follows it ("X spoke to our
 *     correspondent"), as a news story's lead may read the same
 * @param lastChain the chain of the last sentence that named its own sources
 * @param lastChainSentence the number of that sentence
 * @param sentence the number of the current sentence, from 1
 * @param sentenceIndex the index of the current sentence in the document's sentences
 * @param paragraph the current paragraph
 * @param paragraphChain the chain of the paragraph's last attributed sentence
 * @param paragraphCovered whether that sentence opened with "According to X," which covers the
 *     figures of the paragraph's later sentences that name no source
 * @param previousNames the sources the sentence before named, in this paragraph
 * @param paragraphTokens the tokens of the paragraph's last few sentences, where its later figures
 *     that name no people look for the people it named ("Somali men")
 * @param pending the figures of the sentence before, in this paragraph, still open to the next
 * @param lastFigure the last figure found so far, if any
 * @param settled the figures that became final in the last step, in text order
 * @param listLead the chain of a sentence that ends with a colon ("Recruits told X they were
 *     promised:"), kept through the list items after it, whose figures name no source of their own
 * @param unnamedSpeaker the number of the last sentence whose speaker is not named ("A former
 *     corporal, who asked not to be named, said ..."), 0 for none: "He said" after it names no one
 * @param latest the last figure found so far of each measure: the total a later "Of the dead," splits
 * @param issuer the bodies that issue the page, none if none ("DEFENCE INTELLIGENCE OF UKRAINE / Press
 *     service", the two makers of "A joint project of X and Y"), whose "we" and "our" its sentences
 *     speak in
 */
public record DocumentContext(DocumentDate date, DocumentTopic topic, SourceHistory seen, List<Source> defaultChain,
    int interviewLead, boolean interviewAsked, List<Source> lastChain, int lastChainSentence, int sentence, int sentenceIndex, int paragraph,
    List<Source> paragraphChain, boolean paragraphCovered, List<Source> previousNames,
    List<List<Token>> paragraphTokens, List<Figure> pending, Optional<Figure> lastFigure, List<Figure> settled,
    List<Source> listLead, int unnamedSpeaker, Map<Measure, Figure> latest, List<Source> issuer) {

  public DocumentContext {
    defaultChain = List.copyOf(defaultChain);
    previousNames = List.copyOf(previousNames);
    paragraphTokens = List.copyOf(paragraphTokens);
    lastChain = List.copyOf(lastChain);
    paragraphChain = List.copyOf(paragraphChain);
    pending = List.copyOf(pending);
    settled = List.copyOf(settled);
    listLead = List.copyOf(listLead);
    latest = Map.copyOf(latest);
    issuer = List.copyOf(issuer);
  }

  /** The context before the first sentence of a document. */
  public static DocumentContext start(DocumentDate date, DocumentTopic topic) {
    return new DocumentContext(date, topic, SourceHistory.EMPTY, List.of(), 0, false, List.of(), 0, 0, -1, 0, List.of(),
        false, List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), 0, Map.of(), List.of());
  }

  /** The reference date of relative times. */
  public Optional<LocalDate> reference() {
    return date.date();
  }

  /**
   * The context at the start of {@code s}: counted, and in a new paragraph with no chain and no
   * pending figures (settled) when {@code s} opens one.
   */
  public DocumentContext enter(Sentence s) {
    if (s.paragraph() != paragraph) {
      return new DocumentContext(date, topic, seen, defaultChain, interviewLead, interviewAsked, lastChain,
          lastChainSentence, sentence + 1, sentenceIndex + 1, s.paragraph(), List.of(), false, List.of(), List.of(), List.of(), lastFigure, pending, listLead,
          unnamedSpeaker, latest, issuer);
    }
    return new DocumentContext(date, topic, seen, defaultChain, interviewLead, interviewAsked, lastChain,
        lastChainSentence, sentence + 1, sentenceIndex + 1, paragraph, paragraphChain, paragraphCovered, previousNames, paragraphTokens, pending,
        lastFigure, List.of(), listLead, unnamedSpeaker, latest, issuer);
  }

  /** The context after a sentence the rules skip: the pending figures are settled. */
  public DocumentContext skip() {
    return new DocumentContext(date, topic, seen, defaultChain, interviewLead, interviewAsked, lastChain,
        lastChainSentence, sentence, sentenceIndex, paragraph, paragraphChain, paragraphCovered, List.of(), paragraphTokens, List.of(), lastFigure,
        pending, listLead, unnamedSpeaker, latest, issuer);
  }

  /** The context with {@code figures} as the figures of the sentence before, still open to the next. */
  public DocumentContext withPending(List<Figure> figures) {
    return new DocumentContext(date, topic, seen, defaultChain, interviewLead, interviewAsked, lastChain,
        lastChainSentence, sentence, sentenceIndex, paragraph, paragraphChain, paragraphCovered, previousNames,
        paragraphTokens, figures, lastFigure, settled, listLead, unnamedSpeaker, latest, issuer);
  }

  /** The context with {@code chain} as the default chain of figures with none. */
  public DocumentContext withDefaultChain(List<Source> chain) {
    return withDefaultChain(chain, 0, false);
  }

  /** The context with {@code chain} as the default chain of the figures with none of the answers after the interview's lead. */
  public DocumentContext withInterview(List<Source> chain) {
    return withDefaultChain(chain, paragraph, false);
  }

  /**
   * The context of a page that speaks as {@code speaker} (a summary of its work, or its own issue):
   * it is the default chain of figures with none, and the source named before the first sentence,
   * which a short reference to a body of its kind ("the Ministry") names.
   */
  public DocumentContext withSpeaker(Source speaker) {
    return speaking(List.of(speaker), issuer);
  }

  /**
   * The context of a page that {@code issuer} issues ("DEFENCE INTELLIGENCE OF UKRAINE / Press
   * service"), as {@link #withSpeaker}: its sentences' "we" and "our" are the body's too.
   */
  public DocumentContext withIssuer(Source issuer) {
    return speaking(List.of(issuer), List.of(issuer));
  }

  /**
   * The context of a page that {@code makers} issue together as their project ("A joint project of
   * X and Y"), as {@link #withIssuer}: the figures with no source of their own are all of theirs.
   */
  public DocumentContext withIssuers(List<Source> makers) {
    return speaking(makers, makers);
  }

  private DocumentContext speaking(List<Source> speaker, List<Source> issuer) {
    return new DocumentContext(date, topic, seen.plus(speaker), speaker, 0, false, lastChain,
        lastChainSentence, sentence, sentenceIndex, paragraph, paragraphChain, paragraphCovered, previousNames,
        paragraphTokens, pending, lastFigure, List.of(), listLead, unnamedSpeaker, latest, issuer);
  }

  /** The context with {@code chain} as the guest's of an interview's lead that counts only when a question follows it. */
  public DocumentContext withAskedInterview(List<Source> chain) {
    return withDefaultChain(chain, paragraph, true);
  }

  private DocumentContext withDefaultChain(List<Source> chain, int lead, boolean asked) {
    return new DocumentContext(date, topic, seen, chain, lead, asked, lastChain, lastChainSentence, sentence, sentenceIndex,
        paragraph, paragraphChain, paragraphCovered, previousNames, paragraphTokens, pending, lastFigure, List.of(),
        listLead, unnamedSpeaker, latest, issuer);
  }

  /**
   * The last figure found so far, when it is in paragraph {@code from} or one of the two before:
   * the total a list of labelled items breaks down ("... were:" then "- Nepal: 1,560"), counted
   * from the item's paragraph or from the lead of its list ("The largest groups:").
   */
  public Figure recentPrevious(int from) {
    return lastFigure.filter(f -> f.paragraph() >= Math.min(from, paragraph) - 2).orElse(null);
  }

  /**
   * The last figure found so far, when it is in the paragraph just before the current one: the
   * whole a part opening a paragraph or a list item takes ("- Around 900 of those were sent").
   */
  public Figure adjacentPrevious() {
    return lastFigure.filter(f -> f.paragraph() == paragraph - 1).orElse(null);
  }

  /** The last figure found so far, when it is in the current paragraph. */
  public Figure paragraphPrevious() {
    return lastFigure.filter(f -> f.paragraph() == paragraph).orElse(null);
  }
}

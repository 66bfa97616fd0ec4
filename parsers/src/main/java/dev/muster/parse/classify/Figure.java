package dev.muster.parse.classify;

import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Source;
import dev.muster.parse.quantity.QuantityMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A candidate figure: a quantity with what the sentence says about it (measure, origins, period,
 * likelihood, sources), before the document-level rules decide what stands.
 *
 * <p>Immutable and thread-safe; the {@code with} methods return changed copies. The period and the
 * likelihood are null when the sentence gives none (they are read on every figure, so not wrapped).
 *
 * @param quantity the quantity, with its rate and currency as classified
 * @param measure what is counted
 * @param origins where the people counted come from, sorted
 * @param originExplicit whether the origins were said for this figure, not inherited or defaulted
 * @param period the period the figure covers, or null
 * @param chain the sources, outermost first
 * @param chainOwn whether the sources were named in the figure's own sentence
 * @param likelihood the likelihood word before it, or null
 * @param paragraph the paragraph of its sentence, numbered from 1
 * @param sentenceStart where its sentence starts in the text
 * @param sentenceEnd where its sentence ends
 * @param mentionStart where its mention starts in the text
 * @param mentionEnd where its mention ends
 * @param noOriginWanted whether the figure must not get a default origin (detainees, naturalised citizens, money paid to nobody named)
 * @param ownForceNoun whether it counts soldiers or losses (or is bare), which may be Russia's own
 */
public record Figure(QuantityMention quantity, Measure measure, SortedSet<Origin> origins, boolean originExplicit,
    Period period, List<Source> chain, boolean chainOwn, Likelihood likelihood, int paragraph,
    int sentenceStart, int sentenceEnd, int mentionStart, int mentionEnd, boolean noOriginWanted,
    boolean ownForceNoun) {

  private static final SortedSet<Origin> NO_ORIGINS = Collections.unmodifiableSortedSet(new TreeSet<>());

  public Figure {
    chain = List.copyOf(chain);
  }

  /**
   * Whether the text says its people have no country to give ("41 of them turned out to hold
   * Russian passports"): no origin, said so, and none wanted from the figures around it.
   */
  public boolean saysNoOrigin() {
    return origins.isEmpty() && originExplicit && noOriginWanted;
  }

  /** Returns the origins as an unmodifiable sorted set. */
  static SortedSet<Origin> originsOf(Collection<Origin> origins) {
    return origins.isEmpty() ? NO_ORIGINS : Collections.unmodifiableSortedSet(new TreeSet<>(origins));
  }

  /** Returns a copy that counts {@code measure}. */
  public Figure withMeasure(Measure measure) {
    return new Figure(quantity, measure, origins, originExplicit, period, chain, chainOwn, likelihood, paragraph,
        sentenceStart, sentenceEnd, mentionStart, mentionEnd, noOriginWanted, ownForceNoun);
  }

  /** Returns a copy with {@code period}. */
  public Figure withPeriod(Period period) {
    return new Figure(quantity, measure, origins, originExplicit, period, chain, chainOwn, likelihood, paragraph,
        sentenceStart, sentenceEnd, mentionStart, mentionEnd, noOriginWanted, ownForceNoun);
  }

  /** Returns a copy with the sources {@code chain}, named in the figure's own sentence or not. */
  public Figure withChain(List<Source> chain, boolean own) {
    if (own == chainOwn && chain.equals(this.chain)) {
      return this;
    }
    return new Figure(quantity, measure, origins, originExplicit, period, chain, own, likelihood, paragraph,
        sentenceStart, sentenceEnd, mentionStart, mentionEnd, noOriginWanted, ownForceNoun);
  }

  /**
   * Returns a copy whose chain has each source replaced by what {@code rename} gives for it, a source
   * that comes out twice kept in its first place (a person listed as the body they speak for).
   */
  public Figure withSourcesRenamed(UnaryOperator<Source> rename) {
    List<Source> renamed = new ArrayList<>(chain.size());
    for (Source s : chain) {
      Source r = rename.apply(s);
      if (!renamed.contains(r)) {
        renamed.add(r);
      }
    }
    return withChain(renamed, chainOwn);
  }

  /** Returns a copy with {@code origins}, said for this figure or not. */
  public Figure withOrigins(Collection<Origin> origins, boolean explicit) {
    return new Figure(quantity, measure, originsOf(origins), explicit, period, chain, chainOwn, likelihood,
        paragraph, sentenceStart, sentenceEnd, mentionStart, mentionEnd, noOriginWanted, ownForceNoun);
  }

  /** Returns a copy with {@code likelihood}. */
  public Figure withLikelihood(Likelihood likelihood) {
    return new Figure(quantity, measure, origins, originExplicit, period, chain, chainOwn, likelihood, paragraph,
        sentenceStart, sentenceEnd, mentionStart, mentionEnd, noOriginWanted, ownForceNoun);
  }

  /** Returns a copy with {@code quantity}. */
  public Figure withQuantity(QuantityMention quantity) {
    return new Figure(quantity, measure, origins, originExplicit, period, chain, chainOwn, likelihood, paragraph,
        sentenceStart, sentenceEnd, mentionStart, mentionEnd, noOriginWanted, ownForceNoun);
  }

  /** The lower bound, or the upper one for a quantity with no lower bound. */
  public java.math.BigDecimal low() {
    return quantity.lowOrHigh();
  }
}

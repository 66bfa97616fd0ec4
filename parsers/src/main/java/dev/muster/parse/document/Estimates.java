package dev.muster.parse.document;

import dev.muster.Attribution;
import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Origin;
import dev.muster.Quantity;
import dev.muster.RecruitCohort;
import dev.muster.Source;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage document, last step: turns the figures that stand into {@link Estimate}s, with the
 * sentence as evidence.
 *
 * <p>Immutable and thread-safe.
 */
public final class Estimates {

  /** Cohorts and attributions are immutable values: the commonest are made once and shared. */
  private static final RecruitCohort NO_ORIGIN = RecruitCohort.of(List.of());
  private static final Attribution NO_SOURCE = Attribution.of(List.of());

  private final Lexicon lex;

  public Estimates(Lexicon lex) {
    this.lex = lex;
  }

  /** Returns the estimates of document {@code id} with text {@code text}, one per figure. */
  public List<Estimate> of(String id, String text, List<Figure> figures) {
    List<Estimate> out = new ArrayList<>(figures.size());
    // the figures of one sentence share its evidence, an immutable value
    Evidence evidence = null;
    for (Figure c : figures) {
      if (evidence == null || evidence.start() != c.sentenceStart() || evidence.end() != c.sentenceEnd()) {
        evidence = Evidence.of(id, text, c.sentenceStart(), c.sentenceEnd());
      }
      QuantityMention q = c.quantity();
      Quantity.Builder qb = Quantity.builder().qualifier(q.qualifier());
      if (q.low() != null) {
        qb.low(q.low());
      }
      if (q.high() != null) {
        qb.high(q.high());
      }
      if (q.unit() != null) {
        qb.unit(q.unit());
      }
      if (q.per() != null) {
        qb.per(q.per());
      }
      Estimate.Builder eb = Estimate.builder()
          .documentId(id)
          .quantity(qb.build())
          .measure(c.measure())
          .cohort(cohortOf(c.origins()))
          .attribution(c.chain().isEmpty() ? NO_SOURCE : Attribution.of(distinct(c.chain())))
          .mention(text.substring(c.mentionStart(), c.mentionEnd()))
          .evidence(evidence);
      if (c.period() != null) {
        eb.period(c.period());
      }
      if (c.likelihood() != null) {
        eb.likelihood(c.likelihood());
      }
      out.add(eb.build());
    }
    return Collections.unmodifiableList(out);
  }

  private RecruitCohort cohortOf(Set<Origin> origins) {
    if (origins.isEmpty()) {
      return NO_ORIGIN;
    }
    if (origins.size() == 1) {
      return lex.cohortOf(origins.iterator().next());
    }
    return RecruitCohort.of(new ArrayList<>(origins));
  }

  /** The chain with each source once, by name. */
  private static List<Source> distinct(List<Source> chain) {
    if (chain.size() == 1) {
      return chain;
    }
    List<Source> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Source s : chain) {
      if (names.add(s.name())) {
        out.add(s);
      }
    }
    return out;
  }
}

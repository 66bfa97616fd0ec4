package dev.muster.parse.time;

import dev.muster.Period;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A total up to now stated on a day, in a week or in a month before the page's date ("Зеленський у
 * лютому заявив, що від початку війни загинули ...", "sagte im März, bislang ...", "told
 * television last week"): the total runs up to the end of that day, week or month, when it was
 * stated, not up to the page's date; the time of the statement is no time of the figure itself.
 *
 * <p>Immutable and thread-safe.
 */
final class StatementTimes {

  /**
   * How many tokens (a speaker's name, an auxiliary, a hearer: "told a closed cabinet meeting in
   * May") may stand between the time of a statement and its verb.
   */
  private static final int VERB_REACH = 6;

  /** "заявил", "sagte": the verbs of a statement. */
  private final Words reports;

  StatementTimes(Lexicon lex) {
    this.reports = lex.optionalWords("time.weekday-reports");
  }

  /**
   * The spans with the totals up to {@code reference} ending when the sentence says they were
   * stated, without the time of the statement; {@code spans} itself when it says no such time.
   */
  List<DatedSpan> apply(List<Token> t, List<DatedSpan> spans, Optional<LocalDate> reference) {
    if (spans.size() < 2 || reference.isEmpty()) {
      return spans;
    }
    DatedSpan said = null;
    for (DatedSpan e : spans) {
      if (e.kind() == TimeKind.SPAN && (e.isDay() || e.isWeek() || e.isMonth()) && e.period().end().isPresent()
          && e.period().end().get().isBefore(reference.get()) && statedAt(t, e)) {
        said = e;
      }
    }
    if (said == null) {
      return spans;
    }
    List<DatedSpan> out = new ArrayList<>(spans.size());
    boolean toNow = false;
    for (DatedSpan e : spans) {
      if (e != said && (e.kind() == TimeKind.SINCE || e.kind() == TimeKind.UNTIL)
          && e.period().end().equals(reference)
          && (e.period().start().isEmpty() || !e.period().start().get().isAfter(said.period().end().get()))) {
        // not a start after the statement ("said on Monday ... since Tuesday"), which is no total of then
        Period p = Period.builder().from(e.period()).end(said.period().end())
            .endPrecision(said.period().endPrecision()).build();
        out.add(new DatedSpan(e.start(), e.end(), p, e.kind(), e.leading()));
        toNow = true;
      } else {
        out.add(e);
      }
    }
    if (toNow) {
      out.remove(said);
      return out;
    }
    return spans;
  }

  /**
   * Whether a statement's verb stands just before the span, perhaps with its hearer between ("told
   * national television last week"), or just after it ("у лютому Зеленський заявив"); not with a
   * number between, whose time the span is ("says Russian forces lost 1,140 personnel on Wednesday").
   */
  private boolean statedAt(List<Token> t, DatedSpan e) {
    for (int k = e.start() - 1; k >= Math.max(0, e.start() - VERB_REACH); k--) {
      if (reports.has(t.get(k))) {
        return true;
      }
      if (t.get(k).isPunct() || t.get(k).isNumber()) {
        break;
      }
    }
    for (int k = e.end(); k < Math.min(t.size(), e.end() + VERB_REACH); k++) {
      if (reports.has(t.get(k))) {
        return true;
      }
      if (t.get(k).isPunct()) {
        return false;
      }
    }
    return false;
  }
}

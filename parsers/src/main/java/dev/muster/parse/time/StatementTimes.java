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
 * television last week"), or in the time of the statement a sentence opens with ("In an
 * assessment shared with reporters in June 2025, ..."), also on a page without a date: the total
 * runs up to the end of that day, week or month, when it was stated, not up to the page's date
 * (or open); the time of the statement is no time of the figure itself.
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
  /** "in", "at": the words that open a sentence's phrase naming the statement it reports. */
  private final Words leadOpeners;
  /** "assessment", "report": the nouns of a statement that such a phrase names. */
  private final Words leadNouns;

  /**
   * How many tokens after the sentence's first its statement's noun may stand, and how many after
   * that noun its time ("In its latest estimate, released in September 2025,").
   */
  private static final int LEAD_REACH = 5;

  StatementTimes(Lexicon lex) {
    this.reports = lex.optionalWords("time.weekday-reports");
    this.leadOpeners = lex.optionalWords("time.statement-lead-openers");
    this.leadNouns = lex.optionalWords("time.statement-lead-nouns");
  }

  /**
   * The spans with the totals up to {@code reference} ending when the sentence says they were
   * stated, without the time of the statement; {@code spans} itself when it says no such time.
   */
  List<DatedSpan> apply(List<Token> t, List<DatedSpan> spans, Optional<LocalDate> reference) {
    if (spans.size() < 2) {
      return spans;
    }
    DatedSpan said = null;
    for (DatedSpan e : spans) {
      if (e.kind() == TimeKind.SPAN && (e.isDay() || e.isWeek() || e.isMonth()) && e.period().end().isPresent()
          && (reference.isPresent() && e.period().end().get().isBefore(reference.get()) && statedAt(t, e)
              || (reference.isEmpty() || e.period().end().get().isBefore(reference.get())) && leadStatement(t, e))) {
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
   * Whether the span dates the statement the sentence opens with: the sentence's first word opens
   * a phrase that names a statement ("In an assessment shared with reporters in June 2025, ...",
   * "In its latest estimate, released in September 2025, ..."), the span stands a few words after
   * its noun with no number before it, and a comma closes the phrase right after the span. "In the
   * villages around Pokrovsk in May 2025, ..." names no statement.
   */
  private boolean leadStatement(List<Token> t, DatedSpan e) {
    if (leadNouns.isEmpty() || t.isEmpty() || !leadOpeners.has(t.get(0)) || !t.get(0).isCapitalized()
        || e.end() >= t.size() || !t.get(e.end()).is(",")) {
      return false;
    }
    int noun = -1;
    for (int k = 1; k < e.start(); k++) {
      Token x = t.get(k);
      if (x.isNumber() || x.isPunct() && !x.is(",") && !x.is("-") && !x.is("'")) {
        return false;
      }
      if (noun < 0 && k <= LEAD_REACH && leadNouns.has(x)) {
        noun = k;
      }
    }
    return noun > 0 && e.start() - noun <= LEAD_REACH + 1;
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

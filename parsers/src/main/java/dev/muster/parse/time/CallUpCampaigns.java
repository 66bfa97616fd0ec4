package dev.muster.parse.time;

import dev.muster.Period;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Russia's call-up campaigns named by their season ("осенний призыв", "весняний призов 2024 року",
 * "la leva autunnale"): by law the autumn one runs from 1 October to 31 December and the spring
 * one from 1 April to 15 July, of the year written right after the name or inside it ("the autumn
 * 2022 call-up"), else of the reference's, a year earlier after "last" ("last autumn's draft", "the
 * draft last autumn") and a year later after "next".
 *
 * <p>Immutable and thread-safe.
 */
final class CallUpCampaigns {

  private static final MonthDay AUTUMN_START = MonthDay.of(10, 1);
  private static final MonthDay AUTUMN_END = MonthDay.of(12, 31);
  private static final MonthDay SPRING_START = MonthDay.of(4, 1);
  private static final MonthDay SPRING_END = MonthDay.of(7, 15);
  /** How many tokens after the first word of the name its second may stand ("осенней призывной"). */
  private static final int REACH = 2;

  /** "призыв", "leva": the nouns of a call-up. */
  private final Words callUp;
  /** "осенний", "autunnale", "Herbsteinberufung": the words of the autumn campaign. */
  private final Words autumn;
  private final Words spring;
  private final Words yearAfter;
  /** "la leva primaverile del 2024": a word between the name and its year. */
  private final Words of;
  /** "last autumn's call-up": the campaign of the year before the reference's. */
  private final Words last;
  private final Words next;
  /** "year" in "this year's spring draft": the word of a possessive year before the name. */
  private final Words year;

  /** "conscripts", "drafted", "compulsory": words that make a sentence one about the call-up. */
  private final Words cues;
  /** "calling", "called": verbs that are the call-up's with "up" after them. */
  private final Words callVerbs;
  private final Words up;
  /** "this" in "this autumn": with "last" and "next", the words of a season counted from the reference. */
  private final Words thisWord;

  CallUpCampaigns(Lexicon lex) {
    this.cues = lex.optionalWords("time.call-up-cues");
    this.callVerbs = lex.optionalWords("time.call-up-verbs");
    this.up = lex.optionalWords("time.call-up-up");
    this.thisWord = lex.optionalWords("time.this");
    this.callUp = lex.optionalWords("time.call-up");
    this.autumn = lex.optionalWords("time.call-up-autumn");
    this.spring = lex.optionalWords("time.call-up-spring");
    this.yearAfter = lex.optionalWords("time.year-after");
    this.of = lex.optionalWords("time.of");
    this.last = lex.optionalWords("time.last");
    this.next = lex.optionalWords("time.next");
    this.year = lex.optionalWords("time.year");
  }

  /**
   * The spans with each season counted from the reference ("this autumn", "last spring") made that year's
   * call-up campaign when the sentence is about the call-up ("calling up 140,000 men for
   * compulsory military service this autumn"); {@code spans} itself otherwise.
   */
  List<DatedSpan> seasonsOfCallUp(List<Token> t, List<DatedSpan> spans) {
    if (spans.isEmpty() || !aboutCallUp(t)) {
      return spans;
    }
    List<DatedSpan> out = new ArrayList<>(spans.size());
    for (DatedSpan e : spans) {
      Boolean isAutumn = seasonOf(t, e);
      if (isAutumn == null) {
        out.add(e);
        continue;
      }
      int year = e.period().start().get().getYear();
      MonthDay from = isAutumn ? AUTUMN_START : SPRING_START;
      MonthDay to = isAutumn ? AUTUMN_END : SPRING_END;
      out.add(new DatedSpan(e.start(), e.end(), Period.builder().start(from.atYear(year)).end(to.atYear(year)).build(),
          e.kind(), e.leading()));
    }
    return out;
  }

  /** Whether a word of the call-up stands in the sentence: a noun ("draft"), a cue ("conscripts") or "calling up". */
  private boolean aboutCallUp(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      if (cues.has(t.get(k)) || nounEnd(t, k) > 0
          || callVerbs.has(t.get(k)) && k + 1 < t.size() && up.has(t.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the span {@code e} is an autumn (true) or a spring (false) of three months written with
   * "this", "last" or "next" and a season word of the call-up's; null for any other span ("in the
   * autumn", "in autumn 2022" stay the season).
   */
  private Boolean seasonOf(List<Token> t, DatedSpan e) {
    Period p = e.period();
    if (e.kind() != TimeKind.SPAN || p.start().isEmpty() || p.end().isEmpty() || p.start().get().getDayOfMonth() != 1
        || !p.end().get().equals(YearMonth.from(p.start().get()).plusMonths(2).atEndOfMonth())) {
      return null;
    }
    Token first = t.get(e.start());
    if (!thisWord.has(first) && !last.has(first) && !next.has(first)) {
      return null; // "in the autumn", "in autumn 2022": the season itself, whatever the sentence counts
    }
    int month = p.start().get().getMonthValue();
    for (int k = e.start(); k < e.end(); k++) {
      if (month == 9 && autumn.has(t.get(k))) {
        return true;
      }
      if (month == 3 && spring.has(t.get(k))) {
        return false;
      }
    }
    return null;
  }

  /**
   * The campaign whose name starts at token {@code i}, or null; a year written before the name ("the
   * 2025 spring draft") or a possessive year counted from the reference ("this year's spring
   * call-up", "last year's autumn draft") is the campaign's year.
   */
  DatedSpan at(List<Token> t, int i, Optional<LocalDate> ref) {
    Token w = t.get(i);
    Integer before = WrittenDates.year(t, i);
    if (before != null && i + 1 < t.size()) {
      DatedSpan named = named(t, i + 1, Optional.empty(), before); // "the 2025 spring draft"
      if (named != null) {
        return new DatedSpan(i, named.end(), named.period(), TimeKind.SPAN, false);
      }
    }
    int shift = thisWord.has(w) ? 0 : last.has(w) ? -1 : next.has(w) ? 1 : Integer.MIN_VALUE;
    if (shift != Integer.MIN_VALUE && ref.isPresent() && i + 4 < t.size() && year.has(t.get(i + 1))
        && t.get(i + 2).is("'") && t.get(i + 3).is("s")) {
      // "this year's spring draft", "last year's autumn call-up"
      DatedSpan named = named(t, i + 4, Optional.empty(), ref.get().getYear() + shift);
      return named == null ? null : new DatedSpan(i, named.end(), named.period(), TimeKind.SPAN, false);
    }
    if ((last.has(w) || next.has(w)) && i + 1 < t.size() && (autumn.has(t.get(i + 1)) || spring.has(t.get(i + 1)))) {
      DatedSpan named = named(t, i + 1, ref, null); // "last autumn's call-up"
      return named == null ? null : new DatedSpan(i, named.end(), named.period(), TimeKind.SPAN, false);
    }
    return named(t, i, ref, null);
  }

  /**
   * The campaign whose name starts at token {@code i}, of the year written with the name, else of
   * {@code given} when not null (a year written before the name), else of the reference's; or null.
   */
  private DatedSpan named(List<Token> t, int i, Optional<LocalDate> ref, Integer given) {
    Token x = t.get(i);
    int nounEnd = nounEnd(t, i);
    boolean noun = nounEnd > 0;
    if (!noun && !autumn.has(x) && !spring.has(x)) {
      return null;
    }
    // past the noun's own tokens ("call-up"), or the season's possessive ("autumn's draft")
    int extra = noun ? nounEnd - i - 1 : i + 2 < t.size() && t.get(i + 1).is("'") && t.get(i + 2).is("s") ? 2 : 0;
    int end = -1;
    Boolean isAutumn = null;
    int seasonAt = -1;
    for (int k = i; k < Math.min(t.size(), i + REACH + extra + 1) && end < 0; k++) {
      Token y = t.get(k);
      boolean season = autumn.has(y) || spring.has(y);
      int after = nounEnd(t, k);
      if (season && (noun || after > 0)) { // a season word that is a call-up too ("Herbsteinberufung")
        end = k + 1;
      } else if (!noun && after > 0) { // not a noun: x is a season word
        end = after;
      }
      if (end > 0) {
        isAutumn = autumn.has(season ? y : x);
        seasonAt = season ? k : i;
      }
    }
    if (end < 0) {
      return null;
    }
    if (end + 1 < t.size() && of.has(t.get(end)) && WrittenDates.year(t, end + 1) != null) {
      end++;
    }
    Integer year = WrittenDates.year(t, end);
    Integer inside = null;
    for (int k = i + 1; k < end - 1 && inside == null; k++) {
      inside = WrittenDates.year(t, k);
    }
    if (year != null) {
      end = end + 1 < t.size() && yearAfter.has(t.get(end + 1)) ? end + 2 : end + 1;
    } else if (inside != null) {
      year = inside;
    } else if (given != null) {
      year = given;
    } else if (ref.isPresent()) {
      year = ref.get().getYear() + shift(t, seasonAt);
    } else {
      return null;
    }
    MonthDay from = isAutumn ? AUTUMN_START : SPRING_START;
    MonthDay to = isAutumn ? AUTUMN_END : SPRING_END;
    Period p = Period.builder().start(from.atYear(year)).end(to.atYear(year)).build();
    return new DatedSpan(i, end, p, TimeKind.SPAN, false);
  }

  /** The end of a call-up noun at {@code k}, one token ("draft") or joined by a hyphen ("call-up"); -1 when none. */
  private int nounEnd(List<Token> t, int k) {
    if (callUp.has(t.get(k))) {
      return k + 1;
    }
    if (k + 2 < t.size() && t.get(k + 1).is("-") && t.get(k).isWord() && t.get(k + 2).isWord()
        && callUp.contains(t.get(k).text.toLowerCase(Locale.ROOT) + "-" + t.get(k + 2).text.toLowerCase(Locale.ROOT))) {
      return k + 3;
    }
    return -1;
  }

  /** How many years from the reference's the word before the season at {@code k} moves the campaign: -1 after "last", 1 after "next". */
  private int shift(List<Token> t, int k) {
    if (k < 1) {
      return 0;
    }
    Token w = t.get(k - 1);
    return last.has(w) ? -1 : next.has(w) ? 1 : 0;
  }
}

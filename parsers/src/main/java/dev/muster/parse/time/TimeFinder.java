package dev.muster.parse.time;

import dev.muster.DatePrecision;
import dev.muster.Period;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.time.WrittenDates.Written;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage time: finds the time expressions of a sentence's tokens and resolves them against the
 * reference date: absolute dates, months, years, ranges ("between April 2023 and the end of May
 * 2024"), "as of", "since the start of the full-scale invasion", "this year", "last year", "this
 * summer", "in March", "so far". Nothing relative is resolved without a reference date.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeFinder {

  /** The start of Russia's full-scale invasion of Ukraine. */
  public static final LocalDate INVASION = LocalDate.of(2022, 2, 24);

  private final WrittenDates dates;
  /** The words a time expression can start with, besides numbers: months, seasons, "since", ... */
  private final Words starts;
  /** The first words of the expressions before a written date. */
  private final Words leads;
  private final Words since;
  /** Two-word names of the war ("special operation"). */
  private final Words warPairs;
  /** "since its start" after the war is named: the word for "its" and the words for its start. */
  private final Words warBack;
  private final Words warStarts;
  private final Words during;
  private final Words warWords;
  /** "am" in "seit Kriegsbeginn am 24. Februar 2022": the word before the war's first day. */
  private final Words warDateJoins;
  private final Words warJoins;
  private final Words warBegan;
  private final Words in;
  private final Words as;
  private final Words of;
  private final Words until;
  private final Words today;
  private final Words soThus;
  /** The article between "until" and its date ("bis zum"); none in English. */
  private final Words untilArticles;
  private final Words far;
  private final Words to;
  private final Words dateWord;
  private final Words now;
  /** "at", of "at the moment" and "at present". */
  private final Words nowAt;
  /** "the", "this": the words between "at" and "moment". */
  private final Words nowAtDeterminers;
  /** "present", "current": the words that may stand before "moment" ("at the present moment"). */
  private final Words nowAtAdjectives;
  /** "moment": the noun of "at the moment". */
  private final Words nowAtNouns;
  /** "present": the word that tells the present right after "at" ("at present"). */
  private final Words nowAtBare;
  /** "of": a word after "at the moment" that makes it an event's moment ("at the moment of capture"). */
  private final Words nowAtBlockers;
  /** "remain", "remains": a present stock, as of the reference. */
  private final Words nowVerbs;
  /** "the", "of", "will": words before "remains" that make it a noun or no present. */
  private final Words nowVerbBlockers;
  /** "still" after a present copula ("are still in captivity"): a present stock, as "now" is. */
  private final Words nowStill;
  /** "is", "are": the present copulas before {@link #nowStill}. */
  private final Words nowStillCopulas;
  /** "of", "among" and "them", "those": the words of a part of a whole ("Of them, ...", "96 of those"). */
  private final Words partOpeners;
  private final Words partitivePronouns;
  private final Words spanStarts;
  private final Words spanJoins;
  private final Words from;
  private final Words starting;
  private final Words onFrom;
  private final Words thisWord;
  /** "current" in "the current year": a word that, after "the", stands for "this". */
  private final Words current;
  private final Words last;
  private final Words next;
  private final Words year;
  private final Words month;
  /** "минулого тижня", "на прошлой неделе": the calendar week, Monday to Sunday. */
  private final Words week;
  private final Words weekend;
  private final Words datePrepositions;
  private final Words alone;
  /** "and" between two years in a row: "in 2022 and 2023" is both. */
  private final Words yearPairJoins;
  private final Words yearStart;
  /** "the end of this year": the word for a year's last part. */
  private final Words yearEnd;
  /** "by the middle of this year", "by mid-2025": the word for the middle of a year. */
  private final Words middle;
  /** One word for "the start of the year" ("Jahresbeginn"); none in English. */
  private final Words yearStartWords;
  private final Words then;
  private final Words when;
  private final Words that;
  private final Words futureWords;
  /** "was", "were", "had": a clause with one of these is told in the past. */
  private final Words pastAuxiliaries;
  private final Words deadlineNouns;
  private final Words deadlineDone;
  private final Words the;
  /** "за" before a past span ("за минулу добу"): the words that open one without an article. */
  private final Words over;
  /** "at that point", "by that stage": the words before "that" and after it that point back to the time stated last. */
  private final Words pointLeads;
  private final Words pointNouns;
  /** "at the end of March": the word before the end of a time that makes it a point, a count as of then. */
  private final Words pointAt;
  /** "on", "by" before "that date". */
  private final Words thatDateLeads;
  /** "date", "day" after "on that". */
  private final Words thatDateNouns;
  private final Words past;
  /** "previous": a rolling span only with a count ("the previous 24 hours") or a single day. */
  private final Words previous;
  private final Words ordinals;
  /** "final": a word for the last part of a year that, unlike "last", never counts back from now. */
  private final Words finalWords;
  private final Words[] ordinalWords = new Words[4];
  private final Words half;
  /** "im ersten Halbjahr", "nel primo semestre": words besides the article that open a part of a year. */
  private final Words partLeads;
  private final Words yearAfter;
  private final CallUpCampaigns callUps;
  private final StatementTimes statements;
  /** "the highest since March": a "since" that dates a record, which no figure takes. */
  private final Comparisons comparisons;
  /** "время", "Zeitraum": the nouns of "over that time", which stand for the span stated before. */
  private final Words timeNouns;
  private final Words timeThat;
  /** "as of", "Stand: 1. März", "Stand vom 1. März": the words between "as" and its date. */
  private final Words asJoins;
  private final Words quarter;
  private final Words[] units = new Words[4];
  private final Words hours;
  /** "after", "following": the word between a span counted from an event and the event. */
  private final Words after;
  /** "effect", "effective": the word before "from" and a day that a rule or a decree takes effect on. */
  private final Words effectCues;
  private final Words dayThis;
  private final Words weekdayOn;
  /** "пятницу", "Freitag": weekday names by day, Monday first; English ones are read by their name. */
  private final Words[] weekdayNames = new Words[7];
  /** "venerdì sono rientrati ...": weekdays that are a time with no word for "on" before them. */
  private final Words weekdayAlone;
  private final Words dayBefore;
  private final Words dayParts;
  private final Words perfect;
  private final Words ago;
  /** "a", "the": the words before the unit of "a year earlier", "the year before". */
  private final Words shiftArticles;
  /** "earlier": after a unit, the time before moved back by it. */
  private final Words shiftBack;
  /** "before", "prior": as {@link #shiftBack}, but only where no word follows. */
  private final Words shiftBackEnding;
  /** "same" in "the same period of 2024". */
  private final Words same;
  /** "period", "months": the nouns of "the same period". */
  private final Words sameNouns;
  /** "now", "today", "still": in a question, a time its answer's figures stand at. */
  private final Words questionNow;
  /** "?": the mark that ends a question. */
  private final Words questionMarks;
  /** "for", "over": before "the" and a unit alone, a time that points back ("for the month"). */
  private final Words sameSpanLeads;
  /** "ahead", "of", "a": after the unit of "the same month" or "for the month", another time. */
  private final Words sameSpanBlockers;
  private final Lexicon lex;

  public TimeFinder(Lexicon lex) {
    this.dates = new WrittenDates(lex);
    this.starts = lex.optionalWords("time.starts").union(lex.optionalWords("time.months"));
    this.leads = lex.optionalWords("time.leads");
    this.since = lex.optionalWords("time.since");
    this.warPairs = lex.optionalWords("time.war-pairs");
    this.warBack = lex.optionalWords("time.war-back");
    this.warStarts = lex.optionalWords("time.war-starts");
    this.during = lex.optionalWords("time.during");
    this.warWords = lex.optionalWords("time.war-words");
    this.warDateJoins = lex.optionalWords("time.war-date-joins");
    this.warJoins = lex.optionalWords("time.war-joins");
    this.warBegan = lex.optionalWords("time.war-began");
    this.in = lex.optionalWords("time.in");
    this.as = lex.optionalWords("time.as");
    this.of = lex.optionalWords("time.of");
    this.until = lex.optionalWords("time.until");
    this.today = lex.optionalWords("time.today");
    this.soThus = lex.optionalWords("time.so-thus");
    this.untilArticles = lex.optionalWords("time.until-articles");
    this.far = lex.optionalWords("time.far");
    this.to = lex.optionalWords("time.to");
    this.dateWord = lex.optionalWords("time.date");
    this.now = lex.optionalWords("time.now");
    this.nowAt = lex.optionalWords("time.now-at");
    this.nowAtDeterminers = lex.optionalWords("time.now-at-determiners");
    this.nowAtAdjectives = lex.optionalWords("time.now-at-adjectives");
    this.nowAtNouns = lex.optionalWords("time.now-at-nouns");
    this.nowAtBare = lex.optionalWords("time.now-at-bare");
    this.nowAtBlockers = lex.optionalWords("time.now-at-blockers");
    this.nowVerbs = lex.optionalWords("time.now-verbs");
    this.nowVerbBlockers = lex.optionalWords("time.now-verb-blockers");
    this.nowStill = lex.optionalWords("time.now-still");
    this.nowStillCopulas = lex.optionalWords("time.now-still-copulas");
    this.partOpeners = lex.optionalWords("document.part-openers").union(lex.optionalWords("document.of"));
    this.partitivePronouns = lex.optionalWords("document.partitive-pronouns");
    this.spanStarts = lex.optionalWords("time.span-starts");
    this.spanJoins = lex.optionalWords("time.span-joins");
    this.from = lex.optionalWords("time.from");
    this.starting = lex.optionalWords("time.starting");
    this.onFrom = lex.optionalWords("time.on-from");
    this.thisWord = lex.optionalWords("time.this");
    this.current = lex.optionalWords("time.current");
    this.last = lex.optionalWords("time.last");
    this.next = lex.optionalWords("time.next");
    this.year = lex.optionalWords("time.year");
    this.month = lex.optionalWords("time.month");
    this.week = lex.optionalWords("time.week");
    this.weekend = lex.optionalWords("time.weekend");
    this.datePrepositions = lex.optionalWords("time.date-prepositions");
    this.alone = lex.optionalWords("time.alone");
    this.yearPairJoins = lex.optionalWords("time.year-pair-joins");
    this.yearStart = lex.optionalWords("time.year-start");
    this.yearEnd = lex.optionalWords("time.end");
    this.middle = lex.optionalWords("time.middle");
    this.yearStartWords = lex.optionalWords("time.year-start-words");
    this.then = lex.optionalWords("time.then");
    this.when = lex.optionalWords("time.when");
    this.that = lex.optionalWords("time.that");
    this.futureWords = lex.optionalWords("time.future");
    this.pastAuxiliaries = lex.optionalWords("time.past-auxiliaries");
    this.deadlineNouns = lex.optionalWords("classify.plan-nouns");
    this.deadlineDone = lex.optionalWords("time.deadline-done");
    this.the = lex.optionalWords("time.the");
    this.over = lex.optionalWords("time.over");
    this.pointLeads = lex.optionalWords("time.point-leads");
    this.pointNouns = lex.optionalWords("time.point-nouns");
    this.pointAt = lex.optionalWords("time.point-at");
    this.thatDateLeads = lex.optionalWords("time.that-date-leads");
    this.thatDateNouns = lex.optionalWords("time.that-date-nouns");
    this.past = lex.optionalWords("time.past");
    this.previous = lex.optionalWords("time.previous");
    this.finalWords = lex.optionalWords("time.final");
    Words anyOrdinal = lex.optionalWords("time.last").union(finalWords);
    for (int k = 0; k < 4; k++) {
      ordinalWords[k] = lex.optionalWords("time.ordinal-" + (k + 1));
      anyOrdinal = anyOrdinal.union(ordinalWords[k]);
    }
    this.ordinals = anyOrdinal;
    this.half = lex.optionalWords("time.half");
    this.partLeads = lex.optionalWords("time.part-leads");
    this.yearAfter = lex.optionalWords("time.year-after");
    this.quarter = lex.optionalWords("time.quarter");
    String[] unitNames = {"unit-days", "unit-weeks", "unit-months", "unit-years"};
    for (int u = 0; u < 4; u++) {
      units[u] = lex.optionalWords("time." + unitNames[u]);
    }
    this.hours = lex.optionalWords("time.unit-hours");
    this.after = lex.optionalWords("time.after");
    this.effectCues = lex.optionalWords("time.effect-cues");
    this.dayThis = lex.optionalWords("time.day-this");
    this.weekdayOn = lex.optionalWords("time.weekday-on");
    for (int k = 0; k < weekdayNames.length; k++) {
      weekdayNames[k] = lex.optionalWords("time.weekday-" + (k + 1));
    }
    this.weekdayAlone = lex.optionalWords("time.weekday-alone");
    this.dayBefore = lex.optionalWords("time.day-before");
    this.dayParts = lex.optionalWords("time.day-parts");
    this.perfect = lex.optionalWords("time.perfect");
    this.ago = lex.optionalWords("time.ago");
    this.shiftArticles = lex.optionalWords("time.shift-articles");
    this.shiftBack = lex.optionalWords("time.shift-back");
    this.shiftBackEnding = lex.optionalWords("time.shift-back-ending");
    this.same = lex.optionalWords("time.same");
    this.sameNouns = lex.optionalWords("document.same-time-nouns");
    this.questionNow = lex.optionalWords("time.question-now");
    this.questionMarks = lex.optionalWords("time.question-marks");
    this.sameSpanLeads = lex.optionalWords("time.same-span-leads");
    this.sameSpanBlockers = lex.optionalWords("time.same-span-blockers");
    this.lex = lex;
    this.callUps = new CallUpCampaigns(lex);
    this.statements = new StatementTimes(lex);
    this.comparisons = new Comparisons(lex);
    this.timeNouns = lex.optionalWords("time.time-nouns");
    this.timeThat = lex.optionalWords("time.time-that");
    this.asJoins = lex.optionalWords("time.as-joins").union(of);
  }

  /** Returns the time expressions of a sentence, in order, resolved against {@code reference}. */
  public List<DatedSpan> find(List<Token> t, Optional<LocalDate> reference) {
    return find(t, TimeContext.of(reference));
  }

  /**
   * "At that point", "by that stage", "by then" at token {@code i}: up to the time the text stated
   * last ("The last figure came in February. At that point, 46,000 had been killed"), its month's
   * end for a month; null when none was stated.
   */
  private DatedSpan pointBack(List<Token> t, int i, TimeContext context) {
    if (!pointLeads.has(t.get(i)) || context.lastDay().isEmpty()) {
      return null;
    }
    int end = i + 2 < t.size() && that.has(t.get(i + 1)) && pointNouns.has(t.get(i + 2)) ? i + 3
        : i + 1 < t.size() && until.has(t.get(i)) && then.has(t.get(i + 1)) ? i + 2 : -1;
    if (end < 0) {
      return null;
    }
    LocalDate day = context.lastDay().get();
    Optional<Period> month = context.lastSpan().filter(p -> p.start().equals(Optional.of(day)));
    Period p = month.isPresent()
        ? Period.builder().end(month.get().end()).endPrecision(month.get().endPrecision()).build()
        : Period.builder().end(day).build();
    return new DatedSpan(i, end, p, TimeKind.UNTIL, false);
  }

  /**
   * A time stated before in the sentence, moved back, at token {@code i}: "a year earlier", "the
   * year before", "a month prior", "the previous year" ("417,000 signed contracts in 2025, against
   * 450,000 a year earlier" is 2024), or the same days in another year: "the same period of 2024",
   * "the same months of the previous year", "the same period last year" ("1,850 in the first eight
   * months of the year, up from 1,120 in the same period of 2024" is January to August 2024). Null
   * when the sentence stated no time with both ends before {@code i}, or for "the year before the
   * invasion", the year of an event.
   */
  private DatedSpan shiftedBack(List<Token> t, int i, List<DatedSpan> before, Optional<LocalDate> ref) {
    if (before.isEmpty() || i + 2 >= t.size() || shiftEnd(t, i) < 0 && !same.has(t.get(i + 1))) {
      return null; // the cheap tests first: most "a" and "the" open no such time
    }
    Period base = null;
    // "so far this year, against 4,100 in the same period last year": the time before as one
    for (DatedSpan e : toDateOfSpan(before, ref)) {
      if (e.end() <= i && e.period().start().isPresent() && e.period().end().isPresent()) {
        base = e.period();
      }
    }
    if (base == null || i + 2 >= t.size()) {
      return null;
    }
    int unit = shiftUnit(t, i);
    int end = shiftEnd(t, i);
    if (end > 0) {
      return new DatedSpan(i, end, movedBack(base, unit, 1), TimeKind.SPAN, false);
    }
    if (!the.has(t.get(i)) || !same.has(t.get(i + 1)) || !sameNouns.has(t.get(i + 2))) {
      return null;
    }
    // "the same period" and the year it is moved to
    int baseYear = base.start().get().getYear();
    if (baseYear != base.end().get().getYear()) {
      return null;
    }
    int k = i + 3;
    if (k < t.size() && (of.has(t.get(k)) || in.has(t.get(k)))) {
      k++;
    }
    Integer year = k < t.size() ? WrittenDates.year(t, k) : null;
    if (year != null) {
      end = k + 1;
    } else if (k + 1 < t.size() && last.has(t.get(k)) && units[3].has(t.get(k + 1))) {
      year = ref.map(LocalDate::getYear).orElse(baseYear) - 1; // "the same period last year"
      end = k + 2;
    } else if (shiftEnd(t, k) > 0 && shiftUnit(t, k) == 3) {
      year = baseYear - 1; // "the same months of the previous year", "the same period a year earlier"
      end = shiftEnd(t, k);
    } else {
      return null;
    }
    if (year >= baseYear) {
      return null;
    }
    return new DatedSpan(i, end, movedBack(base, 3, baseYear - year), TimeKind.SPAN, false);
  }

  /**
   * A time at "the" ({@code i}) that points back to a span stated before, one of the length it
   * names: "the same" and a unit, perhaps after a count ("over the same twelve months", "in the
   * same month", "over the same ten days"; not "the same day", an event's whose day the text may
   * not give), or a week or month alone after a lead of {@code time.same-span-leads} ("for the
   * month", "over the week"; "for the year" is as often the page's). The span is the latest with both ends of that length
   * ({@link #hasLength}) that the sentence stated before {@code i} or the text before it ({@code
   * context}); null when there is none, or when a word of {@code time.same-span-blockers} follows
   * the unit ("the same month a year earlier", "for the month ahead").
   */
  private DatedSpan sameSpan(List<Token> t, int i, TimeContext context, List<DatedSpan> before) {
    if (i + 1 >= t.size()) {
      return null;
    }
    int j = i + 1;
    boolean sameWord = same.has(t.get(j));
    if (sameWord) {
      j++;
    } else if (i == 0 || !sameSpanLeads.has(t.get(i - 1))) {
      return null;
    }
    long n = sameWord ? countAt(t, j) : 0;
    if (n > 0) {
      j++;
    }
    if (j >= t.size()) {
      return null;
    }
    int unit = unitOf(t.get(j));
    long count = Math.max(1, n);
    if (unit < 0 || j + 1 < t.size() && sameSpanBlockers.has(t.get(j + 1))
        || unit == 0 && count == 1 || !sameWord && unit != 1 && unit != 2) {
      // "the same day" is an event's, whose day the text may not give ("said on Monday" is the
      // statement's); "for the year" is as often the year of the page as one stated before
      return null;
    }
    Period found = null;
    for (DatedSpan e : before) {
      if (e.end() <= i && hasLength(e.period(), unit, count)) {
        found = e.period();
      }
    }
    for (int k = context.spans().size() - 1; k >= 0 && found == null; k--) {
      if (hasLength(context.spans().get(k), unit, count)) {
        found = context.spans().get(k);
      }
    }
    if (found == null) {
      return null;
    }
    int from = i > 0 && (sameSpanLeads.has(t.get(i - 1)) || datePrepositions.has(t.get(i - 1))) ? i - 1 : i;
    return new DatedSpan(from, j + 1, found, TimeKind.SPAN, false);
  }

  /**
   * Whether the period has both ends and is {@code count} days, weeks (0, 1), whole months or
   * whole years (2, 3) long: "twelve months" is a calendar year as well as any twelve whole months.
   */
  private static boolean hasLength(Period p, int unit, long count) {
    if (p.start().isEmpty() || p.end().isEmpty()) {
      return false;
    }
    LocalDate a = p.start().get();
    LocalDate b = p.end().get();
    if (unit <= 1) {
      return java.time.temporal.ChronoUnit.DAYS.between(a, b) + 1 == (unit == 0 ? count : 7 * count);
    }
    if (a.getDayOfMonth() != 1 || !b.equals(YearMonth.from(b).atEndOfMonth())) {
      return false;
    }
    long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(a), YearMonth.from(b)) + 1;
    return months == (unit == 2 ? count : 12 * count);
  }

  /**
   * The spans {@code spans}, each calendar month written without a year ("In December, ...") moved
   * to the first such month from {@code dated} on, the month the sentence before dated itself with
   * ("On 28 October 2022, ..."): in its year, or the next one for an earlier month; a month that
   * would then pass {@code ref}'s stays as read, and so does a relative one ("last month").
   */
  private List<DatedSpan> afterDated(List<Token> t, List<DatedSpan> spans, YearMonth dated, LocalDate ref) {
    List<DatedSpan> out = spans;
    for (int k = 0; k < spans.size(); k++) {
      DatedSpan e = spans.get(k);
      if (e.kind() != TimeKind.SPAN || !e.isMonth() || writesYear(t, e) || !namesMonth(t, e)) {
        continue; // "last month" counts from the page's date
      }
      int month = e.period().start().get().getMonthValue();
      YearMonth m = YearMonth.of(month < dated.getMonthValue() ? dated.getYear() + 1 : dated.getYear(), month);
      if (m.isAfter(YearMonth.from(ref)) || m.equals(YearMonth.from(e.period().start().get()))) {
        continue;
      }
      out = out == spans ? new ArrayList<>(spans) : out;
      out.set(k, new DatedSpan(e.start(), e.end(), Period.ofMonth(m), e.kind(), e.leading()));
    }
    return out;
  }

  /** Whether the span's words name a month ("In December"), not only a relative one ("last month"). */
  private boolean namesMonth(List<Token> t, DatedSpan e) {
    for (int k = e.start(); k < e.end(); k++) {
      if (dates.isMonth(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The month of the last day or calendar month with a written year that {@code spans}, the times
   * of a sentence, state as a time of their own ("On 28 October 2022", "in March 2023"); empty when
   * the last time with a written year is another kind ("since February 2022") or there is none.
   */
  public static Optional<YearMonth> datedMonth(List<Token> t, List<DatedSpan> spans) {
    Optional<YearMonth> month = Optional.empty();
    for (DatedSpan e : spans) {
      if (writesYear(t, e)) {
        month = e.kind() == TimeKind.SPAN && (e.isDay() || e.isMonth())
            ? Optional.of(YearMonth.from(e.period().start().get())) : Optional.empty();
      }
    }
    return month;
  }

  /**
   * Whether the sentence is a question about now: it ends with a mark of {@code time.question-marks}
   * and holds a word of {@code time.question-now} ("How many ... is Ukraine holding today?", "And how
   * many are still in Russian hands?").
   */
  public boolean asksNow(List<Token> t) {
    if (t.isEmpty() || !questionMarks.has(t.get(t.size() - 1))) {
      return false;
    }
    for (Token x : t) {
      if (questionNow.has(x)) {
        return true;
      }
    }
    return false;
  }

  /** The periods with both ends of the time expressions {@code spans}, in order. */
  public static List<Period> closedSpans(List<DatedSpan> spans) {
    List<Period> out = new ArrayList<>();
    for (DatedSpan e : spans) {
      if (e.period().start().isPresent() && e.period().end().isPresent()) {
        out.add(e.period());
      }
    }
    return out;
  }

  /**
   * The end of "a year earlier", "the year before", "the previous year" at token {@code i}; -1 when
   * there is none.
   */
  private int shiftEnd(List<Token> t, int i) {
    if (i + 2 >= t.size() || !shiftArticles.has(t.get(i))) {
      return -1;
    }
    boolean unit = unitOf(t.get(i + 1)) >= 0;
    if (unit && shiftBack.has(t.get(i + 2))) {
      return i + 3;
    }
    if (unit && shiftBackEnding.has(t.get(i + 2)) && (i + 3 == t.size() || !t.get(i + 3).isWord())) {
      return i + 3;
    }
    // "the previous year", "the preceding month"
    return the.has(t.get(i)) && previous.has(t.get(i + 1)) && unitOf(t.get(i + 2)) >= 2 ? i + 3 : -1;
  }

  /** The unit of "a year earlier" or "the previous year" at token {@code i}, as {@link #unitOf} numbers it. */
  private int shiftUnit(List<Token> t, int i) {
    return previous.has(t.get(i + 1)) ? unitOf(t.get(i + 2)) : unitOf(t.get(i + 1));
  }

  /** The unit a token names, one word of it: 0 a day, 1 a week, 2 a month, 3 a year; -1 for none. */
  private int unitOf(Token x) {
    for (int u = 0; u < units.length; u++) {
      if (units[u].has(x)) {
        return u;
      }
    }
    return -1;
  }

  /**
   * The period {@code p} moved back by {@code n} days, weeks, months or years ({@code unit} 0 to 3);
   * an end on a month's last day stays on the last day of its month ("February 2025" a year back is
   * all of February 2024).
   */
  private static Period movedBack(Period p, int unit, int n) {
    LocalDate s = back(p.start().get(), unit, n);
    LocalDate e = back(p.end().get(), unit, n);
    if (unit >= 2 && p.end().get().getDayOfMonth() == p.end().get().lengthOfMonth()) {
      e = e.withDayOfMonth(e.lengthOfMonth());
    }
    return Period.builder().start(s).startPrecision(p.startPrecision()).end(e).endPrecision(p.endPrecision())
        .build();
  }

  private static LocalDate back(LocalDate d, int unit, int n) {
    return switch (unit) {
      case 0 -> d.minusDays(n);
      case 1 -> d.minusWeeks(n);
      case 2 -> d.minusMonths(n);
      default -> d.minusYears(n);
    };
  }

  /**
   * "On that date", "on that day", "by that date" at token {@code i}: the day the sentence stated
   * before, as it stated it ("1,274 dead as of 14 November; their national total on that date was
   * more than 150,000" is up to 14 November; "turned back 400 on 12 May, and 90 were detained on
   * that day" is 12 May), up to it after "by"; null when the sentence stated no day before.
   */
  private DatedSpan thatDate(List<Token> t, int i, List<DatedSpan> before) {
    if (i + 2 >= t.size() || !that.has(t.get(i + 1)) || !thatDateNouns.has(t.get(i + 2))) {
      return null;
    }
    DatedSpan day = null;
    for (DatedSpan e : before) {
      boolean untilDay = e.kind() == TimeKind.UNTIL && e.period().start().isEmpty() && e.period().end().isPresent()
          && e.period().endPrecision() == DatePrecision.DAY;
      if (e.end() <= i && (e.isDay() || untilDay)) {
        day = e;
      }
    }
    if (day == null) {
      return null;
    }
    if (until.has(t.get(i)) || day.kind() == TimeKind.UNTIL) {
      return new DatedSpan(i, i + 3, Period.builder().end(day.period().end()).build(), TimeKind.UNTIL, false);
    }
    return new DatedSpan(i, i + 3, day.period(), TimeKind.SPAN, false);
  }

  /**
   * Whether the sentence splits a whole stated before ("Of them, 12 have been killed ... and 16
   * remain missing", "96 of those have returned") before token {@code end}: its parts share the
   * whole's time, which a present "remain" does not replace; an aside after the verb ("remain in
   * captivity, many of them held ...") splits nothing.
   */
  private boolean splitsWhole(List<Token> t, int end) {
    for (int k = 0; k + 1 < end; k++) {
      if (partOpeners.has(t.get(k)) && partitivePronouns.has(t.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a year is written within the span's tokens ("to 31 December 2024"). */
  private static boolean writesYear(List<Token> t, DatedSpan e) {
    for (int k = e.start(); k < e.end(); k++) {
      if (WrittenDates.year(t, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The campaign named before the span whose days, of whatever year, the span runs over ("the
   * autumn draft, which runs from 1 October to 31 December"), or null; one named after it is
   * another campaign the span is set against ("between 1 October and 31 December, up from 133,000
   * in the October-December call-up of 2024").
   */
  private static DatedSpan sameDays(DatedSpan e, List<DatedSpan> campaigns) {
    Period p = e.period();
    if (p.start().isEmpty() || p.end().isEmpty() || p.start().get().getYear() != p.end().get().getYear()) {
      return null;
    }
    for (DatedSpan c : campaigns) {
      if (c.start() > e.start()) {
        continue; // "drafted between 1 October and 31 December, up from 133,000 in the call-up of 2024": another year's
      }
      Period q = c.period();
      if (MonthDay.from(p.start().get()).equals(MonthDay.from(q.start().get()))
          && MonthDay.from(p.end().get()).equals(MonthDay.from(q.end().get()))) {
        return c;
      }
    }
    return null;
  }

  /**
   * The call-up campaign named at token {@code i}, or after "in the", "during" or "the" there ("in
   * the autumn draft"), whose words would otherwise be read as the season; null when none.
   */
  private DatedSpan campaignAt(List<Token> t, int i, Optional<LocalDate> reference) {
    DatedSpan c = callUps.at(t, i, reference);
    for (int j = i; c == null && j < Math.min(t.size() - 1, i + 2)
        && (datePrepositions.has(t.get(j)) || the.has(t.get(j))); j++) {
      DatedSpan named = callUps.at(t, j + 1, reference);
      c = named == null ? null : new DatedSpan(i, named.end(), named.period(), named.kind(), false);
    }
    return c;
  }

  /** Whether the sentence names a month ("The last figure came in February"), a time later sentences may point back to. */
  public boolean namesMonth(List<Token> t) {
    for (int k = 0; k < t.size(); k++) { // indexed: no iterator per sentence
      if (dates.isMonth(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the time expressions of a sentence, in order, resolved against the context's date, or,
   * for a month without a year and no date, against the last year the text stated.
   */
  public List<DatedSpan> find(List<Token> t, TimeContext context) {
    return find(t, context, 0);
  }

  /**
   * As {@link #find(List, TimeContext)}, reading from token {@code first} on: the tokens before it
   * ("LIMA, March 12 (Reuters) -", a dateline) give the story's day, not its figures' time.
   */
  public List<DatedSpan> find(List<Token> t, TimeContext context, int first) {
    Optional<LocalDate> reference = context.reference();
    int year = reference.isPresent() ? 0 : context.year();
    List<DatedSpan> out = new ArrayList<>();
    List<DatedSpan> campaigns = new ArrayList<>(0);
    int i = Math.max(0, first);
    int seenYear = context.year();
    while (i < t.size()) {
      Token x = t.get(i);
      if (that.has(x) && seenYear > 0 && i + 1 < t.size() && this.year.has(t.get(i + 1))) {
        // "said in December 2023 that 490,000 had signed contracts that year"
        out.add(new DatedSpan(i, i + 2, Period.ofYear(Year.of(seenYear)), TimeKind.SPAN, false));
        i += 2;
        continue;
      }
      DatedSpan shifted = shiftArticles.has(x) ? shiftedBack(t, i, out, reference) : null;
      if (shifted != null) {
        // "417,000 signed in 2025, against 450,000 a year earlier": 2024
        out.add(shifted);
        i = shifted.end();
        continue;
      }
      DatedSpan back = the.has(x) ? sameSpan(t, i, context, out) : null;
      if (back != null) {
        // "over the same twelve months", "in the same month", "for the month": a span stated before
        out.add(back);
        i = back.end();
        continue;
      }
      DatedSpan afterEvent = (the.has(x) || ordinalWords[0].has(x)) && !after.isEmpty()
          ? afterEvent(t, i, reference, seenYear) : null;
      if (afterEvent != null) {
        out.add(afterEvent);
        i = afterEvent.end();
        continue;
      }
      if (ordinalWords[0].has(x) && context.lastDay().isPresent()) {
        DatedSpan e = firstOfEvent(t, i, context.lastDay().get());
        if (e != null) {
          out.add(e);
          i = e.end();
          continue;
        }
      }
      if (timeThat.has(x) && i + 1 < t.size() && timeNouns.has(t.get(i + 1)) && context.lastSpan().isPresent()) {
        // "Весенний призыв шёл с 1 апреля по 15 июля. За это время ...": the span stated before
        int from = i > 0 && over.has(t.get(i - 1)) ? i - 1 : i;
        out.add(new DatedSpan(from, i + 2, context.lastSpan().get(), TimeKind.SPAN, false));
        i += 2;
        continue;
      }
      if (nowStill.has(x) && i > 0 && nowStillCopulas.has(t.get(i - 1)) && reference.isPresent()
          && !splitsWhole(t, i) && !(i > 1 && t.get(i - 2).isNumber())) {
        // "as many as 10,000 Ukrainians are still in Russian captivity": as of the reference, as
        // "now" is; not "were still" (a past time's), nor a part of a whole, which shares its time
        // ("Of them, 16 are still ...", and a bare count, "17 are still missing", is one of them)
        out.add(new DatedSpan(i, i + 1, Period.builder().end(reference.get()).build(), TimeKind.UNTIL, false));
        i++;
        continue;
      }
      if (nowVerbs.has(x) && i > 0 && !nowVerbBlockers.has(t.get(i - 1)) && reference.isPresent()
          && !splitsWhole(t, i)) {
        // "about 200 remain in the Russian army": as of the reference, as "now" is; not a part of a
        // whole ("Of them, ... 16 remain missing"), which shares the whole's time
        out.add(new DatedSpan(i, i + 1, Period.builder().end(reference.get()).build(), TimeKind.UNTIL, false));
        i++;
        continue;
      }
      DatedSpan thatDate = thatDateLeads.has(x) ? thatDate(t, i, out) : null;
      if (thatDate != null) {
        out.add(thatDate);
        i = thatDate.end();
        continue;
      }
      DatedSpan point = pointBack(t, i, context);
      if (point != null) {
        out.add(point);
        i = point.end();
        continue;
      }
      DatedSpan campaign = campaignAt(t, i, reference);
      if (campaign != null) {
        out.add(campaign);
        campaigns.add(campaign);
        i = campaign.end();
        continue;
      }
      if (!x.isNumber() && !starts.has(x) && !partOfYearLead(t, i) && weekdayAt(t, i) < 0) {
        i++;
        continue;
      }
      // a day an earlier sentence stated, unless this one states its own time before ("said in June
      // that ... had since been sent": the statement's, not a day of the sentence before)
      Optional<LocalDate> sinceDay = dayInClause(t, out, i);
      if (sinceDay.isEmpty() && out.isEmpty()) {
        sinceDay = context.lastDay();
      }
      if (since.has(x) && i > 0 && perfect.has(t.get(i - 1)) && i + 1 < t.size() && sinceDay.isPresent()
          && !then.has(t.get(i + 1)) && !t.get(i + 1).isNumber() && !dates.isMonth(t.get(i + 1))
          && !the.has(t.get(i + 1)) && !t.get(i + 1).isPunct() && (!commaBefore(t, i) || !out.isEmpty())) {
        // "Putin said in June 2023 that ... Hundreds have since been convicted": since that day;
        // "searched 20 offices in April and has since detained 14": since the day the sentence stated
        LocalDate s = sinceDay.get();
        out.add(new DatedSpan(i, i + 1, Period.builder().start(s).end(reference.filter(r -> !r.isBefore(s)))
            .build(), TimeKind.SINCE, false));
        i++;
        continue;
      }
      if (since.has(x) && i + 1 < t.size() && then.has(t.get(i + 1)) && context.lastDay().isPresent()) {
        // "The mobilisation was declared on 21 September. Since then, ..."
        LocalDate s = context.lastDay().get();
        out.add(new DatedSpan(i, i + 2, Period.builder().start(s).end(reference.filter(r -> !r.isBefore(s)))
            .build(), TimeKind.SINCE, false));
        i += 2;
        continue;
      }
      DatedSpan e = at(t, i, reference, year);
      if (e != null) {
        seenYear = lastYear(t, List.of(e), seenYear);
        // "On 11 July, ...": a leading date before a comma
        out.add(e.start() <= 1 && e.end() < t.size() && t.get(e.end()).is(",") ? e.asLeading() : e);
        DatedSpan then = sinceWhen(t, e);
        if (then != null) {
          out.add(then);
        }
        i = Math.max(e.end(), i + 1);
      } else {
        i++;
      }
    }
    if (context.dated().isPresent() && reference.isPresent()) {
      out = afterDated(t, out, context.dated().get(), reference.get());
    }
    for (int k = 0; k < out.size() && !campaigns.isEmpty(); k++) {
      DatedSpan e = out.get(k);
      DatedSpan c = campaigns.contains(e) || writesYear(t, e) ? null : sameDays(e, campaigns);
      if (c != null) { // the campaign's name gives the year of its days written out
        out.set(k, new DatedSpan(e.start(), e.end(), c.period(), e.kind(), e.leading()));
      }
    }
    // "в 2024 году в ходе осеннего призыва": a time written out beats the campaign's days; a bare
    // weekday ("said on Tuesday that ... in the autumn draft") does not
    if (!campaigns.isEmpty()
        && out.stream().anyMatch(e -> !campaigns.contains(e) && weekdayAt(t, e.start()) != e.end() - 1)) {
      out.removeAll(campaigns);
    }
    out = callUps.seasonsOfCallUp(t, out); // "calling up 140,000 men ... this autumn": the campaign's days
    out = warToDate(t, out);
    out = sinceAsOf(t, out);
    out = toDateOfSpan(out, reference);
    out = comparisons.apply(t, out);
    out = statements.apply(t, out, reference);
    if (out.size() > 1) {
      // "a decree signed on Monday calls up 133,000 for the campaign from 1 October": a bare
      // weekday yields to any other time the sentence states
      // ("Sabato ... 307, domenica ... 303": weekdays alone all stay)
      // ("3,950 entered on Thursday, against 1,500 a day in November": after a figure, a
      // weekday stays against a time past a comma, which is another clause's)
      List<DatedSpan> others = out.stream().filter(e -> weekdayAt(t, e.start()) != e.end() - 1).toList();
      out.removeIf(e -> weekdayAt(t, e.start()) == e.end() - 1
          && others.stream().anyMatch(o -> !commaBetween(t, e, o) || !numberBefore(t, e.start())));
    }
    return out;
  }

  /**
   * "From the start of the war to 1 March 2025": the war's span after "from" at {@code i} when a
   * word for "until" or "to" and a date follow it, which {@link #warToDate} ends at that date; null
   * otherwise ("men back from the war to Buryatia" is no time).
   */
  private DatedSpan warBeforeEnd(List<Token> t, int i, Optional<LocalDate> ref) {
    DatedSpan war = sinceOrDuring(t, i, ref);
    if (war == null || !war.period().start().equals(Optional.of(INVASION)) || war.end() >= t.size()
        || !until.has(t.get(war.end())) && !to.has(t.get(war.end()))) {
      return null;
    }
    return war.end() + 1 < t.size() && readArticled(t, war.end() + 1) != null ? war : null;
  }

  /**
   * "Seit Beginn der Invasion bis zum 1. März 2025", "с начала вторжения до конца 2024 года",
   * "since the invasion until the end of 2024": a span from the war's start followed at once by a
   * word for "until" or "to" and a date is one span, from the war's start to that date, not two.
   * A date after "and" is another time ("since the invasion and in 2024 alone").
   */
  private List<DatedSpan> warToDate(List<Token> t, List<DatedSpan> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    List<DatedSpan> out = new ArrayList<>(spans);
    for (int k = out.size() - 2; k >= 0; k--) {
      DatedSpan a = out.get(k);
      DatedSpan b = out.get(k + 1);
      if (a.kind() != TimeKind.SINCE && a.kind() != TimeKind.WAR || !a.period().start().equals(Optional.of(INVASION))
          || a.end() >= t.size() || b.period().end().isEmpty() || !b.period().end().get().isAfter(INVASION)) {
        continue;
      }
      Token join = t.get(a.end());
      boolean joined = until.has(join) || to.has(join);
      boolean next = b.start() == a.end() || b.start() == a.end() + 1 && !datePrepositions.has(t.get(b.start()));
      if (!joined || !next || b.period().start().isPresent() && b.kind() != TimeKind.SPAN) {
        continue;
      }
      Period p = Period.builder().start(INVASION).end(b.period().end()).endPrecision(b.period().endPrecision())
          .build();
      out.set(k, new DatedSpan(a.start(), b.end(), p, TimeKind.SINCE, a.leading()));
      out.remove(k + 1);
    }
    return out;
  }

  /**
   * "killed since the start of the full-scale invasion as of 30 January 2026", "enlisted since
   * March, as of 1 October": a "since" followed at once, or after a comma, by "as of" a date after
   * its start is one span, from the start to that date, not two (the page's date, or none, would
   * end the first).
   */
  private List<DatedSpan> sinceAsOf(List<Token> t, List<DatedSpan> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    List<DatedSpan> out = new ArrayList<>(spans);
    for (int k = out.size() - 2; k >= 0; k--) {
      DatedSpan a = out.get(k);
      DatedSpan b = out.get(k + 1);
      if (a.kind() != TimeKind.SINCE || a.period().start().isEmpty() || b.kind() != TimeKind.UNTIL
          || b.period().start().isPresent() || b.period().end().isEmpty() || b.start() >= t.size()
          || !as.has(t.get(b.start())) || !b.period().end().get().isAfter(a.period().start().get())) {
        continue;
      }
      boolean next = b.start() == a.end() || b.start() == a.end() + 1 && t.get(a.end()).is(",");
      if (!next) {
        continue;
      }
      Period p = Period.builder().start(a.period().start()).startPrecision(a.period().startPrecision())
          .end(b.period().end()).endPrecision(b.period().endPrecision()).build();
      out.set(k, new DatedSpan(a.start(), b.end(), p, TimeKind.SINCE, a.leading()));
      out.remove(k + 1);
    }
    return out;
  }

  /**
   * "so far this year", "this month so far": an open "so far" next to a span that holds the
   * reference is one time, that span's part up to the reference, not two times of which the
   * nearer might belong to another figure.
   */
  private static List<DatedSpan> toDateOfSpan(List<DatedSpan> spans, Optional<LocalDate> reference) {
    if (spans.size() < 2 || reference.isEmpty()) {
      return spans;
    }
    List<DatedSpan> out = new ArrayList<>(spans);
    for (int k = out.size() - 2; k >= 0; k--) {
      DatedSpan a = out.get(k);
      DatedSpan b = out.get(k + 1);
      if (b.start() != a.end()) {
        continue;
      }
      DatedSpan open = toNow(a, reference.get()) ? a : toNow(b, reference.get()) ? b : null;
      DatedSpan span = open == a ? b : a;
      if (open == null || span.kind() != TimeKind.SPAN || span.period().start().isEmpty()
          || span.period().end().isEmpty() || !span.period().start().get().isBefore(reference.get())
          || span.period().end().get().isBefore(reference.get())) {
        continue;
      }
      Period p = Period.builder().start(span.period().start()).startPrecision(span.period().startPrecision())
          .end(reference).build();
      out.set(k, new DatedSpan(a.start(), b.end(), p, TimeKind.SPAN, a.leading()));
      out.remove(k + 1);
    }
    return out;
  }

  /** Whether {@code e} is an open time up to the reference ("so far", "to date"). */
  private static boolean toNow(DatedSpan e, LocalDate reference) {
    return e.kind() == TimeKind.UNTIL && e.period().start().isEmpty()
        && e.period().end().equals(Optional.of(reference));
  }

  /**
   * "since September 2023, when 17 people were detained": the clause after ", when" is at the
   * date "since" starts from, as precise as it was written; null for any other span.
   */
  private DatedSpan sinceWhen(List<Token> t, DatedSpan e) {
    int w = e.end() + 1;
    if (e.kind() != TimeKind.SINCE || w >= t.size() || !t.get(e.end()).is(",") || !when.has(t.get(w))
        || e.period().start().isEmpty()) {
      return null;
    }
    LocalDate s = e.period().start().get();
    Period p = switch (e.period().startPrecision()) {
      case YEAR -> Period.ofYear(Year.from(s));
      case MONTH -> Period.ofMonth(YearMonth.from(s));
      default -> Period.ofDay(s);
    };
    return new DatedSpan(w, w + 1, p, TimeKind.SPAN, false);
  }

  /**
   * The start of the last single day or month among {@code spans} that shares a statement with
   * token {@code i} ("searched 20 offices in April and has since detained 14"): none when "that"
   * stands between, and the span is the time of a statement ("said in June that ... had since").
   */
  private Optional<LocalDate> dayInClause(List<Token> t, List<DatedSpan> spans, int i) {
    Optional<LocalDate> day = Optional.empty();
    for (DatedSpan e : spans) {
      if (e.kind() != TimeKind.SPAN || !e.isDay() && !e.isMonth() || e.end() > i) {
        continue;
      }
      boolean said = false;
      for (int k = e.end(); k < i && !said; k++) {
        said = that.has(t.get(k));
      }
      day = said ? Optional.empty() : e.period().start();
    }
    return day;
  }

  /** Whether a number stands before token {@code i}. */
  private static boolean numberBefore(List<Token> t, int i) {
    for (int k = 0; k < i; k++) {
      if (t.get(k).isNumber()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma stands between two time expressions of a sentence. */
  private static boolean commaBetween(List<Token> t, DatedSpan a, DatedSpan b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    for (int k = from; k < to; k++) {
      if (t.get(k).is(",")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma stands before token {@code i}: "..., though many have since come back" is another clause. */
  private static boolean commaBefore(List<Token> t, int i) {
    for (int k = 0; k < i; k++) {
      if (t.get(k).is(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence sets a quota or plan that is still to be met ("a quota of 120,000 men by
   * the end of March"), not one it tells as met or missed.
   */
  private boolean deadline(List<Token> t) {
    return deadlineNouns.inNone(t, deadlineDone);
  }

  /** Whether the sentence speaks of the future ("will"). */
  private boolean future(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      if (futureWords.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause of the tokens {@code [from, to)} speaks of the future: a word for "will"
   * between the comma or semicolon before them and the one after ("signed contracts in January and
   * February, and the payment will rise from April": only the second clause).
   */
  private boolean futureClause(List<Token> t, int from, int to) {
    return clauseHas(t, from, to, futureWords);
  }

  /** Whether a word of {@code words} stands in the clause of the tokens {@code [from, to)}, as {@link #futureClause} bounds it. */
  private static boolean clauseHas(List<Token> t, int from, int to, Words words) {
    int s = from;
    while (s > 0 && !clauseMark(t.get(s - 1))) {
      s--;
    }
    for (int k = s; k < t.size() && (k < to || !clauseMark(t.get(k))); k++) {
      if (words.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the start {@code w} without a year, read at tokens {@code [from, to)}, is the coming
   * one: its clause speaks of the future, or the day comes within {@value #COMING_DAYS} days after
   * the reference in a clause not told in the past ("orders 135,000 to be drafted between 1 October
   * and 31 December" on a page of 29 September; "were called up between October 1 and December 31"
   * is last year's).
   */
  private boolean coming(List<Token> t, int from, int to, Written w, Optional<LocalDate> ref) {
    return futureClause(t, from, to) || comingSoon(w, ref) && !clauseHas(t, from, to, pastAuxiliaries);
  }

  private static boolean clauseMark(Token x) {
    return x.is(",") || x.is(";");
  }

  /**
   * The year of the coming day {@code w}: the reference's, unless the day fell more than {@value
   * #COMING_DAYS} days before it ("will receive ... from 1 October" on a page updated on 2 October
   * is this 1 October; "from 1 January" on a page of 10 December the next one); null without a
   * reference.
   */
  private static Integer comingYear(Written w, Optional<LocalDate> ref) {
    if (ref.isEmpty()) {
      return null;
    }
    LocalDate r = ref.get();
    LocalDate d = LocalDate.of(r.getYear(), w.month, Math.min(w.day, YearMonth.of(r.getYear(), w.month).lengthOfMonth()));
    return d.isBefore(r.minusDays(COMING_DAYS)) ? r.getYear() + 1 : r.getYear();
  }

  /**
   * The year that puts the day {@code w}, written without one, nearest to {@code r}, before or after
   * it: "with effect from June 1" on a page of 30 March is the coming 1 June, "effective from
   * January 1" on the same page the one just past.
   */
  private static Integer nearestYear(Written w, LocalDate r) {
    Integer best = null;
    long bestDays = Long.MAX_VALUE;
    for (int y = r.getYear() - 1; y <= r.getYear() + 1; y++) {
      try {
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(r, LocalDate.of(y, w.month, w.day)));
        if (days < bestDays) {
          bestDays = days;
          best = y;
        }
      } catch (java.time.DateTimeException e) {
        // 29 February of a year without one
      }
    }
    return best;
  }

  /** How many days after the reference a start without a year may fall and still be the coming one. */
  private static final int COMING_DAYS = 31;

  /**
   * Whether the day {@code w}, with no year, comes within {@value #COMING_DAYS} days after the
   * reference ("from 1 December" on a page of 18 November): a start that is about to come, not one
   * of almost a year ago. A month without a day is no such start.
   */
  private static boolean comingSoon(Written w, Optional<LocalDate> ref) {
    if (w.year != null || w.yearsBack != null || w.day == null || w.month == null || w.season || ref.isEmpty()) {
      return false;
    }
    LocalDate r = ref.get();
    LocalDate d;
    try {
      d = LocalDate.of(r.getYear(), w.month, w.day);
    } catch (java.time.DateTimeException e) {
      return false;
    }
    if (d.isBefore(r)) {
      d = d.plusYears(1);
    }
    return !d.isAfter(r.plusDays(COMING_DAYS));
  }

  /**
   * Returns the last span from one day to another among the time expressions {@code spans} that is
   * longer than a day ("from 1 April to 15 July"), if any: what "over that time" in a later sentence
   * stands for.
   */
  public static Optional<Period> lastSpan(List<DatedSpan> spans) {
    Optional<Period> span = Optional.empty();
    for (DatedSpan e : spans) {
      if (e.kind() == TimeKind.SPAN && e.period().start().isPresent() && e.period().end().isPresent() && !e.isDay()) {
        span = Optional.of(e.period());
      }
    }
    return span;
  }

  /**
   * Returns the start of the last single day or calendar month among the time expressions {@code
   * spans}, if any ("in January 2024. Since then, ..." counts from 1 January 2024).
   */
  public static Optional<LocalDate> lastDay(List<DatedSpan> spans) {
    Optional<LocalDate> day = Optional.empty();
    for (DatedSpan e : spans) {
      if (e.kind() == TimeKind.SPAN && (e.isDay() || e.isMonth())) {
        day = e.period().start();
      }
    }
    return day;
  }

  /**
   * Returns the last year written in digits inside the time expressions {@code spans} of the
   * sentence {@code t} ("in January 2024", "since 2023"), or {@code year} when they write none.
   */
  public static int lastYear(List<Token> t, List<DatedSpan> spans, int year) {
    int y = year;
    for (DatedSpan e : spans) {
      for (int k = e.start(); k < e.end(); k++) {
        Integer v = WrittenDates.year(t, k);
        if (v != null) {
          y = v;
        }
      }
    }
    return y;
  }

  /**
   * "on Friday" with no date after it, in a sentence about the past: the last such weekday on or
   * before the reference ("307 returned home on Saturday" in a report of Saturday 24 May), or the
   * day a statement was made ("told parliament on Tuesday that 59 have been killed"), which the
   * classifier weighs as the time of a statement; not "on Wednesday morning".
   */
  private DatedSpan pastWeekday(List<Token> t, int i, Optional<LocalDate> ref) {
    int w = weekdayAt(t, i);
    if (ref.isEmpty() || w < 0 || w + 1 < t.size() && (dateAt(t, w + 1) || dayParts.has(t.get(w + 1)))
        || future(t)) {
      return null;
    }
    LocalDate d = onOrBefore(ref.get(), dayOfWeek(t.get(w)));
    return new DatedSpan(i, w + 1, Period.builder().start(d).end(d).build(), TimeKind.SPAN, false);
  }

  /** The last {@code weekday} on or before {@code day}: {@code day} itself when it is one. */
  private static LocalDate onOrBefore(LocalDate day, java.time.DayOfWeek weekday) {
    return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekday));
  }

  /** Whether a date with a month starts at {@code k} ("Friday 23 May"), not a count ("Friday 390 returned"). */
  private boolean dateAt(List<Token> t, int k) {
    if (!t.get(k).isNumber()) {
      return false;
    }
    Written w = dates.read(t, k);
    return w != null && w.month != null;
  }

  /**
   * "Tra venerdì e domenica", "zwischen Freitag und Sonntag", "с пятницы по воскресенье": the days
   * from the first weekday to the last, the last one on or before the reference.
   */
  private DatedSpan betweenWeekdays(List<Token> t, int i, Optional<LocalDate> ref) {
    // "between last Wednesday and Sunday": the same days
    int f = i + 1 < t.size() && this.last.has(t.get(i + 1)) ? i + 2 : i + 1;
    if (ref.isEmpty() || f + 2 >= t.size() || !spanJoins.has(t.get(f + 1)) || future(t)) {
      return null;
    }
    java.time.DayOfWeek first = dayOfWeek(t.get(f));
    java.time.DayOfWeek last = dayOfWeek(t.get(f + 2));
    if (first == null || last == null || f + 3 < t.size() && dateAt(t, f + 3)) {
      return null;
    }
    LocalDate end = onOrBefore(ref.get(), last);
    LocalDate start = end.minusDays((last.getValue() - first.getValue() + 7) % 7);
    return new DatedSpan(i, f + 3, Period.builder().start(start).end(end).build(), TimeKind.SPAN, false);
  }

  /**
   * The index of the weekday in "on Friday" ("в пятницу", "am Freitag") starting at {@code i}, or
   * {@code i} for a weekday that stands alone as a time ("venerdì"); -1 for none.
   */
  private int weekdayAt(List<Token> t, int i) {
    if (weekdayOn.has(t.get(i)) && i + 1 < t.size() && dayOfWeek(t.get(i + 1)) != null) {
      return i + 1;
    }
    return weekdayAlone.has(t.get(i)) && dayOfWeek(t.get(i)) != null && !(i > 0 && the.has(t.get(i - 1))) ? i : -1;
  }

  /** The day a weekday name stands for: from the lexicon's names, or a capitalized English name; null for none. */
  private java.time.DayOfWeek dayOfWeek(Token x) {
    for (int k = 0; k < weekdayNames.length; k++) {
      if (weekdayNames[k].has(x)) {
        return java.time.DayOfWeek.of(k + 1);
      }
    }
    if (!x.isCapitalized()) {
      return null;
    }
    try {
      return java.time.DayOfWeek.valueOf(x.key.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private DatedSpan at(List<Token> t, int i, Optional<LocalDate> ref, int year) {
    Token tok = t.get(i);
    if ((dayThis.has(tok) || dayBefore.has(tok)) && ref.isPresent()
        && !(i > 0 && (until.has(t.get(i - 1)) || ago.has(t.get(i - 1))))) {
      // "today", "overnight", "yesterday": one day, the reference's or the one before it
      LocalDate d = dayBefore.has(tok) ? ref.get().minusDays(1) : ref.get();
      return new DatedSpan(i, i + 1, Period.builder().start(d).end(d).build(), TimeKind.SPAN, false);
    }
    if (weekend.has(tok) && ref.isPresent() && !future(t) && !(i > 0 && next.has(t.get(i - 1)))) {
      // "weekend raids", "over the weekend": the last Saturday on or before the reference, and its Sunday
      LocalDate saturday = onOrBefore(ref.get(), java.time.DayOfWeek.SATURDAY);
      return new DatedSpan(i, i + 1, Period.builder().start(saturday).end(saturday.plusDays(1)).build(),
          TimeKind.SPAN, false);
    }
    DatedSpan weekday = pastWeekday(t, i, ref);
    if (weekday != null) {
      return weekday;
    }
    if ((the.has(tok) || partLeads.has(tok)) && i + 2 < t.size()) {
      // "im vergangenen Jahr" is the calendar year before; "in den vergangenen 24 Stunden" counts back
      boolean calendar = partLeads.has(tok) && !the.has(tok) && relative(t, i + 1, ref) != null;
      DatedSpan lastMonths = ordinals.has(t.get(i + 1)) && monthsOfYear(t, i + 2) ? partOfYear(t, i, ref) : null;
      if (lastMonths != null) {
        return lastMonths; // "the last three months of 2024": a part of that year, not a span back from the page's date
      }
      if (past.has(t.get(i + 1)) && !calendar || weekSince(t, i + 1) || previousCount(t, i + 1)) {
        DatedSpan r = rolling(t, i, ref);
        if (r != null) {
          return r;
        }
      } else if (ordinals.has(t.get(i + 1))) {
        DatedSpan r = partOfYear(t, i, ref);
        if (r != null) {
          return r;
        }
      } else if (the.has(tok) && current.has(t.get(i + 1))) {
        // "the current year", "the current month": as "this year", "this month"
        DatedSpan r = relative(t, i + 1, ref);
        if (r != null) {
          return new DatedSpan(i, r.end(), r.period(), r.kind(), false);
        }
      }
    }
    DatedSpan label = rollingLabel(t, i, ref);
    if (label != null) {
      return label;
    }
    if (over.has(tok) && i + 1 < t.size()) {
      DatedSpan r = rolling(t, i, ref); // "за минулу добу", "за неделю"
      if (r != null) {
        return r;
      }
    }
    // each branch of led() starts with one of the leads: a token that is none of them ("the", a
    // month, a number) goes straight to the written date
    if (leads.has(tok)) {
      return led(t, i, ref, year);
    }
    DatedSpan months = monthRange(t, i, ref);
    return months != null ? months : written(t, i, ref, year);
  }

  /**
   * In/on/of + written date; or a bare written date with a year. Without a reference, a month
   * without a year takes {@code year}, the last one the text stated (0: none).
   */
  private DatedSpan written(List<Token> t, int i, Optional<LocalDate> ref, int year) {
    Written w = dates.read(t, i);
    if (w == null) {
      return null;
    }
    boolean hasYear = w.year != null;
    if (hasYear && w.month == null && !w.season && !w.endOf && i > 0 && the.has(t.get(i - 1))) {
      return null; // "the 2023 law": a year that names a thing, not a time
    }
    WrittenDates.resolveYear(w, ref);
    if (w.year == null && w.month != null && w.yearsBack == null && year > 0) {
      w.year = year;
    }
    if (w.year == null || !hasYear && w.month == null && !w.season) {
      return null;
    }
    if (w.endOf && i > 0 && pointAt.has(t.get(i - 1))) {
      // "at the end of March that list held 99,055 names": the count then, up to that month's end
      return new DatedSpan(i - 1, w.end, Period.builder().end(WrittenDates.endOf(w))
          .endPrecision(WrittenDates.precision(w)).build(), TimeKind.UNTIL, false);
    }
    int start = i > 0 && datePrepositions.has(t.get(i - 1)) ? i - 1 : i;
    Integer next = hasYear && w.month == null && !w.season && w.end + 1 < t.size()
        && yearPairJoins.has(t.get(w.end)) ? WrittenDates.year(t, w.end + 1) : null;
    if (next != null && next == w.year + 1) {
      // "in 2022 and 2023 (alone)": the two years together
      int end = w.end + 2 < t.size() && alone.has(t.get(w.end + 2)) ? w.end + 3 : w.end + 2;
      return new DatedSpan(start, end, Period.between(Period.ofYear(Year.of(w.year)), Period.ofYear(Year.of(next))), TimeKind.SPAN, false);
    }
    // "in 2025 alone"
    int end = w.end < t.size() && alone.has(t.get(w.end)) ? w.end + 1 : w.end;
    return new DatedSpan(start, end, WrittenDates.spanOf(w), TimeKind.SPAN, false);
  }

  private DatedSpan led(List<Token> t, int i, Optional<LocalDate> ref, int year) {
    Token tok = t.get(i);
    if (since.has(tok) && spanStarts.has(tok)) {
      // one word for "since" and "from" ("с", "з"): a span when a second date follows
      DatedSpan span = betweenOrFrom(t, i, ref);
      return span != null && span.period().start().isPresent() && span.period().end().isPresent()
          ? span : sinceOrDuring(t, i, ref);
    }
    if (since.has(tok) || during.has(tok)) {
      return sinceOrDuring(t, i, ref);
    }
    // as of November 2024; by February this year
    if (as.has(tok) && i + 1 < t.size() && asJoins.has(t.get(i + 1)) || until.has(tok)) {
      int after = as.has(tok) ? i + 2 : i + 1;
      // "bis zum 4. Oktober": an article between "until" and its date; "станом на ранок 3 червня": a part of the day
      int s = after + 1 < t.size() && (untilArticles.has(t.get(after)) || dayParts.has(t.get(after)))
          ? after + 1 : after;
      if (s < t.size()) {
        if (today.has(t.get(s))) {
          return ref.map(r -> new DatedSpan(i, s + 1, Period.builder().end(r).build(), TimeKind.UNTIL, false))
              .orElse(null);
        }
        java.time.DayOfWeek day = dayOfWeek(t.get(s));
        if (day != null && ref.isPresent() && !future(t) && !(s + 1 < t.size() && dateAt(t, s + 1))) {
          // "By Monday, more than 3,000 had applied": up to the last such weekday on or before the reference
          LocalDate d = onOrBefore(ref.get(), day);
          return new DatedSpan(i, s + 1, Period.builder().end(d).build(), TimeKind.UNTIL, false);
        }
        DatedSpan part = untilPartOfYear(t, i, s, ref);
        if (part != null) {
          return part;
        }
        Written w = dates.read(t, s);
        if (w != null && (w.year != null || ref.isPresent() || year > 0 && w.month != null)) {
          if (future(t) || deadline(t)) {
            WrittenDates.resolveYearForward(w, ref);
          }
          WrittenDates.resolveYear(w, ref);
          if (w.year == null) {
            w.year = year;
          }
          if (w.year != null) {
            return new DatedSpan(i, w.end, Period.builder().end(WrittenDates.endOf(w))
                .endPrecision(WrittenDates.precision(w)).build(), TimeKind.UNTIL, false);
          }
        }
      }
      return null;
    }
    // so far, to date, now, currently, thus far
    if (soThus.has(tok) && i + 1 < t.size() && far.has(t.get(i + 1))
        || to.has(tok) && i + 1 < t.size() && dateWord.has(t.get(i + 1))) {
      return ref.map(r -> new DatedSpan(i, i + 2, Period.builder().end(r).build(), TimeKind.UNTIL, false))
          .orElse(null);
    }
    if (now.has(tok)) {
      return ref.map(r -> new DatedSpan(i, i + 1, Period.builder().end(r).build(), TimeKind.UNTIL, false))
          .orElse(null);
    }
    int moment = nowAt.has(tok) ? atTheMoment(t, i) : -1;
    if (moment > 0) {
      return ref.map(r -> new DatedSpan(i, moment, Period.builder().end(r).build(), TimeKind.UNTIL, false))
          .orElse(null);
    }
    if (spanStarts.has(tok)) {
      DatedSpan span = betweenOrFrom(t, i, ref);
      return span != null ? span : warBeforeEnd(t, i, ref);
    }
    if (starting.has(tok) && i + 1 < t.size()) {
      return startingOn(t, i, ref);
    }
    if ((thisWord.has(tok) || last.has(tok) || next.has(tok)) && i + 1 < t.size()) {
      return relative(t, i, ref);
    }
    return written(t, i, ref, year);
  }

  /**
   * The end of "at the moment", "at this moment", "at the present moment" or "at present" read
   * from "at" at {@code i}, which like "now" tell a present stock; -1 for any other "at", and when
   * "of" or a hyphen follows ("at the moment of capture", "at present-day prices").
   */
  private int atTheMoment(List<Token> t, int i) {
    int k = i + 1;
    if (k < t.size() && nowAtBare.has(t.get(k))) {
      k++;
    } else {
      if (k < t.size() && nowAtDeterminers.has(t.get(k))) {
        k++;
      } else {
        return -1;
      }
      if (k < t.size() && nowAtAdjectives.has(t.get(k))) {
        k++;
      }
      if (k >= t.size() || !nowAtNouns.has(t.get(k))) {
        return -1;
      }
      k++;
    }
    if (k < t.size() && (nowAtBlockers.has(t.get(k)) || t.get(k).is("-") && !t.get(k).spaceBefore)) {
      return -1;
    }
    return k;
  }

  /**
   * "By the middle of this year", "by the end of last year", "by mid-2025", "by the middle of
   * 2024", read from token {@code s} after "by" at {@code i}: up to the end of that year's first
   * half, or of that year; "this", "the" or "last" year is the reference's or the one before. Null
   * for any other date, which {@link WrittenDates} reads.
   */
  private DatedSpan untilPartOfYear(List<Token> t, int i, int s, Optional<LocalDate> ref) {
    int k = s;
    boolean half;
    if (k + 2 < t.size() && the.has(t.get(k)) && (middle.has(t.get(k + 1)) || yearEnd.has(t.get(k + 1)))
        && of.has(t.get(k + 2))) {
      half = middle.has(t.get(k + 1));
      k += 3;
    } else if (k + 1 < t.size() && middle.has(t.get(k))) {
      half = true;
      k = t.get(k + 1).is("-") ? k + 2 : k + 1;
    } else {
      return null;
    }
    if (k >= t.size()) {
      return null;
    }
    Integer y = WrittenDates.year(t, k);
    if (y != null && !half) {
      return null; // "by the end of 2024": a written date
    }
    int end = k + 1;
    if (y == null && year.has(t.get(k)) && ref.isPresent()) {
      y = ref.get().getYear(); // "by mid-year"
    } else if (y == null && k + 1 < t.size() && year.has(t.get(k + 1)) && ref.isPresent()
        && (the.has(t.get(k)) || thisWord.has(t.get(k)) || last.has(t.get(k)))) {
      y = ref.get().getYear() - (last.has(t.get(k)) ? 1 : 0);
      end = k + 2;
    }
    if (y == null) {
      return null;
    }
    LocalDate e = half ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31);
    return new DatedSpan(i, end, Period.builder().end(e).endPrecision(dev.muster.DatePrecision.MONTH).build(),
        TimeKind.UNTIL, false);
  }

  /** Whether the war is named before token {@code i} of the sentence ("the war", "the special operation"). */
  private boolean namesWar(List<Token> t, int i) {
    for (int j = 0; j < i; j++) {
      if (warWords.has(t.get(j)) || warPairAt(t, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a two-word name of the war starts at token {@code j} ("special operation"); the pair's
   * text is made only in a language that has such names.
   */
  private boolean warPairAt(List<Token> t, int j) {
    return !warPairs.isEmpty() && j + 1 < t.size() && warPairs.contains(t.get(j).key + " " + t.get(j + 1).key);
  }

  /**
   * The end of the war's name after its beginning verb at {@code end - 1}: past the date that
   * follows it with a preposition, when that date is the invasion's day or holds it ("since the
   * full-scale invasion began in February 2022", "since the war started on 24 February 2022",
   * "... began in 2022"), so that the date is not read as a time of its own; else {@code end}.
   */
  private int warBeganDate(List<Token> t, int end) {
    if (end + 1 >= t.size() || !datePrepositions.has(t.get(end))) {
      return end;
    }
    Written d = dates.read(t, end + 1);
    if (d == null || d.year == null || d.year != INVASION.getYear() || d.season || d.endOf
        || d.month != null && d.month != INVASION.getMonthValue() || d.day != null && d.day != INVASION.getDayOfMonth()) {
      return end;
    }
    return d.end;
  }

  /** Since the start of the (full-scale) war or invasion; during the invasion; since March 2023. */
  /**
   * How many tokens from "since" the war's name may end ("since the start of what the Kremlin calls
   * its special military operation").
   */
  private static final int WAR_REACH = 11;

  private DatedSpan sinceOrDuring(List<Token> t, int i, Optional<LocalDate> ref) {
    Token tok = t.get(i);
    int limit = Math.min(t.size(), i + WAR_REACH);
    int wEnd = -1;
    for (int j = i + 1; j < limit; j++) {
      if (t.get(j).is("\"")) {
        limit = Math.min(t.size(), limit + 1); // "since the start of the \"special military operation\"": a quote is no word
        continue;
      }
      if (warWords.has(t.get(j))) {
        wEnd = j + 1;
        break;
      }
      if (warPairAt(t, j)) {
        wEnd = j + 2; // "since the start of the special military operation": Russia's name for the war
        break;
      }
      if (t.get(j).isPunct() && !t.get(j).is("-") && !t.get(j).is("'") || j == i + 1 && t.get(j).isNumber()) {
        break; // "seit 2023 ... im Krieg": a date right after "since" is the start, not the war
      }
    }
    if (wEnd < 0 && since.has(tok) && i + 2 < t.size() && warBack.has(t.get(i + 1))
        && warStarts.has(t.get(i + 2)) && namesWar(t, i)) {
      wEnd = i + 3; // "to serve in the special military operation since its start": the war named before
    }
    if (wEnd >= 0) {
      // swallow a following "in February 2022" / "began"
      int end = wEnd;
      if (end + 1 < t.size() && warJoins.has(t.get(end)) && t.get(end + 1).isCapitalized()
          && !dates.isMonth(t.get(end + 1))) {
        end += 2;
      }
      if (end + 2 < t.size() && in.has(t.get(end)) && dates.isMonth(t.get(end + 1)) && t.get(end + 2).isNumber()) {
        end += 3;
      } else if (end < t.size() && warBegan.has(t.get(end))) {
        end = warBeganDate(t, end + 1);
      } else if (end + 1 < t.size() && (t.get(end).isNumber() || warDateJoins.has(t.get(end)))) {
        // "с начала вторжения 24 февраля 2022 года", "seit Beginn der Invasion am 24. Februar 2022":
        // the war's first day written right after it
        Written d = dates.read(t, warDateJoins.has(t.get(end)) ? end + 1 : end);
        if (d != null && d.day != null && d.year != null && WrittenDates.startOf(d).equals(INVASION)) {
          end = d.end;
        }
      }
      boolean isSince = since.has(tok);
      Period p = Period.builder().start(INVASION)
          .end(isSince && ref.isPresent() && !ref.get().isBefore(INVASION) ? Optional.of(ref.get()) : Optional.empty())
          .build();
      return new DatedSpan(i, end, p, isSince ? TimeKind.SINCE : TimeKind.WAR, false);
    }
    int yearEnd = since.has(tok) ? startOfYearEnd(t, i + 1) : -1;
    if (yearEnd > 0) {
      // "since the start of the year", "с начала года", "з початку цього року"
      return ref.map(r -> new DatedSpan(i, yearEnd, Period.builder().start(LocalDate.of(r.getYear(), 1, 1)).end(r)
          .build(), TimeKind.SINCE, false)).orElse(null);
    }
    if (since.has(tok) && i + 1 < t.size()) {
      // "since last May": the last such month before the reference
      int from = i + 2 < t.size() && last.has(t.get(i + 1)) && dates.isMonth(t.get(i + 2)) ? i + 2 : i + 1;
      DatedSpan season = sinceSeason(t, i, ref);
      if (season != null) {
        return season;
      }
      Written w = dates.read(t, from);
      if (w != null && w.year == null && w.month != null) {
        // "since January": that month of the reference's year (or the last before it) to the reference
        WrittenDates.resolveYear(w, ref);
        if (from == i + 2 && w.year != null && w.month == ref.get().getMonthValue() && w.year == ref.get().getYear()) {
          w.year--; // "since last May", written in May: the May of the year before
        }
      }
      if (w != null && w.year != null) {
        LocalDate s = WrittenDates.startOf(w);
        Period p = Period.builder().start(s).startPrecision(WrittenDates.precision(w))
            .end(ref.filter(r -> !r.isBefore(s))).build();
        return new DatedSpan(i, w.end, p, TimeKind.SINCE, false);
      }
      DatedSpan relative = w == null ? sinceRelative(t, i, ref) : null;
      if (relative != null) {
        return relative;
      }
      if (w == null) {
        return sinceEvent(t, i, ref);
      }
    }
    return null;
  }

  /**
   * "since last year", "since last summer", "since this spring": from the start of the relative
   * span after "since" at {@code i} to the reference, when it starts before it; null otherwise.
   */
  private DatedSpan sinceRelative(List<Token> t, int i, Optional<LocalDate> ref) {
    if (ref.isEmpty() || i + 2 >= t.size() || !last.has(t.get(i + 1)) && !thisWord.has(t.get(i + 1))) {
      return null;
    }
    DatedSpan r = relative(t, i + 1, ref);
    if (r == null || r.period().start().isEmpty() || !r.period().start().get().isBefore(ref.get())) {
      return null;
    }
    Period p = Period.builder().start(r.period().start()).startPrecision(r.period().startPrecision())
        .end(ref).build();
    return new DatedSpan(i, r.end(), p, TimeKind.SINCE, false);
  }

  /**
   * The end of "the start of the year" or "the start of this year" written from {@code j} (each
   * article and "of" optional, as languages without them write it: "начала года"), or -1.
   */
  private int startOfYearEnd(List<Token> t, int j) {
    int k = j < t.size() && the.has(t.get(j)) ? j + 1 : j;
    if (k < t.size() && yearStartWords.has(t.get(k))) {
      return k + 1; // "seit Jahresbeginn"
    }
    if (k >= t.size() || !yearStart.has(t.get(k))) {
      return -1;
    }
    k++;
    if (k < t.size() && of.has(t.get(k))) {
      k++;
    }
    if (k < t.size() && (the.has(t.get(k)) || thisWord.has(t.get(k)))) {
      k++;
    }
    return k < t.size() && year.has(t.get(k)) ? k + 1 : -1;
  }

  /**
   * "since the attack on the concert hall on 22 March 2024", "since they entered combat in
   * December": from the event's date to the reference; a month or day without a year is the last
   * such one on or before the reference.
   */
  private DatedSpan sinceEvent(List<Token> t, int i, Optional<LocalDate> ref) {
    DatedSpan weekday = sinceLastWeekday(t, i, ref);
    if (weekday != null) {
      return weekday;
    }
    Written w = eventDate(t, i, ref);
    if (w == null) {
      return null;
    }
    LocalDate s = WrittenDates.startOf(w);
    Period p = Period.builder().start(s).startPrecision(WrittenDates.precision(w))
        .end(ref.filter(r -> !r.isBefore(s))).build();
    return new DatedSpan(i, w.end, p, TimeKind.SINCE, false);
  }

  /**
   * "Since the summer", "since spring" with no year after it: from the start of the last such
   * season that started on or before the reference, to the reference; null otherwise.
   */
  private DatedSpan sinceSeason(List<Token> t, int i, Optional<LocalDate> ref) {
    int k = i + 1 < t.size() && the.has(t.get(i + 1)) ? i + 2 : i + 1;
    if (ref.isEmpty() || k >= t.size() || k + 1 < t.size() && WrittenDates.year(t, k + 1) != null) {
      return null;
    }
    int month = dates.seasonStart(t.get(k));
    if (month == 0) {
      return null;
    }
    LocalDate r = ref.get();
    LocalDate s = WrittenDates.seasonStartDate(r.getYear(), month);
    if (s.isAfter(r)) {
      s = s.minusYears(1);
    }
    return new DatedSpan(i, k + 1, Period.builder().start(s).startPrecision(dev.muster.DatePrecision.MONTH).end(r)
        .build(), TimeKind.SINCE, false);
  }

  /**
   * "since last Wednesday", "since Putin's mobilisation order last Wednesday": from the last such
   * weekday before the reference (not the reference's own day) to the reference, when "last" and a
   * weekday stand within the clause after "since" at {@code i}; null otherwise.
   */
  private DatedSpan sinceLastWeekday(List<Token> t, int i, Optional<LocalDate> ref) {
    if (ref.isEmpty()) {
      return null;
    }
    for (int j = i + 1; j + 1 < t.size() && j <= i + 12; j++) {
      Token x = t.get(j);
      if (x.isPunct() && !x.is("-") && !x.is("'") || x.isNumber()) {
        return null;
      }
      java.time.DayOfWeek day = last.has(x) ? dayOfWeek(t.get(j + 1)) : null;
      if (day != null) {
        LocalDate d = onOrBefore(ref.get().minusDays(1), day);
        return new DatedSpan(i, j + 2, Period.builder().start(d).end(ref.get()).build(), TimeKind.SINCE, false);
      }
    }
    return null;
  }

  /**
   * The date of an event named after token {@code i} ("the attack on the concert hall on 22 March
   * 2024", "the announcement of the call-up on 21 September 2022"): a month or day after "on" or
   * "in", within the clause, with its year, or with the year {@code ref} gives it; null when there
   * is none.
   */
  private Written eventDate(List<Token> t, int i, Optional<LocalDate> ref) {
    for (int j = i + 1; j + 1 < t.size() && j <= i + 12; j++) {
      Token x = t.get(j);
      if (x.isPunct() && !x.is("-") && !x.is("'") || x.isNumber()) {
        return null;
      }
      if (!datePrepositions.has(x)) {
        continue;
      }
      Written w = dates.read(t, j + 1);
      if (w != null && w.year == null && w.month != null && !w.season) {
        WrittenDates.resolveYear(w, ref);
      }
      if (w != null && w.year != null && (w.month != null || w.day != null)) {
        return w;
      }
    }
    return null;
  }

  /** The date at {@code k}, or after an article there ("tra il 2022 e il 2024"); null when none. */
  private Written readArticled(List<Token> t, int k) {
    Written w = dates.read(t, k);
    return w == null && k + 1 < t.size() && untilArticles.has(t.get(k)) ? dates.read(t, k + 1) : w;
  }

  /** Between X and Y; from X to/until Y; "from April 1". */
  private DatedSpan betweenOrFrom(List<Token> t, int i, Optional<LocalDate> ref) {
    DatedSpan days = betweenWeekdays(t, i, ref);
    if (days != null) {
      return days;
    }
    Written a = readArticled(t, i + 1);
    if (a == null) {
      a = eventDate(t, i, Optional.empty());
    }
    if (a == null) {
      return null;
    }
    DatedSpan range = rangeTo(t, i, a, ref);
    if (range != null) {
      return range;
    }
    if (from.has(t.get(i)) && a.day != null) {
      // "from April 1": a start; "will rise ... from 1 January", "from 1 December" on a page of 18
      // November: the coming one
      if (a.year == null && a.yearsBack == null && i > 0 && effectCues.has(t.get(i - 1)) && ref.isPresent()) {
        a.year = nearestYear(a, ref.get()); // "with effect from June 1": the day nearest the page's, either side
      } else if (coming(t, i, a.end, a, ref)) {
        a.year = comingYear(a, ref);
      }
      WrittenDates.resolveYear(a, ref);
      if (a.year != null) {
        return new DatedSpan(i, a.end, Period.builder().start(WrittenDates.startOf(a)).build(), TimeKind.SINCE,
            false);
      }
    }
    if (from.has(t.get(i)) && a.month != null && a.day == null && !a.season && !a.endOf && a.yearsBack == null
        && ref.isPresent() && futureClause(t, i, a.end)) {
      // "will rise to 2.5 million roubles from April": from the first day of the coming April on
      if (a.year == null) {
        a.year = a.month < ref.get().getMonthValue() ? ref.get().getYear() + 1 : ref.get().getYear();
      }
      return new DatedSpan(i, a.end, Period.builder().start(WrittenDates.startOf(a))
          .startPrecision(WrittenDates.precision(a)).build(), TimeKind.SINCE, false);
    }
    return null;
  }

  /**
   * A range of months with no word before it, as a heading gives it: "January to May 2025",
   * "January-May 2025"; or of two days each written with its month ("held over the same April 1 to
   * July 15 window", "1 October to 31 December"); null when the month at {@code i} has a day and
   * the second date none, or no second date follows.
   */
  private DatedSpan monthRange(List<Token> t, int i, Optional<LocalDate> ref) {
    if (i + 2 >= t.size() || !t.get(i).isWord() && !t.get(i).isNumber()) {
      return null;
    }
    boolean month = t.get(i).isWord() && (spanJoins.has(t.get(i + 1)) || t.get(i + 1).is("-"));
    if (!month && !(dates.isMonth(t.get(i)) || dates.isMonth(t.get(i + 1)))) {
      return null; // the cheap test first: a one-word month and a join, or a month and its day
    }
    Written a = dates.read(t, i);
    if (a == null || a.month == null || a.end + 1 >= t.size() || a.day == null && !month
        || !spanJoins.has(t.get(a.end)) && !t.get(a.end).is("-")) {
      return null;
    }
    if (a.day != null) {
      Written b = dates.read(t, a.end + 1);
      if (b == null || b.month == null || b.day == null) {
        return null; // "on 1 April to 300": no second day
      }
    }
    return rangeTo(t, i, a, ref);
  }

  /** The span from date {@code a}, read after token {@code i}, to a date after a join ("and", "to", "-"); or null. */
  private DatedSpan rangeTo(List<Token> t, int i, Written a, Optional<LocalDate> ref) {
    int j = a.end;
    if (j < t.size() && (spanJoins.has(t.get(j)) || t.get(j).is("-"))) {
      Written b = readArticled(t, j + 1);
      if (b != null) {
        if (a.year == null && a.yearsBack == null && b.yearsBack != null && a.month != null && b.month != null) {
          // "between July and December last year": the first month is of the year the second names
          a.yearsBack = a.month > b.month ? b.yearsBack + 1 : b.yearsBack;
        }
        if (a.year == null && b.year != null) {
          a.year = a.month != null && b.month != null && a.month > b.month ? b.year - 1 : b.year;
        } else if (b.year == null && a.year != null && b.month != null) {
          b.year = a.month != null && a.month > b.month ? a.year + 1 : a.year; // "21 September 2022 and the end of October"
        } else if (a.year == null && b.year == null && a.month != null && b.month != null
            && coming(t, i, b.end, a, ref)) {
          // "will be called up between October 1 and December 31": the next such dates
          WrittenDates.resolveYearForward(a, ref);
          if (a.year != null) {
            b.year = b.month < a.month ? a.year + 1 : a.year;
          }
        }
        WrittenDates.resolveYear(a, ref);
        if (b.year == null && a.year != null && a.month != null && b.month != null) {
          // "from 1 October to 31 December" on a page of 14 November: the end follows the start
          b.year = a.month > b.month ? a.year + 1 : a.year;
        }
        WrittenDates.resolveYear(b, ref);
        if (a.year != null && b.year != null) {
          LocalDate s = WrittenDates.startOf(a);
          LocalDate e = WrittenDates.endOf(b);
          if (!s.isAfter(e)) {
            return new DatedSpan(i, b.end, Period.builder().start(s).startPrecision(WrittenDates.precision(a))
                .end(e).endPrecision(WrittenDates.precision(b)).build(), TimeKind.SPAN, false);
          }
        }
      }
    }
    return null;
  }

  /** Starting or beginning on April 1st; "will start a new campaign on April 1st". */
  private DatedSpan startingOn(List<Token> t, int i, Optional<LocalDate> ref) {
    for (int s = i + 1; s < Math.min(t.size(), i + 7); s++) {
      if (!onFrom.has(t.get(s))) {
        if (t.get(s).isPunct()) {
          break;
        }
        continue;
      }
      Written w = s + 1 < t.size() ? dates.read(t, s + 1) : null;
      if (w != null && w.day != null) {
        WrittenDates.resolveYearForward(w, ref);
        if (w.year != null) {
          return new DatedSpan(i, w.end, Period.builder().start(WrittenDates.startOf(w)).build(), TimeKind.SINCE,
              false);
        }
      }
      break;
    }
    return null;
  }

  /** "the week since ...", "the two weeks since ...": a span up to now counted from an event. */
  private boolean weekSince(List<Token> t, int j) {
    int u = countAt(t, j) > 0 ? j + 1 : j;
    return u + 1 < t.size() && shifted(LocalDate.EPOCH, t.get(u), 1) != null && since.has(t.get(u + 1));
  }

  /**
   * "the previous 24 hours", "the previous two weeks", "the previous day": counted back like "the
   * past"; "the previous year" or "the previous week" is the calendar one before and is not taken.
   */
  private boolean previousCount(List<Token> t, int j) {
    if (!previous.has(t.get(j)) || j + 1 >= t.size()) {
      return false;
    }
    return countAt(t, j + 1) > 0 || units[0].has(t.get(j + 1));
  }

  /**
   * "The past week", "the last two months", "the past 24 hours" (with "alone" after it), "the week
   * since" an event: the days up to the reference, counted back.
   */
  private DatedSpan rolling(List<Token> t, int i, Optional<LocalDate> ref) {
    return rolling(t, i, past.has(t.get(i + 1)) || previous.has(t.get(i + 1)) ? i + 2 : i + 1, ref);
  }

  /**
   * "Past seven days: 6,300", "Last two weeks: 140": a label that opens a line with a rolling span
   * and no article before it, a colon after it; null for any other.
   */
  private DatedSpan rollingLabel(List<Token> t, int i, Optional<LocalDate> ref) {
    if (!past.has(t.get(i)) || i > 0 && !t.get(i - 1).isPunct() || countAt(t, i + 1) <= 0 || i + 3 >= t.size()
        || !t.get(i + 3).is(":")) {
      return null; // the line's opening, or the line's after its lead's
    }
    return rolling(t, i, i + 1, ref);
  }

  /** The rolling span whose count or unit starts at {@code j}, back from the reference, opened at {@code i}. */
  private DatedSpan rolling(List<Token> t, int i, int j, Optional<LocalDate> ref) {
    if (ref.isEmpty()) {
      return null;
    }
    long n = 1;
    long count = countAt(t, j);
    if (count > 0) {
      n = count;
      j++;
    }
    if (j >= t.size()) {
      return null;
    }
    Token u = t.get(j);
    LocalDate r = ref.get();
    LocalDate start = hours.has(u) && count > 0 ? r.minusDays((n + 23) / 24) : shifted(r, u, -n);
    if (start == null) {
      return null;
    }
    if (start.isAfter(r.minusDays(1))) {
      return null; // "the past 0 days"
    }
    int end = j + 1 < t.size() && alone.has(t.get(j + 1)) ? j + 2 : j + 1;
    return new DatedSpan(i, end, Period.builder().start(start.plusDays(1)).end(r).build(), TimeKind.SPAN, false);
  }

  /**
   * "The first four months of the year", "the first half of 2024", "the third quarter": the
   * months of a year from its start, of the year written after it, else of the reference's.
   */
  private DatedSpan partOfYear(List<Token> t, int i, Optional<LocalDate> ref) {
    int j = i + 1;
    int ordinal = ordinalOf(t.get(j));
    j++;
    int first;
    int last;
    long count = countAt(t, j);
    if (half.has(t.get(j))) {
      first = ordinal == 1 ? 1 : 7;
      last = first + 5;
      j++;
    } else if (quarter.has(t.get(j))) {
      first = ordinal < 0 ? 10 : 3 * (ordinal - 1) + 1;
      last = first + 2;
      j++;
    } else if (ordinal == 1 && count > 0 && count <= 12 && j + 1 < t.size() && units[2].has(t.get(j + 1))) {
      first = 1;
      last = (int) count;
      j += 2;
    } else if (ordinal < 0 && count > 0 && count <= 12 && monthsOfYear(t, j)) {
      first = 13 - (int) count; // "the final three months of 2024": October to December
      last = 12;
      j += 2;
    } else {
      return null;
    }
    if (first > 12 || first < 1) {
      return null;
    }
    Integer y = WrittenDates.year(t, j);
    if (y != null) {
      j = j + 1 < t.size() && yearAfter.has(t.get(j + 1)) ? j + 2 : j + 1; // "im ersten Halbjahr 2025"
    } else if (j + 1 < t.size() && of.has(t.get(j))) {
      y = WrittenDates.year(t, j + 1);
      if (y != null) {
        j += 2;
      } else if (j + 2 < t.size() && (the.has(t.get(j + 1)) || thisWord.has(t.get(j + 1)))
          && year.has(t.get(j + 2)) && ref.isPresent()) {
        y = ref.get().getYear();
        j += 3;
      }
    }
    if (y == null) {
      if (ref.isEmpty()) {
        return null;
      }
      y = ref.get().getYear();
    }
    YearMonth s = YearMonth.of(y, first);
    YearMonth e = YearMonth.of(y, last);
    return new DatedSpan(i, j, Period.builder().start(s.atDay(1)).startPrecision(dev.muster.DatePrecision.MONTH)
        .end(e.atEndOfMonth()).endPrecision(dev.muster.DatePrecision.MONTH).build(), TimeKind.SPAN, false);
  }

  /**
   * "During the mobilisation's first two weeks": the first days, weeks or months from the last day
   * the text stated; not "the first four months of the year", which {@link #partOfYear} reads.
   */
  private DatedSpan firstOfEvent(List<Token> t, int i, LocalDate day) {
    long n = countAt(t, i + 1);
    if (n <= 0 || i + 2 >= t.size()) {
      return null;
    }
    Token u = t.get(i + 2);
    if (i + 3 < t.size() && of.has(t.get(i + 3))) {
      return null;
    }
    LocalDate end = shifted(day, u, n);
    if (end == null || !end.isAfter(day)) {
      return null;
    }
    return new DatedSpan(i, i + 3, Period.builder().start(day).end(end.minusDays(1)).build(), TimeKind.SPAN, false);
  }

  /** How many tokens after "after" an event's date may stand ("after the announcement on 21 September"). */
  private static final int EVENT_REACH = 6;

  /**
   * "In the two weeks after the announcement", "the first week after 21 September 2022", "in the
   * three days following the decree": the days counted from an event, starting at {@code i} ("the"
   * or "first"). The event is a date written after "after" (a year missing is {@code year}, the
   * last one the text stated, else the reference's) or the war's start when it names the war; null
   * for another event ("the announcement" may be any day the text stated before), or no count or
   * unit ("the months after the invasion").
   */
  private DatedSpan afterEvent(List<Token> t, int i, Optional<LocalDate> ref, int year) {
    int j = the.has(t.get(i)) ? i + 1 : i;
    if (j < t.size() && ordinalWords[0].has(t.get(j))) {
      j++;
    }
    long n = countAt(t, j);
    if (n > 0) {
      j++;
    } else if (j + 1 < t.size() && t.get(j).key.endsWith("s")) {
      return null; // "the weeks after": no count
    }
    if (j + 1 >= t.size() || !after.has(t.get(j + 1)) || shifted(LocalDate.EPOCH, t.get(j), 1) == null) {
      return null;
    }
    Token unit = t.get(j);
    long count = Math.max(n, 1);
    int k = j + 2;
    LocalDate anchor = null;
    int end = k;
    Written w = k < t.size() ? dates.read(t, k) : null;
    if (w != null && w.month != null) {
      if (w.year == null && year > 0) {
        w.year = year;
      }
      WrittenDates.resolveYear(w, ref);
      if (w.year != null) {
        anchor = WrittenDates.startOf(w);
        end = w.end;
      }
    } else if (w == null) {
      for (int m = k; m < Math.min(t.size(), k + EVENT_REACH) && anchor == null; m++) {
        if (t.get(m).isPunct() || t.get(m).isNumber()) {
          break;
        }
        if (warWords.has(t.get(m))) {
          anchor = INVASION;
          end = m + 1;
        }
      }
    }
    if (anchor == null) {
      return null;
    }
    LocalDate last = shifted(anchor, unit, count).minusDays(1);
    return new DatedSpan(i, end, Period.builder().start(anchor).end(last).build(), TimeKind.SPAN, false);
  }

  /** {@code day} moved by {@code n} of the unit the token {@code u} names (days to years), or null. */
  private LocalDate shifted(LocalDate day, Token u, long n) {
    if (units[0].has(u)) {
      return day.plusDays(n);
    } else if (units[1].has(u)) {
      return day.plusWeeks(n);
    } else if (units[2].has(u)) {
      return day.plusMonths(n);
    } else if (units[3].has(u)) {
      return day.plusYears(n);
    }
    return null;
  }

  /** "в первом полугодии": a word that opens a part of a year, an ordinal after it. */
  private boolean partOfYearLead(List<Token> t, int i) {
    return partLeads.has(t.get(i)) && i + 1 < t.size() && ordinals.has(t.get(i + 1));
  }

  /** 1 to 4 for "first" to "fourth", -1 for "last", 0 for another word. */
  /** Whether a count of months and "of" a year written in digits start at {@code j} ("three months of 2024"). */
  private boolean monthsOfYear(List<Token> t, int j) {
    long count = countAt(t, j);
    return count > 0 && count <= 12 && j + 3 < t.size() && units[2].has(t.get(j + 1)) && of.has(t.get(j + 2))
        && WrittenDates.year(t, j + 3) != null;
  }

  private int ordinalOf(Token x) {
    for (int k = 0; k < ordinalWords.length; k++) {
      if (ordinalWords[k].has(x)) {
        return k + 1;
      }
    }
    return last.has(x) || finalWords.has(x) ? -1 : 0;
  }

  /** A small count written at {@code j}, in digits or words ("four", "24"), or 0. */
  private long countAt(List<Token> t, int j) {
    if (j >= t.size()) {
      return 0;
    }
    Token x = t.get(j);
    if (x.isDigitsOnly() && x.text.length() <= 3) {
      return Long.parseLong(x.text);
    }
    Lexicon.NumberWord w = x.isWord() ? lex.numberWord(x.key) : null;
    return w != null && w.kind == Lexicon.NumberWordKind.UNIT && w.value <= 100 ? w.value : 0;
  }

  /** This year, last year, this month, last month, this summer, next year; this or last week where the language has a word class for it. */
  private DatedSpan relative(List<Token> t, int i, Optional<LocalDate> ref) {
    if (ref.isEmpty()) {
      return null;
    }
    Token tok = t.get(i);
    Token u = t.get(i + 1);
    LocalDate r = ref.get();
    int shift = last.has(tok) ? -1 : next.has(tok) ? 1 : 0;
    if (shift == 0 && dayParts.has(u)) {
      // "this morning": the reference's day
      return new DatedSpan(i, i + 2, Period.builder().start(r).end(r).build(), TimeKind.SPAN, false);
    }
    if (year.has(u)) {
      return new DatedSpan(i, i + 2, Period.ofYear(Year.of(r.getYear() + shift)), TimeKind.SPAN, false);
    }
    if (month.has(u)) {
      return new DatedSpan(i, i + 2, Period.ofMonth(YearMonth.from(r).plusMonths(shift)), TimeKind.SPAN, false);
    }
    if (week.has(u)) {
      LocalDate monday = r.with(java.time.DayOfWeek.MONDAY).plusWeeks(shift);
      return new DatedSpan(i, i + 2, Period.builder().start(monday).end(monday.plusDays(6)).build(), TimeKind.SPAN,
          false);
    }
    int season = dates.seasonStart(u);
    if (season > 0) {
      int y = r.getYear() + shift;
      if (last.has(tok) && WrittenDates.seasonStartDate(y + 1, season).isAfter(r)) {
        y = r.getYear() - 1;
      }
      return new DatedSpan(i, i + 2, WrittenDates.seasonPeriod(y, season), TimeKind.SPAN, false);
    }
    return null;
  }
}

package dev.muster.parse.internal;

import dev.muster.DatePrecision;
import dev.muster.Period;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds time expressions in a sentence's tokens and resolves them against the publication date
 * with java.time: absolute dates, months, years, ranges ("between April 2023 and the end of May
 * 2024"), "as of", "since the start of the full-scale invasion", "this year", "last year",
 * "this summer", "in March", "so far". Nothing relative is resolved without a reference date.
 */
final class TimeExpressions {

  /** The start of Russia's full-scale invasion of Ukraine. */
  static final LocalDate INVASION = LocalDate.of(2022, 2, 24);

  enum Kind {
    /** A point or span the figure covers: "in March 2025", "between ... and ...". */
    SPAN,
    /** Open at the start: "as of November 2024", "so far". */
    UNTIL,
    /** Open at the end: "since the start of the invasion". */
    SINCE,
    /** "during the war": since the invasion, the weakest cue. */
    WAR
  }

  /** A time expression found: its tokens, its resolved period, and how strong a cue it is. */
  static final class Expr {
    final int start;
    final int end;
    final Period period;
    final Kind kind;
    /** Said at the start of the sentence before the reporting clause: "On 11 July, X said ...". */
    boolean leading;

    Expr(int start, int end, Period period, Kind kind) {
      this.start = start;
      this.end = end;
      this.period = period;
      this.kind = kind;
    }

    boolean isDay() {
      return period.start().isPresent() && period.end().isPresent()
          && period.start().get().equals(period.end().get());
    }
  }

  /** A date as written: year, month and day, each possibly absent. */
  private static final class Written {
    Integer year;
    Integer month;
    Integer day;
    int end;
    boolean endOf;
    boolean season;
    int seasonStartMonth;
  }

  private TimeExpressions() {}

  /**
   * Marks the words a time expression can start with (besides numbers) with {@code bit} in the
   * {@link Vocabulary}, for {@link #find(List, Optional, int)}.
   */
  static void markStarts(int bit) {
    Vocabulary.markStarts(STARTS, bit);
    Vocabulary.markStarts(NumberGrammar.MONTHS, bit);
  }

  /**
   * Returns the time expressions of a sentence, in order. A word token without {@code startBit}
   * (given to {@link #markStarts} before the tokens were made) is passed over without a lookup.
   */
  static List<Expr> find(List<Token> t, Optional<LocalDate> reference, int startBit) {
    List<Expr> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Token x = t.get(i);
      if ((x.starts & startBit) == 0 && !x.isNumber()) {
        i++;
        continue;
      }
      Expr e = at(t, i, reference);
      if (e != null) {
        out.add(e);
        i = Math.max(e.end, i + 1);
      } else {
        i++;
      }
    }
    for (Expr e : out) {
      // "On 11 July, ...": a leading date before a comma
      if (e.start <= 1 && e.end < t.size() && t.get(e.end).is(",")) {
        e.leading = true;
      }
    }
    return out;
  }

  /**
   * Words a time expression can start with, besides months, seasons and numbers. "In", "on" and
   * "of" are not among them: they only join the date after them ("in March 2024"), which
   * {@link #at} takes in when it finds that date.
   */
  private static final Words STARTS = Words.of("since", "during", "throughout", "as", "by",
      "until", "till", "so", "to", "thus", "now", "currently", "between", "from", "start", "starting",
      "beginning", "begin", "starts", "begins", "launch", "this", "last", "next", "the", "early", "late",
      "mid", "spring", "summer", "autumn", "fall", "winter");

  /** The first words of {@link #at}'s branches before the written date. */
  private static final Words LEADS = Words.of("since", "during", "throughout", "as", "by", "until",
      "till", "so", "to", "thus", "now", "currently", "between", "from", "start", "starting",
      "beginning", "begin", "starts", "begins", "launch", "this", "last", "next");

  private static Expr at(List<Token> t, int i, Optional<LocalDate> ref) {
    Token tok = t.get(i);
    if (!tok.isNumber() && !STARTS.has(tok) && !NumberGrammar.MONTHS.has(tok)) {
      return null;
    }
    // each branch below starts with one of LEADS: a token that is none of them ("the", a month,
    // a number) goes straight to the written date, without testing every branch's words
    led: {
      if (!LEADS.has(tok)) {
        break led;
      }
      // since the start of the (full-scale) war / invasion; during the invasion
      if (tok.is("since") || tok.is("during") || tok.is("throughout")) {
        int j = i + 1;
        int limit = Math.min(t.size(), i + 10);
        boolean war = false;
        int wEnd = -1;
        for (; j < limit; j++) {
          Token w = t.get(j);
          if (w.is("war") || w.is("invasion") || w.is("aggression")) {
            war = true;
            wEnd = j + 1;
            break;
          }
          if (t.get(j).isPunct() && !t.get(j).is("-") && !t.get(j).is("'")) {
            break;
          }
        }
        if (war) {
          // swallow a following "in February 2022" / "began"
          int end = wEnd;
          if (end + 1 < t.size() && (t.get(end).is("of") || t.get(end).is("on") || t.get(end).is("against")
              || t.get(end).is("in")) && t.get(end + 1).isCapitalized() && !isMonth(t.get(end + 1))) {
            end += 2;
          }
          if (end + 2 < t.size() && t.get(end).is("in") && isMonth(t.get(end + 1)) && t.get(end + 2).isNumber()) {
            end += 3;
          } else if (end < t.size() && (t.get(end).is("began") || t.get(end).is("started"))) {
            end++;
          }
          Period p = Period.builder().start(INVASION)
              .end(tok.is("since") && ref.isPresent() ? Optional.of(ref.get()) : Optional.empty())
              .build();
          return new Expr(i, end, p, tok.is("since") ? Kind.SINCE : Kind.WAR);
        }
        if (tok.is("since") && i + 1 < t.size()) {
          Written w = written(t, i + 1, ref);
          if (w != null && w.year != null) {
            LocalDate s = startOf(w);
            Period p = Period.builder().start(s).startPrecision(precision(w))
                .end(ref.filter(r -> !r.isBefore(s))).build();
            return new Expr(i, w.end, p, Kind.SINCE);
          }
        }
        return null;
      }
      // as of November 2024; by February this year
      if ((tok.is("as") && i + 1 < t.size() && t.get(i + 1).is("of")) || tok.is("by") || tok.is("until") || tok.is("till")) {
        int s = tok.is("as") ? i + 2 : i + 1;
        if (s < t.size()) {
          if (t.get(s).is("now") || t.get(s).is("today")) {
            return ref.map(r -> new Expr(i, s + 1, Period.builder().end(r).build(), Kind.UNTIL)).orElse(null);
          }
          Written w = written(t, s, ref);
          if (w != null && (w.year != null || ref.isPresent())) {
            resolveYear(w, ref);
            if (w.year != null) {
              return new Expr(i, w.end, Period.builder().end(endOf(w)).endPrecision(precision(w)).build(), Kind.UNTIL);
            }
          }
        }
        return null;
      }
      // so far, to date, now, currently, thus far
      if (tok.is("so") && i + 1 < t.size() && t.get(i + 1).is("far")
          || tok.is("to") && i + 1 < t.size() && t.get(i + 1).is("date")
          || tok.is("thus") && i + 1 < t.size() && t.get(i + 1).is("far")) {
        return ref.map(r -> new Expr(i, i + 2, Period.builder().end(r).build(), Kind.UNTIL)).orElse(null);
      }
      if (tok.is("now") || tok.is("currently")) {
        return ref.map(r -> new Expr(i, i + 1, Period.builder().end(r).build(), Kind.UNTIL)).orElse(null);
      }
      // between X and Y; from X to/until Y
      if (tok.is("between") || tok.is("from")) {
        Written a = written(t, i + 1, ref);
        if (a != null) {
          int j = a.end;
          if (j < t.size() && (t.get(j).is("and") || t.get(j).is("to") || t.get(j).is("until")
              || t.get(j).is("till") || t.get(j).is("through") || t.get(j).is("-"))) {
            Written b = written(t, j + 1, ref);
            if (b != null) {
              if (a.year == null && b.year != null) {
                a.year = a.month != null && b.month != null && a.month > b.month ? b.year - 1 : b.year;
              }
              resolveYear(a, ref);
              resolveYear(b, ref);
              if (a.year != null && b.year != null) {
                LocalDate s = startOf(a);
                LocalDate e = endOf(b);
                if (!s.isAfter(e)) {
                  return new Expr(i, b.end, Period.builder().start(s).startPrecision(precision(a))
                      .end(e).endPrecision(precision(b)).build(), Kind.SPAN);
                }
              }
            }
          }
          if (tok.is("from") && a.day != null) {
            // "from April 1": a start
            resolveYear(a, ref);
            if (a.year != null) {
              return new Expr(i, a.end, Period.builder().start(startOf(a)).build(), Kind.SINCE);
            }
          }
        }
        return null;
      }
      // starting / beginning on April 1st; "will start a new campaign on April 1st"
      if ((tok.is("start") || tok.is("starting") || tok.is("beginning") || tok.is("begin")
          || tok.is("starts") || tok.is("begins") || tok.is("launch")) && i + 1 < t.size()) {
        for (int s = i + 1; s < Math.min(t.size(), i + 7); s++) {
          if (!(t.get(s).is("on") || t.get(s).is("from"))) {
            if (t.get(s).isPunct()) {
              break;
            }
            continue;
          }
          Written w = s + 1 < t.size() ? written(t, s + 1, ref) : null;
          if (w != null && w.day != null) {
            resolveYearForward(w, ref);
            if (w.year != null) {
              return new Expr(i, w.end, Period.builder().start(startOf(w)).build(), Kind.SINCE);
            }
          }
          break;
        }
        return null;
      }
      // this year / last year / this month / last month / this summer / next year
      if ((tok.is("this") || tok.is("last") || tok.is("next")) && i + 1 < t.size()) {
        Token u = t.get(i + 1);
        if (ref.isEmpty()) {
          return null;
        }
        LocalDate r = ref.get();
        int shift = tok.is("last") ? -1 : tok.is("next") ? 1 : 0;
        if (u.is("year")) {
          return new Expr(i, i + 2, Period.ofYear(Year.of(r.getYear() + shift)), Kind.SPAN);
        }
        if (u.is("month")) {
          return new Expr(i, i + 2, Period.ofMonth(YearMonth.from(r).plusMonths(shift)), Kind.SPAN);
        }
        int season = seasonStart(u.key);
        if (season > 0) {
          int y = r.getYear() + shift;
          if (tok.is("last") && seasonStartDate(y + 1, season).isAfter(r)) {
            y = r.getYear() - 1;
          }
          return new Expr(i, i + 2, seasonPeriod(y, season), Kind.SPAN);
        }
        return null;
      }
    }
    // in/on/of + written date; or a bare written date with a year
    Written w = written(t, i, ref);
    if (w != null) {
      boolean hasYear = w.year != null;
      resolveYear(w, ref);
      if (w.year == null) {
        return null;
      }
      if (!hasYear && w.month == null && !w.season) {
        return null;
      }
      int start = i;
      if (i > 0 && (t.get(i - 1).is("in") || t.get(i - 1).is("on") || t.get(i - 1).is("of")
          || t.get(i - 1).is("during"))) {
        start = i - 1;
      }
      // "in 2025 alone"
      int end = w.end;
      if (end < t.size() && t.get(end).is("alone")) {
        end++;
      }
      return new Expr(start, end, spanOf(w), Kind.SPAN);
    }
    return null;
  }

  private static Period spanOf(Written w) {
    return Period.builder().start(startOf(w)).startPrecision(precision(w))
        .end(endOf(w)).endPrecision(precision(w)).build();
  }

  /** Reads "April 2023", "the end of May 2024", "27 April", "April 8", "Sept. 27, 2022", "2023", "summer 2024". */
  private static Written written(List<Token> t, int i, Optional<LocalDate> ref) {
    if (i >= t.size()) {
      return null;
    }
    boolean endOf = false;
    int j = i;
    if (t.get(j).is("the") && j + 2 < t.size() && (t.get(j + 1).is("end") || t.get(j + 1).is("start")
        || t.get(j + 1).is("beginning") || t.get(j + 1).is("middle")) && t.get(j + 2).is("of")) {
      endOf = t.get(j + 1).is("end");
      j += 3;
    } else if ((t.get(j).is("early") || t.get(j).is("late") || t.get(j).is("mid")) && j + 1 < t.size()) {
      j++;
      if (t.get(j).is("-") && j + 1 < t.size()) {
        j++;
      }
    }
    if (j >= t.size()) {
      return null;
    }
    if (j < t.size() && t.get(j).is("the") && j + 1 < t.size() && seasonStart(t.get(j + 1).key) > 0) {
      j++;
    }
    int season = seasonStart(t.get(j).key);
    if (season <= 0 && !t.get(j).isNumber() && !isMonth(t.get(j))) {
      return null; // neither a season, a day, a month nor a year: "the army"
    }
    Written w = new Written();
    w.endOf = endOf;
    if (season > 0) {
      w.season = true;
      w.seasonStartMonth = season;
      j++;
      if (j < t.size() && t.get(j).is("of")) {
        j++;
      }
      Integer y = year(t, j);
      if (y != null) {
        w.year = y;
        j++;
      } else if (!(i > 0 && t.get(i - 1).is("in"))) {
        return null;
      }
      w.end = j;
      return w;
    }
    Integer day = null;
    if (isDay(t, j) && j + 1 < t.size() && isMonth(t.get(j + 1))) {
      day = Integer.parseInt(t.get(j).text);
      j++;
      if (j + 1 < t.size() && t.get(j).is("of")) {
        j++;
      }
    }
    if (isMonth(t.get(j))) {
      w.month = monthOf(t.get(j));
      j++;
      if (j < t.size() && t.get(j).is(".") && !t.get(j).spaceBefore) {
        j++;
      }
      if (day == null && j < t.size() && isDay(t, j)) {
        day = Integer.parseInt(t.get(j).text);
        j++;
        if (j < t.size() && t.get(j).isWord() && !t.get(j).spaceBefore
            && (t.get(j).is("st") || t.get(j).is("nd") || t.get(j).is("rd") || t.get(j).is("th"))) {
          j++;
        }
      }
      if (j < t.size() && t.get(j).is(",") && j + 1 < t.size() && year(t, j + 1) != null) {
        j++;
      }
      Integer y = j < t.size() ? year(t, j) : null;
      if (y != null) {
        w.year = y;
        j++;
      }
      w.day = day;
      w.end = j;
      if (w.day != null && w.month != null) {
        try {
          LocalDate.of(w.year == null ? 2024 : w.year, w.month, w.day);
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
      return w;
    }
    if (day != null) {
      return null;
    }
    Integer y = year(t, j);
    if (y != null) {
      w.year = y;
      w.end = j + 1;
      return w;
    }
    return null;
  }

  private static boolean isDay(List<Token> t, int j) {
    Token d = t.get(j);
    if (!d.isNumber() || d.text.length() > 2) {
      return false;
    }
    int v = Integer.parseInt(d.text);
    return v >= 1 && v <= 31;
  }

  private static Integer year(List<Token> t, int j) {
    if (j >= t.size()) {
      return null;
    }
    Token y = t.get(j);
    if (y.text.length() == 4 && y.isDigitsOnly()) {
      int v = Integer.parseInt(y.text);
      if (v >= 1900 && v <= 2100) {
        return v;
      }
    }
    return null;
  }

  static boolean isMonth(Token t) {
    return t.isWord() && t.isCapitalized() && NumberGrammar.MONTHS.has(t);
  }

  /** The month of each key of {@link NumberGrammar#MONTHS} ("sept" -> 9), by its first three letters. */
  private static final java.util.Map<String, Integer> MONTH_OF = monthNumbers();

  private static java.util.Map<String, Integer> monthNumbers() {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    for (String key : NumberGrammar.MONTHS) {
      String k = key.length() >= 3 ? key.substring(0, 3) : key;
      for (Month m : Month.values()) {
        if (m.name().toLowerCase(java.util.Locale.ROOT).startsWith(k)) {
          out.put(key, m.getValue());
          break;
        }
      }
    }
    return java.util.Map.copyOf(out);
  }

  private static int monthOf(Token t) {
    Integer m = MONTH_OF.get(t.key);
    if (m == null) {
      throw new IllegalStateException("not a month: " + t.text);
    }
    return m;
  }

  private static int seasonStart(String k) {
    switch (k) {
      case "spring": return 3;
      case "summer": return 6;
      case "autumn": case "fall": return 9;
      case "winter": return 12;
      default: return 0;
    }
  }

  private static LocalDate seasonStartDate(int year, int month) {
    return LocalDate.of(year, month, 1);
  }

  private static Period seasonPeriod(int year, int startMonth) {
    YearMonth s = YearMonth.of(year, startMonth);
    YearMonth e = s.plusMonths(2);
    return Period.builder().start(s.atDay(1)).startPrecision(DatePrecision.MONTH)
        .end(e.atEndOfMonth()).endPrecision(DatePrecision.MONTH).build();
  }

  /** Gives a year to "in March" or "April 8": the latest such date not after the reference. */
  private static void resolveYear(Written w, Optional<LocalDate> ref) {
    if (w.year != null || ref.isEmpty()) {
      return;
    }
    LocalDate r = ref.get();
    if (w.season) {
      int y = r.getYear();
      if (seasonStartDate(y, w.seasonStartMonth).isAfter(r)) {
        y--;
      }
      w.year = y;
      return;
    }
    if (w.month == null) {
      return;
    }
    int y = r.getYear();
    LocalDate first = LocalDate.of(y, w.month, w.day == null ? 1 : w.day);
    if (first.isAfter(r)) {
      y--;
    }
    w.year = y;
  }

  /** "will start on April 1st": the next such date on or after the reference. */
  private static void resolveYearForward(Written w, Optional<LocalDate> ref) {
    if (w.year != null || ref.isEmpty() || w.month == null) {
      return;
    }
    LocalDate r = ref.get();
    int y = r.getYear();
    if (LocalDate.of(y, w.month, w.day == null ? 1 : w.day).isBefore(r)) {
      y++;
    }
    w.year = y;
  }

  private static DatePrecision precision(Written w) {
    if (w.day != null) {
      return DatePrecision.DAY;
    }
    if (w.month != null || w.season || w.endOf) {
      // "the end of 2025" is read as its December (see startOf), a month
      return DatePrecision.MONTH;
    }
    return DatePrecision.YEAR;
  }

  private static LocalDate startOf(Written w) {
    if (w.season) {
      return LocalDate.of(w.year, w.seasonStartMonth, 1);
    }
    if (w.month == null) {
      return w.endOf ? LocalDate.of(w.year, 12, 1) : LocalDate.of(w.year, 1, 1);
    }
    return LocalDate.of(w.year, w.month, w.day == null ? 1 : w.day);
  }

  private static LocalDate endOf(Written w) {
    if (w.season) {
      return YearMonth.of(w.year, w.seasonStartMonth).plusMonths(2).atEndOfMonth();
    }
    if (w.month == null) {
      return LocalDate.of(w.year, 12, 31);
    }
    if (w.day != null) {
      return LocalDate.of(w.year, w.month, w.day);
    }
    return YearMonth.of(w.year, w.month).atEndOfMonth();
  }
}

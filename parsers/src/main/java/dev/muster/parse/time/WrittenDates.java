package dev.muster.parse.time;

import dev.muster.DatePrecision;
import dev.muster.Period;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Reads a date as written ("April 2023", "the end of May 2024", "27 April", "Sept. 27, 2022",
 * "2023", "summer 2024") and resolves it to days with java.time. Month and season names come from
 * the lexicon ({@code time.tsv}).
 *
 * <p>Immutable and thread-safe.
 */
final class WrittenDates {

  /** A date as written: year, month and day, each possibly absent. Confined to one call. */
  static final class Written {
    Integer year;
    Integer month;
    Integer day;
    int end;
    boolean endOf;
    boolean season;
    int seasonStartMonth;
    /** "March last year": the year counted back from the reference's (1), or its own (0); null when unsaid. */
    Integer yearsBack;
  }

  private final Words[] months = new Words[12];
  /** Spring, summer, autumn, winter: the months they start in are 3, 6, 9 and 12. */
  private final Words[] seasons = new Words[4];
  private final Words the;
  /** "dmy" when the language writes dates in digits day first ("24.02.22", "05.11.2024"). */
  private final Words numericDates;
  private static final String DMY = "dmy";
  /** "dmy-dots": only dates with full stops and a four-digit year are day first ("27.11.2026"); slashes are left alone. */
  private static final String DMY_DOTS = "dmy-dots";
  private static final java.util.regex.Pattern DAY_MONTH_YEAR =
      java.util.regex.Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2}|\\d{4})");
  private final Words partOf;
  private final Words end;
  private final Words partPrefixes;
  private final Words of;
  private final Words in;
  private final Words seasonLeads;
  /** "летом", "влітку": a season's own form that means "in" it, a time with no word before it. */
  private final Words seasonAlone;
  private final Words daySuffixes;
  /** Words of a part of a month or year that stand right before it ("начала марта"), without "the ... of". */
  private final Words partOfBefore;
  /** The word for "year" after a year's digits ("2023 года"), part of the date. */
  private final Words yearAfter;
  /** Month names written in lower case in the language ("марта"); in English a month has a capital. */
  private final Words lowerCaseMonths;
  /** "this" and "last" before the word for "year" after a month or season: "in May last year". */
  private final Words thisYear;
  private final Words lastYear;
  private final Words yearWord;

  WrittenDates(Lexicon lex) {
    for (int m = 0; m < 12; m++) {
      months[m] = lex.optionalWords("time.month-" + (m + 1));
    }
    String[] names = {"spring", "summer", "autumn", "winter"};
    for (int s = 0; s < 4; s++) {
      seasons[s] = lex.optionalWords("time." + names[s]);
    }
    this.the = lex.optionalWords("time.the");
    this.numericDates = lex.optionalWords("time.numeric-dates");
    this.partOf = lex.optionalWords("time.part-of");
    this.end = lex.optionalWords("time.end");
    this.partPrefixes = lex.optionalWords("time.part-prefixes");
    this.partOfBefore = lex.optionalWords("time.part-of-before");
    this.yearAfter = lex.optionalWords("time.year-after");
    this.lowerCaseMonths = lex.optionalWords("time.lower-case-months");
    this.of = lex.optionalWords("time.of");
    this.in = lex.optionalWords("time.in");
    this.seasonLeads = lex.optionalWords("time.season-leads");
    this.seasonAlone = lex.optionalWords("time.season-alone");
    this.daySuffixes = lex.optionalWords("time.day-suffixes");
    this.thisYear = lex.optionalWords("time.this");
    this.lastYear = lex.optionalWords("time.last");
    this.yearWord = lex.optionalWords("time.year");
  }

  /** Reads the date written at token {@code i}, or null. */
  Written read(List<Token> t, int i) {
    Written w = readDate(t, i);
    // "2023 года", "2024 року": the word for year after the year's digits is part of the date
    if (w != null && w.year != null && w.end < t.size() && yearAfter.has(t.get(w.end))
        && t.get(w.end - 1).isNumber()) {
      w.end++;
    }
    if (w != null && w.year == null && (w.month != null || w.season) && w.end + 1 < t.size()
        && yearWord.has(t.get(w.end + 1))) {
      // "in January last year", "since October last year", "in May this year"
      Token which = t.get(w.end);
      w.yearsBack = lastYear.has(which) ? 1 : thisYear.has(which) ? 0 : null;
      if (w.yearsBack != null) {
        w.end += 2;
      }
    }
    return w;
  }

  private Written readDate(List<Token> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    boolean endOf = false;
    int j = i;
    if (the.has(t.get(j)) && j + 2 < t.size() && partOf.has(t.get(j + 1)) && of.has(t.get(j + 2))) {
      endOf = end.has(t.get(j + 1));
      j += 3;
    } else if (partOfBefore.has(t.get(j)) && j + 1 < t.size()) {
      endOf = end.has(t.get(j));
      j++;
    } else if (partPrefixes.has(t.get(j)) && j + 1 < t.size()) {
      j++;
      if (t.get(j).is("-") && j + 1 < t.size()) {
        j++;
      }
    }
    if (j >= t.size()) {
      return null;
    }
    if (the.has(t.get(j)) && j + 1 < t.size() && seasonStart(t.get(j + 1)) > 0) {
      j++;
    }
    Written digits = numericDate(t.get(j).text);
    int after = j + 1;
    if (digits == null && j + 4 < t.size()) {
      // "21/11/2025": the tokens of a date written with slashes, no space between them
      StringBuilder b = new StringBuilder(t.get(j).text);
      for (int k = j + 1; k <= j + 4 && !t.get(k).spaceBefore; k++) {
        b.append(t.get(k).text);
      }
      digits = numericDate(b.toString());
      after = j + 5;
    }
    if (digits != null) {
      digits.endOf = endOf;
      digits.end = after;
      return digits;
    }
    int season = seasonStart(t.get(j));
    if (season <= 0 && !t.get(j).isNumber() && !isMonth(t.get(j))) {
      return null; // neither a season, a day, a month nor a year: "the army"
    }
    Written w = new Written();
    w.endOf = endOf;
    if (season > 0) {
      w.season = true;
      w.seasonStartMonth = season;
      boolean alone = seasonAlone.has(t.get(j));
      j++;
      if (j < t.size() && of.has(t.get(j))) {
        j++;
      }
      Integer y = year(t, j);
      if (y != null) {
        w.year = y;
        j++;
      } else if (!(i > 0 && (in.has(t.get(i - 1)) || seasonLeads.has(t.get(i - 1))) || alone)) {
        return null; // "in summer", "over the summer", "during the winter"; not "the summer campaign"
      }
      w.end = j;
      return w;
    }
    return dayMonthYear(t, j, w);
  }

  /**
   * A date written in digits day first, "24.02.22", "05.11.2024" or "21/11/2025" (a two-digit year is of this
   * century), in a language whose {@code time.numeric-dates} says "dmy", or with full stops and a
   * four-digit year where it says "dmy-dots"; null otherwise.
   */
  private Written numericDate(String x) {
    boolean dots = numericDates.contains(DMY_DOTS);
    if (!numericDates.contains(DMY) && !dots || x.isEmpty() || !Character.isDigit(x.charAt(0))) {
      return null;
    }
    java.util.regex.Matcher m = DAY_MONTH_YEAR.matcher(x);
    if (!m.matches() || !numericDates.contains(DMY) && (!m.group(2).equals(".") || m.group(4).length() != 4)) {
      return null;
    }
    Written w = new Written();
    w.day = Integer.parseInt(m.group(1));
    w.month = Integer.parseInt(m.group(3));
    w.year = Integer.parseInt(m.group(4)) + (m.group(4).length() == 2 ? 2000 : 0);
    try {
      LocalDate.of(w.year, w.month, w.day);
    } catch (DateTimeException e) {
      return null;
    }
    return w;
  }

  private Written dayMonthYear(List<Token> t, int from, Written w) {
    int j = from;
    Integer day = null;
    // "4. Oktober": a day's ordinal full stop, where the language writes one
    int m = j + 2 < t.size() && t.get(j + 1).isPunct() && !t.get(j + 1).spaceBefore
        && daySuffixes.has(t.get(j + 1)) ? j + 2 : j + 1;
    if (isDay(t, j) && m < t.size() && isMonth(t.get(m))) {
      day = Integer.parseInt(t.get(j).text);
      j = m;
      if (j + 1 < t.size() && of.has(t.get(j))) {
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
        if (j < t.size() && t.get(j).isWord() && !t.get(j).spaceBefore && daySuffixes.has(t.get(j))) {
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
        } catch (DateTimeException e) {
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

  static Integer year(List<Token> t, int j) {
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

  /** Whether the token is a month's name, capitalised ("March", "Sept"). */
  boolean isMonth(Token t) {
    return t.isWord() && (t.isCapitalized() || lowerCaseMonths.has(t)) && monthOf(t) > 0;
  }

  /** The month of a month's name, 1 to 12, or 0. */
  private int monthOf(Token t) {
    for (int m = 0; m < 12; m++) {
      if (months[m].has(t)) {
        return m + 1;
      }
    }
    return 0;
  }

  /** The month a season named by the token starts in (3, 6, 9, 12), or 0. */
  int seasonStart(Token t) {
    for (int s = 0; s < 4; s++) {
      if (seasons[s].has(t)) {
        return 3 * (s + 1);
      }
    }
    return 0;
  }

  static LocalDate seasonStartDate(int year, int month) {
    return LocalDate.of(year, month, 1);
  }

  static Period seasonPeriod(int year, int startMonth) {
    YearMonth s = YearMonth.of(year, startMonth);
    YearMonth e = s.plusMonths(2);
    return Period.builder().start(s.atDay(1)).startPrecision(DatePrecision.MONTH)
        .end(e.atEndOfMonth()).endPrecision(DatePrecision.MONTH).build();
  }

  /** Gives a year to "in March" or "April 8": the latest such date not after the reference. */
  static void resolveYear(Written w, Optional<LocalDate> ref) {
    if (w.year != null || ref.isEmpty()) {
      return;
    }
    LocalDate r = ref.get();
    if (w.yearsBack != null) {
      w.year = r.getYear() - w.yearsBack;
      return;
    }
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
  static void resolveYearForward(Written w, Optional<LocalDate> ref) {
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

  static DatePrecision precision(Written w) {
    if (w.day != null) {
      return DatePrecision.DAY;
    }
    if (w.month != null || w.season || w.endOf) {
      // "the end of 2025" is read as its December (see startOf), a month
      return DatePrecision.MONTH;
    }
    return DatePrecision.YEAR;
  }

  static LocalDate startOf(Written w) {
    if (w.season) {
      return LocalDate.of(w.year, w.seasonStartMonth, 1);
    }
    if (w.month == null) {
      return w.endOf ? LocalDate.of(w.year, 12, 1) : LocalDate.of(w.year, 1, 1);
    }
    return LocalDate.of(w.year, w.month, w.day == null ? 1 : w.day);
  }

  static LocalDate endOf(Written w) {
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

  static Period spanOf(Written w) {
    return Period.builder().start(startOf(w)).startPrecision(precision(w))
        .end(endOf(w)).endPrecision(precision(w)).build();
  }
}

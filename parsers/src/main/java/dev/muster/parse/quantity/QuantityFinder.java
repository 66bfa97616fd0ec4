package dev.muster.parse.quantity;

import dev.muster.Per;
import dev.muster.Qualifier;
import dev.muster.Quantity;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Stage quantity: finds the quantities of a sentence's tokens in one linear pass. The numbers come
 * from the language's {@link Numerals}; this adds qualifiers before them ("more than"), ranges
 * ("X to Y", "between X and Y", "X-Y"), money (a currency before or after), rates ("a month",
 * "$2,000-a-month") and the open ends "1,500 or more", "1,500+", and leaves out what {@link
 * NotACount} rejects.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantityFinder {

  private final Lexicon lex;
  private final Numerals numerals;
  private final NotACount notACount;
  private final Words between;
  /** Articles a range may put before each number ("tra i 7.000 e i 9.000"); none in English. */
  private final Words rangeArticles;
  private final Words from;
  /**
   * "by": the word before the amount of a change, whose "to" after it gives the new value ("raised
   * the number by 180,000 to 1.5 million"), two figures, not a range.
   */
  private final Words changeBy;
  private final Words dozen;
  private final Words to;
  private final Words and;
  private final Words or;
  private final Words more;
  private final Words so;
  private final Words plus;
  private final Words perWords;
  private final Words spacedPrefixes;
  private final Words timeAgo;
  /** Verbs of change ("rose", "выросла", "довести"): "from X to Y" is two figures, and {@link #changeTo} after them no qualifier. */
  private final Words changeVerbs;
  private final Words payFrom;
  private final Words rateNouns;
  /** A qualifier that is "to" after a verb of change: "выросла до 1,9 млн" is 1.9 million, not up to it. */
  private final Words changeTo;
  /** Bounds that are also words of time: "past" ("past 2 million roubles", "the past 12 months"). */
  private final Words timeBounds;
  /** Words before such a bound that make it time: "the", "this". */
  private final Words timeDeterminers;
  /** Units of time after the number that make such a bound time: "past two weeks". */
  private final Words timeUnits;
  private final Words[] units;
  /** How many words before "до" a verb of change may stand. */
  private static final int CHANGE_WINDOW = 6;
  /** How many words before "from" a verb of change may stand ("raise the payment it gives volunteers from"). */
  private static final int CHANGE_FROM_WINDOW = 12;
  /** The most tokens of a clause set off by commas between a verb of change and its "до". */
  private static final int CLAUSE_MAX = 10;
  private static final Per[] UNIT_PERS = {Per.DAY, Per.WEEK, Per.MONTH, Per.YEAR};

  /** A finder over the lexicon's words with its language's number grammar. */
  public QuantityFinder(Lexicon lex, Numerals numerals) {
    this.lex = lex;
    this.numerals = numerals;
    this.notACount = new NotACount(lex, numerals);
    this.between = lex.optionalWords("quantity.between");
    this.rangeArticles = lex.optionalWords("quantity.range-articles");
    this.from = lex.optionalWords("quantity.from");
    this.changeBy = lex.optionalWords("quantity.change-by");
    this.dozen = lex.optionalWords("quantity.dozen");
    this.to = lex.optionalWords("quantity.to");
    this.and = lex.optionalWords("quantity.and");
    this.or = lex.optionalWords("quantity.or");
    this.more = lex.optionalWords("quantity.more");
    this.so = lex.optionalWords("quantity.so");
    this.plus = lex.optionalWords("quantity.plus");
    this.perWords = lex.optionalWords("quantity.rate-articles");
    this.spacedPrefixes = lex.optionalWords("quantity.spaced-currency-prefixes");
    this.timeAgo = lex.optionalWords("quantity.time-ago");
    this.changeVerbs = lex.optionalWords("quantity.change-verbs");
    this.payFrom = lex.optionalWords("quantity.pay-from");
    this.rateNouns = lex.optionalWords("classify.rate-nouns");
    this.changeTo = lex.optionalWords("quantity.change-to");
    this.timeBounds = lex.optionalWords("quantity.time-bounds");
    this.timeDeterminers = lex.optionalWords("quantity.time-bound-determiners");
    this.timeUnits = lex.optionalWords("quantity.time-bound-units");
    this.units = new Words[] {lex.optionalWords("quantity.unit-day"), lex.optionalWords("quantity.unit-week"),
        lex.optionalWords("quantity.unit-month"), lex.optionalWords("quantity.unit-year")};
  }

  /** Returns the quantities of a sentence, in order, not overlapping. */
  public List<QuantityMention> find(List<Token> t) {
    List<QuantityMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      NumberRead n = numerals.read(t, i);
      if (n == null) {
        i++;
        continue;
      }
      QuantityMention m = mention(t, i, n);
      if (m == null) {
        i = Math.max(i + 1, n.end());
        continue;
      }
      out.add(m);
      i = m.end();
    }
    return out;
  }

  /** The bounds and qualifier of a mention while it is read: confined to one call. */
  private static final class Bounds {
    BigDecimal low;
    BigDecimal high;
    Qualifier qualifier;

    Bounds(BigDecimal low, BigDecimal high, Qualifier qualifier) {
      this.low = low;
      this.high = high;
      this.qualifier = qualifier;
    }

    void apply(Qualifier q) {
      BigDecimal v = low != null ? low : high;
      qualifier = q;
      low = q.hasLow() ? v : null;
      high = q.hasHigh() ? v : null;
    }
  }

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /**
   * "60 or 70,000": a plain number of at most three digits before a number in digits that ends in
   * ",000" shares its thousands when that keeps both of one order of magnitude.
   */
  private static boolean sharesThousands(Token x, Token y, BigDecimal lo, BigDecimal hi) {
    if (!x.isDigitsOnly() || x.text.length() > 3 || !y.text.endsWith(",000") || lo.signum() <= 0) {
      return false;
    }
    BigDecimal scaled = lo.multiply(THOUSAND);
    return scaled.compareTo(hi) <= 0 && scaled.multiply(BigDecimal.TEN).compareTo(hi) > 0;
  }

  private QuantityMention mention(List<Token> t, int i, NumberRead n) {
    if (notACount.excluded(t, i, n)) {
      return null;
    }
    int first = i;
    int end = n.end();
    boolean magnitude = n.magnitude();
    BigDecimal value = n.magnitude() ? BigDecimal.valueOf(n.magLow()) : n.value();
    // currency before the number
    PhraseIndex.Match<Lexicon.Money> mb = moneyBefore(t, i);
    Lexicon.Money before = mb == null ? null : mb.value;
    if (mb != null) {
      first = i - mb.length;
    }
    // qualifier before (the currency)
    int qStart = first;
    Qualifier q = null;
    for (int len = lex.qualifiers.maxLength(); len >= 1; len--) {
      int s = qStart - len;
      if (s < 0) {
        continue;
      }
      PhraseIndex.Match<Qualifier> qm = lex.qualifiers.longest(t, s, qStart);
      if (qm != null && qm.length == len
          && !(len == 1 && changeTo.has(t.get(s)) && (changeBefore(t, s) || afterFrom(t, s)))
          && !(len == 1 && timeBounds.has(t.get(s)) && timeNotBound(t, s, n.end()))) {
        q = qm.value;
        first = s;
        break;
      }
    }
    int article = q == null && qStart > 1 && rangeArticles.has(t.get(qStart - 1)) ? 1 : 0;
    boolean isBetween = q == null && qStart - article > 0 && between.has(t.get(qStart - 1 - article));
    if (!isBetween) {
      article = 0;
    }
    boolean isFrom = q == null && qStart > 0 && from.has(t.get(qStart - 1));
    // "rose from 310 to 780": a change between two figures, each its own record
    boolean change = isFrom && qStart > 1 && changeBeforeFrom(t, qStart - 1);
    // "raised the number by 180,000 to 1.5 million": the change, then the new value
    change |= first > 1 && changeBy.has(t.get(first - 1)) && changedTo(t, n.end()) != null
        && changeBeforeFrom(t, first - 1);
    NumberRead next = isFrom && !n.magnitude() && !n.scaled() ? changedTo(t, n.end()) : null;
    BigDecimal nextScale = next == null || next.magnitude() ? null : scaleEnding(t, n.end() + 1, next);
    // a first number of a thousand or more is written in full and shares no scale ("from 200,000 to
    // 1.5 million"): only a short one does ("from 2.4 to 1.6 million", "с 3 до 1,5 млн")
    if (nextScale != null && value.compareTo(nextScale) < 0 && value.compareTo(THOUSAND) < 0) {
      BigDecimal scaled = value.multiply(nextScale);
      // "с 3 до 1,5 млн": a first number that, given the second's scale, is the larger is a fall
      change |= scaled.compareTo(next.value()) > 0;
      if (change && scaled.multiply(BigDecimal.TEN).compareTo(next.value()) > 0
          && scaled.compareTo(next.value().multiply(BigDecimal.TEN)) < 0) {
        value = scaled; // "from 2.4 to 1.6 million": the old value shares the new one's scale
      }
    }
    boolean dozenWord = !n.magnitude() && dozen.has(t.get(n.end() - 1));
    Bounds b = n.magnitude()
        ? new Bounds(BigDecimal.valueOf(n.magLow()), BigDecimal.valueOf(n.magHigh()), Qualifier.MAGNITUDE)
        : new Bounds(value, value, Qualifier.EXACT);
    // a range: "X to Y", "X-Y", "between X and Y", "from X to Y", "X or Y"
    int r = n.end();
    Lexicon.Money after = null;
    int hyphen = r < t.size() && t.get(r).is("-") && !t.get(r).spaceBefore ? 1 : 0;
    PhraseIndex.Match<Lexicon.Money> am = r + hyphen < t.size() ? lex.money.longest(t, r + hyphen) : null;
    if (am != null && am.value.after() && before == null && (hyphen == 0 || am.length == 1)) {
      after = am.value;
      r += hyphen + am.length;
    }
    if (r + 1 < t.size()) {
      Token sep = t.get(r);
      boolean dash = sep.is("-") && !isWordHyphen(t, r);
      boolean isTo = to.has(sep) || and.has(sep) && isBetween || or.has(sep) && !n.magnitude() || dash;
      NumberRead second = null;
      int y = r + 1;
      if (article > 0 && y + 1 < t.size() && rangeArticles.has(t.get(y))) {
        y++; // "tra i 7.000 e i 9.000"
      }
      Lexicon.Money yMoney = null;
      // the first end's currency, before it or after it ("from a few hundred dollars to $5,000")
      Lexicon.Money xMoney = before != null ? before : after;
      if (isTo && xMoney != null) {
        PhraseIndex.Match<Lexicon.Money> ym = lex.money.longest(t, y);
        if (ym != null && ym.value.before()) {
          y += ym.length;
          yMoney = ym.value;
        }
      }
      if (isTo && !change) {
        second = y < t.size() ? numerals.read(t, y) : null;
      }
      if (second != null && !second.magnitude() && !notACount.excluded(t, y, second)
          && (yMoney == null || yMoney.currency.equals(xMoney.currency))) {
        BigDecimal lo = n.magnitude() ? BigDecimal.valueOf(n.magLow()) : n.value();
        BigDecimal hi = second.value();
        if (!n.magnitude() && !n.scaled() && lo.compareTo(hi) < 0) {
          // "1-2 million", "between two and three thousand": the first shares the second's scale
          // the scale word ends the second number, but for an abbreviation's full stop ("10–12 тыс.")
          BigDecimal scaleOf = scaleEnding(t, y, second);
          if (scaleOf != null && lo.compareTo(scaleOf) < 0 && lo.multiply(scaleOf).compareTo(hi) <= 0) {
            lo = lo.multiply(scaleOf);
          } else if (sharesThousands(t.get(i), t.get(y), lo, hi)) {
            lo = lo.multiply(THOUSAND); // "60 or 70,000", "60-70,000"
          }
        }
        if (lo.compareTo(hi) < 0 && (!or.has(sep) || n.words() == second.words())) {
          b = new Bounds(lo, hi, Qualifier.RANGE);
          magnitude = false;
          end = second.end();
          r = second.end();
          if (q != null && q != Qualifier.APPROXIMATE) {
            q = null; // "up to 10-15" keeps the range
            first = qStart;
          }
          if (isBetween || isFrom) {
            first = qStart - 1 - article;
          }
          if (after == null) {
            PhraseIndex.Match<Lexicon.Money> am2 = r < t.size() ? lex.money.longest(t, r) : null;
            if (am2 != null && am2.value.after() && before == null) {
              after = am2.value;
              r += am2.length;
            }
          }
        }
      }
    }
    end = Math.max(end, r);
    if (isFrom && !change && b.qualifier == Qualifier.EXACT && qStart > 1 && (payFrom.has(t.get(qStart - 2))
        || t.get(qStart - 2).is(":") && (before != null || after != null))) {
      // "salaries from 195,000 rubles", "earn from 210,000 roubles", "- Region: from 1 million roubles": a floor
      q = Qualifier.AT_LEAST;
      first = qStart - 1;
    }
    if (q != null && b.qualifier != Qualifier.RANGE) {
      if (b.qualifier == Qualifier.MAGNITUDE) {
        first = i; // "over hundreds" keeps the magnitude, without the qualifier
      } else {
        b.apply(q);
      }
    } else if (q == null && b.qualifier == Qualifier.EXACT) {
      end = openEnd(t, end, b);
    }
    if (dozenWord && b.qualifier == Qualifier.EXACT) {
      b.qualifier = Qualifier.APPROXIMATE; // "a dozen", "two dozen": round, vague counts
    }
    Currency unit = before != null ? before.currency : after != null ? after.currency : null;
    if (unit == null && change) {
      unit = changedToCurrency(t, end); // "reduced from 1.6 million to 800,000 roubles"
    }
    // larger than any quantity ("1,000,000,000,000,000,000", "999 billion trillion"): not a figure
    if (b.low != null && b.low.compareTo(Quantity.MAX) > 0 || b.high != null && b.high.compareTo(Quantity.MAX) > 0) {
      return null;
    }
    // a whole count must be a whole number
    if (unit == null && (b.low != null && b.low.stripTrailingZeros().scale() > 0
        || b.high != null && b.high.stripTrailingZeros().scale() > 0)) {
      return null;
    }
    Per per = rateAfter(t, end, unit != null);
    return new QuantityMention(first, end, i, b.low, b.high, b.qualifier, unit, per, n.words(), value, magnitude);
  }

  /**
   * Whether a verb of change stands shortly before the "from" at {@code at}, in its clause and with
   * no number between: "rose from", "was reduced last month from", "raised its bonus from".
   */
  private boolean changeBeforeFrom(List<Token> t, int at) {
    for (int k = at - 1; k >= Math.max(0, at - CHANGE_FROM_WINDOW); k--) {
      Token x = t.get(k);
      if (changeVerbs.has(x)) {
        return true;
      }
      if (x.isNumber() || x.is(",") || x.is(";") || x.is(":") || x.is("(")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The currency written after the new value of a change that starts at {@code end} ("to 800,000
   * roubles"), which the old value before it shares; null when none.
   */
  private Currency changedToCurrency(List<Token> t, int end) {
    NumberRead next = changedTo(t, end);
    if (next == null || next.end() >= t.size()) {
      return null;
    }
    PhraseIndex.Match<Lexicon.Money> m = lex.money.longest(t, next.end());
    return m != null && m.value.after() ? m.value.currency : null;
  }

  /** The number after the word for "to" at {@code end} ("до 1,6 млн", "auf 2 Millionen"), or null. */
  private NumberRead changedTo(List<Token> t, int end) {
    if (end + 1 >= t.size() || !(to.has(t.get(end)) || changeTo.has(t.get(end)))) {
      return null;
    }
    return numerals.read(t, end + 1);
  }

  /** The value of the scale word that ends {@code n}, read from token {@code y} ("млн", "тыс."), or null. */
  private BigDecimal scaleEnding(List<Token> t, int y, NumberRead n) {
    Token last = t.get(n.end() - 1);
    if (last.is(".") && n.end() - 2 > y) {
      last = t.get(n.end() - 2); // an abbreviation's full stop
    }
    return numerals.scaleOf(last);
  }

  /** Whether token {@code s} follows "from" and a number ("с 3 до"): the "to" of a change or range. */
  private boolean afterFrom(List<Token> t, int s) {
    return s > 1 && t.get(s - 1).isNumber() && from.has(t.get(s - 2));
  }

  /** Whether a verb of change stands shortly before token {@code s} in its clause ("довести численность до"). */
  /**
   * Whether the bound word at {@code s} that is also a word of time ("past") is time here: after a
   * determiner ("the past 12 months", "this past week") or before a number a unit of time follows
   * ("past two weeks", the number ending at {@code end}).
   */
  private boolean timeNotBound(List<Token> t, int s, int end) {
    return s > 0 && timeDeterminers.has(t.get(s - 1)) || end < t.size() && timeUnits.has(t.get(end));
  }

  private boolean changeBefore(List<Token> t, int s) {
    int at = s;
    if (at > 1 && t.get(at - 1).is(",")) {
      // "увеличили выплату жителям, подписавшим контракт с Минобороны, до 1,5 млн": past the clause
      // set off by commas
      int open = at - 2;
      while (open > 0 && open >= at - 1 - CLAUSE_MAX && !t.get(open).is(",") && !t.get(open).isNumber()) {
        open--;
      }
      if (!t.get(open).is(",")) {
        return false;
      }
      at = open;
    }
    for (int k = at - 1; k >= Math.max(0, at - CHANGE_WINDOW); k--) {
      if (changeVerbs.has(t.get(k))) {
        return true;
      }
      if (t.get(k).isPunct() || t.get(k).isNumber()) {
        return false;
      }
    }
    return false;
  }

  /** "1,500 or more", "1,500-plus", "1,500+": returns the new end, and qualifies {@code b}. */
  private int openEnd(List<Token> t, int p, Bounds b) {
    if (p + 1 < t.size() && or.has(t.get(p)) && (more.has(t.get(p + 1)) || so.has(t.get(p + 1)))) {
      b.apply(more.has(t.get(p + 1)) ? Qualifier.AT_LEAST : Qualifier.APPROXIMATE);
      return p + 2;
    }
    if (p < t.size() && t.get(p).is("+") && !t.get(p).spaceBefore) {
      b.apply(Qualifier.MORE_THAN);
      return p + 1;
    }
    if (p + 1 < t.size() && t.get(p).is("-") && plus.has(t.get(p + 1))) {
      b.apply(Qualifier.MORE_THAN);
      return p + 2;
    }
    return p;
  }

  /** The currency written just before token {@code i}, and how many tokens it takes, or null. */
  private PhraseIndex.Match<Lexicon.Money> moneyBefore(List<Token> t, int i) {
    for (int len = 3; len >= 1; len--) {
      int s = i - len;
      if (s < 0) {
        continue;
      }
      PhraseIndex.Match<Lexicon.Money> mm = lex.money.longest(t, s, i);
      if (mm != null && mm.length == len && mm.value.before()) {
        Token last = t.get(i - 1);
        // a symbol or short prefix is written against the number; a code, a symbol ("US$ 2,300")
        // or a short prefix, with its abbreviation's stop or without ("Rs. 40,000"), may have a space
        if (!t.get(i).spaceBefore || last.isAllCaps() || spacedPrefixes.has(last) || !last.isWord() && !last.is(".")
            || stopOfPrefix(t, i - 1, s)) {
          return mm;
        }
      }
    }
    return null;
  }

  /**
   * Whether token {@code stop} is the full stop of a short prefix written against it ("Rs.",
   * "NRs."), the prefix a currency match that starts at {@code s} ends with.
   */
  private boolean stopOfPrefix(List<Token> t, int stop, int s) {
    return t.get(stop).is(".") && stop - 1 >= s && !t.get(stop).spaceBefore && spacedPrefixes.has(t.get(stop - 1));
  }

  /** The rate after a quantity ending before token {@code end}, or null. */
  private Per rateAfter(List<Token> t, int end, boolean money) {
    int p = end;
    if (p + 1 < t.size() && t.get(p).is("-") && !t.get(p).spaceBefore) {
      p++; // "$2,000-a-month"
      if (p + 2 < t.size() && perWords.has(t.get(p)) && t.get(p + 1).is("-")) {
        Per per = perOfUnit(t.get(p + 2));
        if (per != null) {
          return per;
        }
      }
    }
    // allow a people noun or "in salary" between: "$2,000 a month", "73,000 rubles ($837) per month"
    for (int skip = 0; skip <= 1 && p < t.size(); skip++) {
      PhraseIndex.Match<Lexicon.Rate> rm = lex.rates.longest(t, p);
      if (rm != null && rm.value.after() && !timeAgo(t, p + rm.length)
          && !(p + rm.length < t.size() && rateNouns.has(t.get(p + rm.length)))) {
        return rm.value.per;
      }
      if (!money || and.has(t.get(p)) || or.has(t.get(p))) {
        return null; // "$3,000 and monthly pay of ...": the rate is the next amount's
      }
      p++;
    }
    return null;
  }

  /** "a year earlier", "a month ago": a point in time, not a rate. */
  public boolean timeAgo(List<Token> t, int after) {
    return after < t.size() && timeAgo.has(t.get(after));
  }

  private Per perOfUnit(Token unit) {
    for (int k = 0; k < units.length; k++) {
      if (units[k].has(unit)) {
        return UNIT_PERS[k];
      }
    }
    return null;
  }

  private static boolean isWordHyphen(List<Token> t, int dash) {
    // "30-day", "Su-34": a hyphen glued to a word is not a range dash
    Token d = t.get(dash);
    return dash + 1 < t.size() && !d.spaceBefore && !t.get(dash + 1).spaceBefore && t.get(dash + 1).isWord();
  }
}

package dev.muster.parse.internal;

import dev.muster.Per;
import dev.muster.Qualifier;
import dev.muster.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quantities in a sentence's tokens: numbers in digits and words, scale words, vague
 * magnitudes, qualifiers, ranges, money and rates; and leaves out what is not a count (years,
 * dates, ages, ordinals, percentages, durations, model names, phone numbers). Stateless apart
 * from its lexicons; one linear pass over the tokens.
 */
final class NumberGrammar {

  static final Words MONTHS = Words.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Words ORDINAL_SUFFIX = Words.of("st", "nd", "rd", "th", "s");
  private static final Words REFERENCE_WORDS = Words.of("no", "number", "nos", "page", "article",
      "section", "part", "resolution", "paragraph", "chapter", "item", "line", "flight", "route",
      "road", "highway", "tu", "su", "mig", "kh", "f", "t", "a", "b", "s", "covid", "version", "level",
      "grade", "class", "type", "model", "room", "building", "unit", "military unit", "code", "pp", "p",
      "vol", "issue", "episode", "season", "channel", "phase", "stage", "step", "round", "wave", "day",
      "week", "year", "term");
  private static final Words AGE_WORDS = Words.of("aged", "age", "ages", "aging", "ageing");
  /** Bounds the exclusion rules compare values with: a day of a month, "day 400", an age. */
  private static final BigDecimal THIRTY_ONE = BigDecimal.valueOf(31);
  private static final BigDecimal FOUR_HUNDRED = BigDecimal.valueOf(400);
  private static final BigDecimal HUNDRED_TWENTY = BigDecimal.valueOf(120);
  /** Groups of three digits after the first in "999 999 999 999 999", the largest count. */
  private static final int MAX_SPACE_GROUPS = 4;
  /** Where sums of number words stop growing: above {@link Quantity#MAX}, so never a quantity. */
  private static final long WORDS_CAP = 10 * Quantity.MAX.longValueExact();

  private final Lexicons lex;

  NumberGrammar(Lexicons lex) {
    this.lex = lex;
    Vocabulary.markStarts(lex.numberWords.keySet(), wordStart);
    Vocabulary.markStarts(List.of("a", "an", "one", "half", "quarter"), wordStart);
  }

  /**
   * The {@link Token#starts} bit of the words a number in words can start with (number words and
   * "a", "an", "one", "half", "quarter"): {@link #words} reads no further on a token without it.
   */
  private final int wordStart = Vocabulary.newStartBit();

  /** A number read at a token position: its value or magnitude and the token after it. */
  private static final class Num {
    BigDecimal value;
    long magLow;
    long magHigh;
    boolean magnitude;
    boolean words;
    boolean scaled;
    /** Digit groups that do not form a number ("1 000 5"); never a quantity. */
    boolean malformed;
    int end;
  }

  List<QuantityMention> find(List<Token> t) {
    List<QuantityMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Num n = number(t, i);
      if (n == null) {
        i++;
        continue;
      }
      QuantityMention m = mention(t, i, n);
      if (m == null) {
        i = Math.max(i + 1, n.end);
        continue;
      }
      out.add(m);
      i = m.end;
    }
    return out;
  }

  // ---------------------------------------------------------------- numbers

  private Num number(List<Token> t, int i) {
    Token tok = t.get(i);
    Lexicons.Magnitude mag = null;
    PhraseIndex.Match<Lexicons.Magnitude> mm = lex.magnitudes.longest(t, i);
    if (mm != null) {
      Num n = new Num();
      n.magnitude = true;
      n.magLow = mm.value.low;
      n.magHigh = mm.value.high;
      n.words = true;
      n.end = i + mm.length;
      return n;
    }
    if (tok.isNumber()) {
      return digits(t, i);
    }
    if (tok.isWord()) {
      return words(t, i);
    }
    return null;
  }

  private Num digits(List<Token> t, int i) {
    Token tok = t.get(i);
    BigDecimal v = parseDigits(tok.text);
    if (v == null) {
      return null;
    }
    int end = i + 1;
    Num n = new Num();
    // "1 500", "1 000 000": groups of three digits after single spaces, at most five groups in all
    if (tok.text.length() <= 3 && tok.text.indexOf(',') < 0 && tok.text.indexOf('.') < 0
        && (i == 0 || !t.get(i - 1).isNumber() && !t.get(i - 1).is("+"))) {
      int g = end;
      while (g < t.size() && isSpaceGroup(t, g)) {
        g++;
      }
      if (g > end && (g - end > MAX_SPACE_GROUPS || g < t.size() && t.get(g).isNumber())) {
        // "1 000 5", or more groups than a count can have: no number, and no group read alone as one;
        // find() goes on after the last group, so each chain is read once
        n.malformed = true;
        n.end = g;
        return n;
      }
      for (; end < g; end++) {
        v = v.multiply(BigDecimal.valueOf(1000)).add(new BigDecimal(t.get(end).text));
      }
    }
    n.value = v;
    n.end = end;
    scale(t, n);
    return n;
  }

  /** Whether token {@code g} is three plain digits one space after the token before it. */
  private static boolean isSpaceGroup(List<Token> t, int g) {
    Token d = t.get(g);
    return d.text.length() == 3 && d.isDigitsOnly()
        && d.start - t.get(g - 1).end() == 1;
  }

  /** Reads "1,500", "1.5", "1.500.000", "1500"; null for malformed groups ("110,00"). */
  static BigDecimal parseDigits(String s) {
    int commas = 0;
    int dots = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ',') {
        commas++;
      } else if (c == '.') {
        dots++;
      }
    }
    if (s.length() > 40) {
      return null;
    }
    if (commas > 0 && dots > 1 || commas > 1 && dots > 0) {
      return null;
    }
    if (commas > 0) {
      if (!groupsOfThree(s, ',')) {
        return null;
      }
      return dots == 0 ? whole(s) : new BigDecimal(s.replace(",", ""));
    }
    if (dots > 1) {
      return groupsOfThree(s, '.') ? whole(s) : null;
    }
    return dots == 0 ? whole(s) : new BigDecimal(s);
  }

  /**
   * The whole number written by the digits of {@code s}, skipping its group separators: the
   * value {@code new BigDecimal} gives for the digits alone, without parsing a string for it
   * when it fits in a long (up to 18 digits).
   */
  private static BigDecimal whole(String s) {
    long v = 0;
    int digits = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        digits++;
      }
    }
    return digits <= 18 ? BigDecimal.valueOf(v) : new BigDecimal(s.replace(",", "").replace(".", ""));
  }

  /** Whether the integer part is "d{1,3}(sep ddd)*", without a regex. */
  private static boolean groupsOfThree(String s, char sep) {
    int end = s.length();
    if (sep != '.') {
      int dot = s.indexOf('.');
      if (dot >= 0) {
        end = dot;
      }
    }
    int group = 0;
    boolean first = true;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == sep) {
        if (group == 0 || first && group > 3 || !first && group != 3) {
          return false;
        }
        first = false;
        group = 0;
      } else {
        group++;
      }
    }
    return group > 0 && (first ? group <= 3 || true : group == 3);
  }

  /** Multiplies by a following scale word: "1.5 million", "300k", "1.95 lakh". */
  private void scale(List<Token> t, Num n) {
    if (n.end < t.size() && t.get(n.end).isWord()) {
      Token s = t.get(n.end);
      Lexicons.NumberWord w = lex.numberWords.get(s.key);
      if (w != null && w.kind == Lexicons.NumberWordKind.SCALE) {
        boolean letterShort = s.key.length() <= 3 && !s.key.equals("bn") || s.key.equals("bn") || s.key.equals("mln");
        if (letterShort && s.spaceBefore && (s.key.equals("k") || s.key.equals("m"))) {
          return;
        }
        n.value = n.value.multiply(BigDecimal.valueOf(w.value));
        n.scaled = true;
        n.end++;
        // "1.5 million" -> allow "hundred thousand"
        if (n.end < t.size()) {
          Lexicons.NumberWord w2 = lex.numberWords.get(t.get(n.end).key);
          if (w2 != null && w2.kind == Lexicons.NumberWordKind.SCALE && w2.value > w.value) {
            n.value = n.value.multiply(BigDecimal.valueOf(w2.value));
            n.end++;
          }
        }
      }
    }
  }

  private Num words(List<Token> t, int i) {
    Token tok = t.get(i);
    if ((tok.starts & wordStart) == 0) {
      return null;
    }
    String k = tok.key;
    // "a dozen", "a hundred", "a thousand", "an estimated" is not a number
    if ((k.equals("a") || k.equals("an") || k.equals("one")) && i + 1 < t.size()) {
      Lexicons.NumberWord w = lex.numberWords.get(t.get(i + 1).key);
      if (w != null && w.kind != Lexicons.NumberWordKind.UNIT && !t.get(i + 1).key.equals("k")
          && !t.get(i + 1).key.equals("m") && !t.get(i + 1).key.equals("pair")) {
        if (k.equals("one")) {
          return wordSequence(t, i);
        }
        Num n = new Num();
        n.value = BigDecimal.valueOf(w.value);
        n.words = true;
        n.end = i + 2;
        continueScale(t, n);
        return n;
      }
    }
    // "half a million", "a quarter of a million"
    int j = i;
    if (k.equals("a") && j + 1 < t.size() && t.get(j + 1).is("quarter")) {
      j++;
    }
    if (t.get(j).is("half") || t.get(j).is("quarter")) {
      BigDecimal f = t.get(j).is("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
      int p = j + 1;
      if (p < t.size() && t.get(p).is("of")) {
        p++;
      }
      if (p + 1 < t.size() && (t.get(p).is("a") || t.get(p).is("one"))) {
        Lexicons.NumberWord w = lex.numberWords.get(t.get(p + 1).key);
        if (w != null && (w.kind == Lexicons.NumberWordKind.SCALE && w.value >= 100
            || w.kind == Lexicons.NumberWordKind.DOZEN && w.value == 12)) {
          Num n = new Num();
          n.value = f.multiply(BigDecimal.valueOf(w.value));
          if (n.value.stripTrailingZeros().scale() > 0) {
            return null;
          }
          n.words = true;
          n.end = p + 2;
          return n;
        }
      }
      return null;
    }
    Lexicons.NumberWord w = lex.numberWords.get(k);
    if (w == null || w.kind != Lexicons.NumberWordKind.UNIT) {
      return null;
    }
    return wordSequence(t, i);
  }

  /**
   * Reads "one hundred and fifty", "twenty-one", "ten thousand", "two dozen". The sums saturate at
   * {@link #WORDS_CAP}, so "a dozen dozen dozen ..." is one number too large to be a quantity,
   * never a wrapped-around one.
   */
  private Num wordSequence(List<Token> t, int i) {
    long total = 0;
    long current = 0;
    int j = i;
    int lastGood = i;
    boolean any = false;
    while (j < t.size()) {
      Token tok = t.get(j);
      Lexicons.NumberWord w = lex.numberWords.get(tok.key);
      if (w != null && tok.isWord() && !(tok.key.equals("k") || tok.key.equals("m")
          || tok.key.equals("bn") || tok.key.equals("mln") || tok.key.equals("pair"))) {
        if (w.kind == Lexicons.NumberWordKind.UNIT) {
          long tail = current % 100;
          boolean ok = !any || tail == 0 && (current > 0 || total > 0)
              || tail >= 20 && tail % 10 == 0 && w.value < 10;
          if (!ok) {
            break;
          }
          current = Math.min(WORDS_CAP, current + w.value);
        } else if (w.kind == Lexicons.NumberWordKind.DOZEN) {
          current = capped(current == 0 ? 1 : current, w.value);
        } else if (w.value == 100) {
          current = capped(current == 0 ? 1 : current, 100);
        } else {
          total = Math.min(WORDS_CAP, total + capped(current == 0 ? 1 : current, w.value));
          current = 0;
        }
        any = true;
        j++;
        lastGood = j;
        continue;
      }
      // "twenty-one"; "one hundred and fifty"
      if (any && (tok.is("-") && !tok.spaceBefore || tok.is("and")) && j + 1 < t.size()) {
        Lexicons.NumberWord nx = lex.numberWords.get(t.get(j + 1).key);
        if (nx != null && nx.kind == Lexicons.NumberWordKind.UNIT
            && (tok.is("-") ? current % 100 >= 20 && current % 10 == 0 && nx.value < 10
                : current % 100 == 0 && (current > 0 || total > 0))) {
          j++;
          continue;
        }
      }
      break;
    }
    if (!any) {
      return null;
    }
    Num n = new Num();
    n.value = BigDecimal.valueOf(Math.min(WORDS_CAP, total + current));
    n.words = true;
    n.end = lastGood;
    return n;
  }

  /** {@code a * b} for {@code 0 <= a <= WORDS_CAP} and {@code 0 < b}, at most {@link #WORDS_CAP}. */
  private static long capped(long a, long b) {
    return a > WORDS_CAP / b ? WORDS_CAP : Math.min(WORDS_CAP, a * b);
  }

  private void continueScale(List<Token> t, Num n) {
    while (n.end < t.size()) {
      Lexicons.NumberWord w = lex.numberWords.get(t.get(n.end).key);
      if (w == null || w.kind != Lexicons.NumberWordKind.SCALE || !t.get(n.end).isWord()
          || t.get(n.end).key.length() <= 2 || w.value <= n.value.longValue()) {
        return;
      }
      n.value = n.value.multiply(BigDecimal.valueOf(w.value));
      n.end++;
    }
  }

  // ---------------------------------------------------------------- mentions

  private QuantityMention mention(List<Token> t, int i, Num n) {
    if (excluded(t, i, n)) {
      return null;
    }
    QuantityMention m = new QuantityMention();
    m.numberStart = i;
    m.first = i;
    m.end = n.end;
    m.words = n.words;
    m.magnitude = n.magnitude;
    m.value = n.magnitude ? BigDecimal.valueOf(n.magLow) : n.value;
    // currency before the number
    Lexicons.Money before = moneyBefore(t, i, m);
    // qualifier before (the currency)
    int qStart = m.first;
    Qualifier q = null;
    boolean between = false;
    boolean from = false;
    for (int len = 3; len >= 1; len--) {
      int s = qStart - len;
      if (s < 0) {
        continue;
      }
      PhraseIndex.Match<Qualifier> qm = lex.qualifiers.longest(t, s, qStart);
      if (qm != null && qm.length == len) {
        q = qm.value;
        m.first = s;
        break;
      }
    }
    if (q == null && qStart > 0 && t.get(qStart - 1).is("between")) {
      between = true;
    }
    if (q == null && qStart > 0 && t.get(qStart - 1).is("from")) {
      from = true;
    }
    boolean dozen = !n.magnitude && t.get(n.end - 1).is("dozen");
    if (n.magnitude) {
      m.low = BigDecimal.valueOf(n.magLow);
      m.high = BigDecimal.valueOf(n.magHigh);
      m.qualifier = Qualifier.MAGNITUDE;
    } else {
      m.low = n.value;
      m.high = n.value;
      m.qualifier = Qualifier.EXACT;
    }
    // a range: "X to Y", "X-Y", "between X and Y", "from X to Y", "X or Y"
    int r = n.end;
    Lexicons.Money after = null;
    int hyphen = r < t.size() && t.get(r).is("-") && !t.get(r).spaceBefore ? 1 : 0;
    PhraseIndex.Match<Lexicons.Money> am = r + hyphen < t.size() ? lex.money.longest(t, r + hyphen) : null;
    if (am != null && am.value.after() && before == null && (hyphen == 0 || am.length == 1)) {
      after = am.value;
      r += hyphen + am.length;
    }
    if (r + 1 < t.size()) {
      Token sep = t.get(r);
      boolean dash = sep.is("-") && !isWordHyphen(t, r);
      boolean to = sep.is("to") || sep.is("and") && between || sep.is("or") && !n.magnitude || dash;
      if (to) {
        int y = r + 1;
        Lexicons.Money yMoney = null;
        if (before != null) {
          PhraseIndex.Match<Lexicons.Money> ym = lex.money.longest(t, y);
          if (ym != null && ym.value.before()) {
            y += ym.length;
            yMoney = ym.value;
          }
        }
        Num second = y < t.size() ? number(t, y) : null;
        if (second != null && !second.magnitude && !excluded(t, y, second)
            && (yMoney == null || yMoney.currency.equals(before.currency))) {
          BigDecimal lo = n.magnitude ? BigDecimal.valueOf(n.magLow) : n.value;
          BigDecimal hi = second.value;
          if (!n.magnitude && !n.scaled && lo.compareTo(hi) < 0) {
            // "1-2 million", "between two and three thousand": the first shares the second's scale
            BigDecimal scaleOf = guessScale(t, second);
            if (scaleOf != null && lo.compareTo(scaleOf) < 0 && lo.multiply(scaleOf).compareTo(hi) <= 0) {
              lo = lo.multiply(scaleOf);
            }
          }
          if (lo.compareTo(hi) < 0 && (!sep.is("or") || n.words == second.words)) {
            m.low = lo;
            m.high = hi;
            m.qualifier = Qualifier.RANGE;
            m.magnitude = false;
            m.end = second.end;
            r = second.end;
            if (q != null && q != Qualifier.APPROXIMATE) {
              q = null; // "up to 10-15" keeps the range
              m.first = qStart;
            }
            if (between || from) {
              m.first = qStart - 1;
            }
            if (after == null) {
              PhraseIndex.Match<Lexicons.Money> am2 = r < t.size() ? lex.money.longest(t, r) : null;
              if (am2 != null && am2.value.after() && before == null) {
                after = am2.value;
                r += am2.length;
              }
            }
          }
        }
      }
    }
    m.end = Math.max(m.end, r);
    if (q != null && m.qualifier != Qualifier.RANGE) {
      if (m.qualifier == Qualifier.MAGNITUDE) {
        // "nearly two dozen" is handled by words; "over hundreds" keeps the magnitude
        if (q == Qualifier.APPROXIMATE) {
          m.first = m.numberStart;
        } else {
          m.first = m.numberStart;
        }
      } else {
        applyQualifier(m, q);
      }
    } else if (q == null && m.qualifier == Qualifier.EXACT) {
      // "1,500 or more", "1,500-plus", "1,500+"
      int p = m.end;
      if (p + 1 < t.size() && t.get(p).is("or") && (t.get(p + 1).is("more") || t.get(p + 1).is("so"))) {
        applyQualifier(m, t.get(p + 1).is("more") ? Qualifier.AT_LEAST : Qualifier.APPROXIMATE);
        m.end = p + 2;
      } else if (p < t.size() && t.get(p).is("+") && !t.get(p).spaceBefore) {
        applyQualifier(m, Qualifier.MORE_THAN);
        m.end = p + 1;
      } else if (p + 1 < t.size() && t.get(p).is("-") && t.get(p + 1).is("plus")) {
        applyQualifier(m, Qualifier.MORE_THAN);
        m.end = p + 2;
      }
    }
    if (dozen && m.qualifier == Qualifier.EXACT) {
      m.qualifier = Qualifier.APPROXIMATE; // "a dozen", "two dozen": round, vague counts
    }
    Lexicons.Money unit = before != null ? before : after;
    if (unit != null) {
      m.unit = unit.currency;
    }
    // larger than any quantity ("1,000,000,000,000,000,000", "999 billion trillion"): not a figure
    if (m.low != null && m.low.compareTo(Quantity.MAX) > 0 || m.high != null && m.high.compareTo(Quantity.MAX) > 0) {
      return null;
    }
    // a whole count must be a whole number
    if (m.unit == null && (m.low != null && m.low.stripTrailingZeros().scale() > 0
        || m.high != null && m.high.stripTrailingZeros().scale() > 0)) {
      return null;
    }
    rateAfter(t, m);
    return m;
  }

  private static BigDecimal guessScale(List<Token> t, Num second) {
    Token last = t.get(second.end - 1);
    switch (last.key) {
      case "thousand": case "k": return BigDecimal.valueOf(1000);
      case "million": case "m": case "mln": return BigDecimal.valueOf(1_000_000);
      case "billion": case "bn": return BigDecimal.valueOf(1_000_000_000);
      case "lakh": case "lakhs": return BigDecimal.valueOf(100_000);
      default: return null;
    }
  }

  private static void applyQualifier(QuantityMention m, Qualifier q) {
    BigDecimal v = m.low != null ? m.low : m.high;
    m.qualifier = q;
    m.low = q.hasLow() ? v : null;
    m.high = q.hasHigh() ? v : null;
  }

  private Lexicons.Money moneyBefore(List<Token> t, int i, QuantityMention m) {
    for (int len = 3; len >= 1; len--) {
      int s = i - len;
      if (s < 0) {
        continue;
      }
      PhraseIndex.Match<Lexicons.Money> mm = lex.money.longest(t, s, i);
      if (mm != null && mm.length == len && mm.value.before()) {
        Token last = t.get(i - 1);
        // a symbol or short prefix is written against the number; a code may have a space
        if (!t.get(i).spaceBefore || last.isAllCaps() || last.key.equals("rs") || last.key.equals("sh")
            || last.key.equals("ksh")) {
          m.first = s;
          return mm.value;
        }
      }
    }
    return null;
  }

  private void rateAfter(List<Token> t, QuantityMention m) {
    int p = m.end;
    if (p + 1 < t.size() && t.get(p).is("-") && !t.get(p).spaceBefore) {
      p++; // "$2,000-a-month"
      if (p + 2 < t.size() && (t.get(p).is("a") || t.get(p).is("per")) && t.get(p + 1).is("-")) {
        Per per = perOfUnit(t.get(p + 2).key);
        if (per != null) {
          m.per = per;
          return;
        }
      }
    }
    // allow a people noun or "in salary" between: "$2,000 a month", "73,000 rubles ($837) per month"
    for (int skip = 0; skip <= 1 && p < t.size(); skip++) {
      PhraseIndex.Match<Lexicons.Rate> rm = lex.rates.longest(t, p);
      if (rm != null && rm.value.position != Lexicons.Position.BEFORE && !timeAgo(t, p + rm.length)) {
        m.per = rm.value.per;
        return;
      }
      if (!m.isMoney()) {
        return;
      }
      p++;
    }
  }

  /** "a year earlier", "a month ago": a point in time, not a rate. */
  static boolean timeAgo(List<Token> t, int after) {
    if (after >= t.size()) {
      return false;
    }
    String w = t.get(after).key;
    return w.equals("earlier") || w.equals("ago") || w.equals("before") || w.equals("later")
        || w.equals("previously") || w.equals("prior");
  }

  private static Per perOfUnit(String unit) {
    switch (unit) {
      case "day": return Per.DAY;
      case "week": return Per.WEEK;
      case "month": return Per.MONTH;
      case "year": return Per.YEAR;
      default: return null;
    }
  }

  private static boolean isWordHyphen(List<Token> t, int dash) {
    // "30-day", "Su-34": a hyphen glued to a word is not a range dash
    Token d = t.get(dash);
    return dash + 1 < t.size() && !d.spaceBefore && !t.get(dash + 1).spaceBefore
        && t.get(dash + 1).isWord();
  }

  // ---------------------------------------------------------------- exclusions

  private boolean excluded(List<Token> t, int i, Num n) {
    if (n.malformed) {
      return true;
    }
    Token tok = t.get(i);
    Token prev = i > 0 ? t.get(i - 1) : null;
    Token next = n.end < t.size() ? t.get(n.end) : null;
    if (tok.isNumber()) {
      // glued to letters: "Su-34" handled below; "A4", "5G", "3rd", "1990s"
      if (prev != null && !tok.spaceBefore && prev.isWord() && !isCurrencyPrefix(prev)) {
        return true;
      }
      if (next != null && !next.spaceBefore && next.isWord() && n.end == i + 1
          && (ORDINAL_SUFFIX.has(next) || lex.numberWords.get(next.key) == null)) {
        return true;
      }
      // model names and codes: "F-16", "Covid-19", "Kh-101"
      if (prev != null && prev.is("-") && !tok.spaceBefore && i >= 2 && !prev.spaceBefore
          && t.get(i - 2).isWord()) {
        return true;
      }
      // reference numbers: "No. 2", "page 3", "#5"
      if (prev != null && (prev.is("#") || prev.is("№"))) {
        return true;
      }
      if (prev != null && REFERENCE_WORDS.has(prev) && prev.isWord() && !prev.is("a")
          && !prev.is("some")) {
        if (!(prev.is("day") || prev.is("year") || prev.is("week")) || n.value != null && n.value.compareTo(FOUR_HUNDRED) < 0) {
          return true;
        }
      }
      if (prev != null && prev.is(".") && i >= 2 && t.get(i - 2).is("no")) {
        return true;
      }
      // phone numbers and times: "+7 495", "10:30"
      if (prev != null && prev.is("+") && !tok.spaceBefore) {
        return true;
      }
      if (next != null && next.is(":") && n.end + 1 < t.size() && t.get(n.end + 1).isNumber() && !t.get(n.end + 1).spaceBefore) {
        return true;
      }
      if (prev != null && prev.is(":") && !tok.spaceBefore && i >= 2 && t.get(i - 2).isNumber()) {
        return true;
      }
      if (prev != null && prev.is("/") && !tok.spaceBefore || next != null && next.is("/") && !next.spaceBefore
          && n.end + 1 < t.size() && t.get(n.end + 1).isNumber()) {
        return true;
      }
      // years: 4 digits 1800..2100 written plainly
      if (tok.text.length() == 4 && n.end == i + 1 && tok.isDigitsOnly()) {
        int y = Integer.parseInt(tok.text);
        if (y >= 1800 && y <= 2100 && !(next != null && personNoun(t, n.end))) {
          return true;
        }
      }
      // "2022-23", "2023/24"
    }
    // dates: "27 April", "April 8", "Sept. 21"
    if (!n.magnitude && n.value != null && n.value.compareTo(THIRTY_ONE) <= 0 && n.value.signum() > 0) {
      if (next != null && MONTHS.has(next) && next.isWord() && (next.isCapitalized())) {
        return true;
      }
      if (next != null && next.is("of") && n.end + 1 < t.size() && MONTHS.has(t.get(n.end + 1))) {
        return true;
      }
      int p = i - 1;
      if (p >= 0 && t.get(p).is(".")) {
        p--;
      }
      if (p >= 0 && MONTHS.has(t.get(p)) && t.get(p).isCapitalized()) {
        return true;
      }
    }
    // percentages and hyphenated compounds: "90%", "30-day", "24-year-old", "one-third"
    if (next != null) {
      if (next.is("%") || next.is("percent") || next.is("per") && n.end + 1 < t.size() && t.get(n.end + 1).is("cent")
          || next.is("pct")) {
        return true;
      }
      if (next.is("-") && !next.spaceBefore && n.end + 1 < t.size() && t.get(n.end + 1).isWord()
          && !t.get(n.end + 1).spaceBefore && !t.get(n.end + 1).is("plus")
          && lex.numberWords.get(t.get(n.end + 1).key) == null
          && !hyphenKept(t, i, n.end + 1)) {
        return true;
      }
      if (next.is("-") && !next.spaceBefore && n.end + 1 < t.size() && (t.get(n.end + 1).is("third")
          || t.get(n.end + 1).is("thirds") || t.get(n.end + 1).is("quarter") || t.get(n.end + 1).is("fifth"))) {
        return true;
      }
      if (next.isWord() && (next.is("third") || next.is("thirds") || next.is("quarters") || next.is("fifths")
          || next.is("percent") || next.is("times") || next.is("fold"))) {
        return true;
      }
      if (n.words && n.value != null && n.value.compareTo(BigDecimal.TEN) <= 0
          && (next.is("of") && (tok.is("one") || !(n.end + 1 < t.size() && t.get(n.end + 1).is("them")))
              || next.is("another"))) {
        return true; // "one of the attackers"
      }
    }
    // ages: "aged 18 to 30", "age of 50", "Name, 37,", "At 26,"
    if (n.value != null && n.value.compareTo(HUNDRED_TWENTY) <= 0) {
      for (int b = i - 1; b >= Math.max(0, i - 4); b--) {
        if (AGE_WORDS.has(t.get(b))) {
          return true;
        }
      }
      if (next != null && (next.is("years") || next.is("year")) && n.end + 1 < t.size() && t.get(n.end + 1).is("old")) {
        return true;
      }
      if (prev != null && prev.is(",") && next != null && next.is(",") && i >= 2 && t.get(i - 2).isCapitalized()
          && !n.words) {
        return true;
      }
      if (prev != null && prev.is("at") && next != null && next.is(",") && (i < 2 || t.get(i - 2).is("\"") || i == 1)) {
        return true;
      }
    }
    // a number inside a date range "1 October to 31 December" is caught by the month checks
    return false;
  }

  /**
   * Hyphenated compounds that still state a count: "an 11,000-strong force", "a 200,000-ruble
   * bonus", "a $2,000-a-month salary".
   */
  private boolean hyphenKept(List<Token> t, int number, int word) {
    if (t.get(word).is("strong")) {
      return true;
    }
    PhraseIndex.Match<Lexicons.Money> after = lex.money.longest(t, word);
    if (after != null && after.value.after()) {
      return true;
    }
    if (number > 0) {
      PhraseIndex.Match<Lexicons.Money> before = lex.money.longest(t, number - 1, number);
      return before != null && before.value.before();
    }
    return false;
  }

  private boolean personNoun(List<Token> t, int i) {
    PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, i);
    return nm != null && (nm.value.nounClass == Lexicons.NounClass.PERSON
        || nm.value.nounClass == Lexicons.NounClass.FOREIGN);
  }

  private boolean isCurrencyPrefix(Token t) {
    PhraseIndex.Match<Lexicons.Money> mm = lex.money.longest(List.of(t), 0);
    return mm != null && mm.value.before();
  }
}

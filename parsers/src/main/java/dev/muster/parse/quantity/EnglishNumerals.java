package dev.muster.parse.quantity;

import dev.muster.Quantity;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.util.List;

/**
 * The number grammar of English: digits with comma groups and a decimal point ("1,500",
 * "1.95", "1.500.000"; never "9.000", which is nine thousand in German), groups of three after single spaces ("1 500"), scale words after digits
 * ("1.5 million", "300k", "1.95 lakh"), numbers in words ("one hundred and fifty",
 * "twenty-one", "a dozen", "half a million") and vague magnitudes ("hundreds", "tens of
 * thousands"). The words come from the lexicon ({@code numbers.tsv}, {@code magnitudes.tsv},
 * {@code quantity.tsv}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishNumerals implements Numerals {

  /** Where sums of number words stop growing: above {@link Quantity#MAX}, so never a quantity. */
  private static final long WORDS_CAP = 10 * Quantity.MAX.longValueExact();
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final Lexicon lex;
  /** The words a number in words can start with: number words, "a", "an", "one", "half", "quarter". */
  private final Words starts;
  /** Letter scales that only count written against the number ("300k", not "300 k"). */
  private final Words gluedScales;
  /** "a", "an", "one": before a scale word ("a hundred"). */
  private final Words indefinite;
  private final Words one;
  private final Words article;
  private final Words half;
  private final Words quarter;
  /** Scale words that are no number after "a" ("a k"). */
  private final Words notAfterIndefinite;
  /** Scale words that do not go on a number in words ("two bn"). */
  private final Words notInWords;
  /** Scale words too short to multiply a number in words again ("a thousand k"). */
  private final Words shortScales;
  /** The scales a range's first number may share ("1-2 million"). */
  private final Words rangeScales;
  private final Words of;
  private final Words and;

  public EnglishNumerals(Lexicon lex) {
    this.lex = lex;
    this.starts = lex.words("quantity.number-starts");
    this.gluedScales = lex.words("quantity.glued-scales");
    this.indefinite = lex.words("quantity.indefinite");
    this.one = lex.words("quantity.one");
    this.article = lex.words("quantity.article");
    this.half = lex.words("quantity.half");
    this.quarter = lex.words("quantity.quarter");
    this.notAfterIndefinite = lex.words("quantity.not-after-indefinite");
    this.notInWords = lex.words("quantity.not-in-words");
    this.shortScales = lex.words("quantity.short-scales");
    this.rangeScales = lex.words("quantity.range-scales");
    this.of = lex.words("quantity.of");
    this.and = lex.words("quantity.and");
  }

  @Override
  public NumberRead read(List<Token> t, int i) {
    Token tok = t.get(i);
    PhraseIndex.Match<Lexicon.Magnitude> mm = lex.magnitudes.longest(t, i);
    if (mm != null) {
      return NumberRead.magnitude(mm.value.low, mm.value.high, i + mm.length);
    }
    NumberRead n = tok.isNumber() ? digits(t, i) : tok.isWord() ? words(t, i) : null;
    return n == null ? null : andAHalf(t, n);
  }

  /**
   * "three and a half", "6 and a half": a small whole number before "and a half" is that number and
   * a half, multiplied by a scale word after it ("two and a half thousand"); other reads unchanged.
   * A duration ("three and a half years") so reads as no whole count.
   */
  private NumberRead andAHalf(List<Token> t, NumberRead n) {
    int e = n.end();
    if (n.magnitude() || n.malformed() || n.scaled() || n.value() == null || e + 2 >= t.size()
        || n.value().compareTo(THOUSAND) >= 0 || n.value().stripTrailingZeros().scale() > 0
        || !and.has(t.get(e)) || !article.has(t.get(e + 1)) || !half.has(t.get(e + 2))
        || e + 3 < t.size() && t.get(e + 3).is("-") && !t.get(e + 3).spaceBefore) {
      return n;
    }
    NumberRead r = scale(t, n.value().add(HALF), e + 3);
    return NumberRead.of(r.value(), n.words(), r.scaled(), r.end());
  }

  @Override
  public BigDecimal scaleOf(Token last) {
    return rangeScales.has(last) ? BigDecimal.valueOf(lex.numberWord(last.key).value) : null;
  }

  @Override
  public boolean isNumberWord(Token t) {
    return lex.numberWord(t.key) != null;
  }

  private NumberRead digits(List<Token> t, int i) {
    Token tok = t.get(i);
    if (dotThousands(tok.text)) {
      // "9.000": nine thousand in German or Italian, nine in English; never read as either
      return NumberRead.malformed(i + 1);
    }
    BigDecimal v = parseDigits(tok.text);
    if (v == null) {
      return null;
    }
    int end = i + 1;
    // "1 500", "1 000 000": groups of three digits after single spaces, at most five groups in all
    if (tok.text.length() <= 3 && tok.text.indexOf(',') < 0 && tok.text.indexOf('.') < 0
        && (i == 0 || !t.get(i - 1).isNumber() && !t.get(i - 1).is("+"))) {
      NumberRead groups = SpaceGroups.read(t, i, v);
      if (groups.malformed()) {
        return groups;
      }
      v = groups.value();
      end = groups.end();
    }
    return scale(t, v, end);
  }

  /**
   * Whether {@code s} is one to three digits, a dot and three digits ("9.000", "1.500"): a group
   * separator in much of Europe, a decimal point in English, so no number to trust.
   */
  static boolean dotThousands(String s) {
    int dot = s.indexOf('.');
    return dot >= 1 && dot <= 3 && s.length() == dot + 4 && s.indexOf(',') < 0 && s.indexOf('.', dot + 1) < 0;
  }

  /** Reads "1,500", "1.5", "1.500.000", "1500"; null for malformed groups ("110,00"). */
  public static BigDecimal parseDigits(String s) {
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
      if (!groupsOfThree(s, ',') && !(dots == 0 && southAsianGroups(s))) {
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

  /**
   * Whether {@code s} is digits grouped the South Asian way with commas, "d{1,2}(,dd)*,ddd" with at
   * least one pair ("1,50,000", "12,00,000", "1,20,00,000"): the last three digits together and
   * pairs before them, as Indian, Nepali, Pakistani and Bangladeshi papers write lakhs and crores.
   */
  private static boolean southAsianGroups(String s) {
    int last = s.lastIndexOf(',');
    if (last < 0 || s.length() - last - 1 != 3 || last == s.indexOf(',')) {
      return false; // one comma alone is a group of three, or malformed
    }
    int group = 0;
    boolean first = true;
    for (int i = 0; i < last; i++) {
      char c = s.charAt(i);
      if (c == ',') {
        if (group == 0 || group > 2 || !first && group != 2) {
          return false;
        }
        first = false;
        group = 0;
      } else if (c >= '0' && c <= '9') {
        group++;
      } else {
        return false;
      }
    }
    for (int i = last + 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return group == 2;
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
    return group > 0 && (first || group == 3);
  }

  /** Multiplies by a following scale word: "1.5 million", "300k", "1.95 lakh". */
  private NumberRead scale(List<Token> t, BigDecimal value, int end) {
    if (end < t.size() && t.get(end).isWord()) {
      Token s = t.get(end);
      Lexicon.NumberWord w = lex.numberWord(s.key);
      if (w != null && w.kind == Lexicon.NumberWordKind.SCALE) {
        if (s.spaceBefore && gluedScales.has(s)) {
          return NumberRead.of(value, false, false, end);
        }
        BigDecimal v = value.multiply(BigDecimal.valueOf(w.value));
        int e = end + 1;
        // "1.5 million" -> allow "hundred thousand"
        if (e < t.size()) {
          Lexicon.NumberWord w2 = lex.numberWord(t.get(e).key);
          if (w2 != null && w2.kind == Lexicon.NumberWordKind.SCALE && w2.value > w.value) {
            v = v.multiply(BigDecimal.valueOf(w2.value));
            e++;
          }
        }
        return NumberRead.of(v, false, true, e);
      }
    }
    return NumberRead.of(value, false, false, end);
  }

  private NumberRead words(List<Token> t, int i) {
    Token tok = t.get(i);
    if (!starts.has(tok)) {
      return null;
    }
    // "a dozen", "a hundred", "a thousand", "an estimated" is not a number
    if (indefinite.has(tok) && i + 1 < t.size()) {
      Lexicon.NumberWord w = lex.numberWord(t.get(i + 1).key);
      if (w != null && w.kind != Lexicon.NumberWordKind.UNIT && !notAfterIndefinite.has(t.get(i + 1))) {
        if (one.has(tok)) {
          return wordSequence(t, i);
        }
        return continueScale(t, BigDecimal.valueOf(w.value), i + 2);
      }
    }
    // "half a million", "a quarter of a million"
    int j = i;
    if (article.has(tok) && j + 1 < t.size() && quarter.has(t.get(j + 1))) {
      j++;
    }
    if (half.has(t.get(j)) || quarter.has(t.get(j))) {
      BigDecimal f = half.has(t.get(j)) ? HALF : QUARTER;
      int p = j + 1;
      if (p < t.size() && of.has(t.get(p))) {
        p++;
      }
      if (p + 1 < t.size() && (article.has(t.get(p)) || one.has(t.get(p)))) {
        Lexicon.NumberWord w = lex.numberWord(t.get(p + 1).key);
        if (w != null && (w.kind == Lexicon.NumberWordKind.SCALE && w.value >= 100
            || w.kind == Lexicon.NumberWordKind.DOZEN && w.value == 12)) {
          BigDecimal v = f.multiply(BigDecimal.valueOf(w.value));
          if (v.stripTrailingZeros().scale() > 0) {
            return null;
          }
          return NumberRead.of(v, true, false, p + 2);
        }
      }
      return null;
    }
    Lexicon.NumberWord w = lex.numberWord(tok.key);
    if (w == null || w.kind != Lexicon.NumberWordKind.UNIT) {
      return null;
    }
    return wordSequence(t, i);
  }

  /**
   * Reads "one hundred and fifty", "twenty-one", "ten thousand", "two dozen". The sums saturate at
   * {@link #WORDS_CAP}, so "a dozen dozen dozen ..." is one number too large to be a quantity,
   * never a wrapped-around one.
   */
  private NumberRead wordSequence(List<Token> t, int i) {
    long total = 0;
    long current = 0;
    int j = i;
    int lastGood = i;
    boolean any = false;
    while (j < t.size()) {
      Token tok = t.get(j);
      Lexicon.NumberWord w = lex.numberWord(tok.key);
      if (w != null && tok.isWord() && !notInWords.has(tok)) {
        if (w.kind == Lexicon.NumberWordKind.UNIT) {
          long tail = current % 100;
          boolean ok = !any || tail == 0 && (current > 0 || total > 0)
              || tail >= 20 && tail % 10 == 0 && w.value < 10;
          if (!ok) {
            break;
          }
          current = Math.min(WORDS_CAP, current + w.value);
        } else if (w.kind == Lexicon.NumberWordKind.DOZEN) {
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
      if (any && (tok.is("-") && !tok.spaceBefore || and.has(tok)) && j + 1 < t.size()) {
        Lexicon.NumberWord nx = lex.numberWord(t.get(j + 1).key);
        if (nx != null && nx.kind == Lexicon.NumberWordKind.UNIT
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
    return NumberRead.of(BigDecimal.valueOf(Math.min(WORDS_CAP, total + current)), true, false, lastGood);
  }

  /** {@code a * b} for {@code 0 <= a <= WORDS_CAP} and {@code 0 < b}, at most {@link #WORDS_CAP}. */
  private static long capped(long a, long b) {
    return a > WORDS_CAP / b ? WORDS_CAP : Math.min(WORDS_CAP, a * b);
  }

  /** "a hundred thousand": further scale words multiply a number in words. */
  private NumberRead continueScale(List<Token> t, BigDecimal value, int end) {
    BigDecimal v = value;
    int e = end;
    while (e < t.size()) {
      Lexicon.NumberWord w = lex.numberWord(t.get(e).key);
      if (w == null || w.kind != Lexicon.NumberWordKind.SCALE || !t.get(e).isWord()
          || shortScales.has(t.get(e)) || w.value <= v.longValue()) {
        break;
      }
      v = v.multiply(BigDecimal.valueOf(w.value));
      e++;
    }
    return NumberRead.of(v, true, false, e);
  }
}

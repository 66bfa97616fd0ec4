package dev.muster.parse.quantity;

import dev.muster.Quantity;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.util.List;

/**
 * The number grammar of the languages that write a decimal comma: Russian, Ukrainian, German and
 * Italian. Digits with space, no-break or narrow no-break
 * space groups ("19 547"), dot groups ("4.580") and a decimal comma ("1,5"); scale words after
 * digits, whole or cut short with a full stop ("147 тыс.", "1,5 млн", "2,39 Mio.", "11mila");
 * numbers in words with their case endings ("пять тысяч", "двух тысяч", "полутора тысяч",
 * "півмільйона"), or written as one word ("zwölftausend", "duemila": {@link NumberCompounds}), a
 * half before a scale ("eine halbe Million", "mezzo milione"), a scale word alone ("Тысяча
 * добровольцев", "около тысячи"), and vague magnitudes ("сотни", "десятки тысяч", "Tausende"). Every word, each case form listed, comes from the language's lexicon
 * ({@code numbers.tsv}, {@code magnitudes.tsv}, {@code quantity.tsv}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CommaNumerals implements Numerals {

  private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");

  private final Lexicon lex;
  /** Scale words cut short, which a full stop written against them ends ("тыс."). */
  private final Words abbreviated;
  /** Words before a scale word alone that make it one of it, not a magnitude ("около тысячи"). */
  private final Words singularAfter;
  /** "полтора", "полутора", "півтори": one and a half, before a scale word. */
  private final Words oneAndAHalf;
  /** The scales a range's first number shares ("10–12 тыс."). */
  private final Words rangeScales;
  /** "halbe", "mezzo": a half, before a scale word, perhaps after the word for one. */
  private final Words half;
  /** "ein", "un": the word for one that is an article unless a scale word follows it. */
  private final Words articles;
  private final NumberCompounds compounds;

  public CommaNumerals(Lexicon lex) {
    this.lex = lex;
    this.abbreviated = lex.words("quantity.abbreviated-scales");
    this.singularAfter = lex.words("quantity.scale-alone-after");
    this.oneAndAHalf = lex.optionalWords("quantity.one-and-a-half");
    this.rangeScales = lex.words("quantity.range-scales");
    this.half = lex.optionalWords("quantity.half");
    this.articles = lex.optionalWords("quantity.articles");
    this.compounds = new NumberCompounds(lex);
  }

  @Override
  public NumberRead read(List<Token> t, int i) {
    Token tok = t.get(i);
    PhraseIndex.Match<Lexicon.Magnitude> mm = lex.magnitudes.longest(t, i);
    if (mm != null && !(mm.length == 1 && i > 0 && singularAfter.has(t.get(i - 1)) && scale(tok) != null)) {
      return NumberRead.magnitude(mm.value.low, mm.value.high, i + mm.length);
    }
    return tok.isNumber() ? digits(t, i) : tok.isWord() ? words(t, i) : null;
  }

  @Override
  public BigDecimal scaleOf(Token last) {
    Lexicon.NumberWord w = scale(last);
    return w != null && rangeScales.has(last) ? BigDecimal.valueOf(w.value) : null;
  }

  @Override
  public boolean isNumberWord(Token t) {
    return lex.numberWord(t.key) != null || oneAndAHalf.has(t) || t.isWord() && compounds.read(t.key) != null;
  }

  private NumberRead digits(List<Token> t, int i) {
    Token tok = t.get(i);
    BigDecimal v = parseDigits(tok.text);
    if (v == null) {
      return NumberRead.malformed(i + 1);
    }
    int end = i + 1;
    // "19 547", "1 000 000": groups of three digits after one space of any kind
    if (tok.text.length() <= 3 && tok.isDigitsOnly() && (i == 0 || !t.get(i - 1).isNumber())) {
      NumberRead groups = SpaceGroups.read(t, i, v);
      if (groups.malformed()) {
        return groups;
      }
      v = groups.value();
      end = groups.end();
    }
    return scaled(t, v, end, false);
  }

  /**
   * Reads "1500", "1,5" (a decimal comma), "4.580" and "1.500.000" (dot groups); null for what is
   * neither ("1,500" is no Russian number, "1.5" none either).
   */
  static BigDecimal parseDigits(String s) {
    int comma = s.indexOf(',');
    int dot = s.indexOf('.');
    if (s.length() > 30 || comma >= 0 && dot >= 0 || comma >= 0 && s.indexOf(',', comma + 1) >= 0) {
      return null;
    }
    if (comma >= 0) {
      return new BigDecimal(s.replace(',', '.'));
    }
    if (dot >= 0) {
      String[] groups = s.split("\\.", -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        return null;
      }
      for (int k = 1; k < groups.length; k++) {
        if (groups[k].length() != 3) {
          return null;
        }
      }
      return new BigDecimal(s.replace(".", ""));
    }
    return new BigDecimal(s);
  }

  /** The scale word {@code t} is, or null. */
  private Lexicon.NumberWord scale(Token t) {
    Lexicon.NumberWord w = t.isWord() ? lex.numberWord(t.key) : null;
    return w != null && w.kind == Lexicon.NumberWordKind.SCALE ? w : null;
  }

  /** Multiplies by the scale words after {@code end}, with an abbreviation's full stop. */
  private NumberRead scaled(List<Token> t, BigDecimal value, int end, boolean words) {
    BigDecimal v = value;
    int e = end;
    boolean scaled = false;
    while (e < t.size()) {
      Lexicon.NumberWord w = scale(t.get(e));
      if (w == null || scaled && BigDecimal.valueOf(w.value).compareTo(v) <= 0) {
        break;
      }
      v = v.multiply(BigDecimal.valueOf(w.value));
      scaled = true;
      e++;
      if (abbreviated.has(t.get(e - 1)) && e < t.size() && t.get(e).is(".") && !t.get(e).spaceBefore) {
        e++;
        break;
      }
    }
    if (v.compareTo(Quantity.MAX) > 0) {
      return NumberRead.malformed(e);
    }
    return NumberRead.of(v.stripTrailingZeros().scale() <= 0 ? v.setScale(0, java.math.RoundingMode.UNNECESSARY) : v,
        words, scaled, e);
  }

  /** "mezzo milione", "eine halbe Million": half of the scale word after, or null. */
  private NumberRead half(List<Token> t, int i) {
    int h = i;
    Lexicon.NumberWord one = lex.numberWord(t.get(i).key);
    if (one != null && one.value == 1 && one.kind == Lexicon.NumberWordKind.UNIT && i + 1 < t.size()) {
      h = i + 1;
    }
    if (!half.has(t.get(h)) || h + 1 >= t.size() || scale(t.get(h + 1)) == null) {
      return null;
    }
    return scaled(t, new BigDecimal("0.5"), h + 1, true);
  }

  /**
   * Reads a number in words: units, tens and hundreds added up, then a scale word ("две тысячи
   * пятьсот": 2500); a scale word alone is one of it; "полтора тысячи" is 1500.
   */
  private NumberRead words(List<Token> t, int i) {
    Token tok = t.get(i);
    if (oneAndAHalf.has(tok)) {
      if (i + 1 < t.size() && scale(t.get(i + 1)) != null) {
        return scaled(t, ONE_AND_A_HALF, i + 1, true);
      }
      return null;
    }
    NumberRead halved = half(t, i);
    if (halved != null) {
      return halved;
    }
    Lexicon.NumberWord first = lex.numberWord(tok.key);
    if (first == null && tok.isWord()) {
      NumberCompounds.Value c = compounds.read(tok.key);
      return c == null ? null : scaled(t, BigDecimal.valueOf(c.value()), i + 1, true).withScaled(c.scaled());
    }
    if (first == null || !tok.isWord() || abbreviated.has(tok)) {
      return null; // "млн" alone is no number
    }
    long total = 0;
    long current = 0;
    int j = i;
    long lastUnit = Long.MAX_VALUE;
    while (j < t.size() && t.get(j).isWord()) {
      Lexicon.NumberWord w = lex.numberWord(t.get(j).key);
      if (w == null) {
        break;
      }
      if (w.kind == Lexicon.NumberWordKind.DOZEN) {
        // "zwei Dutzend", "un migliaio": a round count that ends the number
        total += (current == 0 ? 1 : current) * w.value;
        current = 0;
        j++;
        break;
      }
      if (w.kind == Lexicon.NumberWordKind.SCALE) {
        if (total > 0 && w.value * Math.max(current, 1) >= total) {
          break;
        }
        total += (current == 0 ? 1 : current) * w.value;
        current = 0;
        lastUnit = Long.MAX_VALUE;
        j++;
        if (abbreviated.has(t.get(j - 1)) && j < t.size() && t.get(j).is(".") && !t.get(j).spaceBefore) {
          j++;
          break;
        }
        continue;
      }
      // units, tens and hundreds go down: "сто двадцать пять", not "пять двадцать"
      if (w.value >= lastUnit || w.value < 10 && current % 10 != 0) {
        break;
      }
      current += w.value;
      lastUnit = w.value;
      j++;
    }
    if (j == i) {
      return null;
    }
    if (j == i + 1 && articles.has(tok)) {
      return null; // "mit einem Vertrag", "un contratto": an article, no count
    }
    BigDecimal v = BigDecimal.valueOf(total + current);
    return v.compareTo(Quantity.MAX) > 0 ? NumberRead.malformed(j) : NumberRead.of(v, true, total > 0, j);
  }
}

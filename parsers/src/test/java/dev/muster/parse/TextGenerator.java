package dev.muster.parse;

import java.util.List;
import java.util.Random;

/**
 * Seeded generators of hostile article text: random Unicode, soups of number-like tokens, and
 * mutations of real articles. The same seed always gives the same text.
 */
final class TextGenerator {

  private static final List<String> DIGITS = List.of("0", "1", "7", "12", "31", "100", "999", "1000",
      "1500", "2022", "2024", "1,500", "1,000,000", "1.5", "1.95", "10,00", "1.500.000", "000", "1 000",
      "1 000 000", "300k", "1.5bn", "12m", "99999999999999999999", "1,2,3,", "0.5", "1e9", "١٢٣", "１２３");
  private static final List<String> SEPARATORS = List.of(",", ".", " ", "\u00a0", "\u202f", "\u2009",
      "", "-", "\u2013", "\u2014", "/", ":", "+", "%", "'", "\u2019");
  private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "twelve", "twenty",
      "twenty-one", "forty", "ninety-nine", "hundred", "a hundred", "thousand", "million", "billion",
      "trillion", "lakh", "crore", "dozen", "a dozen", "two dozen", "half", "half a million", "quarter",
      "a quarter of a million", "dozens", "hundreds", "thousands", "tens of thousands",
      "hundreds of thousands", "several hundred", "millions", "and", "pair", "zero");
  private static final List<String> QUALIFIERS = List.of("more than", "over", "up to", "at least",
      "fewer than", "about", "nearly", "some", "an estimated", "between", "and", "from", "to", "or",
      "or more", "or so", "-plus", "as many as", "no fewer than", "approx.", "in excess of");
  private static final List<String> CURRENCIES = List.of("$", "€", "£", "₽", "₹", "Sh", "Ksh", "Rs.",
      "US$", "USD", "RUB", "rubles", "dollars", "rupees", "a month", "per month", "a year");
  private static final List<String> TIMES = List.of("January", "Feb.", "March", "May", "may", "Sept.",
      "December", "2023", "2025", "1999", "as of", "since", "the start of the war", "so far", "this year",
      "last year", "in", "on", "summer", "the end of", "27", "8th", "2025-13-45");
  private static final List<String> WORDS = List.of("soldiers", "troops", "killed", "wounded",
      "recruited", "mobilized", "foreign", "Nepali", "North Korean", "fighters", "recruits", "casualties",
      "according to", "said", "the UK Ministry of Defence", "Mediazona", "reported", "citing", "it said",
      "officials", "Officials said that", "were", "have been", "aged", "years old", "No.", "page",
      "Su-34", "F-16", "Covid-19", "U.S.", "U.K.", "Mr.", "the", "of", "from", "Africa", "South and East Asia",
      "(", ")", "\"", "«", "»", "…", "?", "!", ";", ".", "\n", "\r\n", "\r", "\n\n", "source:", "date", "#");
  private static final List<List<String>> POOLS = List.of(DIGITS, SEPARATORS, NUMBER_WORDS, QUALIFIERS,
      CURRENCIES, TIMES, WORDS);

  private final Random random;

  TextGenerator(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /**
   * Random code points up to {@code maxChars} UTF-16 units: ASCII, Latin, Cyrillic, Arabic and
   * Hebrew (right to left) with bidi controls, combining marks, CJK, non-BMP letters and emoji
   * (surrogate pairs), lone surrogates, digits of other scripts, spaces and line breaks.
   */
  String unicode(int maxChars) {
    int length = random.nextInt(maxChars + 1);
    StringBuilder out = new StringBuilder(length + 2);
    while (out.length() < length) {
      out.appendCodePoint(codePoint());
    }
    return out.toString();
  }

  private int codePoint() {
    switch (random.nextInt(16)) {
      case 0: case 1: case 2: return 0x20 + random.nextInt(0x5f);
      case 3: return "0123456789".charAt(random.nextInt(10));
      case 4: return 0xa0 + random.nextInt(0x1d0);
      case 5: return 0x400 + random.nextInt(0x100);
      case 6: return 0x5d0 + random.nextInt(0x1b);
      case 7: return 0x600 + random.nextInt(0x100);
      case 8: return 0x300 + random.nextInt(0x70);
      case 9: return new int[] {0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067,
          0x2069, 0x200b, 0x200d, 0xfeff}[random.nextInt(13)];
      case 10: return 0x4e00 + random.nextInt(0x5000);
      case 11: return 0x1d400 + random.nextInt(0x300);
      case 12: return 0x1f300 + random.nextInt(0x300);
      case 13: return 0xd800 + random.nextInt(0x800);
      case 14: return new int[] {'\n', '\r', '\t', ' ', 0xa0, 0x2028, 0x2029, 0x85, 0}[random.nextInt(9)];
      default: return new int[] {0x660, 0x966, 0xff10, 0x1d7ce}[random.nextInt(4)] + random.nextInt(10);
    }
  }

  /** Up to {@code maxTokens} pieces from the pools above, joined by random separators. */
  String numberSoup(int maxTokens) {
    int n = 1 + random.nextInt(maxTokens);
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < n; k++) {
      List<String> pool = POOLS.get(random.nextInt(POOLS.size()));
      out.append(pick(pool));
      int gap = random.nextInt(10);
      out.append(gap < 6 ? " " : gap < 8 ? "" : pick(SEPARATORS));
    }
    return out.toString();
  }

  /** Applies up to {@code maxMutations} character and word insertions, deletions, swaps and duplications. */
  String mutate(String text, int maxMutations) {
    StringBuilder s = new StringBuilder(text);
    int n = 1 + random.nextInt(maxMutations);
    for (int k = 0; k < n; k++) {
      int at = random.nextInt(s.length() + 1);
      int len = Math.min(s.length() - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
      switch (random.nextInt(7)) {
        case 0: s.insert(at, (char) codePointChar()); break;
        case 1: s.insert(at, " " + pick(POOLS.get(random.nextInt(POOLS.size()))) + " "); break;
        case 2: s.delete(at, at + len); break;
        case 3: s.insert(at, s.substring(at, at + len)); break;
        case 4:
          if (at + 2 * len <= s.length()) {
            String a = s.substring(at, at + len);
            String b = s.substring(at + len, at + 2 * len);
            s.replace(at, at + 2 * len, b + a);
          }
          break;
        case 5: s.insert(at, pick(DIGITS)); break;
        default: s.insert(at, "\n"); break;
      }
    }
    return s.toString();
  }

  private int codePointChar() {
    int cp = codePoint();
    return Character.isBmpCodePoint(cp) ? cp : Character.highSurrogate(cp);
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }
}

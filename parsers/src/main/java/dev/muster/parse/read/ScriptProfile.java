package dev.muster.parse.read;

import java.util.Locale;
import java.util.Set;

/**
 * Letter counts of a stretch of text by script, with the cues used to guess its language.
 *
 * <p>The guess, in order:
 *
 * <ul>
 *   <li>no letters: {@code und};
 *   <li>more Cyrillic than Latin letters: {@code uk} when the Ukrainian letters і ї є ґ outnumber
 *       the Russian letters ы э ъ ё, {@code ru} when the Russian ones outnumber them, else {@code
 *       und};
 *   <li>more Latin than Cyrillic letters, and Latin letters at least half of all letters: {@code
 *       en} when at least one common English function word ("the", "and", "of", "said", ...) is
 *       among the words, else {@code und};
 *   <li>anything else (Arabic, Hebrew, CJK, ...): {@code und}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class ScriptProfile {

  /**
   * The English function words whose presence makes Latin text English, from {@code
   * lexicon/en/language.tsv}: ASCII words of at most {@value #LONGEST_CUE} letters.
   */
  private static final Set<String> ENGLISH_CUES = cues("en");
  private static final int LONGEST_CUE = 4;
  private static final int NO_WORD = -1;
  private static final int NON_ASCII_WORD = -2;

  private final int letters;
  private final int latin;
  private final int cyrillic;
  private final int ukrainianCues;
  private final int russianCues;
  private final int englishCues;

  /** The counts while a stretch is scanned: confined to one call of {@link #of}. */
  private static final class Counts {
    int letters;
    int latin;
    int cyrillic;
    int ukrainianCues;
    int russianCues;
    int englishCues;
  }

  private ScriptProfile(Counts counts) {
    this.letters = counts.letters;
    this.latin = counts.latin;
    this.cyrillic = counts.cyrillic;
    this.ukrainianCues = counts.ukrainianCues;
    this.russianCues = counts.russianCues;
    this.englishCues = counts.englishCues;
  }

  private static Set<String> cues(String language) {
    String resource = "/dev/muster/parse/lexicon/" + language + "/language.tsv";
    Set<String> out = new java.util.HashSet<>();
    dev.muster.parse.lexicon.LexiconFile.read(resource, 2, f -> {
      if (!f[0].equals("cues")) {
        throw new IllegalArgumentException("unknown row '" + f[0] + "'; expected cues<TAB>words");
      }
      for (String w : f[1].split("\\|")) {
        if (w.isEmpty() || w.length() > LONGEST_CUE || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          throw new IllegalArgumentException("cue '" + w + "' is not 1 to " + LONGEST_CUE + " letters a-z");
        }
        out.add(w);
      }
    });
    return Set.copyOf(out);
  }

  /** Counts the letters of {@code text} in {@code [start, end)}. */
  static ScriptProfile of(CharSequence text, int start, int end) {
    Counts c = new Counts();
    int wordStart = NO_WORD;
    int i = start;
    while (i < end) {
      int cp = Character.codePointAt(text, i);
      int width = Character.charCount(cp);
      boolean asciiLetter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
      if (asciiLetter || (cp >= 0x80 && Character.isLetter(cp))) {
        c.letters++;
        if (asciiLetter) {
          c.latin++;
          if (wordStart == NO_WORD) {
            wordStart = i;
          }
        } else {
          Character.UnicodeScript script = Character.UnicodeScript.of(cp);
          if (script == Character.UnicodeScript.LATIN) {
            c.latin++;
          } else if (script == Character.UnicodeScript.CYRILLIC) {
            c.cyrillic++;
            countCyrillicCue(cp, c);
          }
          wordStart = NON_ASCII_WORD;
        }
      } else {
        countCue(text, wordStart, i, c);
        wordStart = NO_WORD;
      }
      i += width;
    }
    countCue(text, wordStart, end, c);
    return new ScriptProfile(c);
  }

  /**
   * Returns {@code of(text, start, end).language()}, faster for ASCII text: every letter is Latin,
   * so it is English as soon as one cue word is found and the rest is ASCII.
   */
  static String languageOf(CharSequence text, int start, int end) {
    int wordStart = NO_WORD;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
        if (wordStart == NO_WORD) {
          wordStart = i;
        }
        continue;
      }
      if (ch >= 128 && mayBeLetter(ch)) {
        return of(text, start, end).language();
      }
      // any other character ends a word, as in of()
      if (isCue(text, wordStart, i)) {
        return asciiLetters(text, i, end) ? "en" : of(text, start, end).language();
      }
      wordStart = NO_WORD;
    }
    return isCue(text, wordStart, end) ? "en" : "und";
  }

  /** Whether every letter in {@code [start, end)} is an ASCII letter (so Latin). */
  static boolean asciiLetters(CharSequence text, int start, int end) {
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      if (ch >= 128 && mayBeLetter(ch)) {
        return false;
      }
    }
    return true;
  }

  /** A letter, or half of a surrogate pair (which may be one). */
  private static boolean mayBeLetter(char ch) {
    return Character.isLetter(ch) || Character.isSurrogate(ch);
  }

  private static boolean isCue(CharSequence text, int wordStart, int end) {
    return wordStart >= 0 && end - wordStart <= LONGEST_CUE
        && java.util.Arrays.binarySearch(CUE_CODES, code(text, wordStart, end)) >= 0;
  }

  /** Counts the ASCII word in {@code [wordStart, end)}, if any, when it is an English cue. */
  private static void countCue(CharSequence text, int wordStart, int end, Counts c) {
    if (isCue(text, wordStart, end)) {
      c.englishCues++;
    }
  }

  /** The cues as {@link #code}s, sorted. */
  private static final int[] CUE_CODES = ENGLISH_CUES.stream()
      .mapToInt(w -> code(w, 0, w.length())).sorted().toArray();

  /** An ASCII word of at most four letters as an int, case folded: 5 bits a letter. */
  private static int code(CharSequence text, int start, int end) {
    int code = 0;
    for (int k = start; k < end; k++) {
      code = code << 5 | (Character.toLowerCase(text.charAt(k)) - 'a' + 1);
    }
    return code;
  }

  private static void countCyrillicCue(int cp, Counts c) {
    switch (cp) {
      case 'і', 'І', 'ї', 'Ї', 'є', 'Є', 'ґ', 'Ґ' -> c.ukrainianCues++;
      case 'ы', 'Ы', 'э', 'Э', 'ъ', 'Ъ', 'ё', 'Ё' -> c.russianCues++;
      default -> {
        // other Cyrillic letters are shared by both languages
      }
    }
  }

  /** Returns the number of letters counted. */
  int letters() {
    return letters;
  }

  /** Returns the share of letters that are Latin, or 1 when there are no letters. */
  double latinShare() {
    return letters == 0 ? 1.0 : (double) latin / letters;
  }

  /** Returns the ISO 639-1 guess: {@code en}, {@code ru}, {@code uk} or {@code und}. */
  String language() {
    if (letters == 0) {
      return "und";
    }
    if (cyrillic > latin) {
      if (ukrainianCues > russianCues) {
        return "uk";
      }
      return russianCues > ukrainianCues ? "ru" : "und";
    }
    if (latin * 2 >= letters && englishCues > 0) {
      return "en";
    }
    return "und";
  }
}

package dev.muster.parse.read;

import dev.muster.parse.lexicon.LexiconFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Letter counts of a stretch of text by script, with the cues used to guess its language.
 *
 * <p>The cues are data: each language's {@code lexicon/<code>/language.tsv} lists its function
 * words ({@code cues}) and, for Cyrillic, the letters only it writes ({@code letters}); no word
 * or letter is the cue of two languages. The guess, in order:
 *
 * <ul>
 *   <li>no letters: {@code und};
 *   <li>more Cyrillic than Latin letters: the Cyrillic language ({@code ru}, {@code uk}) with the
 *       most cues, a cue word counting as two letters; a tie is {@code und}; no cue at all is
 *       {@code ru} when every letter is of the Russian alphabet (Ukrainian writes "і" in almost
 *       any sentence), else {@code und};
 *   <li>more Latin than Cyrillic letters, and Latin letters at least half of all letters: the
 *       Latin language ({@code en}, {@code de}, {@code it}) with the most cue words, English on
 *       a tie; none is {@code und};
 *   <li>anything else (Arabic, Hebrew, CJK, ...): {@code und}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class ScriptProfile {

  /** The languages guessed, by index: their cues are in their lexicon folders. */
  static final List<String> LANGUAGES = List.of("en", "de", "it", "ru", "uk");
  private static final int EN = 0;
  private static final int FIRST_CYRILLIC = 3;
  /** A cue word counts as this many cue letters. */
  private static final int WORD_WEIGHT = 2;
  /** ASCII cue words are coded in a long, five bits a letter: at most this many letters. */
  private static final int LONGEST_CODED = 12;
  /** Other cue words longer than this are not looked up. */
  private static final int LONGEST_WORD = 16;
  private static final int NO_WORD = -1;

  /** The ASCII cue words as {@link #code}s, sorted, and the index of their language. */
  private static final long[] CUE_CODES;
  private static final byte[] CUE_LANGUAGES;
  /** The other cue words (with letters beyond ASCII), lower case, and their language's index. */
  private static final Map<String, Integer> CUE_WORDS;
  /** The cue letters of Cyrillic languages, lower and upper case, and their language's index. */
  private static final Map<Character, Integer> CUE_LETTERS;

  static {
    Map<Long, Integer> codes = new TreeMap<>();
    Map<String, Integer> words = new HashMap<>();
    Map<Character, Integer> letters = new HashMap<>();
    for (int lang = 0; lang < LANGUAGES.size(); lang++) {
      int l = lang;
      String resource = "/dev/muster/parse/lexicon/" + LANGUAGES.get(lang) + "/language.tsv";
      LexiconFile.read(resource, 2, f -> {
        for (String w : f[1].split("\\|")) {
          String cue = w.trim().toLowerCase(Locale.ROOT);
          if (cue.isEmpty() || !cue.chars().allMatch(Character::isLetter) || cue.length() > LONGEST_WORD) {
            throw new IllegalArgumentException("cue '" + w + "' is not 1 to " + LONGEST_WORD + " letters");
          }
          Integer earlier;
          if (f[0].equals("letters")) {
            if (cue.length() != 1) {
              throw new IllegalArgumentException("cue letter '" + w + "' is not one letter");
            }
            earlier = letters.put(cue.charAt(0), l);
            letters.put(Character.toUpperCase(cue.charAt(0)), l);
          } else if (!f[0].equals("cues")) {
            throw new IllegalArgumentException("unknown row '" + f[0] + "'; expected cues<TAB>words or"
                + " letters<TAB>letters");
          } else if (cue.length() <= LONGEST_CODED && cue.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            earlier = codes.put(code(cue, 0, cue.length()), l);
          } else {
            earlier = words.put(cue, l);
          }
          if (earlier != null && earlier != l) {
            throw new IllegalArgumentException("cue '" + cue + "' is also a cue of " + LANGUAGES.get(earlier));
          }
        }
      });
    }
    CUE_CODES = new long[codes.size()];
    CUE_LANGUAGES = new byte[codes.size()];
    int k = 0;
    for (Map.Entry<Long, Integer> e : codes.entrySet()) {
      CUE_CODES[k] = e.getKey();
      CUE_LANGUAGES[k++] = (byte) (int) e.getValue();
    }
    CUE_WORDS = Map.copyOf(words);
    CUE_LETTERS = Map.copyOf(letters);
  }

  private final int letters;
  private final int latin;
  private final int cyrillic;
  /** Cyrillic letters outside the Russian alphabet (Serbian "ј", Kazakh "қ", Ukrainian "і" ...). */
  private final int otherCyrillic;
  /** Cue words found, by language index. */
  private final int[] cueWords;
  /** Cue letters found, by language index. */
  private final int[] cueLetters;

  /** The counts while a stretch is scanned: confined to one call of {@link #of}. */
  private static final class Counts {
    int letters;
    int latin;
    int cyrillic;
    int otherCyrillic;
    final int[] cueWords = new int[LANGUAGES.size()];
    final int[] cueLetters = new int[LANGUAGES.size()];
  }

  private ScriptProfile(Counts counts) {
    this.letters = counts.letters;
    this.latin = counts.latin;
    this.cyrillic = counts.cyrillic;
    this.otherCyrillic = counts.otherCyrillic;
    this.cueWords = counts.cueWords;
    this.cueLetters = counts.cueLetters;
  }

  /** Counts the letters of {@code text} in {@code [start, end)}. */
  static ScriptProfile of(CharSequence text, int start, int end) {
    Counts c = new Counts();
    int wordStart = NO_WORD;
    boolean ascii = true;
    int i = start;
    while (i < end) {
      int cp = Character.codePointAt(text, i);
      int width = Character.charCount(cp);
      boolean asciiLetter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
      if (asciiLetter || (cp >= 0x80 && Character.isLetter(cp))) {
        c.letters++;
        if (wordStart == NO_WORD) {
          wordStart = i;
          ascii = true;
        }
        if (asciiLetter) {
          c.latin++;
        } else {
          ascii = false;
          Character.UnicodeScript script = Character.UnicodeScript.of(cp);
          if (script == Character.UnicodeScript.LATIN) {
            c.latin++;
          } else if (script == Character.UnicodeScript.CYRILLIC) {
            c.cyrillic++;
            if (!(cp >= 0x410 && cp <= 0x44F || cp == 0x401 || cp == 0x451)) {
              c.otherCyrillic++;
            }
            Integer lang = CUE_LETTERS.get((char) cp);
            if (lang != null) {
              c.cueLetters[lang]++;
            }
          }
        }
      } else {
        countCue(text, wordStart, i, ascii, c.cueWords);
        wordStart = NO_WORD;
      }
      i += width;
    }
    countCue(text, wordStart, end, ascii, c.cueWords);
    return new ScriptProfile(c);
  }

  /**
   * Returns {@code of(text, start, end).language()}, faster for ASCII text: every letter is Latin,
   * so only the cue words are counted, and the letters only when a letter beyond ASCII is met.
   */
  static String languageOf(CharSequence text, int start, int end) {
    int[] cues = new int[LANGUAGES.size()];
    int wordStart = NO_WORD;
    boolean letters = false;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
        if (wordStart == NO_WORD) {
          wordStart = i;
        }
        letters = true;
        continue;
      }
      if (ch >= 128 && mayBeLetter(ch)) {
        return of(text, start, end).language();
      }
      // any other character ends a word, as in of()
      countCue(text, wordStart, i, true, cues);
      wordStart = NO_WORD;
    }
    countCue(text, wordStart, end, true, cues);
    return letters ? latinLanguage(cues) : "und";
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

  /** Counts the word in {@code [wordStart, end)}, if any, into {@code cues} when it is a cue. */
  private static void countCue(CharSequence text, int wordStart, int end, boolean ascii, int[] cues) {
    if (wordStart < 0) {
      return;
    }
    int length = end - wordStart;
    if (ascii) {
      if (length <= LONGEST_CODED) {
        int k = java.util.Arrays.binarySearch(CUE_CODES, code(text, wordStart, end));
        if (k >= 0) {
          cues[CUE_LANGUAGES[k]]++;
        }
      }
    } else if (length <= LONGEST_WORD) {
      Integer lang = CUE_WORDS.get(text.subSequence(wordStart, end).toString().toLowerCase(Locale.ROOT));
      if (lang != null) {
        cues[lang]++;
      }
    }
  }

  /** An ASCII word of at most {@value #LONGEST_CODED} letters as a long, case folded: 5 bits a letter. */
  private static long code(CharSequence text, int start, int end) {
    long code = 0;
    for (int k = start; k < end; k++) {
      code = code << 5 | (Character.toLowerCase(text.charAt(k)) - 'a' + 1);
    }
    return code;
  }

  /** The Latin language with the most cue words, English on a tie; {@code und} when none. */
  private static String latinLanguage(int[] cues) {
    int best = EN;
    for (int l = 1; l < FIRST_CYRILLIC; l++) {
      if (cues[l] > cues[best]) {
        best = l;
      }
    }
    return cues[best] > 0 ? LANGUAGES.get(best) : "und";
  }

  /** Returns the number of letters counted. */
  int letters() {
    return letters;
  }

  /** Returns whether there are more Cyrillic letters than Latin ones. */
  boolean isMostlyCyrillic() {
    return cyrillic > latin;
  }

  /** Returns the share of letters that are Latin, or 1 when there are no letters. */
  double latinShare() {
    return letters == 0 ? 1.0 : (double) latin / letters;
  }

  /** Returns the ISO 639-1 guess: {@code en}, {@code de}, {@code it}, {@code ru}, {@code uk} or {@code und}. */
  String language() {
    if (letters == 0) {
      return "und";
    }
    if (cyrillic > latin) {
      int best = -1;
      int bestScore = 0;
      boolean tie = false;
      for (int l = FIRST_CYRILLIC; l < LANGUAGES.size(); l++) {
        int score = cueLetters[l] + WORD_WEIGHT * cueWords[l];
        if (score > bestScore) {
          best = l;
          bestScore = score;
          tie = false;
        } else if (score == bestScore && score > 0) {
          tie = true;
        }
      }
      if (best < 0 && otherCyrillic == 0) {
        return LANGUAGES.get(FIRST_CYRILLIC); // no cue, and only letters of the Russian alphabet
      }
      return best < 0 || tie ? "und" : LANGUAGES.get(best);
    }
    if (latin * 2 >= letters) {
      return latinLanguage(cueWords);
    }
    return "und";
  }
}

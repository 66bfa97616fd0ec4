package dev.muster.parse.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a stretch of text into {@link Token}s in one linear pass. Words are runs of letters
 * (with inner apostrophes, and dotted abbreviations such as "U.S."), numbers are runs of digits
 * with inner group separators or decimal points ("1,500", "1.95"), anything else is a
 * one-character token. Each token's key is looked up in the vocabulary of the language's lexicon
 * as the token is made.
 *
 * <p>Immutable and thread-safe.
 */
public final class Tokenizer {

  /** One-character strings of the ASCII characters, shared by punctuation tokens. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf(c).intern();
    }
  }

  private final Vocabulary vocabulary;

  private Tokenizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Returns a tokenizer whose tokens carry the ids of {@code vocabulary}. */
  public static Tokenizer of(Vocabulary vocabulary) {
    return new Tokenizer(Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /** Returns the vocabulary the tokens are looked up in. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The tokens of a stretch of text and the letters in it, by script. */
  public record Tokenized(List<Token> tokens, int latinLetters, int otherLetters) {}

  /** Letters counted while tokenizing: confined to one call. */
  private static final class Letters {
    int latin;
    int other;
  }

  /** Returns the tokens of {@code text[from, to)}. */
  public List<Token> tokenize(String text, int from, int to) {
    return tokenize(text, from, to, new Letters());
  }

  /**
   * As {@link #tokenize(String, int, int)}, and counts the letters of the text, those of the Latin
   * script and the others (letters are UTF-16 units for which {@link Character#isLetter(char)}
   * holds; every one of them is inside a word token).
   */
  public Tokenized tokenizeCounting(String text, int from, int to) {
    Letters letters = new Letters();
    List<Token> tokens = tokenize(text, from, to, letters);
    return new Tokenized(tokens, letters.latin, letters.other);
  }

  private List<Token> tokenize(String text, int from, int to, Letters letters) {
    List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = text.charAt(i);
      if (c < 128 ? c <= ' ' && Character.isWhitespace(c)
          : Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2009') {
        space = true;
        i++;
        continue;
      }
      int start = i;
      if (isDigit(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (isDigit(d)) {
            i++;
          } else if ((d == ',' || d == '.') && i + 1 < to && isDigit(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        out.add(new Token(Token.Kind.NUMBER, start, i, text.substring(start, i), space, vocabulary));
      } else if (isAsciiLetter(c) || c >= 128 && (Character.isLetter(c)
          || Character.isSurrogate(c) && Character.isLetter(text.codePointAt(i)))) {
        i += c < 128 ? 1 : Character.charCount(text.codePointAt(i));
        // plain: only ASCII letters so far; upper: one of them is a capital
        boolean plain = c < 128;
        boolean upper = c <= 'Z';
        // the hash code of the key, while the word is plain (Vocabulary.lowerHash)
        int h = c | 0x20;
        while (i < to) {
          char a = text.charAt(i);
          if (isAsciiLetter(a)) {
            upper |= a <= 'Z';
            h = 31 * h + (a | 0x20);
            i++;
            continue;
          }
          int cp = a < 128 ? a : text.codePointAt(i);
          if (cp >= 128 && (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK)) {
            plain = false;
            i += Character.charCount(cp);
          } else if ((cp == '\'' || cp == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
              && vocabulary.isElision(text, start, i)) {
            // "dell'invasione": the elided article is a word of its own, apostrophe included
            plain = false;
            i++;
            break;
          } else if ((cp == '\'' || cp == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
              && !(i + 2 <= to && text.charAt(i + 1) == 's' && (i + 2 == to || !Character.isLetter(text.charAt(i + 2))))) {
            plain = false;
            i++;
          } else if (cp == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
              && i - start == 1 && (i + 2 >= to || text.charAt(i + 2) == '.')) {
            // dotted abbreviation: U.S., U.K., E.U.
            plain = false;
            i += 2;
            if (i < to && text.charAt(i) == '.') {
              i++;
            }
          } else {
            break;
          }
        }
        if (plain) {
          letters.latin += i - start;
          out.add(plainWord(text, start, i, h, upper, space));
        } else {
          countLetters(text, start, i, letters);
          out.add(new Token(Token.Kind.WORD, start, i, text.substring(start, i), space, vocabulary));
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
        out.add(new Token(Token.Kind.PUNCT, start, i, c < 128 ? ASCII[c] : text.substring(start, i), space,
            vocabulary));
      }
      space = false;
    }
    return out;
  }

  /**
   * A word of ASCII letters only: its key is its lower case, looked up from the characters; a known
   * word written in lower case shares the key's string as its text.
   */
  private Token plainWord(String text, int start, int end, int h, boolean upper, boolean space) {
    Vocabulary.Word w = vocabulary.findLetters(text, start, end, h);
    if (w != null && !(w.key().length() == end - start && text.regionMatches(true, start, w.key(), 0, end - start))) {
      // a word read through a stem or head: its key is its lemma's, not its own letters
      return new Token(Token.Kind.WORD, start, end, text.substring(start, end), space, vocabulary);
    }
    if (w != null) {
      String s = !upper ? w.key() : capitalizedOnly(text, start, end) ? w.capitalized() : text.substring(start, end);
      return new Token(Token.Kind.WORD, start, end, s, w.key(), h, w, space);
    }
    String s = text.substring(start, end);
    return new Token(Token.Kind.WORD, start, end, s, upper ? s.toLowerCase(java.util.Locale.ROOT) : s, h, null, space);
  }

  /** Counts the letters of {@code text[start, end)} into {@code letters}. */
  private static void countLetters(String text, int start, int end, Letters letters) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (isAsciiLetter(c)) {
          letters.latin++;
        }
      } else if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          letters.latin++;
        } else {
          letters.other++;
        }
      }
    }
  }

  /** Whether the ASCII letters {@code text[start, end)} are a capital and then lower case only. */
  private static boolean capitalizedOnly(String text, int start, int end) {
    if (text.charAt(start) > 'Z') {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) <= 'Z') {
        return false;
      }
    }
    return true;
  }

  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

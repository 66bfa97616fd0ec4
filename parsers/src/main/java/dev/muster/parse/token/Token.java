package dev.muster.parse.token;

import java.util.List;

/**
 * One token of a sentence: a word, a number written in digits, or a single other character.
 * Offsets are UTF-16 indexes into the document text. Its fields are public and final: tokens are
 * what every later stage reads most.
 *
 * <p>Immutable and thread-safe.
 */
public final class Token {
  /** What a token is. */
  public enum Kind { WORD, NUMBER, PUNCT }

  private static final Kind[] KINDS = Kind.values();
  private static final byte WORD = (byte) Kind.WORD.ordinal();
  private static final byte NUMBER = (byte) Kind.NUMBER.ordinal();
  private static final byte PUNCT = (byte) Kind.PUNCT.ordinal();

  /**
   * The fields are few and small, as tokens are most of what the extractor allocates: 40 bytes
   * each with compressed references (the kind is a byte, and the end follows from the text).
   */
  private final byte kind;
  public final int start;
  public final String text;
  /** Lower case, dots of abbreviations removed ("U.S." -> "us"), curly apostrophes straightened. */
  public final String key;
  public final boolean spaceBefore;
  /** The {@link Vocabulary} id of {@link #key}, or {@link Vocabulary#UNKNOWN}. */
  public final int id;
  /** The phrase-index bits of {@link Vocabulary.Word#starts()}, or 0. */
  public final int starts;
  /** {@code key.hashCode()}, kept here so that {@link #is} need not read the key. */
  private final int hash;

  public Token(Kind kind, int start, int end, String text, boolean spaceBefore, Vocabulary vocabulary) {
    assert end - start == text.length() : "the text of a token is text[start, end)";
    this.kind = (byte) kind.ordinal();
    this.start = start;
    this.text = text;
    this.spaceBefore = spaceBefore;
    String k = keyOf(kind, text);
    Vocabulary.Word w = vocabulary.find(k);
    this.key = w == null ? k : w.key();
    this.id = w == null ? Vocabulary.UNKNOWN : w.id();
    this.starts = w == null ? 0 : w.starts();
    this.hash = key.hashCode();
  }

  /**
   * A token whose key, its hash code and vocabulary word the {@link Tokenizer} found already.
   */
  Token(Kind kind, int start, int end, String text, String key, int hash, Vocabulary.Word w, boolean spaceBefore) {
    assert end - start == text.length() : "the text of a token is text[start, end)";
    this.kind = (byte) kind.ordinal();
    this.start = start;
    this.text = text;
    this.spaceBefore = spaceBefore;
    this.key = key;
    this.hash = hash;
    this.id = w == null ? Vocabulary.UNKNOWN : w.id();
    this.starts = w == null ? 0 : w.starts();
  }

  private static String keyOf(Kind kind, String text) {
    if (kind == Kind.WORD) {
      String k = text.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
      if (k.length() > 2 && k.indexOf('.') > 0) {
        k = k.replace(".", "");
      }
      return k;
    }
    if (kind == Kind.PUNCT) {
      char c = text.charAt(0);
      if (c == '\u2019' || c == '\u2018') {
        return "'";
      }
      if (c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb') {
        return "\"";
      }
      if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
        return "-";
      }
    }
    return text;
  }

  /** What the token is: a word, a number or another character. */
  public Kind kind() {
    return KINDS[kind];
  }

  /** The UTF-16 index after the token: its text is {@code text[start, end)} of the document. */
  public int end() {
    return start + text.length();
  }

  /** {@code key.hashCode()}. */
  public int keyHash() {
    return hash;
  }

  public boolean isWord() {
    return kind == WORD;
  }

  public boolean isNumber() {
    return kind == NUMBER;
  }

  public boolean isPunct() {
    return kind == PUNCT;
  }

  /** Whether the token is a number written with digits only ("2024", not "1,500" or "1.5"). */
  public boolean isDigitsOnly() {
    if (kind != NUMBER) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is a year of the last two centuries written in digits ("1999", "2025"). */
  public boolean isYear() {
    return text.length() == 4 && (text.startsWith("19") || text.startsWith("20")) && isDigitsOnly();
  }

  /**
   * Whether the key is {@code k}. The key of a known word is the vocabulary's interned instance,
   * the same object as a string literal, so the usual answer is an identity comparison, or the
   * token's hash code against the literal's cached one; only equal hash codes compare characters.
   */
  public boolean is(String k) {
    return key == k || hash == k.hashCode() && key.equals(k);
  }

  public boolean isCapitalized() {
    return kind == WORD && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isAllCaps() {
    if (kind != WORD) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  @Override
  public String toString() {
    return text;
  }

  /** The text of the tokens {@code [from, to)} of {@code t}, a space where the text had one: "Levant Policy Centre". */
  public static String text(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder(t.get(from).text);
    for (int k = from + 1; k < to; k++) {
      b.append(t.get(k).spaceBefore ? " " : "").append(t.get(k).text);
    }
    return b.toString();
  }
}

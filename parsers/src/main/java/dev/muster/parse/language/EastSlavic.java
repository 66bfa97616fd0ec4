package dev.muster.parse.language;

import com.ibm.icu.util.ULocale;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.Numerals;
import dev.muster.parse.quantity.SlavicNumerals;

/**
 * Russian or Ukrainian: the lexicon of {@code lexicon/ru/} or {@code lexicon/uk/} (whose stems
 * read inflected words as their lemmas), ICU's sentence rules for the language, the Slavic
 * number grammar, and Cyrillic script.
 *
 * <p>Immutable and thread-safe; {@link #russian()} and {@link #ukrainian()} read the lexicon, so
 * load each once and share it.
 */
public final class EastSlavic implements Language {

  private final String code;
  private final Lexicon lexicon;
  private final ULocale sentences;
  private final Numerals numerals;

  private EastSlavic(String code) {
    this.code = code;
    this.lexicon = Lexicon.load(code);
    this.sentences = new ULocale(code);
    this.numerals = new SlavicNumerals(lexicon);
  }

  /** Loads Russian from {@code lexicon/ru/}. */
  public static EastSlavic russian() {
    return new EastSlavic("ru");
  }

  /** Loads Ukrainian from {@code lexicon/uk/}. */
  public static EastSlavic ukrainian() {
    return new EastSlavic("uk");
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Lexicon lexicon() {
    return lexicon;
  }

  @Override
  public ULocale sentenceLocale() {
    return sentences;
  }

  @Override
  public Numerals numerals() {
    return numerals;
  }

  @Override
  public Character.UnicodeScript script() {
    return Character.UnicodeScript.CYRILLIC;
  }
}

package dev.muster.parse.language;

import com.ibm.icu.util.ULocale;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.EnglishNumerals;
import dev.muster.parse.quantity.Numerals;

/**
 * English: the lexicon of {@code lexicon/en/}, ICU's standard English sentence rules (which know
 * English abbreviations) and the English number grammar.
 *
 * <p>Immutable and thread-safe; {@link #load()} reads the lexicon, so load it once and share it.
 */
public final class English implements Language {

  private static final ULocale SENTENCES = new ULocale("en@ss=standard");

  private final Lexicon lexicon;
  private final Numerals numerals;

  private English(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.numerals = new EnglishNumerals(lexicon);
  }

  /** Loads English from its lexicon folder. */
  public static English load() {
    return new English(Lexicon.load("en"));
  }

  @Override
  public String code() {
    return "en";
  }

  @Override
  public Lexicon lexicon() {
    return lexicon;
  }

  @Override
  public ULocale sentenceLocale() {
    return SENTENCES;
  }

  @Override
  public Numerals numerals() {
    return numerals;
  }

  @Override
  public Character.UnicodeScript script() {
    return Character.UnicodeScript.LATIN;
  }
}

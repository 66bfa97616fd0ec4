package dev.muster.parse.language;

import com.ibm.icu.util.ULocale;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.CommaNumerals;
import dev.muster.parse.quantity.Numerals;

/**
 * A language of continental Europe that writes a decimal comma and groups digits with dots or
 * spaces (Russian, Ukrainian, German, Italian): the lexicon of {@code lexicon/<code>/} (whose
 * stems read inflected words as their lemmas, and whose heads read German compounds by their last
 * part), ICU's sentence rules for the language, the {@link CommaNumerals} number grammar, and its
 * script (Cyrillic or Latin).
 *
 * <p>Immutable and thread-safe; each factory reads the lexicon, so load each language once and
 * share it.
 */
public final class Continental implements Language {

  private final String code;
  private final Lexicon lexicon;
  private final ULocale sentences;
  private final Numerals numerals;
  private final Character.UnicodeScript script;

  private Continental(String code, Character.UnicodeScript script) {
    this.code = code;
    this.script = script;
    this.lexicon = Lexicon.load(code);
    this.sentences = new ULocale(code);
    this.numerals = new CommaNumerals(lexicon);
  }

  /** Loads Russian from {@code lexicon/ru/}. */
  public static Continental russian() {
    return new Continental("ru", Character.UnicodeScript.CYRILLIC);
  }

  /** Loads Ukrainian from {@code lexicon/uk/}. */
  public static Continental ukrainian() {
    return new Continental("uk", Character.UnicodeScript.CYRILLIC);
  }

  /** Loads German from {@code lexicon/de/}. */
  public static Continental german() {
    return new Continental("de", Character.UnicodeScript.LATIN);
  }

  /** Loads Italian from {@code lexicon/it/}. */
  public static Continental italian() {
    return new Continental("it", Character.UnicodeScript.LATIN);
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
    return script;
  }
}

package dev.muster.parse.language;

import com.ibm.icu.util.ULocale;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.Numerals;

/**
 * What the pipeline needs to read one language: its lexicon (the words, phrases and patterns in
 * {@code lexicon/<code>/}), the locale of its sentence rules, and its number grammar. Adding a
 * language is adding its lexicon folder and, where its grammar differs, an implementation of the
 * small interfaces here ({@link Numerals}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Language {

  /** The ISO 639-1 code, the name of the lexicon folder ("en"). */
  String code();

  /** The words, phrases and patterns of the language. */
  Lexicon lexicon();

  /** The locale of ICU's sentence rules for the language. */
  ULocale sentenceLocale();

  /** The number grammar: digits, separators, scale words, numbers in words. */
  Numerals numerals();

  /** The script the language is written in: {@code LATIN} or {@code CYRILLIC}. */
  Character.UnicodeScript script();
}

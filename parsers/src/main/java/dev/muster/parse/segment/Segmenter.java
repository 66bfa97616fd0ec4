package dev.muster.parse.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.read.LineIndex;
import dev.muster.parse.read.SourceDocument;
import dev.muster.parse.read.TextRange;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Tokenizer;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stage segment: cuts a document's body into paragraphs (its lines, less the ranges not to read:
 * page furniture and lines in a foreign script), the paragraphs into sentences (ICU's sentence
 * rules for the language, through {@link SentenceBreaks}, with a full stop after a known
 * abbreviation not taken as an end), and the sentences into tokens. A sentence too long for the
 * rules or not mostly in Latin script is kept without tokens and marked to skip.
 *
 * <p>Immutable and thread-safe.
 */
public final class Segmenter {

  /** The longest sentence the rules read, in UTF-16 units; longer ones are reported and skipped. */
  public static final int MAX_SENTENCE = 4000;

  private final Tokenizer tokenizer;
  private final ULocale locale;
  /** The ISO 639-1 code of the language, its lexicon's. */
  private final String language;
  /** Whether the language is written in Cyrillic, else in Latin script. */
  private final boolean cyrillic;
  private final Words abbreviations;
  /** The lexicon whose source names with full stops inside ("Citizen. Army. Law") end no sentence. */
  private final Lexicon lex;
  private final Words adjectiveAbbreviations;
  private final Words notBeforeCapital;
  /** Words a number and its ordinal full stop stand before ("4. Oktober", "155. Brigade"). */
  private final Words afterOrdinal;
  private final Words articles;
  /**
   * One ICU sentence iterator per thread: building one per call contends on ICU's shared cache,
   * and an iterator is not thread-safe. Confined to its thread; holds no document state between calls.
   */
  private final ThreadLocal<BreakIterator> iterators;

  /**
   * A segmenter for the language of {@code lex}, splitting sentences by the rules of {@code locale}
   * (for English "en@ss=standard", which knows English abbreviations).
   */
  public Segmenter(Lexicon lex, ULocale locale) {
    this(lex, locale, Character.UnicodeScript.LATIN);
  }

  /**
   * A segmenter for the language of {@code lex}, written in {@code script} (Latin or Cyrillic):
   * a sentence whose letters are not mostly of that script is skipped.
   *
   * @throws IllegalArgumentException if the script is neither Latin nor Cyrillic
   */
  public Segmenter(Lexicon lex, ULocale locale, Character.UnicodeScript script) {
    if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC) {
      throw new IllegalArgumentException("script " + script + ": expected LATIN or CYRILLIC");
    }
    this.tokenizer = lex.tokenizer();
    this.lex = lex;
    this.locale = locale;
    this.language = lex.language();
    this.cyrillic = script == Character.UnicodeScript.CYRILLIC;
    this.abbreviations = lex.optionalWords("segment.abbreviations");
    this.adjectiveAbbreviations = lex.optionalWords("segment.adjective-abbreviations");
    this.notBeforeCapital = lex.optionalWords("segment.not-before-capital");
    this.afterOrdinal = lex.optionalWords("segment.after-ordinal");
    this.articles = lex.optionalWords("segment.articles");
    this.iterators = ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(locale));
  }

  /** Returns the ISO 639-1 code of the language it reads. */
  public String language() {
    return language;
  }

  /** Returns whether the language is written in Cyrillic (else in Latin script). */
  public boolean isCyrillic() {
    return cyrillic;
  }

  /** Returns the locale of the sentence rules. */
  public ULocale locale() {
    return locale;
  }

  /**
   * The ranges of a document the rules must not read, sorted by start: its page furniture and its
   * lines in a foreign script.
   */
  public static List<TextRange> unreadRanges(SourceDocument doc) {
    List<TextRange> skip = new ArrayList<>(doc.excluded());
    skip.addAll(doc.foreignScript());
    skip.sort(Comparator.comparingInt(TextRange::start));
    return skip;
  }

  /** Returns the sentences of a document, paragraph by paragraph, with their tokens. */
  public Segments split(SourceDocument doc) {
    return split(doc.text(), doc.lines(), unreadRanges(doc));
  }

  /** Returns the sentences of {@code text}'s lines outside the {@code unread} ranges (sorted). */
  public Segments split(String text, LineIndex lines, List<TextRange> unread) {
    BreakIterator sentenceBreaks = iterators.get();
    List<Sentence> units = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int paragraph = 0;
    for (int line = 0; line < lines.count(); line++) {
      for (Part part : cut(lines.start(line), lines.end(line), unread)) {
        paragraph++;
        paragraph(sentenceBreaks, text, paragraph, part.start(), part.end(), units, skipped);
      }
    }
    return new Segments(units, skipped);
  }

  /** Adds the sentences of the paragraph {@code text[start, end)}, numbered {@code paragraph}. */
  void paragraph(String text, int paragraph, int start, int end, List<Sentence> units, List<Skipped> skipped) {
    paragraph(iterators.get(), text, paragraph, start, end, units, skipped);
  }

  private void paragraph(BreakIterator sentenceBreaks, String text, int paragraph, int start, int end,
      List<Sentence> units, List<Skipped> skipped) {
    for (Part s : sentences(sentenceBreaks, text, start, end)) {
      units.add(sentence(text, paragraph, s, skipped));
    }
  }

  private Sentence sentence(String text, int paragraph, Part s, List<Skipped> skipped) {
    Optional<SkipReason> skip;
    List<Token> tokens = List.of();
    if (s.length() > MAX_SENTENCE) {
      skip = Optional.of(SkipReason.TOO_LONG);
    } else {
      // the tokenizer counts the Latin and other letters on the way
      Tokenizer.Tokenized tk = tokenizer.tokenizeCounting(text, s.start(), s.end());
      // Cyrillic letters are the tokenizer's "other" letters
      boolean inScript = cyrillic
          ? tk.otherLetters() > 0 && tk.otherLetters() >= 3 * tk.latinLetters()
          : tk.latinLetters() > 0 && tk.latinLetters() >= 3 * tk.otherLetters();
      skip = inScript ? Optional.empty() : Optional.of(SkipReason.NOT_LATIN);
      if (inScript || tk.latinLetters() == 0 && tk.otherLetters() == 0) {
        tokens = tk.tokens(); // a line of numbers alone keeps them for a table's row ("2023    1,800")
      }
    }
    if (skip.isPresent() && hasLetters(text, s.start(), s.end())) {
      skipped.add(new Skipped(s.start(), s.end(), skip.get(), language));
    }
    return new Sentence(paragraph, s.start(), s.end(), tokens, skip, language);
  }

  /** A stretch {@code [start, end)} of the text: part of a line, or a sentence. */
  record Part(int start, int end) {
    int length() {
      return end - start;
    }
  }

  /** The parts of the line {@code [start, end)} outside the unread ranges. */
  static List<Part> cut(int start, int end, List<TextRange> unread) {
    List<Part> parts = new ArrayList<>(1);
    int s = start;
    for (TextRange x : unread) {
      if (x.end() <= s || x.start() >= end) {
        continue;
      }
      if (x.start() > s) {
        parts.add(new Part(s, x.start()));
      }
      s = Math.max(s, x.end());
    }
    if (s < end) {
      parts.add(new Part(s, end));
    }
    return parts;
  }

  static boolean hasLetters(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Splits {@code [start, end)} into trimmed sentences with {@code bi}, which is not thread-safe. */
  private List<Part> sentences(BreakIterator bi, String text, int start, int end) {
    List<Part> out = new ArrayList<>();
    int[] breaks = SentenceBreaks.breaks(bi, text, start, end);
    for (int n = 1; n < breaks.length; n++) {
      int a = breaks[n - 1];
      int b = breaks[n];
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a >= b) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && continues(text, out.get(last), a)) {
        out.set(last, new Part(out.get(last).start(), b));
      } else {
        out.add(new Part(a, b));
      }
    }
    return out;
  }

  /** Whether a break after an abbreviation ("Feb.", "Ms.") is not a real sentence end. */
  private boolean continues(String text, Part prev, int nextStart) {
    int e = prev.end();
    if (e < 2 || text.charAt(e - 1) != '.') {
      return false;
    }
    if (lex.inDottedName(text, e - 1)) {
      return true; // "The rights group Citizen. Army. Law said ..."
    }
    if (!afterOrdinal.isEmpty() && Character.isDigit(text.charAt(e - 2)) && ordinalBefore(text, nextStart)) {
      return true; // "bis zum 4. Oktober 2022"
    }
    int w = e - 1;
    while (w > prev.start() && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, e - 1).toLowerCase(Locale.ROOT);
    if (w == prev.start() && e - 1 - w == 1 && Character.isUpperCase(text.charAt(w))
        && Character.isUpperCase(text.charAt(nextStart))) {
      return true; // "K. Suresh Menon said": an initial alone is no sentence
    }
    if (!abbreviations.contains(word)) {
      return false;
    }
    char c = text.charAt(nextStart);
    if (adjectiveAbbreviations.contains(word) && Character.isUpperCase(c)) {
      // "The U.K. Ministry of Defence": after an article the abbreviation is an adjective
      int a = w - 1;
      while (a > prev.start() && text.charAt(a - 1) == ' ') {
        a--;
      }
      int b = a;
      while (b > prev.start() && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      return articles.contains(text.substring(b, a).toLowerCase(Locale.ROOT));
    }
    return Character.isDigit(c) || Character.isLowerCase(c)
        || word.length() <= 3 && !notBeforeCapital.contains(word) && Character.isUpperCase(c);
  }

  /** Whether the word at {@code start} is one that follows an ordinal's full stop ("Oktober"). */
  private boolean ordinalBefore(String text, int start) {
    int e = start;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > start && afterOrdinal.contains(text.substring(start, e).toLowerCase(Locale.ROOT));
  }
}

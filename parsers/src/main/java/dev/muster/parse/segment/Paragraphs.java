package dev.muster.parse.segment;

import dev.muster.parse.read.LineIndex;
import dev.muster.parse.read.SourceDocument;
import dev.muster.parse.read.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage segment for documents in several languages: guesses the language of each paragraph (a
 * line less its page furniture, {@link SourceDocument#paragraphLanguage}) and has the segmenter of
 * that language cut it into sentences and tokens. A short line with no cue of its own (a fact
 * box's "Nepal: 1.200") is read in the language of the line above it, when it is in its script; another Latin paragraph of
 * no language guessed is read as the primary language's (English), a Cyrillic one as the
 * document's, when that is read. A paragraph in a language that is guessed but that no segmenter
 * given reads is one skipped sentence ({@link SkipReason#LANGUAGE_NOT_READ}); a line in another
 * script no segmenter reads is left out, as furniture is.
 *
 * <p>Immutable and thread-safe.
 */
public final class Paragraphs {

  /**
   * How many characters a line with no cue of its language may have to be read in the language of
   * the line above it: a fact box's line ("Nepal: 1.200").
   */
  static final int SHORT_LINE = 60;

  private final Segmenter primary;
  private final Map<String, Segmenter> readers = new LinkedHashMap<>();

  /**
   * Paragraphs read by {@code primary} (Latin script) and by {@code others}, each for its
   * language.
   *
   * @throws IllegalArgumentException if two segmenters read one language, or the primary one is
   *     not for Latin script
   */
  public Paragraphs(Segmenter primary, List<Segmenter> others) {
    if (primary.isCyrillic()) {
      throw new IllegalArgumentException("the primary language '" + primary.language() + "' is not in Latin script");
    }
    this.primary = primary;
    readers.put(primary.language(), primary);
    for (Segmenter s : others) {
      if (readers.put(s.language(), s) != null) {
        throw new IllegalArgumentException("two segmenters for language '" + s.language() + "'");
      }
    }
  }

  /** Returns the segmenter of the primary language. */
  public Segmenter primary() {
    return primary;
  }

  /** Returns the sentences of a document, paragraph by paragraph, each read by its language's rules. */
  public Segments split(SourceDocument doc) {
    String text = doc.text();
    LineIndex lines = doc.lines();
    List<TextRange> unread = new ArrayList<>(doc.excluded());
    for (TextRange r : doc.foreignScript()) {
      if (cyrillicReader(doc, r.start(), r.end()) == null) {
        unread.add(r);
      }
    }
    unread.sort(Comparator.comparingInt(TextRange::start));
    List<Sentence> units = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int paragraph = 0;
    String above = "und"; // the language of the last line with letters
    for (int line = 0; line < lines.count(); line++) {
      for (Segmenter.Part part : Segmenter.cut(lines.start(line), lines.end(line), unread)) {
        paragraph++;
        int s = part.start();
        int e = part.end();
        String language = doc.paragraphLanguage(s, e);
        if (language.equals("und") && e - s <= SHORT_LINE && readers.containsKey(above)
            && readers.get(above).isCyrillic() == doc.isCyrillicRun(s, e)) {
          language = above; // "- Tatarstan: 1,1 Millionen Rubel" under a German lead
        }
        if (Segmenter.hasLetters(text, s, e)) {
          above = language;
        }
        Segmenter reader = readers.get(language);
        if (reader == null && language.equals("und") && within(doc.foreignScript(), s)) {
          reader = cyrillicReader(doc, s, e); // a Cyrillic line with no cue: the document's language
        }
        if (reader == null && !language.equals("und")) {
          units.add(new Sentence(paragraph, s, e, List.of(), java.util.Optional.of(SkipReason.LANGUAGE_NOT_READ),
              language));
          if (Segmenter.hasLetters(text, s, e)) {
            skipped.add(new Skipped(s, e, SkipReason.LANGUAGE_NOT_READ, language));
          }
          continue;
        }
        (reader == null ? primary : reader).paragraph(text, paragraph, s, e, units, skipped);
      }
    }
    return new Segments(units, skipped);
  }

  /** Whether {@code offset} lies in one of the sorted, disjoint {@code ranges}. */
  private static boolean within(List<TextRange> ranges, int offset) {
    for (TextRange r : ranges) {
      if (offset < r.start()) {
        return false;
      }
      if (offset < r.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The segmenter of a Cyrillic stretch: its language's, else the document's when that is
   * Cyrillic; null when none reads it, or it is not mostly Cyrillic.
   */
  private Segmenter cyrillicReader(SourceDocument doc, int start, int end) {
    String language = doc.languageOf(start, end);
    Segmenter s = readers.get(language);
    if (s != null && s.isCyrillic()) {
      return s;
    }
    Segmenter d = readers.get(doc.language());
    return language.equals("und") && d != null && d.isCyrillic() && doc.isCyrillicRun(start, end) ? d : null;
  }
}

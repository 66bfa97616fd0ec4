package dev.muster.parse.read;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as read from a file: its decoded text, the publication date from its optional date
 * prefix, its title, the page furniture that must not be extracted from, its language and the
 * problems met while reading it. The first stage of the pipeline; later stages read {@link #text()}
 * and skip {@link #excluded()}.
 *
 * <p>Every offset is a UTF-16 index into {@link #text()}: the decoded file without a byte order
 * mark, line endings unchanged. Obtain instances from {@link DocumentReader}.
 *
 * <p>Immutable and thread-safe; treat as a value.
 */
public final class SourceDocument {

  /** A line whose letters are less than this share Latin is {@link RangeKind#FOREIGN_SCRIPT}. */
  static final double FOREIGN_LINE_LATIN_SHARE = 0.5;

  /** A run is Latin when at least this share of its letters is Latin. */
  static final double LATIN_RUN_SHARE = 0.7;

  /** Lines with fewer letters are never {@link RangeKind#FOREIGN_SCRIPT}. */
  private static final int FEWEST_FOREIGN_LETTERS = 3;

  private final String id;
  private final String text;
  private final Optional<LocalDate> published;
  private final int bodyStart;
  private final Optional<TextRange> titleRange;
  private final List<TextRange> excluded;
  private final List<TextRange> foreignScript;
  private final String language;
  private final List<Problem> problems;
  private final boolean extractable;
  /** The lines of the body, found once for the furniture rules and the extractor; derived from the text. */
  private final LineIndex lines;

  private SourceDocument(
      String id,
      String text,
      Optional<LocalDate> published,
      int bodyStart,
      Optional<TextRange> titleRange,
      List<TextRange> excluded,
      List<TextRange> foreignScript,
      String language,
      List<Problem> problems,
      boolean extractable,
      LineIndex lines) {
    this.id = id;
    this.text = text;
    this.published = published;
    this.bodyStart = bodyStart;
    this.titleRange = titleRange;
    this.excluded = List.copyOf(excluded);
    this.lines = lines;
    this.foreignScript = List.copyOf(foreignScript);
    this.language = language;
    this.problems = List.copyOf(problems);
    this.extractable = extractable;
  }

  /**
   * Analyses decoded text: date prefix, title, furniture, language.
   *
   * @param text the decoded text, without a byte order mark
   * @param earlier problems met before the text was decoded (for example bad encoding)
   */
  static SourceDocument analyse(String id, String text, List<Problem> earlier) {
    List<Problem> problems = new ArrayList<>(earlier);
    DatePrefix prefix = DatePrefix.read(id, text);
    prefix.problem().ifPresent(problems::add);
    int body = prefix.bodyStart();
    LineIndex lines = LineIndex.of(text, body);
    List<TextRange> excluded = Furniture.find(text, lines, body);
    return new SourceDocument(
        id,
        text,
        prefix.published(),
        body,
        title(text, lines, excluded),
        excluded,
        foreignLines(text, lines),
        ScriptProfile.languageOf(text, body, text.length()),
        problems,
        true,
        lines);
  }

  /** Returns a document that could not be read, with the problem saying why: no text. */
  static SourceDocument unextractable(String id, ProblemKind kind, String message) {
    return new SourceDocument(
        id,
        "",
        Optional.empty(),
        0,
        Optional.empty(),
        List.of(),
        List.of(),
        "und",
        List.of(Problem.of(id, kind, message)),
        false,
        LineIndex.of("", 0));
  }

  /**
   * The title: the first non-blank line of the body that is not furniture, when it is at most
   * {@value Furniture#LONGEST_HEADLINE} characters long, holds a letter, and either does not end
   * with a full stop or is followed by a blank line (or nothing). Surrounding spaces are not part
   * of its range.
   */
  private static Optional<TextRange> title(String text, LineIndex lines, List<TextRange> excluded) {
    for (int i = 0; i < lines.count(); i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      int s = lines.trimmedStart(i);
      if (indexOfRangeAt(excluded, s) >= 0) {
        continue;
      }
      int e = lines.trimmedEnd(i);
      boolean shortLine = e - s <= Furniture.LONGEST_HEADLINE;
      boolean hasLetter = false;
      for (int k = s; shortLine && k < e && !hasLetter; k++) {
        hasLetter = Character.isLetter(text.charAt(k));
      }
      boolean nextBlank = i + 1 >= lines.count() || lines.isBlank(i + 1);
      if (shortLine && hasLetter && (nextBlank || !Furniture.endsSentence(text, s, e))) {
        return Optional.of(TextRange.of(s, e, RangeKind.TITLE));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static List<TextRange> foreignLines(String text, LineIndex lines) {
    List<TextRange> out = new ArrayList<>();
    for (int i = 0; i < lines.count(); i++) {
      int s = lines.trimmedStart(i);
      int e = lines.trimmedEnd(i);
      if (ScriptProfile.asciiLetters(text, s, e)) {
        continue; // every letter is Latin
      }
      ScriptProfile p = ScriptProfile.of(text, s, e);
      if (p.letters() >= FEWEST_FOREIGN_LETTERS && p.latinShare() < FOREIGN_LINE_LATIN_SHARE) {
        out.add(TextRange.of(s, e, RangeKind.FOREIGN_SCRIPT));
      }
    }
    return out;
  }

  /** Returns the document id, normally the file name. */
  public String id() {
    return id;
  }

  /**
   * Returns the whole decoded text, date prefix included, byte order mark excluded; empty when the
   * document is not {@linkplain #isExtractable() extractable}.
   */
  public String text() {
    return text;
  }

  /** Returns the publication date from the date prefix, when it has a valid one. */
  public Optional<LocalDate> published() {
    return published;
  }

  /** Returns the offset where the article text starts: after the date prefix, else 0. */
  public int bodyStart() {
    return bodyStart;
  }

  /** The lines of the body, from {@link #bodyStart()}. */
  public LineIndex lines() {
    return lines;
  }

  /** Returns the title, when the document has a title line; it is still extractable text. */
  public Optional<String> title() {
    return titleRange.map(r -> text.substring(r.start(), r.end()));
  }

  /** Returns the range of the title, of kind {@link RangeKind#TITLE}. */
  public Optional<TextRange> titleRange() {
    return titleRange;
  }

  /**
   * Returns the page furniture that must not be extracted from, sorted by start, not overlapping.
   */
  public List<TextRange> excluded() {
    return excluded;
  }

  /** Returns whether {@code offset} lies in a range of {@link #excluded()}. */
  public boolean isExcluded(int offset) {
    return indexOfRangeAt(excluded, offset) >= 0;
  }

  /**
   * Returns whether {@code [start, end)} shares an offset with a range of {@link #excluded()}.
   *
   * @throws IndexOutOfBoundsException if not {@code 0 <= start <= end <= text().length()}
   */
  public boolean overlapsExcluded(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return excluded.stream().anyMatch(r -> r.overlaps(start, end));
  }

  /**
   * Returns the lines whose letters are mostly (more than half) not Latin, such as a Russian or
   * Ukrainian paragraph; each range is the line without surrounding spaces. English rules should
   * not run on them.
   */
  public List<TextRange> foreignScript() {
    return foreignScript;
  }

  /**
   * Returns the language of the whole body as an ISO 639-1 code: {@code en}, {@code de}, {@code
   * it}, {@code ru}, {@code uk}, or {@code und} when unknown (no letters, another script, or no
   * cue).
   */
  public String language() {
    return language;
  }

  /**
   * Returns the language of {@code text()[start, end)}, guessed like {@link #language()}.
   *
   * @throws IndexOutOfBoundsException if not {@code 0 <= start <= end <= text().length()}
   */
  public String languageOf(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return ScriptProfile.of(text, start, end).language();
  }

  /**
   * Returns the language of the paragraph {@code text()[start, end)}, guessed like {@link
   * #language()}; cheap for a paragraph of ASCII letters, whose words are only looked up among
   * the cue words.
   *
   * @throws IndexOutOfBoundsException if not {@code 0 <= start <= end <= text().length()}
   */
  public String paragraphLanguage(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return ScriptProfile.languageOf(text, start, end);
  }

  /**
   * Returns whether {@code text()[start, end)} has more Cyrillic than Latin letters.
   *
   * @throws IndexOutOfBoundsException if not {@code 0 <= start <= end <= text().length()}
   */
  public boolean isCyrillicRun(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return ScriptProfile.of(text, start, end).isMostlyCyrillic();
  }

  /**
   * Returns whether at least 70% of the letters in {@code text()[start, end)} are Latin; true when
   * there are no letters. Use it on a sentence or clause to skip an English sentence's Cyrillic
   * tail or a quotation in another script.
   *
   * @throws IndexOutOfBoundsException if not {@code 0 <= start <= end <= text().length()}
   */
  public boolean isLatinRun(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return ScriptProfile.of(text, start, end).latinShare() >= LATIN_RUN_SHARE;
  }

  /** Returns the problems met while reading, in the order met; empty for a clean document. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns whether the text may be extracted from: false when the file was unreadable, too large
   * or binary (the text is then empty and {@link #problems()} says why).
   */
  public boolean isExtractable() {
    return extractable;
  }

  private static int indexOfRangeAt(List<TextRange> ranges, int offset) {
    int lo = 0;
    int hi = ranges.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextRange r = ranges.get(mid);
      if (offset < r.start()) {
        hi = mid - 1;
      } else if (offset >= r.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceDocument)) {
      return false;
    }
    SourceDocument d = (SourceDocument) o;
    return id.equals(d.id)
        && text.equals(d.text)
        && published.equals(d.published)
        && bodyStart == d.bodyStart
        && titleRange.equals(d.titleRange)
        && excluded.equals(d.excluded)
        && foreignScript.equals(d.foreignScript)
        && language.equals(d.language)
        && problems.equals(d.problems)
        && extractable == d.extractable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, published, bodyStart, titleRange, excluded, language, problems);
  }

  @Override
  public String toString() {
    return "SourceDocument["
        + id
        + published.map(d -> " " + d).orElse("")
        + ", "
        + text.length()
        + " chars, "
        + language
        + ", "
        + excluded.size()
        + " excluded, "
        + problems.size()
        + " problems"
        + (extractable ? "" : ", not extractable")
        + "]";
  }
}

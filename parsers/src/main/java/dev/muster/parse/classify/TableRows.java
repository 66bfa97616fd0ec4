package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.time.DatedSpan;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a plain-text table: a line cut into cells by tabs, pipes or runs of two spaces or
 * more, a row label first ("2023", "Jan-Jun 2024", "Uzbekistan") and numbers in every other cell,
 * under a header line of word cells ("Period    Servicemen    Family members"). A table
 * set under figures breaks them down: each of its numbers is a figure of the latest figure's
 * measure, people and sources, for the time or the country its row label names. A header that
 * names no count of people ("Population", "Price", "Share") leaves its table unread; under an amount
 * of money, the numbers are amounts of its currency and rate. A column of rates ("Per 10,000 men",
 * "21.4") gives no figures, and a count column whose header names what it counts ("Confirmed dead")
 * gives its numbers that measure.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableRows {

  private static final Pattern CELL_BREAK = Pattern.compile("\\t+|\\s*\\|\\s*| {2,}");
  private static final Pattern RULE_LINE = Pattern.compile("[\\s|:+=-]*-[\\s|:+=-]*");
  private static final Pattern YEAR_CELL = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern NUMBER_CELL = Pattern.compile("\\d{1,3}(?:[,.\\u00a0]\\d{3})+|\\d+");
  /** A rate's cell: "21.4", "3,1", "0.75". */
  private static final Pattern DECIMAL_CELL = Pattern.compile("\\d+[.,]\\d{1,2}");
  /** How many characters a row label may have. */
  private static final int LABEL_CHARS = 40;

  private final Lexicon lex;
  private final Places places;
  /** Header words of columns that count no people. */
  private final Words notCounted;
  /** Header words of a column of rates beside the counts ("Per 10,000 men", "Deaths per 1,000"). */
  private final Words rateWords;

  public TableRows(Lexicon lex) {
    this.lex = lex;
    this.places = new Places(lex);
    this.notCounted = lex.optionalWords("classify.table-not-counted");
    this.rateWords = lex.optionalWords("classify.table-rate-words");
  }

  /** The cells of the text from {@code start} to {@code end}, as character ranges; one line only. */
  static List<int[]> cells(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    for (int k = start; k < end; k++) { // read in place: every sentence is asked whether it is a header
      if (text.charAt(k) == '\n') {
        return out;
      }
    }
    Matcher m = CELL_BREAK.matcher(text).region(start, end);
    int from = start;
    while (m.find()) {
      if (m.start() > from) {
        out.add(new int[] {from, m.start()});
      }
      from = m.end();
    }
    if (from < end) {
      out.add(new int[] {from, end});
    }
    return out;
  }

  /**
   * Whether the line {@code s} is a table header: two cells or more, with no digit but in cells
   * that are years ("Country    2023    2024") or rates ("Per 10,000 men"), the first with none.
   */
  public boolean header(String text, Sentence s) {
    List<int[]> c = cells(text, s.start(), s.end());
    if (c.size() < 2) {
      return false;
    }
    for (int k = 0; k < c.size(); k++) {
      String cell = text.substring(c.get(k)[0], c.get(k)[1]);
      if (cell.chars().anyMatch(Character::isDigit)
          && (k == 0 || !YEAR_CELL.matcher(cell).matches() && !rateCell(s, c.get(k)))) {
        return false;
      }
    }
    for (Token x : s.tokens()) {
      if (notCounted.has(x)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line {@code s} is a rule between a header and its rows: "|---|---|", "-----  -----". */
  public boolean rule(String text, Sentence s) {
    return RULE_LINE.matcher(text.substring(s.start(), s.end())).matches();
  }

  /**
   * Whether the line {@code s} is a table row: a short label cell (words or a year), then cells of
   * numbers only, whole ones or a rate's decimals ("6,412    21.4").
   */
  public boolean row(String text, Sentence s) {
    List<int[]> c = cells(text, s.start(), s.end());
    if (c.size() < 2 || c.get(0)[1] - c.get(0)[0] > LABEL_CHARS
        || number(text, c.get(0)) && !YEAR_CELL.matcher(text.substring(c.get(0)[0], c.get(0)[1])).matches()) {
      return false;
    }
    for (int k = 1; k < c.size(); k++) {
      if (!number(text, c.get(k)) && !DECIMAL_CELL.matcher(text.substring(c.get(k)[0], c.get(k)[1])).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the cell {@code cell} of the header {@code s} heads a column of rates: "Per 10,000 men", "Deaths per 1,000". */
  private boolean rateCell(Sentence s, int[] cell) {
    int[] w = cellTokens(s, cell);
    return rateWords.anyIn(s.tokens(), w[0], w[1]);
  }

  /** The tokens of {@code s} inside the character range {@code cell}, as a token range. */
  private static int[] cellTokens(Sentence s, int[] cell) {
    List<Token> t = s.tokens();
    int a = 0;
    while (a < t.size() && t.get(a).start < cell[0]) {
      a++;
    }
    int b = a;
    while (b < t.size() && t.get(b).start < cell[1]) {
      b++;
    }
    return new int[] {a, b};
  }

  /** The column of the cell of {@code cells} that holds the character at {@code offset}, or -1. */
  private static int column(List<int[]> cells, int offset) {
    for (int k = 0; k < cells.size(); k++) {
      if (cells.get(k)[0] <= offset && offset < cells.get(k)[1]) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The measure the header cell over column {@code k} names ("Confirmed dead", "Killed"), or null
   * when it names none or the header has not as many cells as the row.
   */
  private Measure columnMeasure(Sentence header, List<int[]> headCells, List<int[]> rowCells, int k) {
    if (headCells.size() != rowCells.size() || k < 1) {
      return null;
    }
    int[] w = cellTokens(header, headCells.get(k));
    for (int i = w[0]; i < w[1]; i++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(header.tokens(), i, w[1]);
      if (m != null) {
        return m.value;
      }
    }
    return null;
  }

  /** The year of the header cell over the row cell at {@code offset}, when the two have as many cells; else null. */
  private static Period columnYear(String text, List<int[]> rowCells, List<int[]> headCells, int offset) {
    if (rowCells.size() != headCells.size()) {
      return null;
    }
    for (int k = 1; k < rowCells.size(); k++) {
      if (rowCells.get(k)[0] <= offset && offset < rowCells.get(k)[1]) {
        String cell = text.substring(headCells.get(k)[0], headCells.get(k)[1]);
        return YEAR_CELL.matcher(cell).matches() ? Period.ofYear(Year.parse(cell)) : null;
      }
    }
    return null;
  }

  private static boolean number(String text, int[] cell) {
    return NUMBER_CELL.matcher(text.substring(cell[0], cell[1])).matches();
  }

  /**
   * The figures of the row {@code s}: each of its numbers {@code found} after the label, with the
   * {@code latest} figure's measure, people and sources, and the period a time in the label names
   * ({@code spans}) or the origin of a place it names; a number under a year of the {@code header}
   * is of that year when the label names no time. A number under a header cell that names its
   * measure ("Confirmed dead") is of that measure, with the people, time and sources of the latest
   * figure of it ({@code byMeasure}) when there is one; a number in a column of rates is none.
   */
  public List<Figure> figures(String text, Sentence s, List<QuantityMention> found, List<DatedSpan> spans,
      Figure latest, Map<Measure, Figure> byMeasure, Sentence header) {
    List<Token> t = s.tokens();
    List<int[]> rowCells = cells(text, s.start(), s.end());
    List<int[]> headCells = cells(text, header.start(), header.end());
    int labelEnd = rowCells.get(0)[1];
    int label = 0;
    while (label < t.size() && t.get(label).start < labelEnd) {
      label++;
    }
    Period period = null;
    for (DatedSpan d : spans) {
      if (d.end() <= label) {
        period = d.period();
      }
    }
    SortedSet<Origin> named = places.labelPlaces(t, label);
    List<Figure> out = new ArrayList<>();
    for (QuantityMention q : found) {
      int k = column(rowCells, t.get(q.first()).start);
      boolean rate = k > 0 && (!number(text, rowCells.get(k))
          || headCells.size() == rowCells.size() && rateCell(header, headCells.get(k)));
      if (q.first() >= label && q.unit() == null && !rate) {
        Measure headed = latest.quantity().isMoney() ? null : columnMeasure(header, headCells, rowCells, k);
        // a column headed "Confirmed dead" breaks down the latest count of the dead, not the latest figure
        Figure whole = headed != null && byMeasure.containsKey(headed) ? byMeasure.get(headed) : latest;
        if (whole.quantity().isMoney()) {
          q = q.withUnit(whole.quantity().unit()).withPer(whole.quantity().per()); // a table of amounts
        }
        Period p = period != null ? period : columnYear(text, rowCells, headCells, t.get(q.first()).start);
        out.add(new Figure(q, headed != null ? headed : whole.measure(), named.isEmpty() ? whole.origins() : named,
            !named.isEmpty() || whole.originExplicit(), p != null ? p : whole.period(), whole.chain(),
            whole.chainOwn(),
            null, s.paragraph(), s.start(), s.end(), t.get(q.first()).start, t.get(q.end() - 1).end(),
            whole.noOriginWanted(), whole.ownForceNoun()));
      }
    }
    return out;
  }
}

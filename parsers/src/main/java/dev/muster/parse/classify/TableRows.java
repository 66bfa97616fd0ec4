package dev.muster.parse.classify;

import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.time.DatedSpan;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
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
 * of money, the numbers are amounts of its currency and rate.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableRows {

  private static final Pattern CELL_BREAK = Pattern.compile("\\t+|\\s*\\|\\s*| {2,}");
  private static final Pattern RULE_LINE = Pattern.compile("[\\s|:+=-]*-[\\s|:+=-]*");
  private static final Pattern YEAR_CELL = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern NUMBER_CELL = Pattern.compile("\\d{1,3}(?:[,.\\u00a0]\\d{3})+|\\d+");
  /** How many characters a row label may have. */
  private static final int LABEL_CHARS = 40;

  private final Places places;
  /** Header words of columns that count no people. */
  private final Words notCounted;

  public TableRows(Lexicon lex) {
    this.places = new Places(lex);
    this.notCounted = lex.optionalWords("classify.table-not-counted");
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
   * that are years ("Country    2023    2024"), the first with none.
   */
  public boolean header(String text, Sentence s) {
    List<int[]> c = cells(text, s.start(), s.end());
    if (c.size() < 2) {
      return false;
    }
    for (int k = 0; k < c.size(); k++) {
      String cell = text.substring(c.get(k)[0], c.get(k)[1]);
      if (cell.chars().anyMatch(Character::isDigit) && (k == 0 || !YEAR_CELL.matcher(cell).matches())) {
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

  /** Whether the line {@code s} is a table row: a short label cell (words or a year), then cells of numbers only. */
  public boolean row(String text, Sentence s) {
    List<int[]> c = cells(text, s.start(), s.end());
    if (c.size() < 2 || c.get(0)[1] - c.get(0)[0] > LABEL_CHARS
        || number(text, c.get(0)) && !YEAR_CELL.matcher(text.substring(c.get(0)[0], c.get(0)[1])).matches()) {
      return false;
    }
    for (int k = 1; k < c.size(); k++) {
      if (!number(text, c.get(k))) {
        return false;
      }
    }
    return true;
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
   * is of that year when the label names no time.
   */
  public List<Figure> figures(String text, Sentence s, List<QuantityMention> found, List<DatedSpan> spans,
      Figure latest, Sentence header) {
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
    SortedSet<Origin> origins = latest.origins();
    boolean explicit = latest.originExplicit();
    SortedSet<Origin> named = places.labelPlaces(t, label);
    if (!named.isEmpty()) {
      origins = named;
      explicit = true;
    }
    List<Figure> out = new ArrayList<>();
    for (QuantityMention q : found) {
      if (q.first() >= label && q.unit() == null) {
        if (latest.quantity().isMoney()) {
          q = q.withUnit(latest.quantity().unit()).withPer(latest.quantity().per()); // a table of amounts
        }
        Period p = period != null ? period : columnYear(text, rowCells, headCells, t.get(q.first()).start);
        out.add(new Figure(q, latest.measure(), origins, explicit, p != null ? p : latest.period(), latest.chain(),
            latest.chainOwn(),
            null, s.paragraph(), s.start(), s.end(), t.get(q.first()).start, t.get(q.end() - 1).end(),
            latest.noOriginWanted(), latest.ownForceNoun()));
      }
    }
    return out;
  }
}

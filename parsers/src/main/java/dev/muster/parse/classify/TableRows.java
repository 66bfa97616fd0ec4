package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
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
import java.util.TreeSet;
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
 * gives its numbers that measure. A header of several columns is read column by column: a column
 * whose header names things that are not people, dates or shares ("Tanks", "Valid from", "Share of
 * total") gives no figures while the others do, and its rows may hold any cells there (dates, phone
 * numbers, words); a cell of a counted column may hold a qualified number or a range ("about
 * 2,000", "up to 900,000", "500-800"). A header cell that names a currency ("Signing payment,
 * rubles") makes its column amounts of that currency, and a row labelled as a total restates the
 * whole and gives no figure.
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
  /**
   * A counted column's cell: a number, perhaps after up to three words ("about", "up to", "more
   * than") or as a range ("500-800", "1,000,000–1,500,000", or joined by a short word: "60 or 70",
   * "60 to 70"), perhaps with a word after it ("1.1 million"); or a few words alone, a vague count
   * ("dozens", "several hundred"); not a date, a share or a phone number. The cell must still be
   * one quantity, whole, to give a figure.
   */
  private static final Pattern QUANTITY_CELL = Pattern.compile(
      "(?:\\p{L}+ ){0,3}(?:\\d{1,3}(?:[,\\u00a0]\\d{3})+|\\d+|\\d+\\.\\d+(?= \\p{L}))"
          + "(?:(?: ?[-\\u2013] ?| \\p{L}{1,3} )(?:\\d{1,3}(?:[,\\u00a0]\\d{3})+|\\d+|\\d+\\.\\d+(?= \\p{L})))?"
          + "(?: \\p{L}+)?|\\p{L}+(?: \\p{L}+){0,3}");
  /** A whole number anywhere in a cell: "14,000" in "about 14,000". */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
  /**
   * A footnote's mark after a row's label: "India*", "Nepal\u2020", "Kenya (a)", "Chad [2]"; the
   * mark is group 1.
   */
  private static final Pattern LABEL_MARK = Pattern.compile(
      ".*?[\\p{L}.)]\\s*(\\*{1,3}|[\\u2020\\u2021\\u00a7]{1,2}|\\((?:\\p{Ll}|\\d{1,2})\\)|\\[(?:\\p{Ll}|\\d{1,2})\\])");
  /** How many characters a row label may have. */
  private static final int LABEL_CHARS = 40;

  private final Lexicon lex;
  private final Places places;
  /** Header words of columns that count no people. */
  private final Words notCounted;
  /** Header words of a column of rates beside the counts ("Per 10,000 men", "Deaths per 1,000"). */
  private final Words rateWords;
  /** Header words of a column that names who gives each row's figures ("Source", "Figure from"). */
  private final Words sourceHeaders;
  /** Header words of a column of amounts ("Payments to the families of the dead", "Bonus"): money under money. */
  private final Words payHeaders;
  /** Row labels that restate the whole a table breaks down ("Total", "All"). */
  private final Words totalLabels;

  public TableRows(Lexicon lex) {
    this.lex = lex;
    this.places = new Places(lex);
    this.notCounted = lex.optionalWords("classify.table-not-counted");
    this.rateWords = lex.optionalWords("classify.table-rate-words");
    this.totalLabels = lex.optionalWords("classify.table-total-labels");
    this.payHeaders = lex.optionalWords("classify.pay-subjects");
    this.sourceHeaders = lex.optionalWords("classify.table-source-headers");
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
    boolean things = false;
    for (int k = 1; k < c.size(); k++) {
      if (counted(s, c.get(k))) {
        return true;
      }
      int[] w = cellTokens(s, c.get(k));
      things |= notCounted.anyIn(s.tokens(), w[0], w[1]);
    }
    return !things; // "Per 10,000 men" alone still heads its column, which gives no figure
  }

  /**
   * Whether the line {@code s}, which reads like a header (words only), is a row of the table under
   * {@code header}: it has as many cells (three or more), and a cell after its label is one of the
   * line's quantities {@code found}, whole ("Sierra Leone | dozens | not known", "Benin | several
   * hundred | 4"); not "Region | Killed | Wounded", a second header, which holds no count.
   */
  public boolean wordCountRow(String text, Sentence s, Sentence header, List<QuantityMention> found) {
    if (header == null || found.isEmpty()) {
      return false;
    }
    List<int[]> c = cells(text, s.start(), s.end());
    if (c.size() < 3 || c.size() != cells(text, header.start(), header.end()).size()) {
      return false;
    }
    List<Token> t = s.tokens();
    for (QuantityMention q : found) {
      int k = column(c, t.get(q.first()).start);
      if (k > 0 && t.get(q.first()).start == c.get(k)[0] && t.get(q.end() - 1).end() == c.get(k)[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the header {@code header} of three cells or more names a currency over one of its
   * columns ("Signing payment, rubles"): its table says what it counts with no figure before it.
   */
  public boolean namesAmounts(String text, Sentence header) {
    if (header == null) {
      return false;
    }
    List<int[]> c = cells(text, header.start(), header.end());
    for (int k = 1; k < c.size() && c.size() > 2; k++) {
      if (counted(header, c.get(k)) && columnCurrency(header, c.get(k)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the header cell {@code cell} of {@code s} heads a column that may count people or
   * money: no word of a column of things, dates or shares ("Tanks", "Valid from", "Share") and no rate.
   */
  private boolean counted(Sentence s, int[] cell) {
    int[] w = cellTokens(s, cell);
    return !notCounted.anyIn(s.tokens(), w[0], w[1]) && !rateWords.anyIn(s.tokens(), w[0], w[1]);
  }

  /**
   * The footnote's mark after the label of the row {@code s} ("*" of "India*", "(a)" of "Kenya
   * (a)"), or null when its label carries none.
   */
  public String labelMark(String text, Sentence s) {
    List<int[]> c = cells(text, s.start(), s.end());
    if (c.isEmpty()) {
      return null;
    }
    Matcher m = LABEL_MARK.matcher(text.substring(c.get(0)[0], c.get(0)[1]));
    return m.matches() ? m.group(1) : null;
  }

  /** Whether the line {@code s} is cut into two cells or more, as a table's lines are. */
  public static boolean tableLine(String text, Sentence s) {
    return cells(text, s.start(), s.end()).size() > 1;
  }

  /**
   * Whether the sentence {@code s} opens a footnote line marked {@code mark}: the first on its
   * line, which starts with the mark and then a space ("* India's figures were given in ...").
   */
  public static boolean footnote(String text, Sentence s, String mark) {
    int line = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
    line = s.start() == 0 ? 0 : line;
    String before = text.substring(line, s.start()).strip();
    if (!before.isEmpty() && !before.equals(mark)) {
      return false; // not the first sentence of its line
    }
    String rest = text.substring(line, s.end()).stripLeading();
    return rest.startsWith(mark) && rest.length() > mark.length()
        && Character.isWhitespace(rest.charAt(mark.length()));
  }

  /** Whether the line {@code s} is a rule between a header and its rows: "|---|---|", "-----  -----". */
  public boolean rule(String text, Sentence s) {
    return RULE_LINE.matcher(text.substring(s.start(), s.end())).matches();
  }

  /**
   * Whether the line {@code s} is a table row: a short label cell (words or a year), then cells of
   * numbers only, whole ones or a rate's decimals ("6,412    21.4").
   */
  public boolean row(String text, Sentence s, Sentence header) {
    List<int[]> c = cells(text, s.start(), s.end());
    if (c.size() < 2 || c.get(0)[1] - c.get(0)[0] > LABEL_CHARS
        || number(text, c.get(0)) && !YEAR_CELL.matcher(text.substring(c.get(0)[0], c.get(0)[1])).matches()) {
      return false;
    }
    List<int[]> h = header == null ? List.of() : cells(text, header.start(), header.end());
    if (h.size() == c.size() && h.size() > 2) {
      return true; // under a header of as many cells: any cells ("paused", "12.01.2026"), read by column
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

  /**
   * The tokens of the row {@code s} in the column whose cell of {@code header} names who gives the
   * figures ("Source", "Figure from"), when the two have as many cells (three or more); empty when none.
   */
  public List<Token> sourceCell(String text, Sentence s, Sentence header) {
    List<int[]> rowCells = cells(text, s.start(), s.end());
    List<int[]> headCells = cells(text, header.start(), header.end());
    if (rowCells.size() != headCells.size() || rowCells.size() < 3) {
      return List.of();
    }
    for (int k = 1; k < headCells.size(); k++) {
      int[] w = cellTokens(header, headCells.get(k));
      if (sourceHeaders.anyIn(header.tokens(), w[0], w[1])) {
        int[] r = cellTokens(s, rowCells.get(k));
        return s.tokens().subList(r[0], r[1]);
      }
    }
    return List.of();
  }

  /**
   * The largest number in column {@code k} of the rows under {@code header} (the lines after it
   * with as many cells, rules between them skipped), 0 when none.
   */
  private static long columnMost(String text, Sentence header, int k) {
    int width = cells(text, header.start(), header.end()).size();
    long most = 0;
    int from = text.indexOf('\n', header.end());
    while (from >= 0 && from + 1 < text.length()) {
      int end = text.indexOf('\n', from + 1);
      end = end < 0 ? text.length() : end;
      List<int[]> c = cells(text, from + 1, end);
      String line = text.substring(from + 1, end);
      if (c.size() != width && !RULE_LINE.matcher(line).matches()) {
        break;
      }
      if (c.size() == width) {
        Matcher m = NUMBER.matcher(text.substring(c.get(k)[0], c.get(k)[1]));
        while (m.find()) {
          most = Math.max(most, Long.parseLong(m.group().replaceAll("[^0-9]", "")));
        }
      }
      from = end < text.length() ? end : -1;
    }
    return most;
  }

  /** The measure a noun of people in the header cell {@code cell} gives ("Fighters"), or null. */
  private Measure columnNoun(Sentence header, int[] cell) {
    int[] w = cellTokens(header, cell);
    for (int i = w[0]; i < w[1]; i++) {
      PhraseIndex.Match<Lexicon.Noun> m = lex.nouns.longest(header.tokens(), i, w[1]);
      if (m != null && m.value.isPeople() && m.value.measure != null) {
        return m.value.measure;
      }
    }
    return null;
  }

  /** The latest figure of people in {@code byMeasure} of at least {@code most}, or {@code otherwise}. */
  private static Figure larger(Map<Measure, Figure> byMeasure, long most, Figure otherwise) {
    Figure out = null;
    for (Figure f : byMeasure.values()) {
      if (!f.quantity().isMoney() && f.low() != null && f.low().longValue() >= most
          && (out == null || f.sentenceStart() > out.sentenceStart())) {
        out = f;
      }
    }
    return out != null ? out : otherwise;
  }

  /** The currency the header cell {@code cell} names ("Signing payment, rubles"), or null. */
  private Lexicon.Money columnCurrency(Sentence header, int[] cell) {
    int[] w = cellTokens(header, cell);
    for (int i = w[0]; i < w[1]; i++) {
      PhraseIndex.Match<Lexicon.Money> m = lex.money.longest(header.tokens(), i, w[1]);
      if (m != null) {
        return m.value;
      }
    }
    return null;
  }

  /** The rate the header cell {@code cell} names ("Monthly pay"), or null for a total. */
  private Per columnRate(Sentence header, int[] cell) {
    int[] w = cellTokens(header, cell);
    for (int i = w[0]; i < w[1]; i++) {
      PhraseIndex.Match<Lexicon.Rate> m = lex.rates.longest(header.tokens(), i, w[1]);
      if (m != null) {
        return m.value.per;
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
   * Under a header of as many cells (three or more), only the whole cells of a quantity in columns
   * that count are read, a column whose header names a currency gives amounts of it, and a number
   * whose row and header name no time has the time {@code noted} before the table (may be null).
   * With no figure before the table ({@code latest} null) only the columns of amounts are read.
   */
  public List<Figure> figures(String text, Sentence s, List<QuantityMention> found, List<DatedSpan> spans,
      Figure latest, Map<Measure, Figure> byMeasure, Sentence header, Period noted) {
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
    int placeEnd = label;
    Matcher marked = LABEL_MARK.matcher(text.substring(rowCells.get(0)[0], labelEnd));
    if (marked.matches()) {
      while (placeEnd > 1 && t.get(placeEnd - 1).start >= rowCells.get(0)[0] + marked.start(1)) {
        placeEnd--; // "Kenya (a)": the place before a footnote's mark
      }
    }
    while (placeEnd > 1 && !t.get(placeEnd - 1).isWord() && !t.get(placeEnd - 1).is(")")) {
      placeEnd--; // "India*": the place before a footnote's mark
    }
    SortedSet<Origin> named = places.labelPlaces(t, placeEnd);
    List<Figure> out = new ArrayList<>();
    boolean byColumn = headCells.size() == rowCells.size() && headCells.size() > 2;
    if (byColumn && totalLabels.anyIn(t, 0, label)) {
      return List.of(); // "Total | 4,300 | 100%": the whole again
    }
    for (QuantityMention q : found) {
      int k = column(rowCells, t.get(q.first()).start);
      boolean rate = k > 0 && (!number(text, rowCells.get(k))
          || headCells.size() == rowCells.size() && rateCell(header, headCells.get(k)));
      if (byColumn && k > 0) {
        // a cell of a column that counts, all of it one quantity: "about 2,000", "500-800"
        int[] cell = rowCells.get(k);
        rate = !counted(header, headCells.get(k))
            || !QUANTITY_CELL.matcher(text.substring(cell[0], cell[1])).matches()
            || t.get(q.first()).start != cell[0] || t.get(q.end() - 1).end() != cell[1];
      }
      Lexicon.Money money = byColumn && k > 0 ? columnCurrency(header, headCells.get(k)) : null;
      if (q.first() >= label && q.unit() == null && !rate && latest == null) {
        if (money != null) { // "Signing payment, rubles" over a table with no figure before it
          Period p = period != null ? period : noted;
          out.add(new Figure(q.withUnit(money.currency).withPer(columnRate(header, headCells.get(k))), Measure.PAYMENT, new TreeSet<>(), false, p,
              List.of(), false, null, s.paragraph(), s.start(), s.end(), t.get(q.first()).start,
              t.get(q.end() - 1).end(), true, false));
        }
      } else if (q.first() >= label && q.unit() == null && !rate) {
        // a header cell that names its measure ("Signed contracts", "Killed") counts people even
        // under an amount of money; one that names none under an amount is an amount of it
        Measure headed = money != null ? Measure.PAYMENT : columnMeasure(header, headCells, rowCells, k);
        boolean headedPeople = headed != null && headed != Measure.PAYMENT && latest.quantity().isMoney();
        if (headedPeople && k > 0 && k < headCells.size()) {
          int[] w = cellTokens(header, headCells.get(k));
          if (payHeaders.anyIn(header.tokens(), w[0], w[1])) {
            headed = null; // "Payments to families of the dead" under an amount: amounts, not the dead
            headedPeople = false;
          }
        }
        // a column headed "Confirmed dead" breaks down the latest count of the dead, not the latest figure
        Figure whole = headed != null && byMeasure.containsKey(headed) ? byMeasure.get(headed) : latest;
        if (byColumn && headed == null && !latest.quantity().isMoney()) {
          // a column with more than the latest figure breaks down no part of it: a larger figure
          // before, or what the header's noun counts ("Fighters")
          long most = columnMost(text, header, k);
          if (latest.low() == null || latest.low().longValue() < most) {
            headed = columnNoun(header, headCells.get(k));
            whole = headed != null && byMeasure.containsKey(headed) ? byMeasure.get(headed)
                : headed != null ? latest : larger(byMeasure, most, latest);
          }
        }
        SortedSet<Origin> origins = named.isEmpty() ? whole.origins() : named;
        boolean explicit = !named.isEmpty() || whole.originExplicit();
        if (money != null) {
          // "Signing payment, rubles", "Monthly pay, roubles": amounts of that currency, at the rate it names
          q = q.withUnit(money.currency).withPer(columnRate(header, headCells.get(k)));
          origins = whole.quantity().isMoney() ? whole.origins() : new TreeSet<>();
          explicit = whole.quantity().isMoney() && whole.originExplicit();
        } else if (whole.quantity().isMoney() && headedPeople) {
          origins = named; // the people of an amount's table are only those its row names
          explicit = !named.isEmpty();
        } else if (whole.quantity().isMoney()) {
          q = q.withUnit(whole.quantity().unit()).withPer(whole.quantity().per()); // a table of amounts
        }
        Period p = period != null ? period : columnYear(text, rowCells, headCells, t.get(q.first()).start);
        p = p != null ? p : noted;
        out.add(new Figure(q, headed != null ? headed : whole.measure(), origins,
            explicit, p != null ? p : whole.period(), whole.chain(),
            whole.chainOwn(),
            null, s.paragraph(), s.start(), s.end(), t.get(q.first()).start, t.get(q.end() - 1).end(),
            whole.noOriginWanted(), whole.ownForceNoun()));
      }
    }
    return out;
  }
}

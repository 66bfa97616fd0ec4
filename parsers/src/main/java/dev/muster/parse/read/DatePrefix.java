package dev.muster.parse.read;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional date prefix at the very start of a document: {@code " date YYYY-MM-DD "} or {@code "
 * date YYYY-MM"} (that month's last day), immediately followed by the article text.
 *
 * <p>Tolerated: no leading space, several spaces or tabs, a line break right after the date, and
 * the word "Date" in another case when a digit follows. A lowercase {@code date} followed by a
 * token that is not a valid date ({@code " date 2025-13-45"}, {@code " date tomorrow"}) is a date
 * prefix without a date: {@link #published()} is empty, {@link #problem()} is a {@link
 * ProblemKind#BAD_DATE_LINE}, and the body starts after the token.
 *
 * <p>Immutable and thread-safe.
 */
final class DatePrefix {

  /** The longest token taken as a (bad) date. */
  private static final int LONGEST_TOKEN = 40;

  private static final Pattern KEYWORD = Pattern.compile("[ \\t]*(?i:(date))[ \\t]+");
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?![\\d-])");
  private static final Pattern TOKEN = Pattern.compile("\\S{1," + LONGEST_TOKEN + "}");
  private static final Pattern TAIL = Pattern.compile("[ \\t]*(?:\\r\\n|\\r|\\n)?");

  private static final DatePrefix NONE = new DatePrefix(Optional.empty(), 0, Optional.empty());

  private final Optional<LocalDate> published;
  private final int bodyStart;
  private final Optional<Problem> problem;

  private DatePrefix(Optional<LocalDate> published, int bodyStart, Optional<Problem> problem) {
    this.published = published;
    this.bodyStart = bodyStart;
    this.problem = problem;
  }

  /** Reads the date prefix at the start of {@code text}, if there is one. */
  static DatePrefix read(String documentId, String text) {
    Matcher m = KEYWORD.matcher(text);
    if (!m.lookingAt()) {
      return NONE;
    }
    boolean lowercase = m.group(1).equals("date");
    int tokenStart = m.end();
    Matcher d = DATE.matcher(text).region(tokenStart, text.length());
    if (d.lookingAt()) {
      int body = skipTail(text, d.end());
      try {
        int year = Integer.parseInt(d.group(1));
        int month = Integer.parseInt(d.group(2));
        LocalDate date =
            d.group(3) == null
                ? YearMonth.of(year, month).atEndOfMonth()
                : LocalDate.of(year, month, Integer.parseInt(d.group(3)));
        return new DatePrefix(Optional.of(date), body, Optional.empty());
      } catch (DateTimeException e) {
        return bad(documentId, text, m.start(1), tokenStart, d.end(), body, e.getMessage());
      }
    }
    Matcher t = TOKEN.matcher(text).region(tokenStart, text.length());
    if (!lowercase || !t.lookingAt()) {
      return NONE;
    }
    return bad(
        documentId, text, m.start(1), tokenStart, t.end(), skipTail(text, t.end()), "not a date");
  }

  private static DatePrefix bad(
      String documentId,
      String text,
      int keywordStart,
      int tokenStart,
      int tokenEnd,
      int body,
      String why) {
    String message =
        "document '"
            + documentId
            + "', offset "
            + tokenStart
            + ": date prefix '"
            + Excerpt.of(text, keywordStart, tokenEnd)
            + "' has no valid date ("
            + why
            + "); expected ' date YYYY-MM-DD ' or ' date YYYY-MM'; read with no publication date";
    return new DatePrefix(
        Optional.empty(),
        body,
        Optional.of(Problem.at(documentId, tokenStart, ProblemKind.BAD_DATE_LINE, message)));
  }

  private static int skipTail(String text, int from) {
    Matcher m = TAIL.matcher(text).region(from, text.length());
    return m.lookingAt() ? m.end() : from;
  }

  /** Returns the publication date, when the prefix has a valid one. */
  Optional<LocalDate> published() {
    return published;
  }

  /** Returns the offset where the article text starts: 0 when there is no prefix. */
  int bodyStart() {
    return bodyStart;
  }

  /** Returns the problem with the prefix, when it has no valid date. */
  Optional<Problem> problem() {
    return problem;
  }
}

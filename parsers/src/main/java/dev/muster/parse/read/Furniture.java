package dev.muster.parse.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds page furniture by line-based rules: text a web page carries around an article that is not
 * the article's claim and must not be extracted from.
 *
 * <p>A line is the text between line breaks ({@code \n}, {@code \r\n}, lone {@code \r}); a
 * <em>headline-like</em> line is non-blank, at most {@value #LONGEST_HEADLINE} characters long
 * without surrounding spaces, and does not end with a full stop; the <em>tail</em> of a document is
 * its last 40% (of the characters after the date prefix). Lines longer than {@value
 * #LONGEST_RULE_LINE} characters are never furniture. The rules:
 *
 * <ol>
 *   <li><b>Related block</b> ({@link RangeKind#RELATED_BLOCK}): a line that is only a header such
 *       as "Recent Posts", "Related", "Related articles", "More from X" (X up to six capitalised
 *       words, "the", "of", "and"), "Most read", "Recommended", "Recommended Videos", "You may also
 *       like", "Top stories". In the tail the block runs to the end of the document. Elsewhere it
 *       runs over the following blank, headline-like, "N days ago" and other furniture lines, and
 *       stops before the first line that is none of these (a clear article paragraph).
 *   <li><b>Appeal block</b> ({@link RangeKind#SUBSCRIPTION}): a line starting "Dear reader(s)" or
 *       "Dear friends", or a line that is only "A Message from X" (no digit, no sentence
 *       punctuation). In the tail it runs to the end of the document; elsewhere to the end of its
 *       paragraph (the next blank line).
 *   <li><b>Link line</b> ({@link RangeKind#READ_ALSO}): a line starting "Read also", "Also read",
 *       "Read more", "See also", "Watch more", "More on this story", or "Related", "Watch",
 *       "Listen" followed by {@code :} or {@code |}, or by a dash between spaces. A link line that
 *       is only the header, with nothing after it, heads a block like a related block outside the
 *       tail.
 *   <li><b>Time ago</b> ({@link RangeKind#TIME_AGO}): a line that is only "4 days ago", "an hour
 *       ago", "Updated 2 hours ago"; and the headline-like line just above it (blank lines between
 *       allowed), unless that is the first line of the body (the article's own title).
 *   <li><b>Author bio</b> ({@link RangeKind#AUTHOR_BIO}): a line that starts "My passion for
 *       journalism", or that reads "Firstname Lastname is a ... reporter" (or journalist,
 *       correspondent, editor, assistant, fellow, analyst, writer, producer, contributor,
 *       researcher, photographer, intern, columnist), or "He/She is a ... reporter", when it
 *       follows a line that is just a name (2 to 4 capitalised words, the name line is excluded
 *       too), or lies in the tail and states no number other than a four-digit year.
 *   <li><b>Subscription</b> ({@link RangeKind#SUBSCRIPTION}): a line starting "Follow us", "Follow
 *       X on Telegram/X/Facebook/...", "Subscribe", "Sign up for/to", "Stay updated", "Stay
 *       informed", "Get the latest", "Join our", "Support our work", "Support independent
 *       journalism", "Donate", "Become a member", "Newsletter".
 *   <li><b>Boilerplate</b> ({@link RangeKind#BOILERPLATE}): a line starting "Copyright", "©", "Skip
 *       to main content", "Skip to content", "Share this", "Share on", "Share:", "Tags:",
 *       "Topics:", "Filed under", "Click here", or a line that is only "Advertisement"; a line of
 *       at most 400 characters containing "All rights reserved" or a cookie notice ("we use
 *       cookies", "this site uses cookies", "accept cookies", "cookie policy").
 *   <li><b>Byline</b> ({@link RangeKind#BYLINE}): a line "By Name", "By Name and Name", "Words by
 *       Name" (capitalised words, "and", commas; no digit; at most 80 characters), or a line
 *       starting "Published", "Updated", "Posted" or "Last updated" followed by a date or time:
 *       digits, capitalised words (months, zones), "at", "on", "am", "pm", commas.
 *   <li><b>Ticker</b> ({@link RangeKind#TICKER}): a line that is a symbol, a price, an optional
 *       "Increased By"/"Decreased By" and arrow, a change and a percentage in brackets, as in
 *       {@code ABCD 46.25 Increased By ▲ 0.50 (1.09%)}.
 *   <li><b>Image credit</b> ({@link RangeKind#IMAGE_CREDIT}): a line "Photo:", "Image:",
 *       "Picture:", "Credit:", "Photo by", ... followed by at most sixteen words or separators, no
 *       digit, each capitalised or one of "via", "and", "of", "the", "for", "by", "/", as in
 *       "Photo: Reuters/Maxim Shemetov". A caption that states something ("Photo: Officials say
 *       about 98,000 Russians have crossed into Kazakhstan") is part of the article.
 *   <li><b>About the author</b> ({@link RangeKind#AUTHOR_BIO}): a line that is only "About the
 *       author" (or writer, authors) and the paragraph after it; a line starting "About the
 *       author:" with the bio after the colon.
 * </ol>
 *
 * <p>The rules' words and expressions are the language's ({@code lexicon/en/furniture.tsv}, loaded
 * as {@link FurnitureRules}); the structure above (blocks, tails, name lines) is this class's.
 *
 * <p>Ranges run from the start of the first line to the end of the content of the last non-blank
 * line of the furniture; line terminators after it are not included. The result is sorted, and
 * overlapping ranges are merged (the first one's kind is kept).
 */
final class Furniture {

  /** The longest line a furniture rule looks at. */
  static final int LONGEST_RULE_LINE = 1000;

  /** The longest line still taken as a headline in a related block, or as a title. */
  static final int LONGEST_HEADLINE = 200;

  /** Where the tail of a document starts, as a share of the body. */
  private static final double TAIL_FROM = 0.6;

  private static final Pattern NAME_LINE =
      Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]+(?: \\p{Lu}[\\p{L}'’.\\-]*){1,3}");

  /** A number that is not a four-digit year: a bio in the tail must not state one. */
  private static final Pattern FIGURE =
      Pattern.compile("(?<![\\d,.])(?!(?:19|20)\\d\\d(?![\\d,.]\\d))\\d[\\d,.]*");

  private static final int LONGEST_BOILERPLATE = 400;
  private static final int LONGEST_BYLINE = 80;

  private final FurnitureRules rules;
  private final String text;
  private final LineIndex lines;
  private final int tailStart;
  private final int firstBodyLine;
  private final List<TextRange> found = new ArrayList<>();

  private Furniture(FurnitureRules rules, String text, LineIndex lines, int bodyStart) {
    this.rules = rules;
    this.text = text;
    this.lines = lines;
    this.tailStart = bodyStart + (int) Math.ceil((text.length() - bodyStart) * TAIL_FROM);
    int first = 0;
    while (first < lines.count() && lines.isBlank(first)) {
      first++;
    }
    this.firstBodyLine = first;
  }

  /**
   * Returns the furniture of {@code text} in the lines of {@code lines}, sorted and merged.
   *
   * @param bodyStart where the article text starts (after the date prefix)
   */
  static List<TextRange> find(String text, LineIndex lines, int bodyStart) {
    Furniture f = new Furniture(FurnitureRules.ENGLISH, text, lines, bodyStart);
    f.scan();
    return merge(f.found);
  }

  private void scan() {
    int i = 0;
    while (i < lines.count()) {
      i = visit(i) + 1;
    }
  }

  /** Applies the rules to line {@code i}; returns the last line the furniture covers. */
  private int visit(int i) {
    if (lines.isBlank(i) || lines.trimmedLength(i) > LONGEST_RULE_LINE) {
      return i;
    }
    String t = lines.trimmed(i);
    boolean inTail = lines.start(i) >= tailStart;
    if (rules.relatedHeader.matches(t)) {
      int last = inTail ? lastNonBlank() : headlineBlockEnd(i);
      add(i, last, RangeKind.RELATED_BLOCK);
      return last;
    }
    if (rules.dearReaders.lookingAt(t) || rules.messageFrom.matches(t)) {
      int last = inTail ? lastNonBlank() : paragraphEnd(i);
      add(i, last, RangeKind.SUBSCRIPTION);
      return last;
    }
    if (rules.linkHeaderOnly.matches(t)) {
      int last = headlineBlockEnd(i);
      add(i, last, RangeKind.READ_ALSO);
      return last;
    }
    if (rules.aboutAuthor.lookingAt(t)) {
      // "About the author" alone heads the next paragraph; "About the author: X has ..." is one line
      int last = rules.aboutAuthor.matches(t) ? paragraphEnd(nextNonBlank(i)) : i;
      add(i, last, RangeKind.AUTHOR_BIO);
      return last;
    }
    if (rules.bio.lookingAt(t)) {
      int prev = previousNonBlank(i);
      boolean afterName = prev >= 0 && isNameLine(prev) && !isCovered(prev);
      boolean tailBio = inTail && !FIGURE.matcher(t).find();
      if (afterName || tailBio || rules.passion.matcher(t).lookingAt()) {
        add(afterName ? prev : i, i, RangeKind.AUTHOR_BIO);
      }
      return i;
    }
    if (rules.timeAgo.matches(t)) {
      int prev = previousNonBlank(i);
      boolean headline = prev > firstBodyLine && isHeadlineLike(prev) && !isCovered(prev);
      add(headline ? prev : i, i, RangeKind.TIME_AGO);
      return i;
    }
    RangeKind kind = lineKind(t);
    if (kind != null) {
      add(i, i, kind);
    }
    return i;
  }

  /** Furniture lines are short; an article paragraph longer than this is never one. */
  private static final int LONGEST_FURNITURE_LINE = 300;

  /** Returns the kind of a single furniture line, or null when it is not one. */
  private RangeKind lineKind(String t) {
    if (t.length() > LONGEST_FURNITURE_LINE) {
      return null;
    }
    if (rules.linkLine.lookingAt(t)) {
      return RangeKind.READ_ALSO;
    }
    if (rules.subscription.lookingAt(t)) {
      return RangeKind.SUBSCRIPTION;
    }
    if (rules.boilerplateStart.lookingAt(t)
        || (t.length() <= LONGEST_BOILERPLATE && rules.mayBeBoilerplate(t) && rules.boilerplateAnywhere.matcher(t).find())) {
      return RangeKind.BOILERPLATE;
    }
    if (t.length() <= LONGEST_BYLINE
        && ((rules.byline.matches(t) && t.chars().noneMatch(Character::isDigit))
            || rules.published.matches(t))) {
      return RangeKind.BYLINE;
    }
    if (rules.ticker.matches(t)) {
      return RangeKind.TICKER;
    }
    if (rules.credit.matches(t) && t.chars().noneMatch(Character::isDigit)) {
      return RangeKind.IMAGE_CREDIT;
    }
    return null;
  }

  private boolean isNameLine(int i) {
    return lines.trimmedLength(i) <= 40 && NAME_LINE.matcher(lines.trimmed(i)).matches();
  }

  private boolean isHeadlineLike(int i) {
    int len = lines.trimmedLength(i);
    if (len == 0 || len > LONGEST_HEADLINE) {
      return false;
    }
    return !endsSentence(text, lines.trimmedStart(i), lines.trimmedEnd(i));
  }

  /** Returns whether {@code text[start, end)} ends with a full stop, perhaps before a quote. */
  static boolean endsSentence(String text, int start, int end) {
    int e = end;
    while (e > start && "\"'”’»)".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e > start && text.charAt(e - 1) == '.';
  }

  /** Returns the last line of a block of headlines, time-ago lines and furniture after line h. */
  private int headlineBlockEnd(int h) {
    int last = h;
    for (int j = h + 1; j < lines.count(); j++) {
      if (lines.isBlank(j)) {
        continue;
      }
      if (lines.trimmedLength(j) > LONGEST_RULE_LINE) {
        break;
      }
      String t = lines.trimmed(j);
      if (isHeadlineLike(j) || rules.timeAgo.matches(t) || lineKind(t) != null) {
        last = j;
      } else {
        break;
      }
    }
    return last;
  }

  /** Returns the last line of the paragraph (run of non-blank lines) that line p starts. */
  private int paragraphEnd(int p) {
    int last = p;
    while (last + 1 < lines.count() && !lines.isBlank(last + 1)) {
      last++;
    }
    return last;
  }

  private int lastNonBlank() {
    int last = lines.count() - 1;
    while (last > 0 && lines.isBlank(last)) {
      last--;
    }
    return last;
  }

  /** The first non-blank line after {@code i}, or {@code i} when there is none. */
  private int nextNonBlank(int i) {
    for (int j = i + 1; j < lines.count(); j++) {
      if (!lines.isBlank(j)) {
        return j;
      }
    }
    return i;
  }

  private int previousNonBlank(int i) {
    int j = i - 1;
    while (j >= 0 && lines.isBlank(j)) {
      j--;
    }
    return j;
  }

  /** Returns whether line {@code line} is already furniture; ranges are found in line order. */
  private boolean isCovered(int line) {
    return !found.isEmpty() && found.get(found.size() - 1).contains(lines.start(line));
  }

  private void add(int firstLine, int lastLine, RangeKind kind) {
    found.add(TextRange.of(lines.start(firstLine), lines.trimmedEnd(lastLine), kind));
  }

  /** Sorts ranges and merges overlapping ones, keeping the first one's kind. */
  static List<TextRange> merge(List<TextRange> ranges) {
    List<TextRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
    List<TextRange> out = new ArrayList<>();
    for (TextRange r : sorted) {
      TextRange last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r.start() < last.end()) {
        out.set(
            out.size() - 1, TextRange.of(last.start(), Math.max(last.end(), r.end()), last.kind()));
      } else {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }
}

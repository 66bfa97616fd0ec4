package dev.muster.parse.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
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
 * </ol>
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

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** The single letters, as beginnings of a rule whose match starts with any capital. */
  private static final List<String> LETTERS =
      "abcdefghijklmnopqrstuvwxyz".chars().mapToObj(c -> String.valueOf((char) c)).toList();

  private static final String END_PUNCT = "[\\s:»›>→|.\\-–—]*";

  private static final Rule RELATED_HEADER = new Rule(
      Pattern.compile(
          "(?:recent (?:posts|articles|stories|news)|related|related (?:articles?|stories|news"
              + "|posts|content|coverage|topics|reading|links)"
              + "|more from (?:(?:\\p{Lu}[\\p{L}'’&.\\-]*+|the|of|and)\\s*){1,6}"
              + "|most (?:read|popular|viewed|shared)|recommended(?: (?:videos?|stories|articles"
              + "|reading|for you))?|you (?:may|might) also like|more (?:stories|news|videos)"
              + "|latest (?:news|stories|posts|articles)|top stories|popular (?:posts|stories)"
              + "|trending(?: now)?)"
              + END_PUNCT,
          FLAGS), "recent ", "related", "more ", "most ", "recommended", "you m", "latest ", "top stories",
      "popular ", "trending");
  private static final Rule DEAR_READERS = new Rule(
      Pattern.compile("dear (?:readers?|friends)\\b", FLAGS), "dear ");
  private static final Rule MESSAGE_FROM = new Rule(
      Pattern.compile("a message from\\b[^.!?\\d]{0,60}", FLAGS), "a message from");
  private static final Rule LINK_HEADER_ONLY = new Rule(
      Pattern.compile(
          "(?:read also|also read|read more|see also|watch more|more on this(?: story)?)"
              + END_PUNCT,
          FLAGS), "read ", "also read", "see also", "watch more", "more on this");
  private static final Rule LINK_LINE = new Rule(
      Pattern.compile(
          "(?:(?:read also|also read|read more|see also|watch more|more on this(?: story)?)\\b"
              + "|(?:related|watch|listen)(?:\\s*[:|]|\\s+[\\-–—]\\s))",
          FLAGS), "read ", "also read", "see also", "watch", "more on this", "related", "listen");
  private static final Rule TIME_AGO = new Rule(
      Pattern.compile(
          "(?:(?:updated|published|posted)\\s+)?(?:\\d{1,3}|an?|one|two|three|four|five|six"
              + "|seven|eight|nine|ten|eleven|twelve)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?"
              + "|hours?|days?|weeks?|months?|years?|yrs?)\\s+ago\\.?\\z",
          FLAGS), List.of("updated", "published", "posted", "a", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
      Furniture::endsWithAgo);
  private static final Pattern NAME_LINE =
      Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]+(?: \\p{Lu}[\\p{L}'’.\\-]*){1,3}");
  static final Rule BIO = new Rule(
      Pattern.compile(
          "(?:My passion for journalism|(?:(?:\\p{Lu}[\\p{L}'’\\-]+ ){1,4}|(?:He|She|They) )"
              + "(?:is|was|has been|works as) (?:an?|the) [^\\n]{0,80}?\\b(?:reporter|journalist"
              + "|correspondent|editor|assistant|fellow|analyst|writer|producer|contributor"
              + "|researcher|photographer|intern|columnist)s?\\b)"),
      LETTERS, Furniture::mayBeBio);

  /** A number that is not a four-digit year: a bio in the tail must not state one. */
  private static final Pattern FIGURE =
      Pattern.compile("(?<![\\d,.])(?!(?:19|20)\\d\\d(?![\\d,.]\\d))\\d[\\d,.]*");

  private static final Pattern PASSION = Pattern.compile("My passion for journalism");
  private static final Rule SUBSCRIPTION = new Rule(
      Pattern.compile(
          "(?:follow (?:us\\b|@\\S+|[\\p{L}\\p{N} .&'’\\-]{1,40}? on"
              + " (?:twitter|x|facebook|telegram|instagram|youtube|linkedin|tiktok|whatsapp|google"
              + " news|threads|bluesky)\\b)|subscribe\\b|sign up (?:for|to|now|here)\\b|stay"
              + " (?:updated|informed|up to date)\\b|get (?:the latest|our newsletter)\\b|join"
              + " (?:us on|our)\\b|support (?:our|independent)"
              + " (?:work|journalism|reporting)\\b|donate\\b|become a"
              + " (?:member|patron|subscriber)\\b|newsletter\\b)",
          FLAGS), "follow ", "subscribe", "sign up ", "stay ", "get ", "join ", "support ", "donate", "become a ",
      "newsletter");
  private static final Rule BOILERPLATE_START = new Rule(
      Pattern.compile(
          "(?:copyright\\b|©|skip to (?:main )?content\\b|share (?:this|on)\\b|share\\s*:"
              + "|tags?\\s*:|topics\\s*:|filed under\\b|click here\\b|advertisement\\s*$)",
          FLAGS), "copyright", "\u00a9", "skip to ", "share", "tag", "topics", "filed under", "click here", "advertisement");
  static final Pattern BOILERPLATE_ANYWHERE =
      Pattern.compile(
          "(?:all rights reserved|we use cookies|this (?:web)?site uses cookies"
              + "|accept (?:all )?cookies|cookie (?:policy|settings|preferences))",
          FLAGS);
  private static final int LONGEST_BOILERPLATE = 400;
  private static final Rule BYLINE = new Rule(
      Pattern.compile(
          "(?i:by|words by|written by|reporting"
              + " by)\\s+(?:(?:\\p{Lu}[\\p{L}\\p{M}.'’\\-]*+|and|,|&|in|for)\\s*){1,12}"), "by", "words by",
      "written by", "reporting by");
  private static final Rule PUBLISHED = new Rule(
      Pattern.compile(
          "(?i:published|updated|posted|last updated)(?:\\s+(?:on|at))?\\s*:?\\s*"
              + "(?=[\\d\\p{Lu}])(?=.*\\d)(?:[\\d\\p{Lu}][\\p{L}\\d.:/+\\-]*+|at|on|am|pm|of|st|nd|rd"
              + "|th|[,|·•]|\\s+)*+"), "published", "updated", "posted", "last updated");
  private static final int LONGEST_BYLINE = 80;
  private static final String NUMBER = "[+\\-−]?[\\d,]*\\d(?:\\.\\d+)?";
  private static final Rule TICKER = new Rule(
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}\\d.&^=\\-]{0,11}\\s+"
              + NUMBER
              + "\\s+(?:(?i:increased|decreased|unchanged)\\s+(?i:by)\\s+)?[▲▼△▽↑↓]?\\s*"
              + NUMBER
              + "\\s*\\(\\s*"
              + NUMBER
              + "\\s*%\\s*\\)"), LETTERS, t -> t.indexOf('%') > 0);
  private static final Rule CREDIT = new Rule(
      Pattern.compile(
          "\\(?(?i:(?:image|photo|picture|photograph|illustration|video|footage)s?(?: credits?)?"
              + "|credits?)\\s*(?:[:|]|(?i:by)\\b)\\s*"
              + "(?>(?:\\p{Lu}[\\p{L}\\p{M}.'’&\\-]*+|via|and|of|the|for|by|[/,&|\\-–])\\s*){1,16}\\)?"), "(", "image",
      "photo", "picture", "illustration", "video", "footage", "credit");

  private final String text;
  private final LineIndex lines;
  private final int tailStart;
  private final int firstBodyLine;
  private final List<TextRange> found = new ArrayList<>();

  private Furniture(String text, LineIndex lines, int bodyStart) {
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
    Furniture f = new Furniture(text, lines, bodyStart);
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
    if (RELATED_HEADER.matches(t)) {
      int last = inTail ? lastNonBlank() : headlineBlockEnd(i);
      add(i, last, RangeKind.RELATED_BLOCK);
      return last;
    }
    if (DEAR_READERS.lookingAt(t) || MESSAGE_FROM.matches(t)) {
      int last = inTail ? lastNonBlank() : paragraphEnd(i);
      add(i, last, RangeKind.SUBSCRIPTION);
      return last;
    }
    if (LINK_HEADER_ONLY.matches(t)) {
      int last = headlineBlockEnd(i);
      add(i, last, RangeKind.READ_ALSO);
      return last;
    }
    if (BIO.lookingAt(t)) {
      int prev = previousNonBlank(i);
      boolean afterName = prev >= 0 && isNameLine(prev) && !isCovered(prev);
      boolean tailBio = inTail && !FIGURE.matcher(t).find();
      if (afterName || tailBio || PASSION.matcher(t).lookingAt()) {
        add(afterName ? prev : i, i, RangeKind.AUTHOR_BIO);
      }
      return i;
    }
    if (TIME_AGO.matches(t)) {
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

  /** Returns the kind of a single furniture line, or null when it is not one. */
  /** Furniture lines are short; an article paragraph longer than this is never one. */
  private static final int LONGEST_FURNITURE_LINE = 300;

  private static RangeKind lineKind(String t) {
    if (t.length() > LONGEST_FURNITURE_LINE) {
      return null;
    }
    if (LINK_LINE.lookingAt(t)) {
      return RangeKind.READ_ALSO;
    }
    if (SUBSCRIPTION.lookingAt(t)) {
      return RangeKind.SUBSCRIPTION;
    }
    if (BOILERPLATE_START.lookingAt(t)
        || (t.length() <= LONGEST_BOILERPLATE && mayBeBoilerplate(t) && BOILERPLATE_ANYWHERE.matcher(t).find())) {
      return RangeKind.BOILERPLATE;
    }
    if (t.length() <= LONGEST_BYLINE
        && ((BYLINE.matches(t) && t.chars().noneMatch(Character::isDigit))
            || PUBLISHED.matches(t))) {
      return RangeKind.BYLINE;
    }
    if (TICKER.matches(t)) {
      return RangeKind.TICKER;
    }
    if (CREDIT.matches(t) && t.chars().noneMatch(Character::isDigit)) {
      return RangeKind.IMAGE_CREDIT;
    }
    return null;
  }

  /**
   * The cheap test of {@link #BIO}: it starts "My passion for journalism", or its verb ("is",
   * "was", "has been", "works as") follows one of the line's first four spaces, since the one to
   * four words before the verb hold no space.
   */
  static boolean mayBeBio(String t) {
    if (t.startsWith("My passion for journalism")) {
      return true;
    }
    int p = -1;
    for (int k = 0; k < 4; k++) {
      p = t.indexOf(' ', p + 1);
      if (p < 0) {
        return false;
      }
      if (t.startsWith("is ", p + 1) || t.startsWith("was ", p + 1) || t.startsWith("has been ", p + 1)
          || t.startsWith("works as ", p + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cheap test of {@link #TIME_AGO} (used whole, so its pattern ends at the line's end): the
   * line ends with "ago" or "ago.", in any case ('a', 'g' and 'o' equal no other character
   * ignoring case).
   */
  static boolean endsWithAgo(String t) {
    int n = t.length();
    if (n > 0 && t.charAt(n - 1) == '.') {
      n--;
    }
    return n >= 3 && (t.charAt(n - 3) | 0x20) == 'a' && (t.charAt(n - 2) | 0x20) == 'g'
        && (t.charAt(n - 1) | 0x20) == 'o';
  }

  /**
   * A cheap test before {@link #BOILERPLATE_ANYWHERE}: its phrases all contain "reserved" or
   * "cookie" (ignoring case), so the line must have one of them around one of its 'v's or 'k's
   * (the Kelvin sign is a 'k' ignoring case), which are rare letters and found by a fast scan.
   */
  static boolean mayBeBoilerplate(String t) {
    // String.indexOf of one character is a vectorised scan, several times faster than a loop
    // over the characters that tests each one
    return around(t, 'v') || around(t, 'V') || around(t, 'k') || around(t, 'K') || around(t, '\u212A');
  }

  /** Whether "reserved" or "cookie" is around one of the occurrences of {@code c} in {@code t}. */
  private static boolean around(String t, char c) {
    for (int p = t.indexOf(c); p >= 0; p = t.indexOf(c, p + 1)) {
      // the neighbours checked first ("ed" after the 'v', 'o' before the 'k') have no other
      // character that equals them ignoring case, so the test is exact and rejects "have", "Kyiv"
      if ((c | 0x20) == 'v' ? p >= 5 && p + 2 < t.length() && (t.charAt(p + 1) | 0x20) == 'e'
              && (t.charAt(p + 2) | 0x20) == 'd' && t.regionMatches(true, p - 5, "reserved", 0, 8)
          : p >= 3 && (t.charAt(p - 1) | 0x20) == 'o' && t.regionMatches(true, p - 3, "cookie", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line rule anchored at the line's start, with the literal beginnings its matches can have
   * (ASCII, lower case, compared ignoring case; every line the pattern accepts starts with one of
   * them): a line that starts with none is rejected without running the pattern. A non-ASCII
   * character of the line is taken to agree with any character of a beginning, since case folding
   * can map it onto an ASCII one (the Kelvin sign onto 'k'). {@code also} is a further cheap test
   * that every line the pattern accepts passes ("a ticker line has a '%'"), or null for none
   * (most rules: then the call site of {@code also} sees only the few rules that have one).
   */
  record Rule(Pattern pattern, List<String> beginnings, Predicate<String> also, String[][] byFirst) {
    Rule(Pattern pattern, String... beginnings) {
      this(pattern, List.of(beginnings), null);
    }

    Rule(Pattern pattern, List<String> beginnings, Predicate<String> also) {
      this(pattern, List.copyOf(beginnings), also, index(beginnings));
    }

    /** The beginnings by their first character, for those that start with an ASCII one. */
    private static String[][] index(List<String> beginnings) {
      String[][] byFirst = new String[128][];
      for (String b : beginnings) {
        char c = b.charAt(0);
        if (c < 128) {
          String[] old = byFirst[c] == null ? new String[0] : byFirst[c];
          String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
          grown[old.length] = b;
          byFirst[c] = grown;
        }
      }
      return byFirst;
    }

    boolean matches(String t) {
      return may(t) && pattern.matcher(t).matches();
    }

    boolean lookingAt(String t) {
      return may(t) && pattern.matcher(t).lookingAt();
    }

    boolean may(String t) {
      if (t.isEmpty()) {
        return also == null || also.test(t);
      }
      char c = t.charAt(0);
      if (c >= 128) {
        for (String b : beginnings) {
          if (beginsWith(t, b)) {
            return also == null || also.test(t);
          }
        }
        return false;
      }
      String[] candidates = byFirst[c >= 'A' && c <= 'Z' ? c + 32 : c];
      if (candidates != null) {
        for (String b : candidates) {
          if (beginsWith(t, b)) {
            return also == null || also.test(t);
          }
        }
      }
      return false;
    }

    private static boolean beginsWith(String t, String beginning) {
      if (t.length() < beginning.length()) {
        return false;
      }
      for (int i = 0; i < beginning.length(); i++) {
        char c = t.charAt(i);
        if (c < 128 && (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != beginning.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The anchored rules, for tests that check each guard against its pattern. */
  static final List<Rule> RULES = List.of(RELATED_HEADER, DEAR_READERS, MESSAGE_FROM, LINK_HEADER_ONLY,
      LINK_LINE, TIME_AGO, BIO, SUBSCRIPTION, BOILERPLATE_START, BYLINE, PUBLISHED, TICKER, CREDIT);


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
      if (isHeadlineLike(j) || TIME_AGO.matches(t) || lineKind(t) != null) {
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

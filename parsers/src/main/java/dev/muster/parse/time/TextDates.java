package dev.muster.parse.time;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.read.LineIndex;
import dev.muster.parse.time.WrittenDates.Written;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Tokenizer;
import dev.muster.parse.token.Words;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the date a page gives itself in its text, for documents without a date line: a dateline at
 * the start of the body ("KATHMANDU, Mar 14, 2024 (PTI) -", "MOSCOW, January 24. /TASS/."), a
 * short line near the top that gives only a date ("September 16, 2025, 14:10", "Almaty, October 2,
 * 2025"), further down in the header block of short lines above the first prose (under a masthead,
 * a department, a document's kind and a byline), or further down the first lines with a clock time
 * (a live blog's first stamp under a box of key points), a "Published 12 March 2024", "Posted on
 * 2024-11-02", "Date: 4 April 2025", "Updated: 5 Jun 2024" or "Last reviewed: 21 July 2025" line
 * at the head or the foot, a line that stamps the page's data ("Figures as of 15 March 2026.",
 * "Data correct as of: 2 June 2025"), which counts as an update line, a transcript's "Aired Thursday, 23 October 2025" or "Broadcast on 4 May
 * 2025" line, a byline with a date ("By A. Writer | 3 March 2025"), a print-edition note ("This
 * article appeared in the July 05, 2024 edition of ..."), or a closing note about the page that
 * ends with its date ("This explainer was first published on 12 February 2026."), or about its
 * issue in any sentence of such a line ("Thanks for reading. This issue was sent on Friday, 12
 * December 2025."). A publication date wins over an update date; the first found wins among
 * equals. A dateline without a year takes the year of a date-only line above it, else the first
 * year its own paragraph states with a month ("in January 2024"; a bare "in 2024", or a month and
 * year further down, may be any earlier year of the story), or the year after it when the
 * paragraph names the story's weekday ("said on Tuesday") and the day falls on that weekday in the
 * year after but not in that year, else, when that
 * paragraph names the weekday, the latest year the page states, the one after or the one before,
 * whichever puts the day on that weekday; without one it gives no date. A dateline's place in
 * capitals and small letters ("New Delhi, Jan 16 (PTI) -") needs an agency after the day. Failing all these,
 * a sentence of the introduction may date the page ("Today, 19 December 2025, ...", "the interview
 * was published on 27 October 2025", "When we met Aibek Toktogulov on 12 January 2026, ...").
 *
 * <p>Only the first and last {@value #EDGE_LINES} non-blank lines of the body are read, and of
 * those only the ones that pass a test on their characters before they are tokenized: a dateline's
 * line starts with two capitals, or with one and has an agency's bracket or slash (and only its
 * first {@value #DATELINE_SPAN} characters are read);
 * other lines are at most {@value #LONGEST_LINE} characters long and hold a year's four digits. So
 * the cost does not grow with the document. The cue words are the language's ({@code
 * time.published}, {@code time.updated}, {@code time.broadcast}, {@code time.byline}, {@code
 * time.edition}, {@code time.data-nouns}, {@code time.data-states}, {@code time.self-note-openers}, {@code time.self-note-nouns}, {@code
 * time.issue-note-nouns}); a lexicon without them finds only datelines.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextDates {

  /** How many non-blank lines at each end of the body are read. */
  static final int EDGE_LINES = 8;
  /** The longest line read for a cue (a dateline's line may be longer). */
  static final int LONGEST_LINE = 200;
  /** How many of the first non-blank lines may hold a dateline. */
  private static final int DATELINE_LINES = 3;
  /** How many characters at the start of a line a dateline may take. */
  private static final int DATELINE_SPAN = 120;
  /** How many words may stand between "unless" and "otherwise" ("unless explicitly stated otherwise"). */
  private static final int UNLESS_REACH = 3;
  /** How many tokens a label before a bar on a date-only line may take. */
  private static final int MAX_LABEL = 6;
  /** The longest line read as a line that gives only a date. */
  private static final int DATE_ONLY_LINE = 60;
  /** How many words a dateline's place in capitals and small letters ("New Delhi") may take. */
  private static final int MIXED_PLACE_WORDS = 3;

  /** A date the text gives itself, and where its dateline ends (-1 when it is not a dateline). */
  public record Found(LocalDate date, int datelineEnd) {}

  private final WrittenDates dates;
  private final Tokenizer tokenizer;
  private final Words published;
  private final Words updated;
  /** "aired", "broadcast": a transcript's cue, which dates the page only as a label right before its date. */
  private final Words broadcast;
  private final Words byline;
  private final Words edition;
  private final Words weekdays;
  /** "this": the word that opens a closing note about the page itself. */
  private final Words selfOpeners;
  /** "article", "explainer": the page's own noun in such a note. */
  private final Words selfNouns;
  /** "appeared": a verb of such a note that, unlike "published", is no cue on other lines. */
  private final Words selfCues;
  /** "issue", "episode": the noun of a note about the page's own issue, which may open any sentence of a line. */
  private final Words issueNouns;
  /** "sent", "recorded": the verbs of such a note besides the publication cues and those of {@link #selfCues}. */
  private final Words issueCues;
  /** "Date": a label that opens a publication line only with a colon after it. */
  private final Words dateLabels;
  /** "by", "until": a year after them is a deadline, no year a dateline may take. */
  private final Words deadlineCues;
  /** "today": a full date after it in the introduction is the page's. */
  private final Words todayWords;
  /** "it": with "is" and a full date, the opening of a paragraph that dates the page ("It is 21 February 2025, and ..."). */
  private final Words itWords;
  /** "is": the present only ("It was 2 March 2024 when ..." tells of an event). */
  private final Words itCopulas;
  /** "is", "was": words that may stand between "today" and its date. */
  private final Words copulas;
  /** "conversation", "interview": the nouns of a talk that notes its own publication. */
  private final Words talkNouns;
  /** "the", "our": the words that open such a note besides "this". */
  private final Words talkOpeners;
  /** "recorded", "conducted": the verbs of such a note besides the publication cues. */
  private final Words talkCues;
  /** "article", "story": the page's nouns such a note may name after "this" ("this report" may be another). */
  private final Words introPageNouns;
  /** "on": the word between such a note's verb and its date. */
  private final Words dateLinks;
  /** "we", "i": the reporter, as the subject of a visit that dates a feature's introduction. */
  private final Words visitSubjects;
  /** "met", "visited": the verbs of such a visit. */
  private final Words visitVerbs;
  /** The language's locale, for the names of the weekdays. */
  private final Locale locale;
  /** "figures", "data": the nouns that open a line stamping the page's data ("Figures as of 15 March 2026"). */
  private final Words dataNouns;
  /** "correct", "current": a word of the data's state between such a noun and "as of". */
  private final Words dataStates;
  /** "all", "the": the words that may open a sentence dating all the page's figures before its data noun. */
  private final Words stampOpeners;
  /** "are", "were": the verbs between the data noun of such a sentence and "as of". */
  private final Words stampCopulas;
  /** "unless", of "unless stated otherwise". */
  private final Words stampUnless;
  /** "otherwise", of "unless stated otherwise". */
  private final Words stampOtherwise;
  /** "as", of "as of". */
  private final Words asWords;
  /** "of", of "as of". */
  private final Words ofWords;

  public TextDates(Lexicon lex) {
    this.dates = new WrittenDates(lex);
    this.tokenizer = lex.tokenizer();
    this.published = lex.optionalWords("time.published");
    this.updated = lex.optionalWords("time.updated");
    this.broadcast = lex.optionalWords("time.broadcast");
    this.byline = lex.optionalWords("time.byline");
    this.edition = lex.optionalWords("time.edition");
    this.weekdays = lex.optionalWords("time.weekdays");
    this.selfOpeners = lex.optionalWords("time.self-note-openers");
    this.selfNouns = lex.optionalWords("time.self-note-nouns");
    this.selfCues = lex.optionalWords("time.self-note-cues");
    this.issueNouns = lex.optionalWords("time.issue-note-nouns");
    this.issueCues = lex.optionalWords("time.issue-note-cues");
    this.dateLabels = lex.optionalWords("time.date-labels");
    this.deadlineCues = lex.optionalWords("time.deadline-cues");
    this.locale = Locale.forLanguageTag(lex.language());
    this.todayWords = lex.optionalWords("time.intro-today");
    this.copulas = lex.optionalWords("time.intro-copulas");
    this.itWords = lex.optionalWords("time.intro-it");
    this.itCopulas = lex.optionalWords("time.intro-it-copulas");
    this.talkNouns = lex.optionalWords("time.talk-nouns");
    this.talkOpeners = lex.optionalWords("time.talk-openers");
    this.talkCues = lex.optionalWords("time.talk-cues");
    this.dateLinks = lex.optionalWords("time.talk-date-links");
    this.introPageNouns = lex.optionalWords("time.intro-page-nouns");
    this.visitSubjects = lex.optionalWords("time.visit-subjects");
    this.visitVerbs = lex.optionalWords("time.visit-verbs");
    this.dataNouns = lex.optionalWords("time.data-nouns");
    this.dataStates = lex.optionalWords("time.data-states");
    this.stampOpeners = lex.optionalWords("time.data-stamp-openers");
    this.stampCopulas = lex.optionalWords("time.data-stamp-copulas");
    this.stampUnless = lex.optionalWords("time.data-stamp-unless");
    this.stampOtherwise = lex.optionalWords("time.data-stamp-otherwise");
    this.asWords = lex.optionalWords("time.as");
    this.ofWords = lex.optionalWords("time.of");
  }

  /** Returns the date the text of the body's {@code lines} gives itself, if any. */
  public Optional<Found> find(String text, LineIndex lines) {
    int n = lines.count();
    Found best = null;
    boolean bestIsUpdate = false;
    int seen = 0;
    int first = -1;
    LocalDate top = null;
    // whether no prose line and no list item has been read yet: the lines are the header block
    boolean header = true;
    boolean underByline = false; // whether the line before is a byline alone ("By Jane Doe")
    for (int i = 0; i < n && seen < EDGE_LINES; i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      seen++;
      if (first < 0) {
        first = i;
      }
      int s = lines.trimmedStart(i);
      int e = lines.trimmedEnd(i);
      // read once for a date-only line and for a cue, both of which need the year's digits
      List<Token> line = best == null || bestIsUpdate ? yearLine(text, s, e) : null;
      if (seen <= DATELINE_LINES && best == null) {
        if (startsWithCapitals(text, s, e)) {
          // only the start of the line can be a dateline
          Found d = dateline(tokenizer.tokenize(text, s, Math.min(e, s + DATELINE_SPAN)), text, s, e, top);
          if (d != null) {
            return Optional.of(d);
          }
        }
        if (top == null && line != null) {
          top = e - s <= DATE_ONLY_LINE ? dateOnly(line, e - s) : null;
          if (top == null) {
            top = dateSegment(line);
          }
          if (top == null) {
            top = dateSentence(line);
          }
        }
      } else if (top == null && best == null && line != null
          && (header || underByline || e - s <= DATE_ONLY_LINE && hasClockTime(text, s, e))) {
        // a date-only line of the header block ("Bishkek, 27 November 2025" under a masthead, a
        // department and a document's kind), or a live blog's first time stamp under a title and
        // a box of key points ("18 Nov 2025, 09:40"), or a date line under a byline alone below a
        // standfirst ("By Jane Doe" over "3 February 2025")
        top = dateOnly(line, e - s);
        if (top == null && header) {
          top = dateSegment(line);
        }
      }
      if (header && endsHeader(text, s, e)) {
        header = false;
      }
      underByline = bylineAlone(text, s, e);
      if (line != null) {
        int kind = cueKind(line);
        if (kind == 1 || kind == 2 && best == null) {
          LocalDate d = cueDate(line);
          if (d != null) {
            best = new Found(d, -1);
            bestIsUpdate = kind == 2;
          }
        }
      }
    }
    if (top != null && (best == null || bestIsUpdate)) {
      return Optional.of(new Found(top, -1));
    }
    if (best == null) {
      LocalDate intro = introDate(text, lines);
      if (intro != null) {
        return Optional.of(new Found(intro, -1));
      }
    }
    int last = 0;
    for (int i = n - 1; i > first && last < EDGE_LINES && (best == null || bestIsUpdate); i--) {
      if (lines.isBlank(i)) {
        continue;
      }
      last++;
      int s = lines.trimmedStart(i);
      int e = lines.trimmedEnd(i);
      List<Token> line = yearLine(text, s, e);
      int kind = line == null ? 0 : cueKind(line);
      if (kind == 1 || kind == 2 && best == null) {
        LocalDate d = cueDate(line);
        if (d != null) {
          best = new Found(d, -1);
          bestIsUpdate = kind == 2;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The longest line read as a byline alone. */
  private static final int BYLINE_LENGTH = 80;

  /**
   * Whether the line {@code text[s, e)} is a byline alone: a byline word ("By") and a capitalised
   * name after it, with no digit and no full stop at its end ("By Jane Doe", "by Ana Ruiz and Tom
   * Lee"); a line of the story that opens with "By" ends with a full stop or is longer.
   */
  private boolean bylineAlone(String text, int s, int e) {
    if (e - s > BYLINE_LENGTH || text.charAt(e - 1) == '.') {
      return false;
    }
    for (int c = s; c < e; c++) {
      if (Character.isDigit(text.charAt(c))) {
        return false;
      }
    }
    List<Token> t = tokenizer.tokenize(text, s, e);
    return t.size() >= 2 && byline.has(t.get(0)) && t.get(1).isWord() && t.get(1).isCapitalized();
  }

  /**
   * The tokens of the line {@code text[s, e)} when it is short and holds a year's four digits (the
   * cheap tests first), as a date-only line or a cue line must; null for any other line.
   */
  private List<Token> yearLine(String text, int s, int e) {
    return e - s <= LONGEST_LINE && hasFourDigits(text, s, e) ? tokenizer.tokenize(text, s, e) : null;
  }

  /** How many words a line closed by a full stop must have to be prose rather than a header's note. */
  private static final int PROSE_WORDS = 10;

  /**
   * Whether the line {@code text[s, e)} ends the page's header block (its masthead, department,
   * document kind, byline and place): a line of prose, that is one of at least {@value
   * #PROSE_WORDS} words closed by a full stop, perhaps before a closing quote or bracket, or one
   * longer than {@value #LONGEST_LINE} characters; or an item of a list ("- Moscow doubles its
   * payment"), which opens a box of key points. A headline may end in a question mark, and a
   * header's note ("All times GMT.") is short.
   */
  private static boolean endsHeader(String text, int s, int e) {
    if (e - s > LONGEST_LINE) {
      return true;
    }
    char first = text.charAt(s);
    if (e - s > 1 && text.charAt(s + 1) == ' ' && "-\u2013\u2014\u2022*\u00b7\u25aa\u25cf".indexOf(first) >= 0) {
      return true;
    }
    int end = e;
    while (end > s && "\"'\u201d\u2019)\u00bb".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == s || ".\u2026".indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    int words = 1;
    for (int c = s + 1; c < end; c++) {
      if (text.charAt(c) == ' ' && text.charAt(c - 1) != ' ') {
        words++;
      }
    }
    return words >= PROSE_WORDS;
  }

  /**
   * Whether the line may open with a dateline: it starts with two capital letters, as a dateline's
   * place does ("MOSCOW"), or with one and has a bracket or a slash among its first {@value
   * #DATELINE_SPAN} characters, as a place in capitals and small letters needs an agency ("New
   * Delhi, Jan 16 (PTI) -").
   */
  private static boolean startsWithCapitals(String text, int s, int e) {
    if (e - s <= 2 || !Character.isUpperCase(text.charAt(s))) {
      return false;
    }
    if (Character.isUpperCase(text.charAt(s + 1))) {
      return true;
    }
    for (int c = s + 1, end = Math.min(e, s + DATELINE_SPAN); c < end; c++) {
      if (text.charAt(c) == '(' || text.charAt(c) == '/') {
        return true;
      }
    }
    return false;
  }


  /**
   * 1 when the line is a publication line (a publication cue, a byline, an edition note), 2 when
   * it is an update line, 0 when neither.
   */
  private int cueKind(List<Token> t) {
    if (t.isEmpty()) {
      return 0;
    }
    if (byline.has(t.get(0)) && t.get(0).isCapitalized()) {
      return 1;
    }
    if (dateLabels.has(t.get(0)) && t.get(0).isCapitalized() && t.size() > 1 && t.get(1).is(":")) {
      return 1;
    }
    int kind = dataLine(t) ? 2 : 0;
    for (int k = 0; k < t.size(); k++) {
      Token x = t.get(k);
      if (published.has(x) && (k < 3 || labelled(t, k) || selfNote(t, k)) || edition.has(x)
          || selfCues.has(x) && selfNote(t, k) || broadcast.has(x) && broadcastLabel(t, k)
          || (published.has(x) || selfCues.has(x) || issueCues.has(x)) && issueNote(t, k)) {
        return 1;
      }
      if (updated.has(x) && k < 3) {
        kind = 2;
      }
    }
    return kind;
  }

  /**
   * Whether the line stamps the page's data with a date: it opens with the noun of the data
   * ("Figures", "Data"), perhaps a word of its state ("correct", "current"), "as of", perhaps a
   * colon, and a full date, perhaps after a weekday ("Figures as of 15 March 2026. Next update: 1
   * April 2026.", "Data correct as of: 2 June 2025"). "The figures as of 1 March 2024 showed ..."
   * is a sentence of the story.
   */
  private boolean dataLine(List<Token> t) {
    if (t.size() < 5 || !dataNouns.has(t.get(0)) || !t.get(0).isCapitalized()) {
      return false;
    }
    int k = 1;
    if (dataStates.has(t.get(k))) {
      k++;
    }
    if (k + 2 >= t.size() || !asWords.has(t.get(k)) || !ofWords.has(t.get(k + 1))) {
      return false;
    }
    k += 2;
    if (t.get(k).is(":")) {
      k++;
    }
    return weekdayAndDate(t, k) != null;
  }

  /**
   * The date a sentence sets for all the page's figures, which it says hold at that date unless the
   * text says otherwise: "Figures are as of 30 April 2025 unless stated otherwise.", "Unless
   * otherwise noted, all data are current as of 2 March 2024." (the data noun, perhaps after "all"
   * or "the", perhaps a verb and a word of the data's state, "as of", perhaps a colon, a full date,
   * and an "unless ... otherwise" clause before or after); empty for any other sentence, a data line
   * without that clause included.
   */
  public Optional<LocalDate> standingDate(List<Token> t) {
    int unless = -1;
    for (int k = 0; k < t.size() && unless < 0; k++) {
      for (int j = k + 1; stampUnless.has(t.get(k)) && j < t.size() && j <= k + UNLESS_REACH + 1; j++) {
        if (stampOtherwise.has(t.get(j))) {
          unless = k;
          break;
        }
      }
    }
    if (unless < 0) {
      return Optional.empty();
    }
    int k = 0;
    if (unless == 0) {
      // "Unless otherwise noted, all data ...": the noun after the clause's comma
      while (k < t.size() && !t.get(k).is(",")) {
        k++;
      }
      k++;
    }
    if (k < t.size() && stampOpeners.has(t.get(k))) {
      k++;
    }
    if (k >= t.size() || !dataNouns.has(t.get(k))) {
      return Optional.empty();
    }
    k++;
    if (k < t.size() && stampCopulas.has(t.get(k))) {
      k++;
    }
    if (k < t.size() && dataStates.has(t.get(k))) {
      k++;
    }
    if (k + 2 >= t.size() || !asWords.has(t.get(k)) || !ofWords.has(t.get(k + 1))) {
      return Optional.empty();
    }
    k += 2;
    if (t.get(k).is(":")) {
      k++;
    }
    Dated at = weekdayAndDate(t, k);
    return at == null || unless > 0 && unless < at.end() ? Optional.empty() : Optional.of(at.date());
  }

  /** How many words may stand before a broadcast cue that labels a line ("First aired", "Originally broadcast"). */
  private static final int BROADCAST_LEAD = 1;

  /**
   * Whether the broadcast cue at {@code k} labels the line with the date the page went on air:
   * it opens the line or follows one word ("First aired", "Originally broadcast"), and a colon or
   * "on", a weekday and the full date may follow it, nothing else ("Aired Thursday, 23 October
   * 2025, 7.00 pm.", "Broadcast on 4 May 2025"). A channel that "broadcast on 12 March 2025 a
   * speech" tells of an event, and "Aired footage from 3 May 2025" of something aired.
   */
  private boolean broadcastLabel(List<Token> t, int k) {
    if (k > BROADCAST_LEAD || !t.get(0).isCapitalized()) {
      return false;
    }
    int d = k + 1;
    if (d < t.size() && t.get(d).is(":")) {
      d++;
    }
    if (d < t.size() && dateLinks.has(t.get(d))) {
      d++;
    }
    return weekdayAndDate(t, d) != null;
  }

  /**
   * Whether the publication cue at {@code k} follows a label and a comma and is followed by a full
   * date on a line that is no sentence ("Defence Intelligence assessment, published 2 December
   * 2025"): a report's own heading, not a sentence about another report ("The report, published
   * 2 December 2025, says ...").
   */
  private boolean labelled(List<Token> t, int k) {
    if (k == 0 || !t.get(k - 1).is(",") || k + 1 >= t.size() || t.get(t.size() - 1).is(".")) {
      return false;
    }
    int d = k + 1 < t.size() - 1 && t.get(k + 1).isWord() && !dates.isMonth(t.get(k + 1)) ? k + 2 : k + 1;
    return fullDate(t, d) != null;
  }

  /** How many tokens may stand between a self note's noun and its publication cue ("was first"). */
  private static final int SELF_NOTE_REACH = 3;
  /** How many words may stand between a self note's cue and its date ("in our weekly briefing of"). */
  private static final int SELF_NOTE_GAP = 6;

  /**
   * Whether the publication cue at {@code k} is in a note about the page itself that ends with the
   * date it was published ("This explainer was first published on 12 February 2026", "This
   * summary appeared in our morning briefing of 3 May 2025.", "Summary prepared by the analysis desk
   * on 2 June 2025"): "this" and the page's noun, or the noun alone, open the line, a few words at
   * most stand before the cue, and nothing but a few words and the date
   * follows, perhaps with a full stop and another sentence after it. "This report, published on 2
   * May 2024, says ..." goes on as a sentence, and is none.
   */
  private boolean selfNote(List<Token> t, int k) {
    return pageNote(t, 0, k, selfNouns);
  }

  /**
   * Whether the cue at {@code k} is in a note about the page's own issue or episode that ends with
   * its date, as {@link #selfNote} reads one, opening the line or any sentence of it ("Thanks for
   * reading. This issue was sent on Friday, 12 December 2025. Forward it to a friend.", "This
   * edition went out on 3 March 2026", "This episode was recorded on 18 November 2025."). A note
   * about another document ("The report was published on ...", "the decree was signed on ...")
   * names none of these nouns after "this", and is none.
   */
  private boolean issueNote(List<Token> t, int k) {
    int open = 0;
    for (int j = k - 1; j > 0; j--) {
      Token x = t.get(j - 1);
      if (x.is(".") || x.is("!") || x.is("?")) {
        open = j;
        break;
      }
    }
    return pageNote(t, open, k, issueNouns);
  }

  /**
   * Whether the cue at {@code k} is in a note opened at token {@code open} by "this" and one of
   * {@code nouns}, or the noun alone, with a few words at most before the cue, and closed by the
   * date a few words after it, as {@link #selfNote} describes.
   */
  private boolean pageNote(List<Token> t, int open, int k, Words nouns) {
    // "This summary was prepared ...", or the noun alone opening the note: "Summary prepared by ..."
    int noun = selfOpeners.has(t.get(open)) ? open + 1 : open;
    if (k <= noun || k > noun + SELF_NOTE_REACH || !nouns.has(t.get(noun)) || !t.get(open).isCapitalized()) {
      return false;
    }
    for (int j = noun + 1; j < k; j++) {
      if (!t.get(j).isWord()) {
        return false;
      }
    }
    for (int d = k + 1; d < t.size() && d <= k + 1 + SELF_NOTE_GAP; d++) {
      Dated at = weekdayAndDate(t, d); // "on Friday, 12 December 2025"
      if (at != null) {
        // the date ends the note: the line, or the sentence before another ("... on 3 February
        // 2026. Summaries are prepared by our desk.")
        return at.end() == t.size() || t.get(at.end()).is(".")
            && (at.end() == t.size() - 1 || t.get(at.end() + 1).isCapitalized());
      }
      if (!t.get(d).isWord() || dates.isMonth(t.get(d))) {
        return false;
      }
    }
    return false;
  }

  /** The first full date of a cue line; on a line with both, the publication date before the update. */
  private LocalDate cueDate(List<Token> t) {
    LocalDate firstUpdate = null;
    boolean afterUpdate = false;
    for (int k = 0; k < t.size(); k++) {
      Token x = t.get(k);
      if (updated.has(x)) {
        afterUpdate = true;
      } else if (published.has(x)) {
        afterUpdate = false;
      }
      if (!x.isNumber() && !dates.isMonth(x)) {
        continue;
      }
      LocalDate d = fullDate(t, k);
      if (d != null && !afterUpdate) {
        return d;
      }
      if (d != null && firstUpdate == null) {
        firstUpdate = d;
      }
    }
    return firstUpdate;
  }

  /** A date with day, month and year at token {@code k} ("12 March 2024", "2024-11-02"), or null. */
  private LocalDate fullDate(List<Token> t, int k) {
    Dated d = dayMonthYear(t, k);
    return d != null ? d.date() : null;
  }

  /** "2024-11-02" as the tokenizer cuts it. */
  private static LocalDate isoDate(List<Token> t, int k) {
    if (k + 4 >= t.size() || WrittenDates.year(t, k) == null || !t.get(k + 1).is("-") || !t.get(k + 3).is("-")
        || t.get(k + 1).spaceBefore || t.get(k + 3).spaceBefore) {
      return null;
    }
    Token m = t.get(k + 2);
    Token d = t.get(k + 4);
    if (!m.isDigitsOnly() || !d.isDigitsOnly() || m.text.length() > 2 || d.text.length() > 2) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(t.get(k).text), Integer.parseInt(m.text), Integer.parseInt(d.text));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A dateline at the start of a line: a place in capitals ("NEW DELHI"), perhaps a comma and a
   * region, a date with a month and a day, perhaps an agency in brackets or slashes, and a dash,
   * colon or full stop before the text.
   */
  private Found dateline(List<Token> t, String text, int lineStart, int lineEnd, LocalDate above) {
    int k = 0;
    while (k < t.size() && k < 4 && isCapitals(t.get(k))) {
      k++;
      if (k + 1 < t.size() && t.get(k).is("/") && isCapitals(t.get(k + 1))) {
        k++; // "BEIRUT/HAVANA": a story filed from two places
      }
    }
    boolean allCapitals = k > 0;
    // "New Delhi, Jan 16 (PTI) -": a place in capitals and small letters, which needs the agency
    while (!allCapitals && k < t.size() && k < MIXED_PLACE_WORDS && t.get(k).isWord() && t.get(k).isCapitalized()
        && !dates.isMonth(t.get(k))) {
      k++;
    }
    if (k == 0) {
      return null;
    }
    // ", Ukraine," after the place
    for (int extra = 0; extra < 3 && k < t.size() && !t.get(k).isNumber() && !dates.isMonth(t.get(k)); extra++) {
      Token x = t.get(k);
      if (!x.is(",") && !(x.isWord() && x.isCapitalized())) {
        return null;
      }
      k++;
    }
    if (k >= t.size()) {
      return null;
    }
    Written w = dates.read(t, k);
    if (w == null || w.month == null || w.day == null || w.endOf || w.season) {
      return null;
    }
    int j = w.end;
    // the agency and the marks before the text: "(PTI) -", "/TASS/.", "(Xinhua) --", "—"
    boolean mark = false;
    boolean agency = false;
    while (j < t.size()) {
      Token x = t.get(j);
      if (x.is("(") || x.is("/")) {
        int close = closing(t, j, x.is("(") ? ")" : "/");
        if (close < 0) {
          return null;
        }
        agency = true;
        j = close + 1;
        continue;
      }
      if (x.isPunct() && !x.is("\"") && !x.is("'")) {
        mark = true;
        j++;
        continue;
      }
      break;
    }
    // "New Delhi, Jan 16 (PTI) At least 16 ...": an agency in brackets may close the dateline
    // without a mark when the text opens with a capital or a number right after it
    if (j >= t.size() || !mark && !(agency && opensText(t.get(j)))) {
      return null;
    }
    if (!agency && !allCapitals) {
      return null;
    }
    Integer year = w.year;
    if (year == null) {
      year = above != null ? Integer.valueOf(above.getYear()) : storyYear(text, lineStart, lineEnd, w.month, w.day);
      if (year == null) {
        return null;
      }
    }
    try {
      return new Found(LocalDate.of(year, w.month, w.day), t.get(j - 1).start + t.get(j - 1).text.length());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The date of a short line near the top that gives only a date, perhaps after a place or a
   * weekday and before a time ("September 16, 2025, 14:10", "14 May 2025 · 6:40 PM GMT · Updated
   * 3 hours ago", "Almaty, October 2, 2025", "KYIV, Tuesday 2 December 2025"), or after a label
   * and a bar, or a label and a comma before a weekday ("Live coverage, Friday 20 June 2025"), or
   * null. A line ending in a full stop is a sentence.
   */
  private LocalDate dateOnly(List<Token> t, int length) {
    if (length > DATE_ONLY_LINE || t.isEmpty()) {
      return null;
    }
    LocalDate d = dateOnlyFrom(t, 0);
    // a label before a bar: "Live updates | Wednesday 19 March 2025"; before a comma or a colon
    // when a weekday opens the date: "Live updates, Friday 20 June 2025"
    for (int k = 1; d == null && k < t.size() - 1 && k <= MAX_LABEL; k++) {
      if (t.get(k).is("|") || labelBeforeWeekday(t, k)) {
        d = dateOnlyFrom(t, k + 1);
        break;
      }
      if (!t.get(k).isWord()) {
        break;
      }
    }
    return d;
  }

  /** Whether token {@code k} is a comma or a colon after a label, with a weekday's name after it. */
  private boolean labelBeforeWeekday(List<Token> t, int k) {
    Token next = t.get(k + 1);
    return (t.get(k).is(",") || t.get(k).is(":")) && weekdays.has(next) && next.isCapitalized();
  }

  /**
   * The date of a line cut into parts by bars, dots or spaced dashes, one of which gives only a
   * date, perhaps with a weekday before it and a clock time or a time zone after it ("Issue 63 ·
   * 9 October 2025", "14 March 2024, 10:42 | Regional digest", "Live blog - Tuesday, 20 May 2025"),
   * or null. A part with words after its date ("24 February 2022: the day the war began") is no
   * date-only part, and neither is a date that opens a headline ({@link #opensHeadline}).
   */
  private LocalDate dateSegment(List<Token> t) {
    int from = 0;
    for (int k = 0; k <= t.size(); k++) {
      if (k < t.size() && !isSeparator(t, k)) {
        continue;
      }
      if (k > from && !opensHeadline(t, k) && t.get(k - 1).end() - t.get(from).start <= DATE_ONLY_LINE) {
        LocalDate d = datePart(t.subList(from, k));
        if (d != null) {
          return d;
        }
      }
      from = k + 1;
    }
    return null;
  }

  /**
   * The date of a line that opens with a weekday and a full date as a sentence of its own, closed
   * by a full stop, before a note on the page ("Tuesday 10 February 2026. All times are Kyiv
   * time."), or that closes with one after such a note ("Our morning round-up of the press.
   * Wednesday, 4 March 2026."), or null. Without the weekday the date may head a story about that
   * day ("24 February 2022. The day the war began."), and is none; a weekday date inside a
   * sentence ("began on Wednesday, 21 September 2022.") tells of an event.
   */
  private LocalDate dateSentence(List<Token> t) {
    if (t.isEmpty()) {
      return null;
    }
    if (weekdays.has(t.get(0)) && t.get(0).isCapitalized()) {
      Dated at = weekdayAndDate(t, 0);
      if (at == null || at.end() + 1 >= t.size() || !t.get(at.end()).is(".")) {
        return null;
      }
      return t.get(at.end() + 1).isCapitalized() ? at.date() : null;
    }
    // the line's last sentence: a full stop, the weekday and the date, perhaps a full stop after it
    int last = t.get(t.size() - 1).is(".") ? t.size() - 1 : t.size();
    for (int k = last - 1; k > 0; k--) {
      if (t.get(k - 1).is(".") && weekdays.has(t.get(k)) && t.get(k).isCapitalized()) {
        Dated at = weekdayAndDate(t, k);
        return at != null && at.end() == last ? at.date() : null;
      }
    }
    return null;
  }

  /** Whether token {@code k} cuts a line into parts: a bar, a dot, or a dash with spaces on both sides. */
  private static boolean isSeparator(List<Token> t, int k) {
    Token x = t.get(k);
    if (isBar(x)) {
      return true;
    }
    boolean dash = x.is("-") || x.is("\u2013") || x.is("\u2014");
    return dash && x.spaceBefore && (k + 1 == t.size() || t.get(k + 1).spaceBefore);
  }

  /**
   * Whether token {@code k}, right after a date, is a spaced dash before words: the date opens a
   * headline ("4 May 2023 - Ghana warns ..."), not a page; a clock time may follow ("9 July 2025 -
   * 14:32").
   */
  private static boolean opensHeadline(List<Token> t, int k) {
    return k + 1 < t.size() && isSeparator(t, k) && !isBar(t.get(k)) && !isClock(t.get(k + 1));
  }

  /** A date with day, month and year at token {@code k}, and the token after it. */
  private record Dated(LocalDate date, int end) {}

  /** The date with day, month and year at token {@code k} ("9 October 2025", "2025-10-09"), or null. */
  private Dated dayMonthYear(List<Token> t, int k) {
    LocalDate iso = isoDate(t, k);
    if (iso != null) {
      return new Dated(iso, k + 5);
    }
    Written w = dates.read(t, k);
    if (w == null || w.year == null || w.month == null || w.day == null || w.endOf || w.season) {
      return null;
    }
    return new Dated(WrittenDates.startOf(w), w.end);
  }

  /** Whether the token is a bar or a dot between parts of a line ("|", "·", "•"). */
  private static boolean isBar(Token x) {
    return x.is("|") || x.is("\u00b7") || x.is("\u2022");
  }

  /** The date of one part of a line, as {@link #dateSegment} describes, or null. */
  private LocalDate datePart(List<Token> t) {
    Dated at = weekdayAndDate(t, 0);
    if (at == null) {
      return null;
    }
    for (int j = at.end(); j < t.size(); j++) {
      if (!isClock(t.get(j))) {
        return null;
      }
    }
    return at.date();
  }

  /** Whether a token after a date belongs to a clock time or a zone ("10:42", "PM", "GMT+3", "(EET)"). */
  private static boolean isClock(Token x) {
    return x.isNumber() || x.isPunct() || isCapitals(x) || x.text.length() <= 2 && x.isWord();
  }

  /** The date of a date-only line read from token {@code from}, as {@link #dateOnly} describes. */
  private LocalDate dateOnlyFrom(List<Token> t, int from) {
    int k = from;
    if (weekdays.has(t.get(k)) && t.get(k).isCapitalized() && k + 1 < t.size() && t.get(k + 1).isNumber()) {
      k++; // "Wednesday 19 March 2025", "Wed 19 March 2025 09.10 EDT"
    }
    // a place, perhaps with its region: "Almaty,", "Kathmandu, Nepal,", "KIEV –"
    for (int place = 0; place < 2; place++) {
      int words = k;
      while (k < t.size() && k < words + 4 && t.get(k).isWord() && t.get(k).isCapitalized()
          && !dates.isMonth(t.get(k)) && !weekdays.has(t.get(k))) {
        k++;
      }
      if (k == words) {
        break;
      }
      if (k >= t.size() || !t.get(k).is(",") && !t.get(k).is("\u2013") && !t.get(k).is("\u2014") && !t.get(k).is("-")) {
        return null;
      }
      k++;
    }
    Dated at = weekdayAndDate(t, k);
    if (at == null) {
      return null;
    }
    // a full stop ends a sentence, unless it ends the date ("20 мая 2025 г.")
    boolean sentence = t.get(t.size() - 1).is(".") && at.end() < t.size() - 1;
    return sentence || opensHeadline(t, at.end()) ? null : at.date();
  }

  /**
   * A full date at token {@code k}, perhaps after a weekday: "KYIV, Tuesday 2 December 2025",
   * "Monday, 7 July 2025", "9 October 2025"; null when there is none.
   */
  private Dated weekdayAndDate(List<Token> t, int k) {
    if (k < t.size() && weekdays.has(t.get(k)) && t.get(k).isCapitalized()) {
      k++;
      if (k < t.size() && t.get(k).is(",")) {
        k++;
      }
    }
    return k < t.size() ? dayMonthYear(t, k) : null;
  }

  private static int closing(List<Token> t, int open, String close) {
    for (int j = open + 1; j < t.size() && j <= open + 6; j++) {
      if (t.get(j).is(close)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether {@code x} may open a story's text: a capitalised word or a number ("At", "184"). */
  private static boolean opensText(Token x) {
    return x.isWord() && x.isCapitalized() || x.isNumber();
  }

  private static boolean isCapitals(Token x) {
    if (!x.isWord() || x.text.length() < 2) {
      return false;
    }
    for (int c = 0; c < x.text.length(); c++) {
      char ch = x.text.charAt(c);
      if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first year the dateline's own paragraph, {@code text[start, end)}, states after a month or
   * after a month and its day ("December 31, 2026"), or null: a year named further down may be any earlier one of the story.
   */
  private Integer firstYear(String text, int start, int end) {
    if (!hasFourDigits(text, start, end)) {
      return null;
    }
    List<Token> t = tokenizer.tokenize(text, start, end);
    for (int k = 1; k < t.size(); k++) {
      Integer y = WrittenDates.year(t, k);
      if (y != null && (dates.isMonth(t.get(k - 1)) || monthDayBefore(t, k))) {
        return y;
      }
    }
    return null;
  }

  /**
   * The year of a dateline without one, from its paragraph {@code text[start, end)}: the first year
   * the paragraph states with a month, or the year after it when the paragraph names the story's
   * weekday ("said on Tuesday") and the dateline's day falls on that weekday in the year after
   * but not in the stated one ("DHAKA, Feb 9 (Reuters) - ... since January 2025, ... said on
   * Monday" is 2026: a story early in a year counts "since" a month of the last; a stated year is
   * never later than the story's, though, as a coming call-up's is not), or, when the day falls on
   * that weekday in neither, the year of {@link #weekdayYear} if it is later than the stated one
   * (the stated year began the story: "since they were deployed in October 2024"); without a stated
   * year, the year of {@link #weekdayYear}; null when neither gives one.
   */
  private Integer storyYear(String text, int start, int end, int month, int day) {
    Integer stated = firstYear(text, start, end);
    if (stated == null) {
      return weekdayYear(text, start, end, month, day);
    }
    DayOfWeek named = namedWeekday(text, start, end);
    if (named != null && !fallsOn(stated, month, day, named) && fallsOn(stated + 1, month, day, named)) {
      return stated + 1;
    }
    if (named != null && !fallsOn(stated, month, day, named)) {
      // "SEOUL, Feb. 12 ... since they were first deployed in October 2024, ... said Thursday", and
      // the page states 2025 further down: the stated year began the story; its day is in 2026
      Integer later = weekdayYear(text, start, end, month, day);
      if (later != null && later > stated) {
        return later;
      }
    }
    return stated;
  }

  /** Whether the day {@code month}-{@code day} of {@code year} is a {@code weekday} (false for a day the year lacks). */
  private static boolean fallsOn(int year, int month, int day, DayOfWeek weekday) {
    try {
      return LocalDate.of(year, month, day).getDayOfWeek() == weekday;
    } catch (DateTimeException e) {
      return false; // 29 February of a year without one
    }
  }

  /**
   * The year a dateline without one takes when its paragraph, {@code text[start, end)}, names the
   * weekday of the story ("said on Tuesday"): the latest year the page states, the one after it
   * (a story of February about last year's figures) or the one before it (a story of autumn about
   * next year's budget), whichever puts the dateline's day on that weekday; null when the
   * paragraph names none, the page states no year, or none fits.
   */
  private Integer weekdayYear(String text, int start, int end, int month, int day) {
    DayOfWeek named = namedWeekday(text, start, end);
    if (named == null) {
      return null;
    }
    Integer latest = latestYear(text);
    if (latest == null) {
      return null;
    }
    // three years in a row put a day on three different weekdays, so at most one of them fits
    for (int y : new int[] {latest, latest + 1, latest - 1}) {
      try {
        if (LocalDate.of(y, month, day).getDayOfWeek() == named) {
          return y;
        }
      } catch (DateTimeException e) {
        // 29 February of a year without one
      }
    }
    return null;
  }

  /** The first weekday named in full and capitalised in {@code text[start, end)} ("Tuesday"), or null. */
  private DayOfWeek namedWeekday(String text, int start, int end) {
    for (Token x : tokenizer.tokenize(text, start, end)) {
      if (x.text.length() >= FULL_WEEKDAY && weekdays.has(x) && x.isCapitalized()) {
        String w = x.text.toLowerCase(locale);
        for (DayOfWeek d : DayOfWeek.values()) {
          if (w.equals(d.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale))
              || w.equals(d.getDisplayName(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale))) {
            return d;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The latest year the page states as four digits between {@value #EARLIEST_YEAR} and {@value
   * #LATEST_YEAR}, or null; a year a few words after "by", "until" or "before" is a deadline, not
   * the time of the story ("300,000 more by 2026", "by the end of 2026"). Read from the
   * characters of the whole page, once for each line of the top that opens a dateline without a
   * year beside a named weekday (at most {@value #DATELINE_LINES}).
   */
  private Integer latestYear(String text) {
    Integer latest = null;
    int n = text.length();
    for (int c = 0; c + YEAR_DIGITS <= n; c++) {
      if (!Tokenizer.isDigit(text.charAt(c)) || c > 0 && (Tokenizer.isDigit(text.charAt(c - 1))
          || Character.isLetter(text.charAt(c - 1)) || text.charAt(c - 1) == ',' || text.charAt(c - 1) == '.')) {
        continue;
      }
      int e = c;
      while (e < n && Tokenizer.isDigit(text.charAt(e))) {
        e++;
      }
      if (e - c == YEAR_DIGITS && (e == n || !Character.isLetter(text.charAt(e)))) {
        int y = Integer.parseInt(text.substring(c, e));
        if (y >= EARLIEST_YEAR && y <= LATEST_YEAR && !deadlineBefore(text, c) && (latest == null || y > latest)) {
          latest = y;
        }
      }
      c = e;
    }
    return latest;
  }

  /**
   * Whether a deadline's cue stands among the few words just before {@code text[c]}, with no mark
   * between ("by 2026", "by the end of 2026").
   */
  private boolean deadlineBefore(String text, int c) {
    int e = c;
    for (int words = 0; words < DEADLINE_REACH; words++) {
      while (e > 0 && text.charAt(e - 1) == ' ') {
        e--;
      }
      int s = e;
      while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        return false; // a mark or the start of the text: no cue across it
      }
      if (deadlineCues.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
        return true;
      }
      e = s;
    }
    return false;
  }

  /** How many words before a year a deadline's cue may stand ("by the end of 2026"). */
  private static final int DEADLINE_REACH = 4;

  /** How many digits a year has ("2026"). */
  private static final int YEAR_DIGITS = 4;
  /** The first and last years a page of this kind is dated in. */
  private static final int EARLIEST_YEAR = 1990;
  private static final int LATEST_YEAR = 2099;
  /** The length of the shortest weekday's full name ("Monday", "Friday", "Sunday"). */
  private static final int FULL_WEEKDAY = 6;

  /** Whether a month and its day, then a comma, stand before the year at {@code k}: "December 31, 2026". */
  private boolean monthDayBefore(List<Token> t, int k) {
    return k >= 3 && t.get(k - 1).is(",") && t.get(k - 2).isNumber() && dates.isMonth(t.get(k - 3));
  }

  /** How many of the first non-blank lines are read as the page's introduction. */
  private static final int INTRO_LINES = 4;
  /** How many characters of an introduction's paragraph are read. */
  private static final int INTRO_SPAN = 1500;
  /** How many tokens may stand between "today" and its date ("(Friday, "). */
  private static final int TODAY_GAP = 3;
  /**
   * How many words may stand between "this" and the page's noun and their cue, the noun's own
   * complement among them ("This summary of the IISS' quarterly manpower brief was prepared on").
   */
  private static final int PAGE_NOTE_REACH = 12;
  /** How many words may stand between a talk's noun and its publication cue ("was first"). */
  private static final int TALK_REACH = 3;

  /**
   * The page's date as a sentence of its introduction states it, or null: "today" and a full date
   * ("Today, 19 December 2025, is the fourth time ...", "today (Friday, 4 April 2025)"), a
   * paragraph that opens with "It is" and a full date ("It is 21 February 2025, and ..."), or an
   * interview's note on its own publication ("the conversation was published on 27 October 2025
   * and has been shortened", "This interview was recorded on 3 May 2025"), or the reporter's
   * visit ("When we met Aibek Toktogulov on 12 January 2026, ..."). A full date after
   * "today" is the day the page is written on; a report's or a law's date is none of these ("The
   * report, published on 2 May 2024, says ..."). Only the first {@value #INTRO_LINES} non-blank
   * lines are read, each up to {@value #INTRO_SPAN} characters, and only when they hold a year.
   */
  private LocalDate introDate(String text, LineIndex lines) {
    int seen = 0;
    for (int i = 0; i < lines.count() && seen < INTRO_LINES; i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      seen++;
      int s = lines.trimmedStart(i);
      int e = Math.min(lines.trimmedEnd(i), s + INTRO_SPAN);
      if (!hasFourDigits(text, s, e)) {
        continue;
      }
      List<Token> t = tokenizer.tokenize(text, s, e);
      Dated opening = t.size() > 2 && itWords.has(t.get(0)) && itCopulas.has(t.get(1)) ? weekdayAndDate(t, 2) : null;
      if (opening != null) {
        return opening.date(); // "It is 21 February 2025, and in the courtyard ..."
      }
      for (int k = 0; k < t.size(); k++) {
        LocalDate d = todayDate(t, k);
        if (d == null) {
          d = talkDate(t, k);
        }
        if (d == null) {
          d = visitDate(t, k);
        }
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * The full date after "today" at {@code k} and one to {@value #TODAY_GAP} commas, "is", brackets
   * or weekdays between them ("Today, 19 December 2025", "today (Friday, 4 April 2025)"), or null;
   * a date right after "today", with none of these between, is none.
   */
  private LocalDate todayDate(List<Token> t, int k) {
    if (!todayWords.has(t.get(k))) {
      return null;
    }
    int d = k + 1;
    for (int skipped = 0; d < t.size() && skipped < TODAY_GAP; skipped++) {
      Token x = t.get(d);
      if (x.is(",") || x.is("(") || copulas.has(x) || weekdays.has(x)) {
        d++;
      } else {
        break;
      }
    }
    if (d == k + 1 || d >= t.size()) {
      return null;
    }
    Dated at = dayMonthYear(t, d);
    return at != null ? at.date() : null;
  }

  /**
   * The date an interview's note gives its own publication at the cue {@code k} ("the conversation
   * was published on 27 October 2025", "This article was first published on 3 May 2025", "This
   * summary of the IISS' quarterly brief was prepared on 9 September 2025"): "the" and a talk's
   * noun with a few words at most before the cue, or "this" and the page's noun with its
   * complement, open the clause, and "on" perhaps stands before the full date; or null.
   */
  private LocalDate talkDate(List<Token> t, int k) {
    if (!published.has(t.get(k)) && !talkCues.has(t.get(k))) {
      return null;
    }
    boolean opened = false;
    for (int j = k - 1; j >= 1 && j >= k - 1 - PAGE_NOTE_REACH; j--) {
      if (!t.get(j).isWord() && !t.get(j).is("'") && !t.get(j).is("\u2019")) {
        return null;
      }
      Token noun = t.get(j);
      Token opener = t.get(j - 1);
      if (talkNouns.has(noun) && (selfOpeners.has(opener) || talkOpeners.has(opener)) && j >= k - 1 - TALK_REACH
          || introPageNouns.has(noun) && selfOpeners.has(opener)) {
        opened = true;
        break;
      }
    }
    if (!opened) {
      return null;
    }
    int d = k + 1 < t.size() && dateLinks.has(t.get(k + 1)) ? k + 2 : k + 1;
    Dated at = d < t.size() ? dayMonthYear(t, d) : null;
    return at != null ? at.date() : null;
  }

  /** How many tokens may stand between a visit's verb and the "on" before its date ("the village of Sary-Bulak"). */
  private static final int VISIT_REACH = 8;

  /**
   * The date of the reporter's visit at the verb {@code k} ("When we met Aibek Toktogulov on 12
   * January 2026", "I visited the village of Sary-Bulak on 3 March 2025", "We last spoke to
   * Nargiza on Friday, 14 November 2025"): "we" or "I" right before the verb or one adverb before
   * it, then a few words of whom or where, with no mark between them, "on" and a full date; or null.
   * Another's meeting ("The ministers met on ...") is an event of the story, and a "we met"
   * inside quotation marks is a speaker's.
   */
  private LocalDate visitDate(List<Token> t, int k) {
    if (!visitVerbs.has(t.get(k)) || k == 0) {
      return null;
    }
    int subject = visitSubjects.has(t.get(k - 1)) ? k - 1
        : k >= 2 && t.get(k - 1).isWord() && visitSubjects.has(t.get(k - 2)) ? k - 2 : -1;
    if (subject < 0 || insideQuote(t, subject)) {
      return null;
    }
    for (int j = k + 1; j < t.size() && j <= k + 1 + VISIT_REACH; j++) {
      Token x = t.get(j);
      if (dateLinks.has(x)) {
        Dated at = weekdayAndDate(t, j + 1);
        return at != null ? at.date() : null;
      }
      if (!x.isWord() && !x.is("-") && !x.is("'") && !x.is("\u2019")) {
        return null;
      }
    }
    return null;
  }

  /** Whether an odd number of straight double quotes stands before token {@code k}: it is inside a quotation. */
  private static boolean insideQuote(List<Token> t, int k) {
    int quotes = 0;
    for (int j = 0; j < k; j++) {
      if (t.get(j).is("\"")) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  /** Whether the line holds a time of day on a clock: one or two digits, a colon and two ("09:40"). */
  private static boolean hasClockTime(String text, int start, int end) {
    for (int c = start + 1; c + 2 < end; c++) {
      if (text.charAt(c) == ':' && Tokenizer.isDigit(text.charAt(c - 1)) && Tokenizer.isDigit(text.charAt(c + 1))
          && Tokenizer.isDigit(text.charAt(c + 2)) && (c + 3 == end || !Tokenizer.isDigit(text.charAt(c + 3)))) {
        return true;
      }
    }
    return false;
  }

  /** A cheap test before tokenizing a line: whether it holds a run of four digits. */
  private static boolean hasFourDigits(String text, int start, int end) {
    int run = 0;
    for (int c = start; c < end; c++) {
      run = Tokenizer.isDigit(text.charAt(c)) ? run + 1 : 0;
      if (run == YEAR_DIGITS) {
        return true;
      }
    }
    return false;
  }
}

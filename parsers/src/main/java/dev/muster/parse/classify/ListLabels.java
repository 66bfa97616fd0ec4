package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The short lines of a fact box and the line that leads them: a list line is a label and its
 * one value ("- Tatarstan: 1.1 million roubles", "• Bashkortostan — 2 million roubles", "Nepal:
 * 1,200", "1. Bashkortostan: 4,500"), with no words of its own that say what is counted; its lead is the line just before
 * the list with no figure of its own, which says it ("Signing bonuses announced by regions this
 * month:", "Foreign fighters identified so far, by country:"). A list line is read as its value
 * followed by the words of its lead ("1,200 Foreign fighters identified so far, by country"), so
 * that the lead gives its measure, rate, period and sources.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListLabels {

  /** How many words a label may have ("Other countries", "Democratic Republic of the Congo"). */
  static final int LABEL_WORDS = 5;
  /** How many tokens a lead may have: a heading or one short sentence. */
  static final int LEAD_TOKENS = 40;
  /** How many tokens a list line's value may have ("more than 1.1 million roubles ($12,000)."). */
  static final int VALUE_TOKENS = 10;
  /** How far after the separator a list line's number must stand ("more than $1,000"). */
  static final int VALUE_START = 4;

  private final Words markers;
  private final Words separators;
  private final Words sentenceEnds;
  /** ".", ")": the mark after the number of a numbered list's item. */
  private final Words numberMarks;
  /** Words of a category item's label that say its number is no count of people ("Average age"). */
  private final Words categoryNotCounted;

  public ListLabels(Lexicon lex) {
    this.markers = lex.optionalWords("document.list-markers");
    this.separators = lex.optionalWords("classify.label-separators");
    this.sentenceEnds = lex.optionalWords("classify.sentence-ends");
    this.numberMarks = lex.optionalWords("classify.list-number-marks");
    this.categoryNotCounted = lex.optionalWords("classify.category-not-counted");
  }

  /** How many tokens a category item's label may have ("Men who joined the army on contract after ..."). */
  static final int CATEGORY_TOKENS = 16;

  /**
   * The number of a category item, or null when the tokens are none: a marked line ("- ", "• ",
   * "2. ") whose label of up to {@value #CATEGORY_TOKENS} words, in any case and with no digits but a year,
   * ends at a colon or a spaced dash, with a count of people ({@code found}, no amount) right after it and
   * nothing after it but the end, a full stop, a comma or a semicolon ("- Inmates taken from penal
   * colonies: about 9,400;", "2. Evading registration: 450."), or such a line with no marker when
   * it is a line of its own or follows a numbered item's number alone ({@code unmarked}). A label with a word of averages,
   * shares or times ("Average age", "Share of ...") makes no item.
   */
  public QuantityMention categoryValue(List<Token> t, List<QuantityMention> found, boolean unmarked) {
    int k = markerEnd(t);
    if (k == 0 && !unmarked || found.isEmpty()) {
      return null;
    }
    int colon = -1;
    for (int j = k; j < t.size() && j <= k + CATEGORY_TOKENS; j++) {
      Token x = t.get(j);
      if (x.is(":") || separators.has(x) && x.spaceBefore) {
        colon = j; // "- Evading registration: 450.", "- Republic of Cuba – 9"
        break;
      }
      if (x.isNumber() && Character.isDigit(x.text.charAt(0)) && !x.text.matches("(?:19|20)\\d\\d")
          || categoryNotCounted.has(x)
          || !x.isWord() && !x.isNumber() && !x.is(",") && !x.is("'")) {
        return null;
      }
    }
    if (colon <= k) {
      return null;
    }
    for (QuantityMention q : found) {
      if (q.first() == colon + 1) {
        boolean ends = q.end() == t.size() || t.get(q.end()).is(".") || t.get(q.end()).is(",")
            || t.get(q.end()).is(";");
        return ends && q.unit() == null ? q : null;
      }
    }
    return null;
  }

  /**
   * Whether a category item's value {@code q} stands after a dash, not a colon ("- Republic of Cuba
   * – 9"): such an item is read only when its label names a place, since a dashed list also tallies
   * things ("• aircraft – 428").
   */
  public boolean dashed(List<Token> t, QuantityMention q) {
    return q.first() > 0 && !t.get(q.first() - 1).is(":");
  }

  /**
   * Whether the tokens are a list line: an optional list marker or item number, a label of up to {@value
   * #LABEL_WORDS} words that starts with a capital and has no number, a separator, then at most
   * {@value #VALUE_TOKENS} tokens with a number among the first {@value #VALUE_START} and no clause
   * mark but a full stop at the end.
   */
  public boolean line(List<Token> t) {
    int k = separator(t);
    if (k < 0 || t.size() - k - 1 > VALUE_TOKENS) {
      return false;
    }
    boolean number = false;
    for (int j = k + 1; j < t.size(); j++) {
      Token x = t.get(j);
      number |= x.isNumber() && j <= k + VALUE_START; // "about 900", "more than $1,000", not "... 12 червня"
      if (j < t.size() - 1 && (x.is(",") || x.is(";") || x.is(":") || x.is("."))) {
        return false; // "Nepal: 1,200, most of them ..." goes on as a sentence
      }
    }
    return number;
  }

  /** The index of the separator after a list line's label, or -1 when the tokens have no label. */
  int separator(List<Token> t) {
    int k = markerEnd(t);
    if (k >= t.size() || !t.get(k).isCapitalized()) {
      return -1;
    }
    for (int words = 0; k < t.size(); k++) {
      Token x = t.get(k);
      if (separators.has(x)) {
        return words > 0 ? k : -1;
      }
      if (!x.isWord() || ++words > LABEL_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a list line's marker: "-", "•", or a number of a numbered list ("1.", "3)"); 0 when none. */
  int markerEnd(List<Token> t) {
    if (!t.isEmpty() && markers.has(t.get(0))) {
      return 1;
    }
    return t.size() > 2 && numbered(t) ? 2 : 0;
  }

  /**
   * Whether the tokens are an item of a list, perhaps one that goes on after its value: a line
   * that opens with a marker or an item's number ("- ", "2."), or with a label and its separator
   * ("Tuva: 640 killed, among them ...").
   */
  public boolean item(List<Token> t) {
    return markerEnd(t) > 0 || separator(t) >= 0;
  }

  /** Whether the tokens are only a numbered list's number ("1."), which the line after it goes on. */
  public boolean numberOnly(List<Token> t) {
    return t.size() == 2 && numbered(t);
  }

  /** Whether the first two of at least two tokens are a numbered list's number and its mark ("1.", "3)"). */
  private boolean numbered(List<Token> t) {
    return t.get(0).isNumber() && t.get(0).text.length() <= 2 && numberMarks.has(t.get(1));
  }

  /** The quantities of a list line after its label: not the number of a numbered item ("1."). */
  public List<QuantityMention> values(List<Token> t, List<QuantityMention> found) {
    int separator = separator(t);
    List<QuantityMention> out = new ArrayList<>(found.size());
    for (QuantityMention q : found) {
      if (q.first() > separator) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * Whether {@code q} is all a list line's value says, right after its separator and with no more
   * than a full stop after it: "Nepal: 1,200", not "Nepal: 1,200 recruits", whose words say what
   * is counted.
   */
  public boolean valueOnly(List<Token> t, QuantityMention q) {
    return q.first() == separator(t) + 1 && (q.end() == t.size() || q.end() == t.size() - 1 && t.get(q.end()).is("."));
  }

  /**
   * Whether a line with no figure may lead a list: a heading (no full stop at its end) or a line
   * that ends with a colon, of at most {@value #LEAD_TOKENS} tokens, that is no list line itself.
   */
  public boolean lead(List<Token> t) {
    return !t.isEmpty() && t.size() <= LEAD_TOKENS && !sentenceEnds.has(t.get(t.size() - 1)) && !line(t);
  }

  /**
   * The list line {@code item} read under its lead: the tokens of its first quantity, then the
   * lead's words less a list marker and a closing colon; the line's place, paragraph and
   * language stay its own.
   */
  public Sentence underLead(Sentence item, QuantityMention q, Sentence lead) {
    List<Token> l = lead.tokens();
    int from = !l.isEmpty() && markers.has(l.get(0)) ? 1 : 0;
    int to = !l.isEmpty() && l.get(l.size() - 1).is(":") ? l.size() - 1 : l.size();
    List<Token> joined = new ArrayList<>(q.end() - q.first() + to - from);
    joined.addAll(item.tokens().subList(q.first(), q.end()));
    joined.addAll(l.subList(from, Math.max(from, to)));
    return new Sentence(item.paragraph(), item.start(), item.end(), joined, item.skip(), item.language());
  }
}

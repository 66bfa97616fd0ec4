package dev.muster.parse.attribution;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.TokenSpan;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * Finds the names of groups the source table does not know, which the text names with a common
 * noun of organisation in apposition: before the name ("the rights group Nadezhda", "the
 * association "Mothers of the Front"") or after it ("Vostok Watch, a monitoring project in
 * Almaty,"). A name that is a place, a name the table or the generic names know, or a person's
 * (set off with an age) is none.
 *
 * <p>Immutable and thread-safe.
 */
final class GroupNames {

  /** The most tokens of a name: capitalised words and the small words linking them. */
  static final int NAME_MAX = 8;

  /** The ending of an adverb between a name and its verb ("recently said"). */
  private static final String ADVERB_ENDING = "ly";

  /** The fewest letters of a one-word name: "X" after "the social network" is none. */
  static final int SHORTEST = 3;

  /** The most words between the article of an apposition after a name and its noun ("a small research group"). */
  static final int DESCRIPTOR_MAX = 3;

  private final Lexicon lex;
  private final Words groupNouns;
  private final Words followers;
  private final Words nameLinks;
  private final Words and;
  private final Words the;
  private final Words indefinites;
  private final Words months;
  private final Words weekdays;
  private final Words sayVerbs;
  private final Words auxiliaries;

  GroupNames(Lexicon lex) {
    this.lex = lex;
    this.groupNouns = lex.optionalWords("attribution.group-nouns");
    this.followers = lex.optionalWords("attribution.group-noun-followers");
    this.nameLinks = lex.optionalWords("attribution.name-links");
    this.and = lex.words("attribution.and");
    this.the = lex.optionalWords("attribution.the");
    this.indefinites = lex.optionalWords("attribution.indefinites");
    this.months = lex.optionalWords("time.months");
    this.weekdays = lex.optionalWords("time.weekdays");
    this.sayVerbs = lex.words("attribution.say-verbs");
    this.auxiliaries = lex.optionalWords("attribution.auxiliaries");
  }

  /**
   * The span of a group's name that a noun of organisation at token {@code i} opens ("group
   * Nadezhda", "association "Mothers of the Front"", "a local group, Widows of Osh,"), without its
   * quotation marks; null when none.
   */
  TokenSpan afterNoun(List<Token> t, int i) {
    if (groupNouns.isEmpty() || i + 1 >= t.size() || !groupNouns.has(t.get(i)) || t.get(i + 1).is("'")) {
      return null;
    }
    if (t.get(i).isCapitalized() && !t.get(i).isAllCaps()) {
      return null; // "Rights Group Says ...": a headline's capitals
    }
    boolean comma = t.get(i + 1).is(",") && i + 2 < t.size();
    TokenSpan name = name(t, comma ? i + 2 : i + 1);
    if (name == null || afterNameIsPerson(t, name) || relativeSubject(t, name.end())) {
      return null;
    }
    int after = afterName(name, comma ? i + 2 : i + 1);
    // "a local group, Widows of Osh, says": set off by commas, the name must close its apposition
    return !comma || after < t.size() && t.get(after).is(",") ? name : null;
  }

  /**
   * The span of a name at token {@code i} that an apposition with a noun of organisation follows
   * ("Vostok Watch, a monitoring project in Almaty, said"), without its quotation marks; null when
   * none. The name must start there, not inside a longer run of capitals.
   */
  TokenSpan beforeApposition(List<Token> t, int i) {
    if (groupNouns.isEmpty() || i > 0 && t.get(i - 1).isWord() && t.get(i - 1).isCapitalized()) {
      return null;
    }
    TokenSpan name = name(t, i);
    if (name == null) {
      return null;
    }
    int c = afterName(name, i);
    if (c + 2 >= t.size() || !t.get(c).is(",") || !indefinites.has(t.get(c + 1))) {
      return null;
    }
    for (int k = c + 2; k < t.size() && k <= c + 2 + DESCRIPTOR_MAX; k++) {
      Token x = t.get(k);
      if (groupNouns.has(x) && !x.isCapitalized()) {
        return k + 1 >= t.size() || t.get(k + 1).isPunct() || followers.has(t.get(k + 1)) ? name : null;
      }
      if (x.isPunct() && !x.is("-") || x.isNumber()) {
        return null;
      }
    }
    return null;
  }

  /** The index after a name found at {@code k}, past its closing quotation mark when it is quoted. */
  private static int afterName(TokenSpan name, int k) {
    return name.start() > k ? name.end() + 1 : name.end();
  }

  /**
   * The span of a name at token {@code k}: a quoted run of words that opens with a capital, or
   * capitalised words with small linking words inside; null for a name the table or the generic
   * names know, a place, a month, or no name.
   */
  private TokenSpan name(List<Token> t, int k) {
    boolean quoted = t.get(k).is("\"");
    int s = quoted ? k + 1 : k;
    if (s >= t.size() || !t.get(s).isWord() || !t.get(s).isCapitalized() || the.has(t.get(s))
        || indefinites.has(t.get(s)) || months.has(t.get(s)) || weekdays.has(t.get(s)) || sayVerbs.has(t.get(s))) {
      return null;
    }
    int end = quoted ? quotedEnd(t, s) : capitalsEnd(t, s);
    if (end <= s || end == s + 1 && t.get(s).text.length() < SHORTEST
        || lex.sources.longest(t, s) != null || lex.genericSources.longest(t, s) != null) {
      return null;
    }
    PhraseIndex.Match<Lexicon.Place> place = lex.places.longest(t, s, end);
    return place != null && s + place.length == end ? null : new TokenSpan(s, end);
  }

  /** The index of the closing quotation mark of a name opening at {@code s}, or -1. */
  private static int quotedEnd(List<Token> t, int s) {
    for (int k = s; k < t.size() && k < s + NAME_MAX + 1; k++) {
      Token x = t.get(k);
      if (x.is("\"")) {
        return k;
      }
      if (x.isPunct() && !x.is("-") && !x.is("'")) {
        return -1;
      }
    }
    return -1;
  }

  /** The index after the capitalised words of a name opening at {@code s}. */
  private int capitalsEnd(List<Token> t, int s) {
    int end = s;
    for (int k = s; k < t.size() && k < s + NAME_MAX; k++) {
      Token x = t.get(k);
      if (x.isWord() && x.isCapitalized()) {
        end = k + 1;
      } else if (!(x.isWord() && nameLinks.has(x) && !and.has(x) && !x.isCapitalized())) {
        break;
      }
    }
    return end;
  }

  /**
   * Whether a verb of a clause (with a particle) and a say-verb follow a name at {@code e} ("the
   * group Ivan Petrov founded says", "the foundation X set up says"): the name is the subject of a clause that qualifies the noun, not the group's.
   */
  private boolean relativeSubject(List<Token> t, int e) {
    if (e + 1 >= t.size()) {
      return false;
    }
    Token x = t.get(e);
    return x.isWord() && !x.isCapitalized() && !sayVerbs.has(x) && !auxiliaries.has(x) && !nameLinks.has(x)
        && !x.key.endsWith(ADVERB_ENDING) && (sayVerbs.has(t.get(e + 1))
        || e + 2 < t.size() && t.get(e + 1).isWord() && !t.get(e + 1).isCapitalized() && sayVerbs.has(t.get(e + 2)));
  }

  /** Whether an age set off by commas follows the name: a person's ("Nadezhda, 41, said"). */
  private static boolean afterNameIsPerson(List<Token> t, TokenSpan name) {
    return SourceNames.aged(t, name.end());
  }
}

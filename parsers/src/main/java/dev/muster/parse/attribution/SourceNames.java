package dev.muster.parse.attribution;

import dev.muster.Origin;
import dev.muster.Source;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.TokenSpan;
import dev.muster.parse.token.Words;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the source names of a sentence, longest first: the names and aliases of the source table,
 * and generic names ("the Ministry", "the defence ministry") that stand for a body named earlier
 * in the document, or for the one body of a country the story is about.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceNames {

  private final Lexicon lex;
  private final Words and;
  private final Words sayVerbs;
  private final Words placePrepositions;

  public SourceNames(Lexicon lex) {
    this.lex = lex;
    this.and = lex.words("attribution.and");
    this.sayVerbs = lex.words("attribution.say-verbs");
    this.placePrepositions = lex.optionalWords("attribution.place-prepositions");
  }

  /** How many of the sources named earlier a surname may stand for, newest first. */
  static final int SURNAME_REACH = 8;

  /** A generic name's keyword that starts so names a kind of body, not a word of its name. */
  static final String KIND_KEYWORD = "@";

  /**
   * Adds the source names in the tokens to {@code names} and their token spans to {@code spans}.
   * A generic name stands for the latest body in {@code earlier} (newest first) whose name
   * contains its keyword;
   * with none, for the one body of a hinted country ("the country's defence ministry" in a story
   * about Sri Lanka), or for the only body whose name has the keyword ("the Investigative
   * Committee"); it is left out when there is none.
   */
  public void find(List<Token> t, Iterable<Source> earlier, List<Origin> hints, List<Source> names,
      List<TokenSpan> spans) {
    int i = 0;
    while (i < t.size()) {
      PhraseIndex.Match<Source> m = lex.sources.longest(t, i);
      PhraseIndex.Match<String> g = lex.genericSources.longest(t, i);
      if (m == null && i + 2 < t.size() && and.has(t.get(i + 1)) && t.get(i).isCapitalized()) {
        // "US and South Korean officials": the first adjective shares the second name's noun
        PhraseIndex.Match<Source> second = lex.sources.longest(t, i + 2);
        if (second != null) {
          PhraseIndex.Match<Source> first = lex.sources.longest(List.of(t.get(i), t.get(i + 1 + second.length)), 0);
          if (first != null && first.length == 2 && !first.value.equals(second.value)) {
            spans.add(new TokenSpan(i, i + 1));
            names.add(first.value);
            i++;
            continue;
          }
        }
      }
      if (m != null && (g == null || m.length >= g.length)) {
        int end = i + m.length;
        for (int j = i + 1; j < i + m.length; j++) {
          // "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War": a longer
          // name of the same body inside the match ends it
          PhraseIndex.Match<Source> inner = lex.sources.longest(t, j);
          if (inner != null && inner.value.equals(m.value) && j + inner.length > end) {
            end = j + inner.length;
          }
        }
        spans.add(new TokenSpan(i, end));
        names.add(m.value);
        i = end;
        continue;
      }
      if (g != null && i + 1 < t.size()) {
        // "the General Staff of Ukraine": a full name after the article beats the generic one
        PhraseIndex.Match<Source> full = lex.sources.longest(t, i + 1);
        if (full != null && full.length + 1 >= g.length) {
          i++;
          continue;
        }
        // "The Ministry of Foreign Affairs": a longer generic name after the article beats "the Ministry"
        PhraseIndex.Match<String> longer = lex.genericSources.longest(t, i + 1);
        if (longer != null && longer.length + 1 > g.length) {
          i++;
          continue;
        }
      }
      if (g == null && i > 0 && t.get(i).isCapitalized() && t.get(i).text.length() >= 4 && speaks(t, i)
          && lex.places.longest(t, i) == null) {
        Source named = bySurname(t.get(i), earlier);
        if (named != null) {
          // "Olga Romanova ... Romanova's group estimates": a person's surname named in full earlier
          spans.add(new TokenSpan(i, i + 1));
          names.add(named);
          i++;
          continue;
        }
      }
      if (g != null && i > 0 && placePrepositions.has(t.get(i - 1)) && lex.places.longest(t, i) != null) {
        i += g.length; // "lawmakers in Seoul", "an institute in Seoul estimates": a place, not a speaker
        continue;
      }
      if (g != null) {
        Origin owner = owner(t, i);
        Source resolved = owner != null ? ofCountry(g.value, owner, t, i, g.length)
            : resolve(g.value, earlier, hints, t, i, g.length);
        if (resolved != null) {
          spans.add(new TokenSpan(i, i + g.length));
          names.add(resolved);
          i += g.length;
        } else {
          i++;
        }
        continue;
      }
      i++;
    }
  }

  /**
   * The source among the last {@value #SURNAME_REACH} named earlier that has a personal name of two
   * words ("Olga Romanova", not "BBC Russian") ending in the token ("Romanova"), or null.
   */
  private static Source bySurname(Token x, Iterable<Source> earlier) {
    int n = 0;
    for (Source s : earlier) {
      if (n++ >= SURNAME_REACH) {
        break;
      }
      for (String alias : namesOf(s)) {
        int space = alias.lastIndexOf(' ');
        if (space > 1 && alias.length() - space - 1 == x.text.length() && alias.endsWith(x.text)
            && Character.isUpperCase(alias.charAt(0)) && Character.isLowerCase(alias.charAt(1))
            && alias.indexOf(' ') == space) {
          return s;
        }
      }
    }
    return null;
  }

  /** "Romanova said", "Romanova's group estimates", "said Romanova": a word placed as a speaker. */
  private boolean speaks(List<Token> t, int i) {
    return i + 1 < t.size() && (t.get(i + 1).is("'") || sayVerbs.has(t.get(i + 1))) || sayVerbs.has(t.get(i - 1));
  }

  private static List<String> namesOf(Source s) {
    List<String> all = new java.util.ArrayList<>(s.aliases().size() + 1);
    all.add(s.name());
    all.addAll(s.aliases());
    return all;
  }

  private Source resolve(String keyword, Iterable<Source> earlier, List<Origin> hints, List<Token> t,
      int from, int length) {
    if (keyword.startsWith(KIND_KEYWORD)) {
      // "издание", "журналісти": the latest body of a kind ("@media_outlet"), whatever its name
      String kind = keyword.substring(KIND_KEYWORD.length());
      for (Source s : earlier) {
        if (s.kind().name().equalsIgnoreCase(kind)) {
          return s;
        }
      }
      return null;
    }
    for (Source s : earlier) {
      if (s.name().toLowerCase(Locale.ROOT).contains(keyword)) {
        return s;
      }
    }
    for (Origin o : hints) {
      Source s = ofCountry(keyword, o, t, from, length);
      if (s != null) {
        return s;
      }
    }
    List<Map.Entry<String, Source>> withKeyword = lex.sourcesWithKeyword(keyword);
    return withKeyword.size() == 1 ? withKeyword.get(0).getValue() : null;
  }

  /**
   * The body of {@code origin} whose name has the keyword and most of the generic name's other
   * words ("the foreign ministry" of Russia is the Russian Foreign Ministry, not the Russian
   * Foreign Intelligence Service), or null.
   */
  private Source ofCountry(String keyword, Origin origin, List<Token> t, int from, int length) {
    Source best = null;
    int bestWords = -1;
    for (Map.Entry<String, Source> e : lex.sourcesWithKeyword(keyword)) {
      if (!namesPlace(e.getKey(), origin)) {
        continue;
      }
      int words = 0;
      for (int k = from; k < from + length; k++) {
        if (t.get(k).isWord() && t.get(k).text.length() > 3
            && e.getKey().contains(t.get(k).text.toLowerCase(Locale.ROOT))) {
          words++;
        }
      }
      if (words > bestWords) {
        best = e.getValue();
        bestWords = words;
      }
    }
    return best;
  }

  private boolean namesPlace(String name, Origin origin) {
    for (String w : lex.placeWords(origin)) {
      if (w.length() > 3 && name.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country the words just before a generic name give it ("Kazakhstan's foreign ministry",
   * "the Kazakh foreign ministry"), or null.
   */
  private Origin owner(List<Token> t, int i) {
    int end = i;
    if (end >= 2 && t.get(end - 1).is("s") && (t.get(end - 2).is("'") || t.get(end - 2).is("\u2019"))) {
      end -= 2;
    }
    for (int j = Math.max(0, end - 4); j < end; j++) {
      PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, j);
      if (p != null && j + p.length == end) {
        return p.value.origin;
      }
    }
    return null;
  }
}

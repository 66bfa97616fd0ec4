package dev.muster.parse.document;

import dev.muster.Origin;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.segment.Segments;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage document, first pass: reads a document's {@link DocumentTopic} from its sentences, in one
 * pass over each sentence: demonyms that head or modify a people noun (the story's topic), every
 * place named, and the words that mention Russia.
 *
 * <p>Immutable and thread-safe.
 */
public final class Topics {

  private final Lexicon lex;
  private final Words russiaWords;
  /** Words that name Ukraine or its own institutions ("ЗСУ", "ТЦК"); none in English. */
  private final Words ukraineWords;
  /** Words that name a region or city inside Russia ("Orenburg", "Siberia"). */
  private final Words russianRegions;
  /** "-", "•": the marks a list item opens with. */
  private final Words listMarkers;
  /** ":", "—": what ends a label. */
  private final Words labelSeparators;
  /** "foreign": a word that makes the people after it foreigners. */
  private final Words foreignWords;

  public Topics(Lexicon lex) {
    this.lex = lex;
    this.russiaWords = lex.optionalWords("document.russia-words");
    this.ukraineWords = lex.optionalWords("document.ukraine-words");
    this.russianRegions = lex.optionalWords("document.russian-regions");
    this.listMarkers = lex.optionalWords("document.list-markers");
    this.labelSeparators = lex.optionalWords("classify.label-separators");
    this.foreignWords = lex.optionalWords("classify.foreign-words");
  }

  /** Returns the topic of the segmented document, all of whose sentences are of this lexicon's language. */
  public DocumentTopic of(Segments segments) {
    return of(segments, language -> this);
  }

  /**
   * Returns the topic of the segmented document, each sentence read with the topics of its
   * language, {@code byLanguage.apply(sentence.language())}.
   */
  public static DocumentTopic of(Segments segments, java.util.function.Function<String, Topics> byLanguage) {
    Map<Origin, Integer> topicCounts = new HashMap<>();
    Map<Origin, Integer> placeCounts = new HashMap<>();
    List<List<Origin>> countries = new ArrayList<>(segments.sentences().size());
    int[] mentions = new int[3];
    List<Integer> russiaAt = new ArrayList<>();
    Map<Integer, Origin> labels = new HashMap<>();
    Map<Integer, Set<Origin>> paragraphCountries = new HashMap<>();
    Map<Integer, Integer> paragraphCountryAt = new HashMap<>();
    int paragraph = -1;
    // each paragraph's sentence count and its first sentence read by its language, for the headings
    Map<Integer, Integer> sentenceCounts = new HashMap<>();
    Map<Integer, Optional<Optional<Origin>>> headingPeople = new HashMap<>();
    for (Sentence s : segments.sentences()) {
      sentenceCounts.merge(s.paragraph(), 1, Integer::sum);
      List<Origin> named = new ArrayList<>(2);
      Topics topics = byLanguage.apply(s.language());
      topics.count(s.tokens(), topicCounts, placeCounts, named, mentions, russiaAt);
      countries.add(named);
      paragraphCountries.computeIfAbsent(s.paragraph(), p -> new HashSet<>()).addAll(named);
      if (!named.isEmpty()) {
        paragraphCountryAt.putIfAbsent(s.paragraph(), s.start());
      }
      if (s.paragraph() != paragraph) {
        paragraph = s.paragraph();
        topics.label(s.tokens()).ifPresent(o -> labels.put(s.paragraph(), o));
        headingPeople.put(s.paragraph(), topics.headingPeople(s.tokens()));
      }
    }
    return new DocumentTopic(topicOf(topicCounts), placeCounts, mentions[0], mentions[1], countries, russiaAt,
        mentions[2], labels, paragraphCountries, paragraphCountryAt, headed(paragraph, sentenceCounts, headingPeople));
  }

  /**
   * The people of the question heading over each paragraph: from a heading (a paragraph of one short
   * question after the title) to the next, the one people it names, if it names one.
   */
  private static Map<Integer, Origin> headed(int last, Map<Integer, Integer> sentenceCounts,
      Map<Integer, Optional<Optional<Origin>>> headingPeople) {
    Map<Integer, Origin> out = new HashMap<>();
    Origin current = null;
    int title = sentenceCounts.keySet().stream().min(Integer::compare).orElse(0);
    for (int p = title + 1; p <= last; p++) {
      Optional<Optional<Origin>> heading = headingPeople.getOrDefault(p, Optional.empty());
      if (heading.isPresent() && sentenceCounts.getOrDefault(p, 0) == 1) {
        current = heading.get().orElse(null);
      } else if (current != null && sentenceCounts.containsKey(p)) {
        out.put(p, current);
      }
    }
    return out;
  }

  /** How many tokens a question heading has at most ("How many Russians are actually fighting?"). */
  static final int HEADING_MAX = 12;

  /** How many tokens besides its places an elliptic heading has at most, whose country is its people ("What about North Korea?"). */
  static final int ELLIPTIC_HEADING_MAX = 3;

  /** How many of a sentence's tokens are part of a place's name. */
  private int placeTokens(List<Token> t) {
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, i);
      if (pm != null) {
        n += pm.length;
        i += pm.length - 1;
      }
    }
    return n;
  }

  /**
   * Whether a sentence is a short question, as a heading is, and if so the one people it names: a
   * people ("How many Russians are fighting?"), a country's own ("How big is Russia's army?"), a
   * country alone ("And Ukraine?"), or foreigners ("What are foreign recruits promised?"); empty
   * inside when it names none or more than one.
   */
  private Optional<Optional<Origin>> headingPeople(List<Token> t) {
    if (t.isEmpty() || t.size() > HEADING_MAX || !t.get(t.size() - 1).is("?")) {
      return Optional.empty();
    }
    Set<Origin> named = new HashSet<>();
    boolean elliptic = t.size() - placeTokens(t) <= ELLIPTIC_HEADING_MAX;
    for (int i = 0; i < t.size(); i++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, i);
      if (pm != null) {
        int after = i + pm.length;
        // a people ("Russians"), a country's own ("Russia's army"), or a country alone in an
        // elliptic heading ("And Ukraine?"); not the actor of "Can Russia keep this up?"
        if (pm.value.demonym || elliptic
            || after + 1 < t.size() && t.get(after).is("'") && t.get(after + 1).is("s")) {
          named.add(pm.value.origin);
        }
        i = after - 1;
        continue;
      }
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, i);
      if (foreignWords.has(t.get(i)) || nm != null && nm.value.nounClass == Lexicon.NounClass.FOREIGN) {
        named.add(Origin.FOREIGN);
      }
    }
    return Optional.of(named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty());
  }

  /**
   * Counts the places of one sentence, adds its mentions of Russia, of Ukraine and of Russia's regions
   * to {@code mentions} and where those of Russia start to {@code russiaAt}.
   */
  private void count(List<Token> t, Map<Origin, Integer> topicCounts, Map<Origin, Integer> placeCounts,
      List<Origin> countries, int[] mentions, List<Integer> russiaAt) {
    int i = 0;
    while (i < t.size()) {
      Token x = t.get(i);
      if (russiaWords.has(x)) {
        mentions[0]++;
        russiaAt.add(x.start);
      } else if (ukraineWords.has(x)) {
        mentions[1]++;
      } else if (russianRegions.has(x)) {
        mentions[2]++;
      }
      PhraseIndex.Match<Lexicon.Place> pm = x.isWord() ? lex.places.longest(t, i) : null;
      if (pm == null) {
        i++;
        continue;
      }
      placeCounts.merge(pm.value.origin, 1, Integer::sum);
      if (pm.value.origin.isCountry() && !countries.contains(pm.value.origin)) {
        countries.add(pm.value.origin);
      }
      int k = i + pm.length;
      if (pm.value.demonym && pm.value.origin.isCountry()) {
        Token last = t.get(k - 1);
        boolean people = last.text.endsWith("s") && !last.text.endsWith("ss")
            && Character.isUpperCase(last.text.charAt(0));
        if (!people && k < t.size()) {
          PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k);
          people = nm != null && (nm.value.nounClass == Lexicon.NounClass.PERSON
              || nm.value.nounClass == Lexicon.NounClass.FOREIGN);
        }
        if (people) {
          topicCounts.merge(pm.value.origin, 1, Integer::sum);
        }
      }
      i = k;
    }
  }

  /**
   * The country a paragraph's first sentence is labelled with: a list mark, a country's name and a
   * separator, then a sentence of its own ("- Nepal: The ministry said ...", "• Kenya — Police say
   * ..."); a short line with only a value ("- Nepal: 1,200") is a fact box's, which reads it itself.
   */
  private Optional<Origin> label(List<Token> t) {
    if (t.size() < LABELLED_MIN || !listMarkers.has(t.get(0)) || !t.get(1).isWord()) {
      return Optional.empty();
    }
    PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, 1);
    if (pm == null || pm.value.demonym || !pm.value.origin.isCountry() || 1 + pm.length >= t.size()
        || !labelSeparators.has(t.get(1 + pm.length))) {
      return Optional.empty();
    }
    return Optional.of(pm.value.origin);
  }

  /** How many tokens a labelled paragraph's first sentence has at the least: more than a fact box line. */
  static final int LABELLED_MIN = 12;

  /** The people a story is about: the most frequent demonym that heads or modifies a people noun. */
  private static Optional<Origin> topicOf(Map<Origin, Integer> counts) {
    Origin best = null;
    int bestCount = 0;
    int total = 0;
    for (Map.Entry<Origin, Integer> e : counts.entrySet()) {
      total += e.getValue();
      if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount >= 2 && bestCount * 2 > total ? Optional.of(best) : Optional.empty();
  }
}

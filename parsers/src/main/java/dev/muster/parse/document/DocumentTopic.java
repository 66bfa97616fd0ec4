package dev.muster.parse.document;

import dev.muster.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a whole document is about, from a first pass over its sentences: the people the story is
 * about (the most frequent demonym that heads or modifies a people noun, when it is most of
 * them), how often each place is named, how often Russia is mentioned, and the countries each
 * sentence names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param topic the people the story is about, if one stands out
 * @param placeCounts how often each place is named
 * @param russiaMentions how many words mention Russia ("Russia", "Moscow", "Kremlin", ...)
 * @param ukraineMentions how many words name Ukraine or its own institutions ("ЗСУ", "ТЦК")
 * @param countries the countries each sentence names, in text order, by sentence index
 * @param russiaAt where the words that mention Russia start in the text, in text order
 * @param regionMentions how many words name a region or city inside Russia ("Orenburg", "Siberia")
 * @param labels the country each labelled paragraph is about ("- Nepal: The ministry said ..."), by
 *     paragraph index
 * @param paragraphCountries the countries each paragraph names, by paragraph index
 * @param paragraphCountryAt where the first sentence of each paragraph that names a country starts
 * @param headings the one people each paragraph under a question heading is about ("And Ukraine?",
 *     "What are foreign recruits promised?"), by paragraph index
 */
public record DocumentTopic(Optional<Origin> topic, Map<Origin, Integer> placeCounts, int russiaMentions,
    int ukraineMentions, List<List<Origin>> countries, List<Integer> russiaAt, int regionMentions,
    Map<Integer, Origin> labels, Map<Integer, Set<Origin>> paragraphCountries,
    Map<Integer, Integer> paragraphCountryAt, Map<Integer, Origin> headings) {

  public DocumentTopic {
    // not copied: the rules read the counts in the map's own order
    placeCounts = Collections.unmodifiableMap(placeCounts);
    countries = List.copyOf(countries);
    russiaAt = List.copyOf(russiaAt);
    labels = Map.copyOf(labels);
    paragraphCountries = Map.copyOf(paragraphCountries);
    paragraphCountryAt = Map.copyOf(paragraphCountryAt);
    headings = Map.copyOf(headings);
  }

  /**
   * A topic whose text names nothing of Ukraine's own ({@code ukraineMentions} 0), and that does not
   * say where its mentions of Russia are.
   */
  public DocumentTopic(Optional<Origin> topic, Map<Origin, Integer> placeCounts, int russiaMentions,
      List<List<Origin>> countries) {
    this(topic, placeCounts, russiaMentions, 0, countries, List.of(), 0, Map.of(), Map.of(), Map.of(), Map.of());
  }

  /**
   * This topic for the sentences from index {@code first} on: the same counts, which the text before
   * still tells (a dateline's "MOSCOW"), and the sentences' countries renumbered from there.
   */
  public DocumentTopic from(int first) {
    return first == 0 ? this : new DocumentTopic(topic, placeCounts, russiaMentions, ukraineMentions,
        countries.subList(first, countries.size()), russiaAt, regionMentions, labels,
        paragraphCountries, paragraphCountryAt, headings);
  }

  /**
   * How many words place the story in Russia: those that mention Russia, and those that name a
   * region or city inside it when there are at least {@value #REGION_WORDS_MIN} of them (a regional
   * digest that says "Orenburg" and "the special military operation" but hardly "Russia"; not a
   * short item that names one region twice).
   */
  public int inRussiaMentions() {
    return russiaMentions + (regionMentions >= REGION_WORDS_MIN ? regionMentions : 0);
  }

  /** How many words naming Russia's regions or cities place a story there. */
  static final int REGION_WORDS_MIN = 3;

  /**
   * The countries the story names at least {@value #CURRENCY_COUNTRY_MIN} times, with how often, the most
   * often named first: whose money an amount of a currency several countries share ("rupees") may be when neither
   * its sentence nor the story's people say (a story set in one country's villages that hardly names
   * its people).
   */
  public List<Map.Entry<Origin, Integer>> storyCountries() {
    return placeCounts.entrySet().stream()
        .filter(e -> e.getKey().isCountry() && e.getValue() >= CURRENCY_COUNTRY_MIN)
        .sorted(Map.Entry.<Origin, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }

  /** How many times a country must be named for the story's shared-currency amounts to be its money. */
  static final int CURRENCY_COUNTRY_MIN = 2;

  /** The one people the question heading over paragraph {@code paragraph} names ("And Ukraine?"), if any. */
  public Optional<Origin> heading(int paragraph) {
    return Optional.ofNullable(headings.get(paragraph));
  }

  /** The country paragraph {@code paragraph} is labelled with ("- Nepal: ..."), if any. */
  public Optional<Origin> label(int paragraph) {
    return Optional.ofNullable(labels.get(paragraph));
  }

  /**
   * The one country paragraph {@code paragraph} names, when it names one only, it is neither Russia
   * nor Ukraine, and a sentence before the one at {@code sentenceStart} names it ("Kenyan police say
   * ... Officers stopped 22 men at a hotel"); not a country named only in the figure's own sentence,
   * whose rules read its places ("recruits from beyond Belarus"), or after it.
   */
  public Optional<Origin> paragraphCountry(int paragraph, int sentenceStart) {
    Set<Origin> named = paragraphCountries.getOrDefault(paragraph, Set.of());
    if (named.size() != 1 || paragraphCountryAt.get(paragraph) >= sentenceStart) {
      return Optional.empty();
    }
    Origin only = named.iterator().next();
    return only.code().equals("RU") || only.code().equals("UA") ? Optional.empty() : Optional.of(only);
  }

  /** Whether a word that mentions Russia starts in the text from {@code start} to {@code end}. */
  public boolean mentionsRussia(int start, int end) {
    int at = Collections.binarySearch(russiaAt, start);
    int next = at >= 0 ? at : -at - 1;
    return next < russiaAt.size() && russiaAt.get(next) < end;
  }

  /** The countries a generic source name may belong to in sentence {@code index}: its own, then the topic. */
  public List<Origin> hints(int index) {
    List<Origin> own = countries.get(index);
    if (topic.isEmpty()) {
      return own;
    }
    List<Origin> out = new ArrayList<>(own.size() + 1);
    out.addAll(own);
    out.add(topic.get());
    return out;
  }

  /** How many times the story's country must be named, at the least. */
  static final int STORY_COUNTRY_MIN = 3;

  /**
   * The countries a source's generic name may belong to in sentence {@code index}: those of {@link
   * #hints}, then the country the story names most, when it is named at least {@value
   * #STORY_COUNTRY_MIN} times and more than twice as often as any other ("the justice ministry" in a
   * story about Ukraine's draft law is Ukraine's).
   */
  public List<Origin> sourceHints(int index) {
    List<Origin> hints = hints(index);
    Optional<Origin> story = storyCountry();
    if (story.isEmpty() || hints.contains(story.get())) {
      return hints;
    }
    List<Origin> out = new ArrayList<>(hints.size() + 1);
    out.addAll(hints);
    out.add(story.get());
    return out;
  }

  /** The country the story names most, when it stands out as {@link #sourceHints} says. */
  Optional<Origin> storyCountry() {
    Origin best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<Origin, Integer> e : placeCounts.entrySet()) {
      if (!e.getKey().isCountry()) {
        continue;
      }
      int n = e.getValue();
      if (n > first || n == first && best != null && e.getKey().compareTo(best) < 0) {
        second = Math.max(second, first);
        best = e.getKey();
        first = n;
      } else {
        second = Math.max(second, n);
      }
    }
    return first >= STORY_COUNTRY_MIN && first > 2 * second ? Optional.of(best) : Optional.empty();
  }
}

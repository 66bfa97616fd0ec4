package dev.muster.parse.document;

import dev.muster.Origin;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 */
public record DocumentTopic(Optional<Origin> topic, Map<Origin, Integer> placeCounts, int russiaMentions,
    int ukraineMentions, List<List<Origin>> countries, List<Integer> russiaAt) {

  public DocumentTopic {
    // not copied: the rules read the counts in the map's own order
    placeCounts = java.util.Collections.unmodifiableMap(placeCounts);
    countries = List.copyOf(countries);
    russiaAt = List.copyOf(russiaAt);
  }

  /**
   * A topic whose text names nothing of Ukraine's own ({@code ukraineMentions} 0), and that does not
   * say where its mentions of Russia are.
   */
  public DocumentTopic(Optional<Origin> topic, Map<Origin, Integer> placeCounts, int russiaMentions,
      List<List<Origin>> countries) {
    this(topic, placeCounts, russiaMentions, 0, countries, List.of());
  }

  /**
   * This topic for the sentences from index {@code first} on: the same counts, which the text before
   * still tells (a dateline's "MOSCOW"), and the sentences' countries renumbered from there.
   */
  public DocumentTopic from(int first) {
    return first == 0 ? this : new DocumentTopic(topic, placeCounts, russiaMentions, ukraineMentions,
        countries.subList(first, countries.size()), russiaAt);
  }

  /** Whether a word that mentions Russia starts in the text from {@code start} to {@code end}. */
  public boolean mentionsRussia(int start, int end) {
    int at = java.util.Collections.binarySearch(russiaAt, start);
    int next = at >= 0 ? at : -at - 1;
    return next < russiaAt.size() && russiaAt.get(next) < end;
  }

  /** The countries a generic source name may belong to in sentence {@code index}: its own, then the topic. */
  public List<Origin> hints(int index) {
    List<Origin> own = countries.get(index);
    if (topic.isEmpty()) {
      return own;
    }
    List<Origin> out = new java.util.ArrayList<>(own.size() + 1);
    out.addAll(own);
    out.add(topic.get());
    return out;
  }
}

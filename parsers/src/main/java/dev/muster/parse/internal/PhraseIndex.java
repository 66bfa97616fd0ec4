package dev.muster.parse.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases keyed by token keys (lower-case words), for longest-match lookups over a
 * token list. Immutable once built; safe to share between threads.
 *
 * @param <V> the value a phrase maps to
 */
final class PhraseIndex<V> {

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    V value;
    boolean caseSensitive;
    String exact;
    boolean[] capitals;
  }

  /** A phrase found at a position: how many tokens it spans and its value. */
  static final class Match<V> {
    final int length;
    final V value;

    Match(int length, V value) {
      this.length = length;
      this.value = value;
    }
  }

  private final Node<V> root = new Node<>();
  private final boolean capitalAware;
  private int maxLength;

  /** An index matching any case. */
  PhraseIndex() {
    this(false);
  }

  /**
   * An index for names: when {@code capitalAware}, a word written with a capital in the phrase
   * only matches a capitalised word in the text ("Independent" is not "independent").
   */
  PhraseIndex(boolean capitalAware) {
    this.capitalAware = capitalAware;
  }

  /** Adds a phrase; an all-capitals short phrase ("AP", "NIS") only matches in capitals. */
  void put(String phrase, V value) {
    List<Token> toks = Tokenizer.tokenize(phrase, 0, phrase.length());
    if (toks.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (Token t : toks) {
      n = n.next.computeIfAbsent(t.key, k -> new Node<>());
    }
    if (n.value == null) {
      n.value = value;
      String letters = phrase.replaceAll("[^\\p{L}]", "");
      n.caseSensitive = letters.length() <= (capitalAware ? 3 : 5) && toks.size() <= 2 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
          && !letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
      n.exact = phrase.replace(".", "").replace(" ", "");
      n.capitals = new boolean[toks.size()];
      for (int k = 0; k < toks.size(); k++) {
        n.capitals[k] = toks.get(k).isCapitalized();
      }
    }
    maxLength = Math.max(maxLength, toks.size());
  }

  /** Returns the longest phrase starting at token {@code i}, or null. */
  Match<V> longest(List<Token> toks, int i) {
    return longest(toks, i, toks.size());
  }

  /** Returns the longest phrase starting at token {@code i} and ending before {@code limit}. */
  Match<V> longest(List<Token> toks, int i, int limit) {
    Node<V> n = root;
    Match<V> best = null;
    int j = i;
    while (j < limit && j - i < maxLength) {
      n = n.next.get(toks.get(j).key);
      if (n == null) {
        break;
      }
      j++;
      if (n.value != null && (!n.caseSensitive || matchesCase(toks, i, j, n.exact))
          && (!capitalAware || capitalsMatch(toks, i, n.capitals))) {
        best = new Match<>(j - i, n.value);
      }
    }
    return best;
  }

  private static boolean capitalsMatch(List<Token> toks, int from, boolean[] capitals) {
    // the first word of a name carries the capital: "Independent" is not "independent", while
    // "Nepal's foreign ministry" still names "Nepal's Foreign Ministry"
    return !capitals[0] || toks.get(from).isCapitalized();
  }

  private static boolean matchesCase(List<Token> toks, int from, int to, String exact) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to; k++) {
      s.append(toks.get(k).text.replace(".", ""));
    }
    return s.toString().equals(exact);
  }

  boolean isEmpty() {
    return root.next.isEmpty();
  }
}

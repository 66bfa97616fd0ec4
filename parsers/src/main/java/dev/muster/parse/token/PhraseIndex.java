package dev.muster.parse.token;

import java.util.List;
import java.util.Objects;

/**
 * A trie of phrases keyed by token keys (lower-case words), for longest-match lookups over a
 * token list. Filled while its lexicon loads (its words are numbered in the lexicon's
 * vocabulary), and never changed after the lexicon is built: then immutable and safe to share
 * between threads.
 *
 * @param <V> the value a phrase maps to
 */
public final class PhraseIndex<V> {

  private static final class Node<V> {
    /** Children by {@link Vocabulary} id: ids in {@code keys}, nodes at the same index. */
    int[] keys = new int[0];
    Object[] kids = new Object[0];
    V value;
    /** The match ending at this node: its phrase's length in tokens and {@link #value}. */
    Match<V> match;
    boolean caseSensitive;
    String exact;
    boolean[] capitals;

    /** The child for {@code id}, or null: {@link #keys} are kept sorted, so a wide node is searched by halves. */
    @SuppressWarnings("unchecked")
    Node<V> child(int id) {
      int[] k = keys;
      if (k.length <= 8) {
        for (int x = 0; x < k.length; x++) {
          if (k[x] == id) {
            return (Node<V>) kids[x];
          }
        }
        return null;
      }
      int x = java.util.Arrays.binarySearch(k, id);
      return x >= 0 ? (Node<V>) kids[x] : null;
    }

    Node<V> addChild(int id) {
      Node<V> n = child(id);
      if (n == null) {
        n = new Node<>();
        int at = -java.util.Arrays.binarySearch(keys, id) - 1;
        int[] k = new int[keys.length + 1];
        Object[] c = new Object[kids.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(kids, 0, c, 0, at);
        k[at] = id;
        c[at] = n;
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(kids, at, c, at + 1, kids.length - at);
        keys = k;
        kids = c;
      }
      return n;
    }
  }

  /** A phrase found at a position: how many tokens it spans and its value. Immutable. */
  public static final class Match<V> {
    public final int length;
    public final V value;

    Match(int length, V value) {
      this.length = length;
      this.value = value;
    }
  }

  private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");

  /** The first word's node by {@link Vocabulary} id: one array read rejects most tokens. */
  private Object[] roots = new Object[0];
  /** The tokenizer of phrases: their keys, numbered as they are added. */
  private static final Tokenizer PHRASES = Tokenizer.of(Vocabulary.EMPTY);

  private final Vocabulary.Builder vocabulary;
  /** This index's bit in {@link Token#starts}: set on the first word of each of its phrases. */
  private final int bit;
  private final boolean capitalAware;
  private int maxLength;

  /** An index matching any case, whose words are numbered in {@code vocabulary}. */
  public PhraseIndex(Vocabulary.Builder vocabulary) {
    this(vocabulary, false);
  }

  /**
   * An index for names: when {@code capitalAware}, a word written with a capital in the phrase
   * only matches a capitalised word in the text ("Independent" is not "independent").
   */
  public PhraseIndex(Vocabulary.Builder vocabulary, boolean capitalAware) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.bit = vocabulary.newStartBit();
    this.capitalAware = capitalAware;
  }

  /**
   * Adds a phrase; an all-capitals short phrase ("AP", "NIS") only matches in capitals. Only
   * while the lexicon loads, before its vocabulary is built.
   */
  public void put(String phrase, V value) {
    Tokenizer phrases = vocabulary.elisions().isEmpty() ? PHRASES
        : Tokenizer.of(Vocabulary.ofElisions(vocabulary.elisions()));
    List<Token> toks = phrases.tokenize(phrase, 0, phrase.length());
    if (toks.isEmpty()) {
      return;
    }
    Node<V> n = root(vocabulary.markStart(toks.get(0).key, bit), true);
    for (int k = 1; k < toks.size(); k++) {
      n = n.addChild(vocabulary.add(toks.get(k).key));
    }
    if (n.value == null) {
      n.value = value;
      n.match = new Match<>(toks.size(), value);
      String letters = NOT_LETTER.matcher(phrase).replaceAll("");
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
  public Match<V> longest(List<Token> toks, int i) {
    return longest(toks, i, toks.size());
  }

  /**
   * Returns the longest phrase starting at token {@code i} and ending before {@code limit}. Most
   * tokens start no phrase, and this method is small so that its callers' compilations take it
   * in whole: the test of the start bit costs no call, and only a token that may start a phrase
   * goes on to {@link #walk}.
   */
  public Match<V> longest(List<Token> toks, int i, int limit) {
    return i < limit && (toks.get(i).starts & bit) != 0 ? walk(toks, i, limit) : null;
  }

  /** {@link #longest} for a token with this index's start bit. */
  private Match<V> walk(List<Token> toks, int i, int limit) {
    Node<V> n = root(toks.get(i).id, false);
    Match<V> best = null;
    int j = i;
    while (n != null) {
      j++;
      if (n.value != null && (!n.caseSensitive || matchesCase(toks, i, j, n.exact))
          && (!capitalAware || capitalsMatch(toks, i, n.capitals))) {
        best = n.match; // j - i tokens, the node's depth
      }
      if (j >= limit || j - i >= maxLength) {
        break;
      }
      n = n.child(toks.get(j).id);
    }
    return best;
  }

  @SuppressWarnings("unchecked")
  private Node<V> root(int id, boolean create) {
    if (id >= 0 && id < roots.length && roots[id] != null) {
      return (Node<V>) roots[id];
    }
    if (!create || id < 0) {
      return null;
    }
    if (id >= roots.length) {
      roots = java.util.Arrays.copyOf(roots, Math.max(id + 1, roots.length * 2));
    }
    Node<V> n = new Node<>();
    roots[id] = n;
    return n;
  }

  private static boolean capitalsMatch(List<Token> toks, int from, boolean[] capitals) {
    // the first word of a name carries the capital: "Independent" is not "independent", while
    // "Nepal's foreign ministry" still names "Nepal's Foreign Ministry"; a sentence's first word
    // has a capital anyway, so there the second word carries it ("The independent outlet X" is
    // not "The Independent")
    if (from == 0 && capitals.length > 1 && capitals[1] && !toks.get(0).isAllCaps()
        && toks.get(1).isWord() && !toks.get(1).isCapitalized()) {
      return false;
    }
    return !capitals[0] || toks.get(from).isCapitalized();
  }

  private static boolean matchesCase(List<Token> toks, int from, int to, String exact) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to; k++) {
      s.append(toks.get(k).text.replace(".", ""));
    }
    return s.toString().equals(exact);
  }

  /** Returns the number of tokens of the longest phrase in this index. */
  public int maxLength() {
    return maxLength;
  }

  /** Returns this index's bit in {@link Token#starts}. */
  public int startBit() {
    return bit;
  }

  public boolean isEmpty() {
    for (Object r : roots) {
      if (r != null) {
        return false;
      }
    }
    return true;
  }
}

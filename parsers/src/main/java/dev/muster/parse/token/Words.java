package dev.muster.parse.token;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * An immutable set of words of one of a lexicon's word classes ("who", "whom", "which"), that
 * also answers for a {@link Token} with one bit test: its words are numbered in the lexicon's
 * {@link Vocabulary} when the set is made, and every token is made after that, so a token is in
 * the set exactly when its id is.
 *
 * <p>Immutable and thread-safe.
 */
public final class Words extends AbstractSet<String> {

  /** The set of no words, which no token is in. */
  public static final Words EMPTY = new Words(Set.of(), new long[1]);

  private final Set<String> words;
  /** One bit per vocabulary id, set for the ids of the words. */
  private final long[] ids;

  Words(Vocabulary.Builder vocabulary, Collection<String> words) {
    this.words = inOrder(words);
    int max = 0;
    int[] numbered = new int[this.words.size()];
    int n = 0;
    for (String w : this.words) {
      numbered[n] = vocabulary.add(w);
      max = Math.max(max, numbered[n++]);
    }
    this.ids = new long[max / 64 + 1];
    for (int id : numbered) {
      ids[id >>> 6] |= 1L << id;
    }
  }

  private Words(Set<String> words, long[] ids) {
    this.words = words;
    this.ids = ids;
  }

  /** Returns the set of the words of this set and of {@code other}, of the same vocabulary. */
  public Words union(Words other) {
    java.util.Set<String> all = new java.util.HashSet<>(words);
    all.addAll(other.words);
    long[] bits = java.util.Arrays.copyOf(ids, Math.max(ids.length, other.ids.length));
    for (int k = 0; k < other.ids.length; k++) {
      bits[k] |= other.ids[k];
    }
    return new Words(inOrder(all), bits);
  }

  /**
   * The words in their natural order, so that iterating them, and the vocabulary ids given in
   * that order, are the same on every run ({@code Set.copyOf} iterates in an order that changes
   * from one JVM to the next).
   */
  private static Set<String> inOrder(Collection<String> words) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(new java.util.TreeSet<>(words)));
  }

  /**
   * Whether the token's {@link Token#key} is one of the words. Small, so that callers'
   * compilations take it in whole.
   */
  public boolean has(Token t) {
    int id = t.id;
    if (id >= 0) {
      int slot = id >>> 6;
      return slot < ids.length && (ids[slot] & (1L << id)) != 0;
    }
    return false;
  }

  /**
   * Whether one of these words stands among the {@code reach} tokens before token {@code k}, with
   * only words between it and {@code k} ("citing new figures published by", "a senior minister").
   */
  public boolean inWordsBefore(List<Token> t, int k, int reach) {
    for (int b = k - 1; b >= Math.max(0, k - reach); b--) {
      if (has(t.get(b))) {
        return true;
      }
      if (!t.get(b).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Whether one of {@code t[from, to)} is one of these words. */
  public boolean anyIn(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens hold one of these words and none of {@code unless}: "a quota ... by March"
   * holds a plan word and no word that tells the plan as met.
   */
  public boolean inNone(List<Token> tokens, Words unless) {
    boolean found = false;
    for (Token x : tokens) {
      if (unless.has(x)) {
        return false;
      }
      found |= has(x);
    }
    return found;
  }

  @Override
  public boolean contains(Object o) {
    return words.contains(o);
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }

  @Override
  public int size() {
    return words.size();
  }
}

package dev.muster.parse.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of words for the grammar's small closed classes ("who", "whom", "which"),
 * that also answers for a {@link Token} with one bit test: its words are numbered in the {@link
 * Vocabulary} when the set is made, so a token of a known word is in the set exactly when its id
 * is. A token made before a word it spells was numbered has no id, and is looked up by its key.
 */
final class Words extends AbstractSet<String> {

  private final Set<String> words;
  /** One bit per vocabulary id, set for the ids of the words. */
  private final long[] ids;
  /** Whether a word starts with a digit; if none does, a number token is never in the set. */
  private final boolean digitWords;
  /**
   * 256 bits, one set for each word by {@link #hashBit} of its hash code: a token without an id
   * whose bit is clear is not in the set, and needs no hashing and comparing of its key.
   */
  private final long[] hashBits = new long[4];

  private Words(Collection<String> words) {
    this.words = Set.copyOf(words);
    int max = 0;
    int[] numbered = new int[this.words.size()];
    int n = 0;
    boolean digits = false;
    for (String w : this.words) {
      numbered[n] = Vocabulary.add(w);
      max = Math.max(max, numbered[n++]);
      digits |= !w.isEmpty() && Tokenizer.isDigit(w.charAt(0));
      int bit = hashBit(w.hashCode());
      hashBits[bit >>> 6] |= 1L << bit;
    }
    this.ids = new long[max / 64 + 1];
    for (int id : numbered) {
      ids[id >>> 6] |= 1L << id;
    }
    this.digitWords = digits;
  }

  /** Returns the set of {@code words}; repeats are allowed. */
  static Words of(String... words) {
    return new Words(Arrays.asList(words));
  }

  /**
   * Whether the token's {@link Token#key} is one of the words. Small, so that callers'
   * compilations take it in whole; a token no lexicon knows goes on to {@link #hasUnknown}.
   */
  boolean has(Token t) {
    int id = t.id;
    if (id >= 0) {
      int slot = id >>> 6;
      return slot < ids.length && (ids[slot] & (1L << id)) != 0;
    }
    return hasUnknown(t);
  }

  /** {@link #has} for a token without a vocabulary id. */
  private boolean hasUnknown(Token t) {
    int bit = hashBit(t.keyHash());
    return (hashBits[bit >>> 6] & (1L << bit)) != 0 && (digitWords || !t.isNumber()) && words.contains(t.key);
  }

  /** The bit of {@link #hashBits} for a key's hash code. */
  private static int hashBit(int hash) {
    return (hash ^ (hash >>> 8) ^ (hash >>> 16)) & 0xFF;
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

package dev.muster.parse.token;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link WordLookup} that reads a word from the characters with one probe: the words whose
 * keys are all lower-case ASCII letters (no other key can be a word of ASCII letters in lower
 * case) in open-addressed slots; each slot's key is described in one {@code long} of {@code
 * slots}: its hash code in the high half, then its length (8 bits) and the offset of its letters
 * in {@code letters} (24 bits); 0 for an empty slot (no key is empty). A probe that misses reads
 * one array element, one that hits compares the letters and then reads the word. A key too long
 * for a slot, or past the letters a slot can address, is left out, and then {@code complete} is
 * false and a miss asks the vocabulary's map.
 *
 * <p>Immutable and thread-safe.
 */
final class PackedWords implements WordLookup {

  /** The longest key, and the most letters in all, that slots can describe. */
  static final int MAX_KEY = 0xFF;
  private static final int MAX_LETTERS = 0xFF_FFFF;

  private final Vocabulary vocabulary;
  private final Vocabulary.Word[] words;
  private final long[] slots;
  private final byte[] letters;
  private final boolean complete;

  private PackedWords(Vocabulary vocabulary, Vocabulary.Word[] words, long[] slots, byte[] letters,
      boolean complete) {
    this.vocabulary = vocabulary;
    this.words = words;
    this.slots = slots;
    this.letters = letters;
    this.complete = complete;
  }

  static PackedWords of(Vocabulary vocabulary) {
    List<Vocabulary.Word> plain = new ArrayList<>();
    int total = 0;
    boolean complete = true;
    for (Vocabulary.Word w : vocabulary.words()) {
      if (lowerAsciiLetters(w.key())) {
        if (w.key().length() <= MAX_KEY && total + w.key().length() <= MAX_LETTERS) {
          plain.add(w);
          total += w.key().length();
        } else {
          complete = false;
        }
      }
    }
    int size = Integer.highestOneBit(Math.max(16, plain.size() * 4) - 1) << 1;
    Vocabulary.Word[] words = new Vocabulary.Word[size];
    long[] slots = new long[size];
    byte[] letters = new byte[total];
    int next = 0;
    for (Vocabulary.Word w : plain) {
      int h = w.key().hashCode();
      int at = h & (size - 1);
      while (words[at] != null) {
        at = (at + 1) & (size - 1);
      }
      words[at] = w;
      slots[at] = slot(h, w.key().length(), next);
      for (int i = 0; i < w.key().length(); i++) {
        letters[next++] = (byte) w.key().charAt(i);
      }
    }
    return new PackedWords(vocabulary, words, slots, letters, complete);
  }

  /** A slot of {@link #slots}: never 0, since {@code length} is at least 1. */
  private static long slot(int hash, int length, int offset) {
    return (long) hash << 32 | (long) length << 24 | offset;
  }

  private static boolean lowerAsciiLetters(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !key.isEmpty();
  }

  @Override
  public Vocabulary.Word find(String text, int start, int end, int h) {
    int len = end - start;
    if (len > MAX_KEY) {
      return complete ? null : inMap(text, start, end); // longer than any key in a slot
    }
    int mask = slots.length - 1;
    // what a slot holding this key has above its offset: the hash code and the length
    long want = slot(h, len, 0);
    for (int at = h & mask; ; at = (at + 1) & mask) {
      long s = slots[at];
      if (s == 0) {
        return complete ? null : inMap(text, start, end);
      }
      if ((s & ~0xFF_FFFFL) == want && sameLetters(text, start, len, (int) s & 0xFF_FFFF)) {
        return words[at];
      }
    }
  }

  private Vocabulary.Word inMap(String text, int start, int end) {
    return vocabulary.find(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  private boolean sameLetters(String text, int start, int len, int offset) {
    for (int i = 0; i < len; i++) {
      if ((text.charAt(start + i) | 0x20) != letters[offset + i]) {
        return false;
      }
    }
    return true;
  }
}

package dev.muster.parse.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers every token key that a lexicon phrase uses, so that each token is looked up once, when
 * it is made, and the phrase indexes then compare small integers instead of hashing strings.
 *
 * <p>Append-only and thread-safe. Words are added while lexicons are built; a token made before
 * a word was added keeps {@link #UNKNOWN} for it (and one made before a phrase index was filled
 * misses that index's start bit), so lexicons must be loaded before the text they read is tokenized (the {@link Extractor} loads its lexicons when it is constructed).
 */
final class Vocabulary {

  /** The id of a key no lexicon uses. */
  static final int UNKNOWN = -1;

  /**
   * A known key: its id, its one shared instance (its hash code computed once), and a bit for
   * each phrase index in which a phrase starts with it (bits may be shared, so a set bit means
   * "look", a clear bit means "no phrase starts here").
   */
  static final class Word {
    private final int id;
    private final String key;
    private volatile int starts;

    Word(int id, String key) {
      this.id = id;
      this.key = key;
    }

    int id() {
      return id;
    }

    String key() {
      return key;
    }

    int starts() {
      return starts;
    }

    /** The key with its first letter in upper case ("Russia"), made once; racy but immutable. */
    private String capitalized;

    String capitalized() {
      String c = capitalized;
      if (c == null) {
        c = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        capitalized = c;
      }
      return c;
    }
  }

  private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>();

  /** Known one-character ASCII keys by character (copied on write), so punctuation needs no hashing. */
  private static volatile Word[] single = new Word[128];

  /**
   * The length of the longest key that starts with a digit ("24" of "24 hours"), 0 if none: a
   * longer number ("1,500", "2024") needs no lookup.
   */
  private static volatile int longestDigitKey;

  private Vocabulary() {}

  /** Returns the id of {@code key}, numbering it if it is new. */
  static synchronized int add(String key) {
    Word w = WORDS.get(key);
    if (w == null) {
      String k = key.intern();
      w = new Word(WORDS.size(), k);
      WORDS.put(k, w);
      if (k.length() == 1 && k.charAt(0) < 128) {
        Word[] copy = single.clone();
        copy[k.charAt(0)] = w;
        single = copy;
      }
      if (!k.isEmpty() && Tokenizer.isDigit(k.charAt(0))) {
        longestDigitKey = Math.max(longestDigitKey, k.length());
      }
      table = null;
      staleLookups = 0;
    }
    return w.id();
  }

  /**
   * The words again, open-addressed by the hash of their key, for {@link #findLetters}: a lookup
   * straight from the document's characters, with no key string made. Null when a word was added
   * since it was built; then lookups go through the map, and once there have been as many of them
   * as there are words (so while lexicons are being loaded, adding word after word, it is not
   * rebuilt after each one), the next lookup rebuilds it, under the same lock as {@link #add}.
   */
  private static volatile Table table;

  /** Lookups since {@link #table} went stale; racy, only a rough count. */
  private static int staleLookups;

  /**
   * The words whose keys are all lower-case ASCII letters (no other key can be a word of ASCII
   * letters in lower case), in slots; each slot's key is described in one {@code long} of
   * {@code slots}: its hash code in the high half, then its length (8 bits) and the offset of its
   * letters in {@code letters} (24 bits); 0 for an empty slot (no key is empty). A probe that
   * misses reads one array element, one that hits compares the letters and then reads the word.
   * A key too long for a slot, or past the letters a slot can address, is left out, and then
   * {@code complete} is false and a miss asks the map.
   */
  private record Table(Word[] words, long[] slots, byte[] letters, boolean complete) {}

  /** The longest key, and the most letters in all, that slots can describe. */
  private static final int MAX_TABLE_KEY = 0xFF;
  private static final int MAX_TABLE_LETTERS = 0xFF_FFFF;

  private static synchronized Table table() {
    Table t = table;
    if (t == null) {
      java.util.List<Word> plain = new java.util.ArrayList<>();
      int total = 0;
      boolean complete = true;
      for (Word w : WORDS.values()) {
        if (lowerAsciiLetters(w.key)) {
          if (w.key.length() <= MAX_TABLE_KEY && total + w.key.length() <= MAX_TABLE_LETTERS) {
            plain.add(w);
            total += w.key.length();
          } else {
            complete = false;
          }
        }
      }
      int size = Integer.highestOneBit(Math.max(16, plain.size() * 4) - 1) << 1;
      Word[] words = new Word[size];
      long[] slots = new long[size];
      byte[] letters = new byte[total];
      int next = 0;
      for (Word w : plain) {
        int h = w.key.hashCode();
        int at = h & (size - 1);
        while (words[at] != null) {
          at = (at + 1) & (size - 1);
        }
        words[at] = w;
        slots[at] = slot(h, w.key.length(), next);
        for (int i = 0; i < w.key.length(); i++) {
          letters[next++] = (byte) w.key.charAt(i);
        }
      }
      t = new Table(words, slots, letters, complete);
      table = t;
      staleLookups = 0;
    }
    return t;
  }

  /** A slot of {@link Table#slots}: never 0, since {@code length} is at least 1. */
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

  /**
   * Returns the known word whose key is {@code text[start, end)} in lower case, or null; the same
   * as {@code find(text.substring(start, end).toLowerCase(Locale.ROOT))} when the characters are
   * all ASCII letters, which the caller ensures.
   */
  static Word findLetters(String text, int start, int end) {
    return findLetters(text, start, end, lowerHash(text, start, end));
  }

  /**
   * The hash code of {@code text[start, end)} in lower case, as {@link String#hashCode} gives it,
   * for characters that are all ASCII letters.
   */
  static int lowerHash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + (text.charAt(i) | 0x20);
    }
    return h;
  }

  /** As {@link #findLetters(String, int, int)}, given {@code h}, the {@link #lowerHash}. */
  static Word findLetters(String text, int start, int end, int h) {
    Table t = table;
    if (t == null) {
      if (++staleLookups <= WORDS.size()) {
        return inMap(text, start, end);
      }
      t = table();
    }
    int len = end - start;
    if (len > MAX_TABLE_KEY) {
      return t.complete ? null : inMap(text, start, end); // longer than any key in a slot
    }
    long[] slots = t.slots;
    int mask = slots.length - 1;
    // what a slot holding this key has above its offset: the hash code and the length
    long want = slot(h, len, 0);
    for (int at = h & mask; ; at = (at + 1) & mask) {
      long s = slots[at];
      if (s == 0) {
        return t.complete ? null : inMap(text, start, end);
      }
      if ((s & ~0xFF_FFFFL) == want && sameLetters(text, start, len, t.letters, (int) s & 0xFF_FFFF)) {
        return t.words[at];
      }
    }
  }

  /** The map's answer for {@code text[start, end)} in lower case. */
  private static Word inMap(String text, int start, int end) {
    return find(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean sameLetters(String text, int start, int len, byte[] letters, int offset) {
    for (int i = 0; i < len; i++) {
      if ((text.charAt(start + i) | 0x20) != letters[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.concurrent.atomic.AtomicInteger BITS = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * Returns a bit for {@link #markStart}: one of 32, handed out in turn. Two users sharing a bit
   * only cost each other a lookup, since a set bit means "look", never "found".
   */
  static int newStartBit() {
    return 1 << (BITS.getAndIncrement() & 31);
  }

  /** Adds {@code key} if it is new and sets {@code bit} in its {@link Word#starts()}; returns its id. */
  static synchronized int markStart(String key, int bit) {
    int id = add(key);
    WORDS.get(key).starts |= bit;
    return id;
  }

  /** {@link #markStart} for each of {@code keys}. */
  static void markStarts(java.util.Collection<String> keys, int bit) {
    for (String k : keys) {
      markStart(k, bit);
    }
  }

  /** Returns the known word for {@code key}, or null. */
  static Word find(String key) {
    if (key.length() == 1 && key.charAt(0) < 128) {
      return single[key.charAt(0)];
    }
    if (!key.isEmpty() && Tokenizer.isDigit(key.charAt(0)) && key.length() > longestDigitKey) {
      return null;
    }
    return WORDS.get(key);
  }
}

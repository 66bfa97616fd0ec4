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
  }

  private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>();

  /** Known one-character ASCII keys by character (copied on write), so punctuation needs no hashing. */
  private static volatile Word[] single = new Word[128];

  /** Whether any key starts with a digit; if none does, numbers need no lookup. */
  private static volatile boolean digitKeys;

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
        digitKeys = true;
      }
    }
    return w.id();
  }

  /** Marks word {@code id} as the first word of a phrase of the index with {@code bit}. */
  static synchronized void markStart(String key, int bit) {
    Word w = WORDS.get(key);
    w.starts |= bit;
  }

  /** Returns the known word for {@code key}, or null. */
  static Word find(String key) {
    if (key.length() == 1 && key.charAt(0) < 128) {
      return single[key.charAt(0)];
    }
    if (!digitKeys && !key.isEmpty() && Tokenizer.isDigit(key.charAt(0))) {
      return null;
    }
    return WORDS.get(key);
  }

  /** Returns how many keys are numbered. */
  static int size() {
    return WORDS.size();
  }
}

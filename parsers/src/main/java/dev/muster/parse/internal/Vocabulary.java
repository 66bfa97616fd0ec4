package dev.muster.parse.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers every token key that a lexicon phrase uses, so that each token is looked up once, when
 * it is made, and the phrase indexes then compare small integers instead of hashing strings.
 *
 * <p>Append-only and thread-safe. Words are added while lexicons are built; a token made before
 * a word was added keeps {@link #UNKNOWN} for it, so lexicons must be loaded before the text they
 * read is tokenized (the {@link Extractor} loads its lexicons when it is constructed).
 */
final class Vocabulary {

  /** The id of a key no lexicon uses. */
  static final int UNKNOWN = -1;

  /** A known key: its id and its one shared instance (its hash code computed once). */
  record Word(int id, String key) {}

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

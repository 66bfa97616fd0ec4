package dev.muster.parse.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers every token key that a lexicon uses, so that each token is looked up once, when it is
 * made, and the phrase indexes and word sets then compare small integers instead of hashing
 * strings. One vocabulary belongs to one language's lexicon: it is filled by a {@link Builder}
 * while the lexicon loads and is complete before the first token is made.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {

  /** The id of a key the vocabulary does not know. */
  public static final int UNKNOWN = -1;

  /** The vocabulary without words: its tokens have keys but no ids. */
  public static final Vocabulary EMPTY = new Builder().build();

  /**
   * A known key: its id, its one shared (interned) instance, and a bit for each phrase index in
   * which a phrase starts with it (bits may be shared, so a set bit means "look", a clear bit
   * means "no phrase starts here"). Immutable.
   */
  public static final class Word {
    private final int id;
    private final String key;
    private final int starts;
    private final String capitalized;

    private Word(int id, String key, int starts) {
      this.id = id;
      this.key = key;
      this.starts = starts;
      this.capitalized = key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    public int id() {
      return id;
    }

    public String key() {
      return key;
    }

    public int starts() {
      return starts;
    }

    /** The key with its first letter in upper case ("Russia"). */
    public String capitalized() {
      return capitalized;
    }
  }

  private final Map<String, Word> words;
  /** Known one-character ASCII keys by character, so punctuation needs no hashing. */
  private final Word[] single = new Word[128];
  /**
   * The length of the longest key that starts with a digit ("24" of "24 hours"), 0 if none: a
   * longer number ("1,500", "2024") needs no lookup.
   */
  private final int longestDigitKey;
  private final WordLookup letters;

  private Vocabulary(Map<String, Word> words) {
    this.words = Collections.unmodifiableMap(words);
    int digits = 0;
    for (Word w : words.values()) {
      String k = w.key;
      if (k.length() == 1 && k.charAt(0) < 128) {
        single[k.charAt(0)] = w;
      }
      if (!k.isEmpty() && Tokenizer.isDigit(k.charAt(0))) {
        digits = Math.max(digits, k.length());
      }
    }
    this.longestDigitKey = digits;
    this.letters = WordLookup.packed(this);
  }

  /** Returns the number of words. */
  public int size() {
    return words.size();
  }

  /** Returns the words, in no particular order. */
  public Collection<Word> words() {
    return words.values();
  }

  /** Returns the id of {@code key}, or {@link #UNKNOWN}. */
  public int idOf(String key) {
    Word w = find(key);
    return w == null ? UNKNOWN : w.id;
  }

  /** Returns the known word for {@code key}, or null. */
  public Word find(String key) {
    if (key.length() == 1 && key.charAt(0) < 128) {
      return single[key.charAt(0)];
    }
    if (!key.isEmpty() && Tokenizer.isDigit(key.charAt(0)) && key.length() > longestDigitKey) {
      return null;
    }
    return words.get(key);
  }

  /**
   * Returns the known word whose key is {@code text[start, end)} in lower case, or null, for
   * characters that are all ASCII letters; {@code hash} is {@link WordLookup#lowerHash} of them.
   */
  public Word findLetters(String text, int start, int end, int hash) {
    return letters.find(text, start, end, hash);
  }

  /** Fills a vocabulary while a lexicon loads. Not thread-safe; used by one loader. */
  public static final class Builder {
    /** A key being numbered: its id and the start bits set so far. */
    private static final class Entry {
      final int id;
      int starts;

      Entry(int id) {
        this.id = id;
      }
    }

    private final Map<String, Entry> ids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private int bits;

    /** Returns the id of {@code key}, numbering it if it is new. */
    public int add(String key) {
      Entry entry = ids.get(key);
      if (entry == null) {
        entry = new Entry(keys.size());
        ids.put(key, entry);
        keys.add(key);
      }
      return entry.id;
    }

    /**
     * Returns a bit for {@link #markStart}: one of 32, handed out in turn. Two users sharing a
     * bit only cost each other a lookup, since a set bit means "look", never "found".
     */
    public int newStartBit() {
      return 1 << (bits++ & 31);
    }

    /** Adds {@code key} if it is new and sets {@code bit} among its starts; returns its id. */
    public int markStart(String key, int bit) {
      int id = add(key);
      ids.get(key).starts |= bit;
      return id;
    }

    /** Returns the set of {@code words}, numbering those that are new. */
    public Words words(Collection<String> words) {
      return new Words(this, words);
    }

    /** Returns the vocabulary of the keys added so far. */
    public Vocabulary build() {
      Map<String, Word> words = new HashMap<>();
      for (String k : keys) {
        String key = k.intern();
        Entry entry = ids.get(k);
        words.put(key, new Word(entry.id, key, entry.starts));
      }
      return new Vocabulary(words);
    }
  }
}

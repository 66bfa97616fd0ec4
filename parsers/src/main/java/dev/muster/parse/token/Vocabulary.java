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

  /** Returns the vocabulary without words that cuts {@code elisions} off the words after them. */
  public static Vocabulary ofElisions(java.util.Set<String> elisions) {
    Builder b = new Builder();
    elisions.forEach(b::elision);
    return b.build();
  }

  /** A stem is at least this long. */
  static final int SHORTEST_STEM = 3;
  /** The longest ending after a stem. */
  static final int LONGEST_ENDING = 4;

  /** Stems and the words (lemmas) the words starting with them stand for; empty for most languages. */
  private final Map<String, Word> stems;
  /**
   * Heads of compounds and the words (lemmas) the words ending with them stand for
   * ("Kriegsgefangene" for "gefangen"); empty for most languages.
   */
  private final Map<String, Word> heads;
  /**
   * Elided words that end at their apostrophe ("dell'", "l'"), in lower case with a straight
   * apostrophe: the tokenizer cuts a word after one of them; empty for most languages.
   */
  private final java.util.Set<String> elisions;

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

  private Vocabulary(Map<String, Word> words, Map<String, Word> stems, Map<String, Word> heads,
      java.util.Set<String> elisions) {
    this.elisions = java.util.Set.copyOf(elisions);
    this.words = Collections.unmodifiableMap(words);
    this.stems = Collections.unmodifiableMap(stems);
    this.heads = Collections.unmodifiableMap(heads);
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
    WordLookup packed = WordLookup.packed(this);
    this.letters = stems.isEmpty() && heads.isEmpty() ? packed : (text, start, end, hash) -> {
      Word w = packed.find(text, start, end, hash);
      return w != null ? w : stemmed(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    };
  }

  /**
   * Whether {@code text[start, end)}, followed by an apostrophe at {@code end}, is an elided word
   * that ends there ("dell'" of "dell'invasione").
   */
  public boolean isElision(String text, int start, int end) {
    return !elisions.isEmpty() && end - start <= 6
        && elisions.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT) + "'");
  }

  /** Returns the elided words: see {@link Builder#elision}. */
  public java.util.Set<String> elisions() {
    return elisions;
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

  /** Returns the known word for {@code key} (a key, or a word starting with a stem of one), or null. */
  public Word find(String key) {
    if (key.length() == 1 && key.charAt(0) < 128) {
      return single[key.charAt(0)];
    }
    if (!key.isEmpty() && Tokenizer.isDigit(key.charAt(0)) && key.length() > longestDigitKey) {
      return null;
    }
    Word w = words.get(key);
    return w != null ? w : stemmed(key);
  }

  /** The lemma of a word that is no key: by its longest stem, else by the head it ends with. */
  private Word stemmed(String key) {
    Word w = stems.isEmpty() ? null : lemmaOf(stems, key);
    return w != null || heads.isEmpty() ? w : headOf(heads, key);
  }

  /**
   * The value of the longest head that ends {@code key} before an ending of at most {@value
   * #LONGEST_ENDING} letters, after at least {@value #SHORTEST_STEM} letters of other words, or
   * null.
   */
  private static <V> V headOf(Map<String, V> heads, String key) {
    for (int from = SHORTEST_STEM; from <= key.length() - SHORTEST_STEM; from++) {
      V v = lemmaOf(heads, key.substring(from));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The value of the longest stem of {@code key} in {@code stems}, or null. */
  private static <V> V lemmaOf(Map<String, V> stems, String key) {
    for (int cut = 0; cut <= LONGEST_ENDING && key.length() - cut >= SHORTEST_STEM; cut++) {
      V v = stems.get(key.substring(0, key.length() - cut));
      if (v != null) {
        return v;
      }
    }
    return null;
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
    /** Stems and the key (lemma) that the words starting with them stand for. */
    private final Map<String, String> stems = new HashMap<>();
    /** Heads and the key (lemma) that the compounds ending with them stand for. */
    private final Map<String, String> heads = new HashMap<>();
    private final java.util.Set<String> elisions = new java.util.HashSet<>();
    private int bits;

    /**
     * Makes {@code stem} a stem of {@code lemma}: a word that is the stem plus an ending of at
     * most {@value #LONGEST_ENDING} letters, and not a key itself, gets the lemma's key and id,
     * in tokens and wherever the lexicon names it; the longest stem wins. The first lemma given
     * for a stem keeps it. Add stems before any key that uses them.
     *
     * @throws IllegalArgumentException if the stem is shorter than {@value #SHORTEST_STEM} letters
     */
    public void stem(String stem, String lemma) {
      if (stem.length() < SHORTEST_STEM) {
        throw new IllegalArgumentException("stem '" + stem + "' is shorter than " + SHORTEST_STEM + " letters");
      }
      stems.putIfAbsent(stem, lemma);
      add(lemma);
    }

    /**
     * Makes {@code head} the head of compounds of {@code lemma}: a word that is not a key and has
     * no stem, and that ends with the head (after at least {@value #SHORTEST_STEM} letters) and an
     * ending of at most {@value #LONGEST_ENDING} letters, gets the lemma's key and id
     * ("Kriegsgefangenen" is "gefangen"); the first lemma given for a head keeps it.
     *
     * @throws IllegalArgumentException if the head is shorter than {@value #SHORTEST_STEM} letters
     */
    public void head(String head, String lemma) {
      if (head.length() < SHORTEST_STEM) {
        throw new IllegalArgumentException("head '" + head + "' is shorter than " + SHORTEST_STEM + " letters");
      }
      heads.putIfAbsent(head, lemma);
      add(lemma);
    }

    /**
     * Makes {@code elided} ("dell'", with its apostrophe) a word the tokenizer ends at its
     * apostrophe, so that "dell'invasione" is two tokens; add elisions before any phrase.
     */
    public void elision(String elided) {
      elisions.add(elided.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
    }

    /** Returns the elided words added so far. */
    public java.util.Set<String> elisions() {
      return java.util.Collections.unmodifiableSet(elisions);
    }

    /** Returns the id of {@code key}, numbering it if it is new. */
    public int add(String key) {
      if ((!stems.isEmpty() || !heads.isEmpty()) && !ids.containsKey(key)) {
        String lemma = stems.isEmpty() ? null : lemmaOf(stems, key);
        if (lemma == null && !heads.isEmpty()) {
          lemma = headOf(heads, key);
        }
        if (lemma != null) {
          key = lemma;
        }
      }
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
      ids.get(keys.get(id)).starts |= bit;
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
      Map<String, Word> stemWords = new HashMap<>();
      stems.forEach((stem, lemma) -> stemWords.put(stem, words.get(lemma)));
      Map<String, Word> headWords = new HashMap<>();
      heads.forEach((head, lemma) -> headWords.put(head, words.get(lemma)));
      return new Vocabulary(words, stemWords, headWords, elisions);
    }
  }
}

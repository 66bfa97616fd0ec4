package dev.muster.parse.token;

import java.util.Optional;

/**
 * Finds a known word straight from a document's characters, without making a key string: the
 * one speed trick of tokenizing that stays (a token's word is looked up once, when it is made).
 * {@link #plain} is the reference, a hash map asked with the lower-cased substring; {@link
 * #packed} gives the same answers from one probe of a table of packed slots, and the benchmarks'
 * {@code WordLookupBenchmark} measures the two against each other.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface WordLookup {

  /**
   * Returns the word whose key is {@code text[start, end)} in lower case, or null; the caller
   * ensures that the characters are all ASCII letters, and gives {@code hash}, the {@link
   * String#hashCode} of their lower case ({@link #lowerHash}).
   */
  Vocabulary.Word find(String text, int start, int end, int hash);

  /** The hash code of {@code text[start, end)} in lower case, for ASCII letters. */
  static int lowerHash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + (text.charAt(i) | 0x20);
    }
    return h;
  }

  /** The reference lookup: the lower-cased substring asked of {@code vocabulary}. */
  static WordLookup plain(Vocabulary vocabulary) {
    return (text, start, end, hash) ->
        vocabulary.find(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** The packed table of the words of {@code vocabulary}; see {@link PackedWords}. */
  static WordLookup packed(Vocabulary vocabulary) {
    return PackedWords.of(vocabulary);
  }

  /** Returns {@link #find} as an optional, for callers that are not on a hot path. */
  default Optional<Vocabulary.Word> lookup(String text, int start, int end) {
    return Optional.ofNullable(find(text, start, end, lowerHash(text, start, end)));
  }
}

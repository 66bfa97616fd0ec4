package dev.muster.parse.classify;

import dev.muster.Origin;
import dev.muster.parse.lexicon.Lexicon;
import java.util.SortedSet;

/**
 * The noun phrase after a number, as {@link HeadNouns} reads it: its head noun, if any, where
 * the head is and where the phrase ends, and what its words say about the people counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param head the head noun, or null for a bare number
 * @param headAt the head's token, or -1
 * @param end the token after the phrase
 * @param foreign whether a word of it says the people are foreign ("foreign", "overseas")
 * @param partitive whether it is "of them", "of whom": part of the figure before
 * @param distributive whether it is one of a list of figures with their own demonyms
 * @param origins the demonyms of the phrase ("Nepali recruits")
 */
record NounPhrase(Lexicon.Noun head, int headAt, int end, boolean foreign, boolean partitive, boolean distributive,
    SortedSet<Origin> origins) {

  boolean hasHead() {
    return head != null;
  }
}

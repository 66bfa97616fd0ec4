package dev.muster.parse.read;

import dev.muster.parse.SeededText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's fast paths give what the full letter count gives, on generated text that mixes
 * English words, cue words, Cyrillic (Ukrainian and Russian letters), curly punctuation, Latin
 * letters with accents, digits and characters outside the BMP. Seeded: a failure names its seed.
 */
class FastPathEquivalenceTest {

  private static final String[] PIECES = {
    "the", "The", "and", "said", "of", "A", "an", "men", "recruits", "Nepal", "ministry", "THE",
    "thee", "th", "як", "що", "її", "ы", "ёж", "Київ", "Москва", "café", "Ærø", "1,500", "2024",
    "’", "“", "”", "—", "–", "…", ".", ",", "!", "\u00a0", "北京", "\uD835\uDC00", "\uD83D\uDE00",
    "ſ", "K", "İ", "-", "'",
  };

  static Stream<Long> seeds() {
    return SeededText.seeds(1_000L, 400);
  }

  private static String text(long seed) {
    return SeededText.of(new Random(seed), 40, PIECES, "", " ", "\n", ", ");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void languageOfAgreesWithTheFullProfile(long seed) {
    String t = text(seed);
    assertEquals(ScriptProfile.of(t, 0, t.length()).language(), ScriptProfile.languageOf(t, 0, t.length()),
        () -> "seed " + seed + ": '" + t + "'");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void asciiLettersMeansEveryLetterIsLatin(long seed) {
    String t = text(seed);
    if (ScriptProfile.asciiLetters(t, 0, t.length())) {
      assertEquals(1.0, ScriptProfile.of(t, 0, t.length()).latinShare(), () -> "seed " + seed + ": '" + t + "'");
    }
  }
}

package dev.muster.parse;

import java.util.Random;

/** Generated test text for the seeded equivalence tests. */
public final class SeededText {

  private SeededText() {}

  /** The seeds {@code first}, {@code first + 1}, ..., {@code count} of them, for a parameterized test. */
  public static java.util.stream.Stream<Long> seeds(long first, int count) {
    return java.util.stream.LongStream.range(first, first + count).boxed();
  }

  /**
   * Returns up to {@code maxPieces - 1} pieces drawn from {@code pieces}, each followed by a gap
   * drawn from {@code gaps} (repeat a gap to make it likelier).
   */
  public static String of(Random r, int maxPieces, String[] pieces, String... gaps) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(maxPieces); k > 0; k--) {
      b.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
    }
    return b.toString();
  }
}

package dev.muster.parse.internal;

import java.util.Arrays;
import java.util.Set;

/** Builds immutable word sets for the grammar's small closed classes; repeats are allowed. */
final class Words {
  private Words() {}

  static Set<String> of(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }
}

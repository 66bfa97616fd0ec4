package dev.muster;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that building a value is rejected with a message naming the value and the rule. */
final class Rejection {

  private Rejection() {}

  /**
   * Asserts that {@code build} throws an {@link IllegalArgumentException} whose message contains
   * every one of {@code fragments}, and returns it.
   */
  static IllegalArgumentException assertRejected(Executable build, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' does not contain '" + fragment + "'");
    }
    return e;
  }
}

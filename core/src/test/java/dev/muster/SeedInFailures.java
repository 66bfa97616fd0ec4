package dev.muster;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Names the seed in an unexpected exception of a property test, whose display name is
 * {@code ... seed N}; assertion failures already name it in their messages.
 */
public final class SeedInFailures implements TestExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    if (thrown instanceof AssertionError) {
      throw thrown;
    }
    throw new AssertionError(context.getDisplayName() + " (rerun with -Dmuster.seed=N) threw " + thrown, thrown);
  }
}

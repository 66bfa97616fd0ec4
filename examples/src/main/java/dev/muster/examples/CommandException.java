package dev.muster.examples;

/**
 * A failure of a command that its message explains in full (an output that cannot be written, a
 * bad value): the command prints {@code muster: error: MESSAGE} and exits with
 * {@link MusterCommand#USAGE}, without a stack trace.
 */
final class CommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CommandException(String message) {
    super(message);
  }

  CommandException(String message, Throwable cause) {
    super(message, cause);
  }
}

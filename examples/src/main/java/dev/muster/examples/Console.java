package dev.muster.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The standard output and standard error of a command, and whether each is a terminal (which
 * decides whether progress is shown, and whether it must make way for output on the same screen).
 *
 * @param out standard output, not null; a failure to write it is an {@code IOException}
 * @param err standard error, not null
 * @param outIsTerminal whether standard output is a terminal
 * @param errIsTerminal whether standard error is a terminal
 */
record Console(Writer out, PrintWriter err, boolean outIsTerminal, boolean errIsTerminal) {

  /** Set by {@code bin/muster} from the shell's {@code [ -t 1 ]}: {@code true} or {@code false}. */
  static final String STDOUT_TERMINAL = "muster.stdout.terminal";
  /** Set by {@code bin/muster} from the shell's {@code [ -t 2 ]}: {@code true} or {@code false}. */
  static final String STDERR_TERMINAL = "muster.stderr.terminal";

  Console {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Returns a console of streams that are not terminals (for tests and embedding). */
  static Console of(Writer out, PrintWriter err) {
    return new Console(out, err, false, false);
  }

  /**
   * Returns this process's standard streams. Whether each is a terminal comes from the launcher
   * ({@link #STDOUT_TERMINAL}, {@link #STDERR_TERMINAL}); without it, from what the file
   * descriptor is open on (Linux), else from {@link System#console()}.
   */
  static Console system() {
    return new Console(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true),
        isTerminal(1, System.getProperty(STDOUT_TERMINAL)),
        isTerminal(2, System.getProperty(STDERR_TERMINAL)));
  }

  /**
   * Returns whether file descriptor {@code fd} is a terminal.
   *
   * @param told what the launcher said ({@code "true"} or {@code "false"}), or null
   */
  static boolean isTerminal(int fd, String told) {
    if (told != null) {
      return Boolean.parseBoolean(told.trim());
    }
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Returns whether a device path names a terminal ({@code /dev/pts/3}, {@code /dev/tty1}). */
  static boolean isTerminalDevice(String path) {
    return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
  }
}

package dev.muster.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.FilterWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option: where a command writes its result. */
final class OutputOption {

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (replaced if it exists) instead of standard output.")
  Path file;

  /**
   * Opens the output, UTF-8, before any input is read, so that a bad path fails at once.
   *
   * @param stdout standard output, used when there is no {@code --out}; flushed, not closed,
   *     when the result is closed
   * @throws CommandException naming the file and what is wrong with it
   */
  Writer open(Writer stdout) {
    if (file == null) {
      return new BufferedWriter(new FilterWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush();
        }
      }, 1 << 16);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new CommandException("cannot write --out " + file + ": it is a folder");
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new CommandException("cannot write --out " + file + ": the folder " + parent
          + (Files.exists(parent) ? " is not a folder" : " does not exist"));
    }
    try {
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Returns the failure to write this output, with the reason in words. */
  CommandException failed(IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CommandException("cannot write " + (file == null ? "standard output" : "--out " + file)
        + ": " + reason, e);
  }
}

package dev.muster.examples;

import dev.muster.parse.ArticleParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the commands that read articles: the inputs, the size limit, progress. */
final class InputOptions {

  /** The largest --max-file-mb: 1 TiB. */
  static final long MAX_FILE_MB = 1L << 20;

  @Parameters(arity = "0..*", paramLabel = "FILES_OR_DIRS",
      description = "Article files, or folders whose files are all read (hidden files and "
          + "binary formats such as PDF or PNG are skipped). Default: the bundled sample articles.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "64",
      description = "Skip (and report) files larger than this many MiB (default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Option(names = "--progress", negatable = true,
      description = "Show (or not) how many files are done, on standard error. "
          + "Default: shown when standard error is a terminal.")
  Boolean progress;

  /** Returns the parser for these options, or throws when the size limit is out of range. */
  ArticleParser parser() {
    if (maxFileMb <= 0 || maxFileMb > MAX_FILE_MB) {
      throw new CommandException("--max-file-mb must be between 1 and " + MAX_FILE_MB + ", got "
          + maxFileMb);
    }
    return ArticleParser.builder().maxFileBytes(maxFileMb * 1024 * 1024).build();
  }

  /** Returns the progress line for this console (shown on a terminal unless told otherwise). */
  Progress progress(Console console) {
    boolean shown = progress != null ? progress : console.errIsTerminal();
    return new Progress(console.err(), shown, console.outIsTerminal() && console.errIsTerminal(), System::nanoTime);
  }
}

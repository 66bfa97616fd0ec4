package dev.muster.parse;

import dev.muster.Problem;
import dev.muster.parse.read.TextFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The article files named by a list of files and folders: folders are walked (hidden entries
 * skipped, symlink loops reported, not followed twice), files with binary extensions are left
 * out, and the rest are de-duplicated and sorted by path. What could not be listed is a
 * {@link Problem}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ArticleFiles in = ArticleFiles.expand(List.of(Path.of("archive")));
 * in.problems().forEach(System.err::println);
 * ArticleParser.defaults().parseAll(in.files()).forEach(report -> ...);
 * }</pre>
 */
public final class ArticleFiles {

  private final TextFiles files;

  private ArticleFiles(TextFiles files) {
    this.files = files;
  }

  /**
   * Expands files and folders into article files.
   *
   * @param inputs not null, nor any element
   */
  public static ArticleFiles expand(List<Path> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return new ArticleFiles(TextFiles.expand(inputs));
  }

  /** Returns the files to parse, sorted by path. */
  public List<Path> files() {
    return files.files();
  }

  /** Returns what could not be listed or was left out, one problem per path. */
  public List<Problem> problems() {
    return files.problems();
  }

  @Override
  public String toString() {
    return files.toString();
  }
}

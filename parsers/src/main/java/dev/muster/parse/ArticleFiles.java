package dev.muster.parse;

import dev.muster.Problem;
import dev.muster.parse.read.TextFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The article files named by a list of files and folders: folders are walked (hidden entries
 * skipped, symlink loops reported, not followed twice), files with binary extensions are left
 * out, and the rest are de-duplicated and sorted by path. What could not be listed is a
 * {@link Problem}.
 *
 * <p>Each file has a document id: its path relative to the folder it was found under, with
 * {@code /} between names ({@code a/article.txt} and {@code b/article.txt} when the folder
 * given holds both), or its own name when the file was given directly. When two files given
 * directly share a name, each of them is known by its path as given instead.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ArticleFiles in = ArticleFiles.expand(List.of(Path.of("archive")));
 * in.problems().forEach(System.err::println);
 * ArticleParser.defaults().parseAll(in).forEach(report -> ...);
 * }</pre>
 */
public final class ArticleFiles {

  private final TextFiles files;
  private final Map<Path, String> ids;

  private ArticleFiles(TextFiles files, Map<Path, String> ids) {
    this.files = files;
    this.ids = ids;
  }

  /**
   * Expands files and folders into article files.
   *
   * @param inputs not null, nor any element
   */
  public static ArticleFiles expand(List<Path> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    TextFiles found = TextFiles.expand(inputs);
    return new ArticleFiles(found, documentIds(List.copyOf(inputs), found.files()));
  }

  /** Returns the files to parse, sorted by path. */
  public List<Path> files() {
    return files.files();
  }

  /**
   * Returns the document id of one of the {@link #files()}: its path relative to the folder it
   * was found under ({@code a/article.txt}), or its name when it was given directly.
   *
   * @param file not null; one of {@link #files()}
   * @throws IllegalArgumentException if the file is not one of {@link #files()}
   */
  public String documentId(Path file) {
    Objects.requireNonNull(file, "file");
    String id = ids.get(file);
    if (id == null) {
      throw new IllegalArgumentException("'" + file + "' is not one of the " + ids.size()
          + " files listed; expected a path from files()");
    }
    return id;
  }

  /** Returns what could not be listed or was left out, one problem per path. */
  public List<Problem> problems() {
    return files.problems();
  }

  @Override
  public String toString() {
    return files.toString();
  }

  private static Map<Path, String> documentIds(List<Path> inputs, List<Path> files) {
    Map<Path, String> ids = new LinkedHashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (Path f : files) {
      String id = relativeId(inputs, f);
      ids.put(f, id);
      uses.merge(id, 1, Integer::sum);
    }
    ids.replaceAll((f, id) -> uses.get(id) > 1 ? slashed(f.normalize()) : id);
    return Map.copyOf(ids);
  }

  /** Returns the path below the first folder given that holds the file, else its name. */
  private static String relativeId(List<Path> inputs, Path file) {
    for (Path root : inputs) {
      if (!file.equals(root) && file.startsWith(root)) {
        return slashed(root.relativize(file));
      }
    }
    Path name = file.getFileName();
    return name == null ? slashed(file) : name.toString();
  }

  private static String slashed(Path p) {
    StringBuilder s = new StringBuilder(p.isAbsolute() && p.getRoot() != null
        ? p.getRoot().toString().replace('\\', '/') : "");
    for (int i = 0; i < p.getNameCount(); i++) {
      if (i > 0) {
        s.append('/');
      }
      s.append(p.getName(i));
    }
    return s.toString();
  }
}

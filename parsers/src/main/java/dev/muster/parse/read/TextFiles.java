package dev.muster.parse.read;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The files to read, expanded from a list of files and folders, with the problems met while
 * expanding them.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>a file named in the input is taken, hidden or not;
 *   <li>a folder is walked recursively; hidden files and folders inside it (names starting with a
 *       dot) are skipped silently;
 *   <li>symbolic links are followed, so a link to a file or folder counts as that file or folder; a
 *       link that leads back to a folder being walked is a loop: it is reported as {@link
 *       ProblemKind#UNREADABLE} and not entered; a link to nothing is reported as {@link
 *       ProblemKind#UNREADABLE};
 *   <li>a file whose extension names a binary format ({@code .png .jpg .pdf .zip .gz .jar .class
 *       .exe} and the like, see {@link #isBinaryName(Path)}) is skipped with a {@link
 *       ProblemKind#BINARY} problem; other files are taken whatever their extension;
 *   <li>a path that does not exist, or a folder that cannot be listed, is an {@link
 *       ProblemKind#UNREADABLE} problem naming it;
 *   <li>files are de-duplicated by their real path (the first in order is kept) and sorted by their
 *       absolute, normalised path.
 * </ul>
 *
 * <p>A problem's document id is the path as found. Content is not checked here: that is {@link
 * DocumentReader}'s job.
 *
 * <p>Immutable and thread-safe; treat as a value.
 *
 * <pre>{@code
 * TextFiles found = TextFiles.expand(List.of(Path.of("articles")));
 * found.problems().forEach(System.err::println);
 * for (Path file : found.files()) { ... }
 * }</pre>
 */
public final class TextFiles {

  private static final Set<String> BINARY_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "ico", "heic", "avif", "pdf",
          "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "jar", "war", "class", "exe",
          "dll", "so", "dylib", "bin", "o", "a", "iso", "dmg", "msi", "deb", "rpm", "mp3", "mp4",
          "m4a", "wav", "ogg", "flac", "avi", "mov", "mkv", "webm", "woff", "woff2", "ttf", "otf",
          "eot", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "sqlite", "db", "pyc",
          "parquet", "psd");

  private final List<Path> files;
  private final List<Problem> problems;

  private TextFiles(List<Path> files, List<Problem> problems) {
    this.files = List.copyOf(files);
    this.problems = List.copyOf(problems);
  }

  /**
   * Expands files and folders into the files to read. Never throws for bad paths: each is a {@link
   * #problems() problem}.
   *
   * @param inputs not null, no null element
   */
  public static TextFiles expand(List<Path> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    inputs.forEach(p -> Objects.requireNonNull(p, "inputs has a null element"));
    List<Path> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path input : inputs) {
      collect(input, found, problems);
    }
    found.sort(Comparator.comparing(TextFiles::sortKey));
    Set<Path> seen = new HashSet<>();
    List<Path> files = new ArrayList<>();
    for (Path p : found) {
      if (seen.add(realOrAbsolute(p))) {
        files.add(p);
      }
    }
    problems.sort(Comparator.comparing(Problem::documentId));
    return new TextFiles(files, problems);
  }

  /** Returns the files to read, sorted by absolute path, without duplicates. */
  public List<Path> files() {
    return files;
  }

  /** Returns the problems met, sorted by path (stable for problems of the same path). */
  public List<Problem> problems() {
    return problems;
  }

  /** Returns whether {@code file}'s extension names a binary format, ignoring case. */
  public static boolean isBinaryName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 && BINARY_EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static void collect(Path input, List<Path> found, List<Problem> problems) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(input, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      problems.add(
          problem(
              input,
              ProblemKind.UNREADABLE,
              Files.isSymbolicLink(input)
                  ? "it is a symbolic link to a missing file"
                  : "it does not exist"));
      return;
    } catch (IOException | SecurityException e) {
      problems.add(
          problem(input, ProblemKind.UNREADABLE, "its attributes cannot be read (" + e + ")"));
      return;
    }
    if (a.isDirectory()) {
      walk(input, found, problems);
    } else {
      take(input, a, found, problems);
    }
  }

  private static void take(
      Path file, BasicFileAttributes a, List<Path> found, List<Problem> problems) {
    if (a.isSymbolicLink()) {
      // only seen when the link's target cannot be read: the walker then reports the link itself
      problems.add(
          problem(file, ProblemKind.UNREADABLE, "it is a symbolic link to a missing file"));
    } else if (!a.isRegularFile()) {
      problems.add(problem(file, ProblemKind.UNREADABLE, "it is not a regular file or a folder"));
    } else if (isBinaryName(file)) {
      problems.add(
          problem(
              file,
              ProblemKind.BINARY,
              "skipped: its extension names a binary format; expected a text file"));
    } else {
      found.add(file);
    }
  }

  private static void walk(Path root, List<Path> found, List<Problem> problems) {
    SimpleFileVisitor<Path> visitor =
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!isHidden(file)) {
              take(file, attrs, found, problems);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(file)) {
              String why =
                  e instanceof FileSystemLoopException
                      ? "it is a symbolic link that loops back to a folder being walked; not"
                            + " entered"
                      : "it cannot be read (" + e + ")";
              problems.add(problem(file, ProblemKind.UNREADABLE, why));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
              problems.add(
                  problem(
                      dir,
                      ProblemKind.UNREADABLE,
                      "the folder could not be listed completely (" + e + ")"));
            }
            return FileVisitResult.CONTINUE;
          }
        };
    try {
      Files.walkFileTree(
          root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
    } catch (IOException | SecurityException e) {
      problems.add(
          problem(root, ProblemKind.UNREADABLE, "the folder cannot be walked (" + e + ")"));
    }
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static Problem problem(Path path, ProblemKind kind, String why) {
    return Problem.of(path.toString(), kind, "path '" + path + "': " + why);
  }

  private static Path sortKey(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static Path realOrAbsolute(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      return sortKey(p);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextFiles
        && ((TextFiles) o).files.equals(files)
        && ((TextFiles) o).problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(files, problems);
  }

  @Override
  public String toString() {
    return "TextFiles[" + files.size() + " files, " + problems.size() + " problems]";
  }
}

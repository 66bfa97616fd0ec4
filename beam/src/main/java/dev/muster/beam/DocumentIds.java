package dev.muster.beam;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * How {@link MusterTransforms#extract()} names the documents it reads: by file name, as
 * {@link dev.muster.parse.ArticleParser#parse(java.nio.file.Path)} does, or by the path below an
 * input root, which keeps files of the same name in different folders apart when their figures
 * are reconciled. The JSON Lines export names a document by its file name either way.
 *
 * <p>Immutable and thread-safe; treat as a value.
 *
 * <pre>{@code
 * MusterTransforms.extract().withDocumentIds(DocumentIds.relativeTo("gs://news-archive/2024/"))
 * // gs://news-archive/2024/03/kyiv-17.txt -> 03/kyiv-17.txt
 * }</pre>
 */
public final class DocumentIds implements Serializable {

  private static final long serialVersionUID = 1L;

  private enum Kind { FILE_NAME, RELATIVE }

  private final Kind kind;
  private final String root;

  private DocumentIds(Kind kind, String root) {
    this.kind = kind;
    this.root = root;
  }

  /** Returns the naming by file name: {@code /data/archive/2024/a.txt} is {@code a.txt}. */
  public static DocumentIds fileName() {
    return new DocumentIds(Kind.FILE_NAME, "");
  }

  /**
   * Returns the naming by the path below {@code root}: with the root {@code /data/archive}, the
   * file {@code /data/archive/2024/a.txt} is {@code 2024/a.txt}. A file outside the root keeps its
   * whole path.
   *
   * @param root not null; a folder, such as {@code /data/archive} or {@code gs://bucket/news/}
   * @throws IllegalArgumentException if {@code root} is empty
   */
  public static DocumentIds relativeTo(String root) {
    Objects.requireNonNull(root, "root");
    if (root.isEmpty()) {
      throw new IllegalArgumentException("the root of document ids is empty; expected a folder");
    }
    return new DocumentIds(Kind.RELATIVE, root.endsWith("/") ? root : root + "/");
  }

  /**
   * Returns the naming by the path below the folder a file pattern starts from: the part of
   * {@code pattern} before its first wildcard, up to the last {@code /}. A pattern without
   * wildcards names one file, whose id is then its file name.
   *
   * <pre>{@code
   * DocumentIds.belowPatternRoot("/data/archive/**.txt")   // relative to /data/archive/
   * DocumentIds.belowPatternRoot("gs://b/news/2024-*.txt")  // relative to gs://b/news/
   * }</pre>
   *
   * @param pattern not null; a file pattern such as {@code FileIO.match()} takes
   */
  public static DocumentIds belowPatternRoot(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    int wildcard = firstWildcard(pattern);
    int slash = pattern.lastIndexOf('/', wildcard < 0 ? pattern.length() - 1 : wildcard);
    if (wildcard < 0 || slash < 0) {
      return fileName();
    }
    return relativeTo(pattern.substring(0, slash + 1));
  }

  /** Returns the index of the first of {@code * ? [ {} in {@code pattern}, or -1. */
  static int firstWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the id of a file.
   *
   * @param file not null
   */
  public String of(ResourceId file) {
    Objects.requireNonNull(file, "file");
    String path = file.toString();
    if (kind == Kind.RELATIVE && path.startsWith(root) && path.length() > root.length()) {
      return path.substring(root.length());
    }
    if (kind == Kind.RELATIVE) {
      return path;
    }
    String name = file.getFilename();
    return name == null || name.isEmpty() ? path : name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentIds && ((DocumentIds) o).kind == kind
        && ((DocumentIds) o).root.equals(root);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, root);
  }

  @Override
  public String toString() {
    return kind == Kind.FILE_NAME ? "DocumentIds[file name]" : "DocumentIds[relative to " + root + "]";
  }
}

package dev.muster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The files of a generated corpus in name order, with their sizes. Immutable and thread-safe.
 *
 * @param files the regular files below the folder, sorted
 * @param sizes the size in bytes of each file
 */
public record Corpus(List<Path> files, long[] sizes) {

  /** Checks the parts and copies the file list. */
  public Corpus {
    files = List.copyOf(files);
    sizes = sizes.clone();
    if (files.size() != sizes.length) {
      throw new IllegalArgumentException(files.size() + " files but " + sizes.length + " sizes");
    }
  }

  /**
   * Reads the file list of a folder.
   *
   * @param folder not null
   */
  public static Corpus of(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    long[] sizes = new long[files.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = Files.size(files.get(i));
    }
    return new Corpus(files, sizes);
  }

  /** Returns the number of documents. */
  public int documents() {
    return files.size();
  }

  /** Returns the total size in bytes. */
  public long bytes() {
    long total = 0;
    for (long s : sizes) {
      total += s;
    }
    return total;
  }

  /** Returns a copy of the file sizes. */
  @Override
  public long[] sizes() {
    return sizes.clone();
  }

  /** Returns the size of the file at {@code index}, in bytes. */
  public long size(int index) {
    return sizes[index];
  }
}

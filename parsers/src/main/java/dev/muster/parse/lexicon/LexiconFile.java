package dev.muster.parse.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads one tab-separated file of a lexicon from the class path: one row a line, fields split at
 * tabs (empty fields kept), blank lines and lines starting with {@code #} skipped. A bad row
 * is an {@link IllegalStateException} naming the resource, the line and what is wrong.
 *
 * <p>Stateless and thread-safe.
 */
public final class LexiconFile {

  private LexiconFile() {}

  /**
   * Passes each row of {@code resource} to {@code row}; an {@link IllegalArgumentException} it
   * throws becomes an {@link IllegalStateException} naming the line.
   *
   * @throws IllegalStateException if the resource is missing or a row has fewer than {@code
   *     minFields} fields or is refused by {@code row}
   */
  public static void read(String resource, int minFields, Consumer<String[]> row) {
    InputStream in = LexiconFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the class path: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minFields) {
          throw new IllegalStateException(resource + ":" + n + ": expected " + minFields
              + " tab-separated fields, got " + f.length + ": '" + line + "'");
        }
        try {
          row.accept(f);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }
}

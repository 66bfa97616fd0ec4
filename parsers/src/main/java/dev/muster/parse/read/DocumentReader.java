package dev.muster.parse.read;

import dev.muster.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * Reads files, bytes or strings into {@link SourceDocument}s; the first stage of the pipeline.
 *
 * <p>Immutable and thread-safe: build one and use it from any thread.
 *
 * <pre>{@code
 * DocumentReader reader = DocumentReader.withLimit(64L * 1024 * 1024);
 * SourceDocument doc = reader.read(Path.of("articles/nepal.txt"));
 * if (doc.isExtractable()) {
 *   System.out.println(doc.published() + " " + doc.title());
 * } else {
 *   doc.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Bad input never throws; the document says what went wrong:
 *
 * <ul>
 *   <li>a missing file, a dangling symbolic link, a directory, something that is not a regular
 *       file, or an I/O error: {@link ProblemKind#UNREADABLE};
 *   <li>more bytes than the limit: {@link ProblemKind#TOO_LARGE}; the size is checked before
 *       reading, and reading stops one byte past the limit in case the file grew;
 *   <li>binary content: {@link ProblemKind#BINARY} when the bytes start with a known binary
 *       signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, class file), or the first {@value
 *       #SNIFF_CHARS} decoded characters hold a NUL or more than 10% control characters other than
 *       tab, line feed, form feed and carriage return;
 *   <li>these three give a document with empty text that is not {@linkplain
 *       SourceDocument#isExtractable() extractable};
 *   <li>invalid bytes in the encoding: each becomes U+FFFD and one {@link
 *       ProblemKind#MALFORMED_ENCODING} problem is added; the text stays extractable;
 *   <li>a date prefix without a valid date: {@link ProblemKind#BAD_DATE_LINE}, still extractable;
 *   <li>an empty or blank file: an extractable document with no title, language {@code und} and no
 *       problem.
 * </ul>
 */
public final class DocumentReader {

  /** How many decoded characters at the start are checked for binary content. */
  static final int SNIFF_CHARS = 8192;

  /** The largest byte array the JVM reliably allocates; larger limits are capped to it. */
  private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;

  private static final List<byte[]> SIGNATURES =
      List.of(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          new byte[] {'G', 'I', 'F', '8'},
          new byte[] {'%', 'P', 'D', 'F', '-'},
          new byte[] {'P', 'K', 0x03, 0x04},
          new byte[] {0x1F, (byte) 0x8B},
          new byte[] {0x7F, 'E', 'L', 'F'},
          new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});

  private final long maxBytes;

  private DocumentReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Returns a reader of files of at most {@code maxBytes} bytes.
   *
   * @param maxBytes the largest file to read, in bytes; limits above {@code Integer.MAX_VALUE - 16}
   *     act as that value
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public static DocumentReader withLimit(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException(
          "maxBytes is " + maxBytes + "; expected a positive number of bytes");
    }
    return new DocumentReader(maxBytes);
  }

  /** Returns the largest file this reader reads, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads a file; its id is its file name. Never throws for missing, unreadable, too large or
   * binary files: see the class documentation.
   *
   * @param file not null
   */
  public SourceDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String id = name == null || name.toString().isEmpty() ? file.toString() : name.toString();
    String where = "file '" + file + "'";
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return unreadable(
          id,
          where,
          Files.isSymbolicLink(file)
              ? "it is a symbolic link to a missing file"
              : "it does not exist");
    } catch (IOException | SecurityException e) {
      return unreadable(id, where, "its attributes cannot be read (" + e + ")");
    }
    if (attributes.isDirectory()) {
      return unreadable(id, where, "it is a directory");
    }
    if (!attributes.isRegularFile()) {
      return unreadable(id, where, "it is not a regular file");
    }
    long cap = Math.min(maxBytes, LARGEST_ARRAY);
    if (attributes.size() > cap) {
      return tooLarge(id, where, attributes.size() + " bytes", cap);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = readAll(in, (int) attributes.size(), (int) cap);
    } catch (IOException | SecurityException e) {
      return unreadable(id, where, "reading failed (" + e + ")");
    }
    return decode(id, where, bytes);
  }

  /**
   * Reads at most {@code cap + 1} bytes (one more than the limit shows a file over it): the
   * {@code size} the file system gave into an array of that size, then whatever else there is
   * (a file that grew, or one like {@code /proc/self/status} that gives its size as 0).
   */
  static byte[] readAll(InputStream in, int size, int cap) throws IOException {
    byte[] head = in.readNBytes(size);
    int next = head.length < size ? -1 : in.read();
    if (next < 0) {
      return head;
    }
    byte[] rest = in.readNBytes(cap - head.length);
    byte[] all = java.util.Arrays.copyOf(head, head.length + 1 + rest.length);
    all[head.length] = (byte) next;
    System.arraycopy(rest, 0, all, head.length + 1, rest.length);
    return all;
  }

  /**
   * Reads bytes held in memory, with the same checks as {@link #read(Path)} except the file ones.
   *
   * @param id not null; the document id
   * @param bytes not null; the whole document
   */
  public SourceDocument read(String id, byte[] bytes) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
    return decode(id, "document '" + id + "'", bytes);
  }

  /**
   * Analyses text held in memory. A leading U+FEFF (a decoded byte order mark) is dropped, so
   * offsets agree with those of the same text read from a file. There is no size limit and no
   * binary check: the caller already has the text.
   *
   * @param id not null; the document id
   * @param text not null; the whole document, including an optional date prefix
   */
  public static SourceDocument of(String id, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return SourceDocument.analyse(id, t, List.of());
  }

  private SourceDocument decode(String id, String where, byte[] bytes) {
    long cap = Math.min(maxBytes, LARGEST_ARRAY);
    if (bytes.length > cap) {
      return tooLarge(id, where, "more than " + cap + " bytes", cap);
    }
    for (byte[] signature : SIGNATURES) {
      if (Decoding.startsWith(bytes, signature)) {
        return binary(
            id,
            where,
            "it starts with the signature of a binary format ("
                + Decoding.hex(signature, 0, signature.length)
                + ")");
      }
    }
    Decoding decoded = Decoding.decode(id, where, bytes);
    String controls = binaryReason(decoded.text());
    if (!controls.isEmpty()) {
      return binary(id, where, controls);
    }
    return SourceDocument.analyse(id, decoded.text(), decoded.problem().stream().toList());
  }

  /** Returns why the start of {@code text} looks binary, or an empty string when it does not. */
  private static String binaryReason(String text) {
    int n = Math.min(text.length(), SNIFF_CHARS);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "it has a NUL character at text offset " + i;
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls * 10 > n) {
      return controls + " of its first " + n + " characters are control characters (more than 10%)";
    }
    return "";
  }

  private static SourceDocument unreadable(String id, String where, String why) {
    return SourceDocument.unextractable(
        id,
        ProblemKind.UNREADABLE,
        where + " cannot be read: " + why + "; expected a readable regular text file");
  }

  private static SourceDocument tooLarge(String id, String where, String size, long cap) {
    String expected = "; expected at most " + cap + " bytes (raise the size limit to read it)";
    return SourceDocument.unextractable(
        id, ProblemKind.TOO_LARGE, where + " is too large: " + size + expected);
  }

  private static SourceDocument binary(String id, String where, String why) {
    return SourceDocument.unextractable(
        id,
        ProblemKind.BINARY,
        where + " looks binary: " + why + "; expected text; nothing was extracted");
  }

  @Override
  public String toString() {
    return "DocumentReader[maxBytes=" + maxBytes + "]";
  }
}

package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  private static final DocumentReader READER = DocumentReader.withLimit(1024 * 1024);

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static Problem onlyProblem(SourceDocument doc) {
    assertEquals(1, doc.problems().size(), () -> doc.problems().toString());
    return doc.problems().get(0);
  }

  @Test
  void readsPlainUtf8FileWithItsNameAsId() throws IOException {
    SourceDocument doc = READER.read(write("plain.txt", "Nepal says 10,000 joined.\n"));
    assertEquals("plain.txt", doc.id());
    assertEquals("Nepal says 10,000 joined.\n", doc.text());
    assertTrue(doc.isExtractable());
    assertEquals(List.of(), doc.problems());
    assertEquals(0, doc.bodyStart());
    assertEquals(Optional.empty(), doc.published());
  }

  @Test
  void emptyFileIsAnExtractableEmptyDocument() throws IOException {
    SourceDocument doc = READER.read(write("empty.txt", new byte[0]));
    assertEquals("", doc.text());
    assertTrue(doc.isExtractable());
    assertEquals(List.of(), doc.problems());
    assertEquals(Optional.empty(), doc.title());
    assertEquals("und", doc.language());
    assertEquals(List.of(), doc.excluded());
  }

  @Test
  void whitespaceOnlyFileHasNoTitleAndNoProblem() throws IOException {
    SourceDocument doc = READER.read(write("blank.txt", " \t\r\n\n  \u00A0\n"));
    assertEquals(" \t\r\n\n  \u00A0\n", doc.text());
    assertTrue(doc.isExtractable());
    assertEquals(List.of(), doc.problems());
    assertEquals(Optional.empty(), doc.title());
    assertEquals("und", doc.language());
  }

  @Test
  void pngBytesAreBinary() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};
    Path file = write("chart.txt", png);
    SourceDocument doc = READER.read(file);
    Problem p = onlyProblem(doc);
    assertEquals(ProblemKind.BINARY, p.kind());
    assertEquals("chart.txt", p.documentId());
    assertEquals(Optional.empty(), p.offset());
    assertEquals(
        "file '"
            + file
            + "' looks binary: it starts with the signature of a binary"
            + " format (89 50 4E 47 0D 0A 1A 0A); expected text; nothing was extracted",
        p.message());
    assertFalse(doc.isExtractable());
    assertEquals("", doc.text());
  }

  @Test
  void nulBytesAreBinary() throws IOException {
    Path file =
        write(
            "nul.txt",
            concat(
                "Some text".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 0, 0},
                "more".getBytes(StandardCharsets.US_ASCII)));
    SourceDocument doc = READER.read(file);
    Problem p = onlyProblem(doc);
    assertEquals(ProblemKind.BINARY, p.kind());
    assertEquals(
        "file '"
            + file
            + "' looks binary: it has a NUL character at text offset 9;"
            + " expected text; nothing was extracted",
        p.message());
    assertFalse(doc.isExtractable());
  }

  @Test
  void manyControlCharactersAreBinaryButAFewAreNot() {
    byte[] noisy = new byte[100];
    Arrays.fill(noisy, (byte) 'a');
    for (int i = 0; i < 11; i++) {
      noisy[i * 9] = 0x01;
    }
    SourceDocument doc = READER.read("noisy.txt", noisy);
    assertEquals(ProblemKind.BINARY, onlyProblem(doc).kind());
    assertEquals(
        "document 'noisy.txt' looks binary: 11 of its first 100 characters are control"
            + " characters (more than 10%); expected text; nothing was extracted",
        onlyProblem(doc).message());

    byte[] few = Arrays.copyOf(noisy, 100);
    few[90] = 'a';
    SourceDocument ok = READER.read("few.txt", few);
    assertTrue(ok.isExtractable());
    assertEquals(List.of(), ok.problems());
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersAndLaterOffsetsStayExact() throws IOException {
    byte[] bytes =
        concat(
            "Ab".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF},
            "cd".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3},
            " 1,500 troops".getBytes(StandardCharsets.UTF_8));
    Path file = write("broken.txt", bytes);
    SourceDocument doc = READER.read(file);
    assertEquals("Ab\uFFFDcd\uFFFD 1,500 troops", doc.text());
    assertEquals(7, doc.text().indexOf("1,500"));
    Problem p = onlyProblem(doc);
    assertEquals(ProblemKind.MALFORMED_ENCODING, p.kind());
    assertEquals(Optional.of(2), p.offset());
    assertEquals(
        "file '"
            + file
            + "': 2 byte sequences are not valid UTF-8, the first at byte 2"
            + " (FF, text offset 2); expected UTF-8 text; each was replaced by U+FFFD",
        p.message());
    assertTrue(doc.isExtractable());
  }

  @Test
  void truncatedSequenceAtTheEndIsReplaced() {
    SourceDocument doc =
        READER.read(
            "cut.txt",
            concat("ok ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}));
    assertEquals("ok \uFFFD", doc.text());
    assertEquals(Optional.of(3), onlyProblem(doc).offset());
    assertTrue(onlyProblem(doc).message().startsWith("document 'cut.txt': 1 byte sequence is"));
  }

  @Test
  void utf8BomIsDroppedSoOffsetsCountFromAfterIt() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    SourceDocument doc =
        READER.read(
            write(
                "bom.txt",
                concat(
                    bom, " date 2024-03-01 Kyiv says 300 fled".getBytes(StandardCharsets.UTF_8))));
    assertEquals(" date 2024-03-01 Kyiv says 300 fled", doc.text());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), doc.published());
    assertEquals(17, doc.bodyStart());
    assertEquals(List.of(), doc.problems());
  }

  @Test
  void utf16LittleAndBigEndianWithBomAreDecoded() throws IOException {
    String text = "Київ: 1,200 people — confirmed \uD83D\uDE00\r\n";
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    SourceDocument fromLe = READER.read(write("le.txt", le));
    SourceDocument fromBe = READER.read(write("be.txt", be));
    assertEquals(text, fromLe.text());
    assertEquals(text, fromBe.text());
    assertEquals(List.of(), fromLe.problems());
    assertEquals(List.of(), fromBe.problems());
    assertTrue(fromLe.isExtractable());
  }

  @Test
  void oddUtf16ByteCountIsMalformedNotBinary() {
    byte[] le =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "Hi".getBytes(StandardCharsets.UTF_16LE),
            new byte[] {'x'});
    SourceDocument doc = READER.read("odd.txt", le);
    assertEquals("Hi\uFFFD", doc.text());
    assertEquals(ProblemKind.MALFORMED_ENCODING, onlyProblem(doc).kind());
    assertTrue(onlyProblem(doc).message().contains("not valid UTF-16LE, the first at byte 6"));
  }

  private static void assertUnreadable(Path file, String why) {
    SourceDocument doc = READER.read(file);
    Problem p = onlyProblem(doc);
    assertEquals(ProblemKind.UNREADABLE, p.kind());
    assertEquals(file.getFileName().toString(), p.documentId());
    assertEquals(
        "file '" + file + "' cannot be read: " + why + "; expected a readable regular text file",
        p.message());
    assertFalse(doc.isExtractable());
    assertEquals("", doc.text());
  }

  @Test
  void missingFileIsUnreadableAndNamed() {
    assertUnreadable(dir.resolve("nowhere.txt"), "it does not exist");
  }

  @Test
  void directoryIsUnreadable() throws IOException {
    assertUnreadable(Files.createDirectory(dir.resolve("folder.txt")), "it is a directory");
  }

  /** Tests run as root, where chmod 000 does not stop reading: a dangling link stands in. */
  @Test
  void danglingSymlinkIsUnreadable() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    assertUnreadable(link, "it is a symbolic link to a missing file");
  }

  @Test
  void fifoIsNotARegularFile() throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    assertUnreadable(fifo, "it is not a regular file");
  }

  @Test
  void fileOverTheLimitIsTooLargeWithoutReadingIt() throws IOException {
    DocumentReader small = DocumentReader.withLimit(10);
    Path file = write("big.txt", "12345678901");
    Problem p = onlyProblem(small.read(file));
    assertEquals(ProblemKind.TOO_LARGE, p.kind());
    assertEquals(
        "file '"
            + file
            + "' is too large: 11 bytes; expected at most 10 bytes (raise"
            + " the size limit to read it)",
        p.message());
    assertTrue(small.read(write("fits.txt", "1234567890")).isExtractable());
    Problem bytes = onlyProblem(small.read("mem.txt", new byte[11]));
    assertEquals(ProblemKind.TOO_LARGE, bytes.kind());
    assertEquals(
        "document 'mem.txt' is too large: more than 10 bytes; expected at most 10 bytes"
            + " (raise the size limit to read it)",
        bytes.message());
  }

  @Test
  void fiftyMegabyteSingleLineIsReadOrRefusedQuickly() throws IOException {
    Path file = dir.resolve("huge.txt");
    int size = 50 * 1024 * 1024;
    byte[] chunk =
        "Troops 1,500 and more words without a line break "
            .repeat(1000)
            .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int written = 0; written < size; written += chunk.length) {
        out.write(chunk, 0, Math.min(chunk.length, size - written));
      }
    }
    try {
      SourceDocument refused =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> READER.read(file));
      assertEquals(ProblemKind.TOO_LARGE, onlyProblem(refused).kind());
      assertTrue(onlyProblem(refused).message().contains("is too large: 52428800 bytes"));

      SourceDocument read =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30), () -> DocumentReader.withLimit(64L * 1024 * 1024).read(file));
      assertTrue(read.isExtractable());
      assertEquals(size, read.text().length());
      assertEquals(List.of(), read.problems());
      assertEquals(Optional.empty(), read.title());
      assertEquals("en", read.language());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void nonPositiveLimitIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentReader.withLimit(0));
    assertEquals("maxBytes is 0; expected a positive number of bytes", e.getMessage());
    assertEquals(5L, DocumentReader.withLimit(5).maxBytes());
  }

  @Test
  void nullsAreRejectedWithTheParameterName() {
    assertEquals(
        "file",
        assertThrows(NullPointerException.class, () -> READER.read((Path) null)).getMessage());
    assertEquals(
        "bytes",
        assertThrows(NullPointerException.class, () -> READER.read("x", (byte[]) null))
            .getMessage());
    assertEquals(
        "text",
        assertThrows(NullPointerException.class, () -> DocumentReader.of("x", null)).getMessage());
  }

  @Test
  void ofDropsALeadingBomCharacter() {
    SourceDocument doc = DocumentReader.of("s", "\uFEFF date 2025-01-02 Text");
    assertEquals(" date 2025-01-02 Text", doc.text());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), doc.published());
  }

  @Test
  void readingTheSameBytesTwiceGivesEqualDocuments() {
    byte[] b =
        " date 2024-05 Headline\n\nBody text here said 5 people.\n4 days ago\n"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(READER.read("same.txt", b), READER.read("same.txt", b));
    assertEquals(READER.read("same.txt", b).hashCode(), READER.read("same.txt", b).hashCode());
  }

  @Test
  void nonBmpCharactersCountAsTwoUtf16Units() throws IOException {
    String text = "\uD83C\uDDFA\uD83C\uDDE6 \uD83D\uDCA5 \uD835\uDC00 300 soldiers";
    SourceDocument doc = READER.read(write("emoji.txt", text));
    assertEquals(text, doc.text());
    assertEquals(11, doc.text().indexOf("300"));
    assertEquals("300", doc.text().substring(11, 14));
  }

  @Test
  void rightToLeftTextIsKeptAsIsAndIsNotLatin() throws IOException {
    String text = "שלום עולם \u202Bمرحبا\u202C 42 fighters";
    SourceDocument doc = READER.read(write("rtl.txt", text));
    assertEquals(text, doc.text());
    assertEquals(18, text.indexOf("42"));
    assertFalse(doc.isLatinRun(0, 9));
    assertTrue(doc.isLatinRun(18, text.length()));
    assertEquals("und", doc.language());
    assertEquals(List.of(), doc.problems());
  }

  private static String readAll(String content, int size, int cap) throws IOException {
    return new String(DocumentReader.readAll(
        new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)), size, cap),
        StandardCharsets.US_ASCII);
  }

  @Test
  void readsTheSizeTheFileSystemGivesAndWhateverElseThereIsUpToOneOverTheLimit() throws IOException {
    assertEquals("abcdef", readAll("abcdef", 6, 100));
    assertEquals("abcdef", readAll("abcdef", 3, 100), "a file that grew after its size was read");
    assertEquals("abcdef", readAll("abcdef", 0, 100), "a file that gives its size as 0");
    assertEquals("abc", readAll("abc", 6, 100), "a file that shrank");
    assertEquals("abcde", readAll("abcdefgh", 2, 4), "one byte over the limit shows a file over it");
    assertEquals("abcde", readAll("abcdefgh", 4, 4));
    assertEquals("", readAll("", 0, 4));
  }
}

package dev.muster.parse.read;

import dev.muster.Problem;
import dev.muster.ProblemKind;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text. A UTF-8 byte order mark is dropped; a UTF-16LE or UTF-16BE byte order mark selects
 * that encoding and is dropped too; anything else is UTF-8. Each malformed sequence (as Java's
 * decoder delimits it) becomes one U+FFFD, and one {@link ProblemKind#MALFORMED_ENCODING} problem
 * gives their count, the byte offset of the first and its offset in the text.
 *
 * @param text the decoded text
 * @param problem the encoding problem, if any
 */
record Decoding(String text, Optional<Problem> problem) {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  /**
   * Decodes {@code bytes}.
   *
   * @param id the document id problems carry
   * @param where how messages name the input, such as {@code file '/a/b.txt'}
   */
  static Decoding decode(String id, String where, byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (startsWith(bytes, UTF8_BOM)) {
      offset = UTF8_BOM.length;
    } else if (startsWith(bytes, UTF16LE_BOM)) {
      charset = StandardCharsets.UTF_16LE;
      offset = UTF16LE_BOM.length;
    } else if (startsWith(bytes, UTF16BE_BOM)) {
      charset = StandardCharsets.UTF_16BE;
      offset = UTF16BE_BOM.length;
    }
    if (charset == StandardCharsets.UTF_8) {
      // the usual case, valid UTF-8, in one step: the JDK's own decoding replaces each malformed
      // sequence by U+FFFD as the decoder below does, so a text without one needs no second look
      String text = new String(bytes, offset, bytes.length - offset, charset);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoding(text, Optional.empty());
      }
    }
    return strict(id, where, bytes, charset, offset);
  }

  /** {@link #decode} with a decoder that reports each malformed sequence. */
  static Decoding strict(String id, String where, byte[] bytes, Charset charset, int offset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
    int bad = 0;
    int firstByte = -1;
    int firstChar = -1;
    String firstBytes = "";
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        if (r.isUnderflow()) {
          break;
        }
      }
      if (r.isOverflow()) {
        out = grow(out);
      } else if (r.isError()) {
        if (bad++ == 0) {
          firstByte = in.position();
          firstChar = out.position();
          firstBytes = hex(bytes, firstByte, r.length());
        }
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put('\uFFFD');
        in.position(in.position() + r.length());
      }
    }
    out.flip();
    String text = out.toString();
    if (bad == 0) {
      return new Decoding(text, Optional.empty());
    }
    String message =
        where
            + ": "
            + bad
            + " byte sequence"
            + (bad == 1 ? " is" : "s are")
            + " not valid "
            + charset.name()
            + ", the first at byte "
            + firstByte
            + " ("
            + firstBytes
            + ", text offset "
            + firstChar
            + "); expected "
            + charset.name()
            + " text; each was replaced by U+FFFD";
    return new Decoding(
        text, Optional.of(Problem.at(id, firstChar, ProblemKind.MALFORMED_ENCODING, message)));
  }

  /** Returns {@code length} bytes from {@code start} in hex, at most 8 of them. */
  static String hex(byte[] bytes, int start, int length) {
    StringBuilder sb = new StringBuilder();
    int end = Math.min(start + Math.min(length, 8), bytes.length);
    for (int i = start; i < end; i++) {
      sb.append(i == start ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
    }
    return sb.toString();
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  /** Returns whether {@code bytes} starts with {@code prefix}. */
  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Quantity;
import dev.muster.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The properties every report must have, whatever the text: each evidence span lies inside the
 * text and equals it, each mention lies inside its evidence, low &le; high, and each figure's
 * digits (or its number words) are in its mention.
 */
final class ReportInvariants {

  /**
   * The words the number grammars read as numbers, from their lexicons (English, Russian,
   * Ukrainian: with "полтора"), and the vague magnitudes.
   */
  static final Set<String> NUMBER_WORDS = numberWords();

  private ReportInvariants() {}

  /**
   * Parses {@code text} with the default parser and checks the invariants.
   *
   * @param where names the case in failure messages (its seed)
   */
  static Report parseAndCheck(String text, String where) {
    Report report;
    try {
      report = ArticleParser.defaults().parse("doc", text);
    } catch (RuntimeException e) {
      throw new AssertionError(where + ": parse threw " + e + " on " + quote(text), e);
    }
    assertHold(text, report, where);
    return report;
  }

  static void assertHold(String text, Report report, String where) {
    assertEquals("doc", report.id(), where);
    for (Estimate e : report.estimates()) {
      Evidence ev = e.evidence();
      String at = where + ": " + e + " from " + ev;
      assertTrue(0 <= ev.start() && ev.start() <= ev.end() && ev.end() <= text.length(),
          at + ": span outside the text of length " + text.length());
      assertEquals(text.substring(ev.start(), ev.end()), ev.text(), at);
      assertTrue(!e.mention().isEmpty() && ev.text().contains(e.mention()),
          at + ": mention '" + e.mention() + "' not inside the evidence");
      Quantity q = e.quantity();
      if (q.low().isPresent() && q.high().isPresent()) {
        assertTrue(q.low().get().compareTo(q.high().get()) <= 0, at + ": low > high");
      }
      String digits = e.mention().replaceAll("[^0-9]", "");
      boolean words = hasNumberWord(e.mention());
      for (Optional<BigDecimal> bound : List.of(q.low(), q.high())) {
        bound.ifPresent(b -> assertTrue(words || digits.contains(significantDigits(b)),
            at + ": bound " + b.toPlainString() + " has no digits " + significantDigits(b)
                + " nor number word in mention '" + e.mention() + "'"));
      }
    }
  }

  /** "1500000" -> "15", "2.5" -> "25", "0" -> "0". */
  static String significantDigits(BigDecimal b) {
    return b.stripTrailingZeros().unscaledValue().abs().toString();
  }

  static boolean hasNumberWord(String mention) {
    return Stream.of(mention.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
        .anyMatch(w -> NUMBER_WORDS.contains(w) || isCompound(w));
  }

  /** A number written as one word ("zwölftausend", "diecimila") ends with a number word. */
  private static boolean isCompound(String word) {
    for (String n : NUMBER_WORDS) {
      if (n.length() >= 3 && word.length() > n.length() && word.endsWith(n)) {
        return true;
      }
    }
    return false;
  }

  /** The text cut to 200 characters with escapes for non-ASCII, for failure messages. */
  static String quote(String text) {
    String cut = text.length() <= 200 ? text : text.substring(0, 200) + "...(" + text.length() + " chars)";
    StringBuilder out = new StringBuilder("\"");
    cut.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
        : String.format("\\u%04x", c)));
    return out.append('"').toString();
  }

  private static Set<String> numberWords() {
    Set<String> out = new HashSet<>(Set.of("dozens", "hundreds", "thousands", "millions", "tens", "half",
        "quarter"));
    for (String resource : List.of("en/numbers.tsv", "ru/numbers.tsv", "uk/numbers.tsv", "de/numbers.tsv",
        "it/numbers.tsv", "ru/magnitudes.tsv", "uk/magnitudes.tsv", "de/magnitudes.tsv", "it/magnitudes.tsv",
        "ru/quantity.tsv", "uk/quantity.tsv")) {
      try (InputStream in = ReportInvariants.class.getResourceAsStream("/dev/muster/parse/lexicon/" + resource)) {
        if (in == null) {
          throw new IllegalStateException("missing lexicon " + resource);
        }
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .filter(l -> !resource.endsWith("quantity.tsv") || l.startsWith("one-and-a-half\t"))
            .forEach(l -> out.addAll(List.of(l.split("\t")[resource.endsWith("quantity.tsv") ? 1 : 0]
                .split("[ |]"))));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return Set.copyOf(out);
  }
}

package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.muster.DateSource;
import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleParserTest {

  @Test
  void aSentenceTooLongForTheRulesIsReportedNotSilentlyDropped() {
    String longSentence = "Officials said that " + "many of them, ".repeat(400) + "were recruited.";
    String text = "Russia recruited 30,000 contract soldiers in July. " + longSentence;
    Report r = ArticleParser.defaults().parse("long.txt", text);
    assertEquals(1, r.estimates().size());
    List<Problem> skipped = r.problems().stream().filter(p -> p.kind() == ProblemKind.SKIPPED_TEXT)
        .collect(Collectors.toList());
    assertEquals(1, skipped.size());
    assertEquals(text.indexOf("Officials"), skipped.get(0).offset().get());
    assertTrue(skipped.get(0).message().contains("longer than the rules read (4000)"), skipped.get(0).message());
  }

  @Test
  void aSentenceInAnotherScriptIsReportedAndYieldsNoFigure() {
    String text = "Russia recruited 30,000 contract soldiers in July. Это рекорд за год — 30 тысяч человек.";
    Report r = ArticleParser.defaults().parse("mixed.txt", text);
    assertEquals(List.of("30000"), r.estimates().stream()
        .map(e -> e.quantity().low().get().toPlainString()).collect(Collectors.toList()));
    Problem p = r.problems().get(0);
    assertEquals(ProblemKind.SKIPPED_TEXT, p.kind());
    assertEquals(text.indexOf("Это"), p.offset().get());
  }

  @Test
  void germanAndItalianParagraphsAreReadByTheirOwnRules() {
    String de = "Viele zahlten Vermittlern vorher bis zu 9.000 Euro, und mehr als 1.500 Ausländer sind es.";
    String it = "Secondo l'intelligence britannica, circa 1.500 stranieri hanno firmato contratti.";
    String en = "Russia recruited 30,000 contract soldiers in July.";
    Report r = ArticleParser.defaults().parse("mixed.txt", de + "\n" + it + "\n" + en);
    assertEquals(List.of("9000", "1500", "30000"), r.estimates().stream()
        .map(e -> e.quantity().low().or(() -> e.quantity().high()).get().toPlainString())
        .collect(Collectors.toList()));
    assertEquals(List.of(), r.problems().stream().filter(p -> p.kind() == ProblemKind.SKIPPED_TEXT)
        .collect(Collectors.toList()));
    assertEquals("de", ArticleParser.defaults().parse("de.txt", de).language());
    assertEquals("it", ArticleParser.defaults().parse("it.txt", it).language());
  }

  @Test
  void aDotBeforeThreeDigitsIsNoNumberInEnglishText() {
    // "9.000" is nine thousand in German and nine in English: neither is read
    Report r = ArticleParser.defaults().parse("dot.txt", "Recruiters were paid up to 9.000 euros by 1.500 men.");
    assertEquals(List.of(), r.estimates());
  }

  @Test
  void theFallbackDateResolvesRelativeTimesOnlyWhenGiven() {
    String text = "In March, Russia drafted 160,000 men.";
    assertTrue(ArticleParser.defaults().parse("a.txt", text).estimates().get(0).period().isEmpty());
    Report dated = ArticleParser.builder().fallbackDate(LocalDate.of(2025, 4, 27)).build().parse("a.txt", text);
    assertEquals("2025-03/2025-03", dated.estimates().get(0).period().get().toString());
  }

  @Test
  void theReportSaysWhereItsDateCameFrom() {
    String text = "In March, Russia drafted 160,000 men.";
    ArticleParser fallback = ArticleParser.builder().fallbackDate(LocalDate.of(2025, 4, 27)).build();
    Report none = ArticleParser.defaults().parse("a.txt", text);
    assertEquals(DateSource.NONE, none.dateSource());
    assertTrue(none.published().isEmpty());
    assertEquals(DateSource.FALLBACK, fallback.parse("a.txt", text).dateSource());
    assertTrue(fallback.parse("a.txt", text).published().isEmpty());
    Report line = fallback.parse("a.txt", " date 2024-05-02 " + text);
    assertEquals(DateSource.DATE_LINE, line.dateSource());
    assertEquals(LocalDate.of(2024, 5, 2), line.published().get());
    Report inText = fallback.parse("a.txt", "Posted on 2024-11-02\n\n" + text);
    assertEquals(DateSource.TEXT, inText.dateSource());
    assertEquals(LocalDate.of(2024, 11, 2), inText.published().get());
    assertEquals("2024-03/2024-03", inText.estimates().get(0).period().get().toString());
    Report dateline = ArticleParser.defaults().parse("a.txt", "MOSCOW, Jan 24, 2025 (AP) - " + text);
    assertEquals(DateSource.TEXT, dateline.dateSource());
    assertEquals("2024-03/2024-03", dateline.estimates().get(0).period().get().toString());
    assertEquals("MOSCOW, Jan 24, 2025 (AP) - ".length(),
        dateline.estimates().get(0).evidence().start(), "the dateline is not part of the evidence");
  }

  @Test
  void builderOptionsAreSetOnceAndChecked() {
    ArticleParser.Builder b = ArticleParser.builder().maxFileBytes(10);
    IllegalStateException twice = assertThrows(IllegalStateException.class, () -> b.maxFileBytes(20));
    assertEquals("maxFileBytes was already set to 10", twice.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ArticleParser.builder().maxFileBytes(0));
    assertEquals("maxFileBytes must be positive, got 0", bad.getMessage());
    assertThrows(NullPointerException.class, () -> ArticleParser.defaults().parse(null, "x"));
  }

  @Test
  void bytesAreReadAsAFileWithTheSameContent(@TempDir Path dir) throws IOException {
    String text = "date 2024-05-02 Recruits\n\nRussia recruited 30,000 contract soldiers in July.\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
    Path file = Files.write(dir.resolve("recruits.txt"), withBom);
    Report fromFile = ArticleParser.defaults().parse(file);
    Report fromBytes = ArticleParser.defaults().parse("recruits.txt", withBom);
    assertEquals(fromFile, fromBytes);
    assertEquals(1, fromBytes.estimates().size());
    assertEquals("2024-05-02", fromBytes.published().get().toString());
    assertEquals(text.indexOf("Russia"), fromBytes.estimates().get(0).evidence().start());
  }

  @Test
  void bytesOverTheLimitOrBinaryAreReportedNotRead() {
    Report large = ArticleParser.builder().maxFileBytes(8).build()
        .parse("big.txt", "Russia recruited 30,000 men.".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), large.estimates());
    assertEquals(List.of(ProblemKind.TOO_LARGE), kinds(large));
    assertEquals("document 'big.txt' is too large: more than 8 bytes; expected at most 8 bytes"
        + " (raise the size limit to read it)", large.problems().get(0).message());
    Report png = ArticleParser.defaults().parse("chart.txt",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2});
    assertEquals(List.of(ProblemKind.BINARY), kinds(png));
    assertEquals("chart.txt", png.problems().get(0).documentId());
    assertThrows(NullPointerException.class, () -> ArticleParser.defaults().parse("x", (byte[]) null));
  }

  private static List<ProblemKind> kinds(Report r) {
    return r.problems().stream().map(Problem::kind).collect(Collectors.toList());
  }

  @Test
  void aFailureOfTheRulesIsTheDocumentsProblemNotTheCallers() {
    Report r = ArticleParser.safely(dev.muster.parse.read.DocumentReader.of("a.txt", " date 2024-05-01 \nText."),
        d -> {
          throw new IllegalArgumentException("boom");
        });
    assertEquals("a.txt", r.id());
    assertEquals(0, r.estimates().size());
    assertEquals(List.of("RULES_FAILED: the rules failed on this text, no figures taken: "
        + "java.lang.IllegalArgumentException: boom"),
        r.problems().stream().map(p -> p.kind() + ": " + p.message()).collect(Collectors.toList()));
    assertEquals(java.util.Optional.of(LocalDate.of(2024, 5, 1)), r.published());
  }

  @Test
  void aPageDatedBeforeTheInvasionGivesSinceTheInvasionNoEnd() {
    Report r = ArticleParser.defaults().parse("old.txt",
        " date 2011-08-15 \nMore than 5,000 soldiers have been killed since the start of the full-scale invasion.\n");
    assertEquals(List.of(), r.problems());
    assertEquals("2022-02-24/..", r.estimates().get(0).period().map(Object::toString).orElse("none"));
  }
}

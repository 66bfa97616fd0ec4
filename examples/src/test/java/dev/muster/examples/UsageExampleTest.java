package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Estimate;
import dev.muster.Measure;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's Java example compiling and true: the code below is the README's. */
class UsageExampleTest {

  @Test
  void readmeQuickstart() {
    // README quickstart: begin
    ArticleParser parser = ArticleParser.defaults();
    Report report = parser.parse("example.txt",
        " date 2025-04-27 The UK Ministry of Defence said that over 1,500 foreign nationals were "
            + "recruited in Moscow between April 2023 and the end of May 2024, citing research by "
            + "Vazhnye Istorii.");
    for (Estimate e : report.estimates()) {
      System.out.println(e.measure() + " " + e.quantity() + " " + e.cohort().origins()
          + " " + e.period().orElse(null) + " " + e.attribution() + " \"" + e.mention() + "\"");
    }
    // prints: RECRUITED >1500 [foreign] 2023-04/2024-05 [UK Ministry of Defence < Vazhnye Istorii] "over 1,500"
    // README quickstart: end

    assertEquals(1, report.estimates().size());
    Estimate e = report.estimates().get(0);
    assertEquals(Measure.RECRUITED, e.measure());
    assertEquals(new BigDecimal("1500"), e.quantity().low().get());
    assertEquals("RECRUITED >1500 [foreign] 2023-04/2024-05 [UK Ministry of Defence < Vazhnye Istorii] \"over 1,500\"",
        e.measure() + " " + e.quantity() + " " + e.cohort().origins() + " " + e.period().orElse(null)
            + " " + e.attribution() + " \"" + e.mention() + "\"");
    assertEquals(List.of("UK Ministry of Defence", "Vazhnye Istorii"),
        e.attribution().chain().stream().map(s -> s.name()).collect(java.util.stream.Collectors.toList()));
  }
}

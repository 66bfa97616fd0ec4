package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void estimateOfAnotherDocumentIsRejected() {
    assertRejected(() -> Report.builder().id("a.txt")
            .addEstimates(Samples.nepalRecruits("a.txt"), Samples.monthlyPay("b.txt")).build(),
        "estimate of document 'b.txt' in report 'a.txt'");
  }

  @Test
  void holdsEstimatesInOrder() {
    Report r = Report.builder().id("a.txt").published(LocalDate.of(2024, 5, 1))
        .addEstimates(Samples.nepalRecruits("a.txt"), Samples.monthlyPay("a.txt"))
        .addProblems(Problem.at("a.txt", 0, ProblemKind.BAD_DATE_LINE, "no such date: 2024-02-30"))
        .build();
    assertEquals(List.of(Samples.nepalRecruits("a.txt"), Samples.monthlyPay("a.txt")), r.estimates());
    assertEquals("en", r.language());
    assertEquals(Optional.empty(), r.title());
    assertEquals("Report[a.txt 2024-05-01, 2 estimates, 1 problems]", r.toString());
    assertEquals("Report[b.txt, 0 estimates, 0 problems]", Report.builder().id("b.txt").build().toString());
  }

  @Test
  void problemToStringIsReadable() {
    assertEquals("a.txt:17: MALFORMED_ENCODING: 3 bytes replaced",
        Problem.at("a.txt", 17, ProblemKind.MALFORMED_ENCODING, "3 bytes replaced").toString());
    assertEquals("a.txt: TOO_LARGE: 30 MB, limit 20 MB",
        Problem.of("a.txt", ProblemKind.TOO_LARGE, "30 MB, limit 20 MB").toString());
  }

  @Test
  void reportJsonIsReadable() throws Exception {
    Report r = Report.builder().id("a.txt").published(LocalDate.of(2024, 5, 1)).language("ne")
        .addProblems(Problem.of("a.txt", ProblemKind.TOO_LARGE, "big")).build();
    assertEquals("{\"id\":\"a.txt\",\"title\":null,\"published\":\"2024-05-01\",\"dateSource\":\"DATE_LINE\",\"publisher\":null,"
            + "\"language\":\"ne\",\"estimates\":[],\"problems\":[{\"documentId\":\"a.txt\","
            + "\"offset\":null,\"kind\":\"TOO_LARGE\",\"message\":\"big\"}]}",
        MusterJson.newMapper().writeValueAsString(r));
  }
}

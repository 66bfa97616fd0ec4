package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.muster.MusterJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReconcileCommandTest {

  private final List<List<Path>> asked = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    return MusterCommand.commandLine(new ReconcileCommand(paths -> {
      asked.add(paths);
      return SampleReports.koreans();
    }), new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void passesTheInputsToTheReaderAsGiven() {
    assertEquals(0, execute("a.txt", "folder"), err.toString());
    assertEquals(List.of(List.of(Path.of("a.txt"), Path.of("folder"))), asked);
  }

  @Test
  void printsFindingsPartsChecksAndConflictsAsATable() {
    assertEquals(0, execute("k"), err.toString());
    assertEquals(String.join("\n",
        "Findings: 3 (5 estimates, merge rule NARROWEST_AGREED)",
        "",
        "F1  SERVING  12000  origin [KP]  period ../2024-12",
        "    merged: 12000; agreed 12000; reported 12000",
        "    3 documents, 1 independent, 2 echoes; provenance ECHO (one named source)",
        "    primary: Ukrainian intelligence <- k1.txt, k2.txt, k3.txt",
        "    member: k1.txt \"about 12,000\" [Ukrainian intelligence] INDEPENDENT",
        "    member: k2.txt \"12,000\" [] ECHO",
        "    member: k3.txt \"12,000\" [Example Wire < Ukrainian intelligence] ECHO",
        "    differs: QUALIFIER: APPROXIMATE in k1.txt; EXACT in k2.txt, k3.txt",
        "    differs: SOURCES: [Example Wire < Ukrainian intelligence] in k3.txt; "
            + "[Ukrainian intelligence] in k1.txt; [] in k2.txt",
        "",
        "F2  SERVING  15000  origin [foreign]  period ../2024-12",
        "    merged: 15000; agreed 15000; reported 15000",
        "    1 documents, 1 independent, 0 echoes; provenance ECHO (one named source)",
        "    primary: Ukrainian intelligence <- k1.txt",
        "    member: k1.txt \"15,000\" [Ukrainian intelligence] INDEPENDENT",
        "",
        "F3  SERVING  <1000  origin [KP]  period ../2024-12",
        "    merged: <1000; agreed <1000; reported ..1000",
        "    1 documents, 1 independent, 0 echoes; provenance ECHO (one named source)",
        "    primary: KCNA <- k4.txt",
        "    member: k4.txt \"fewer than 1,000\" [KCNA] INDEPENDENT",
        "",
        "Parts checks: 1",
        "  ORIGIN: F2 15000 [foreign] per Ukrainian intelligence: parts F1 12000 [KP] = 12000, "
            + "fits, remainder 3000",
        "",
        "Conflicts: 1",
        "  F1 12000 per [Ukrainian intelligence] ../2024-12 vs F3 <1000 per [KCNA] ../2024-12 "
            + "(SERVING [KP]): BOUNDS - the bounds cannot both hold",
        ""), out.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void writesJson() throws Exception {
    assertEquals(0, execute("--format", "json", "k"), err.toString());
    JsonNode root = MusterJson.newMapper().readTree(out.toString());

    assertEquals("NARROWEST_AGREED", root.get("rule").asText());
    JsonNode f1 = root.get("findings").get(0);
    assertEquals(3, root.get("findings").size());
    assertEquals("F1", f1.get("id").asText());
    assertEquals("SERVING", f1.get("measure").asText());
    assertEquals(12000, f1.get("merged").get("value").get("low").asInt());
    assertEquals("[\"KP\"]", f1.get("origins").toString());
    assertEquals(3, f1.get("members").size());
    assertEquals("k2.txt", f1.get("members").get(1).get("estimate").get("documentId").asText());
    assertEquals("Ukrainian intelligence", f1.get("provenances").get(0).get("primary")
        .get("name").asText());
    assertEquals("[\"k1.txt\",\"k2.txt\",\"k3.txt\"]",
        f1.get("provenances").get(0).get("documentIds").toString());
    assertEquals("ECHO", f1.get("provenance").asText());
    assertEquals("ECHO", f1.get("members").get(1).get("provenance").asText());
    assertEquals("INDEPENDENT", f1.get("members").get(0).get("provenance").asText());
    assertEquals("QUALIFIER", f1.get("discrepancies").get(0).get("field").asText());
    JsonNode parts = root.get("partsChecks").get(0);
    assertEquals("ORIGIN", parts.get("kind").asText());
    assertEquals(false, parts.get("complete").asBoolean());
    assertEquals("F2", parts.get("whole").get("id").asText());
    assertEquals(12000, parts.get("partsLow").asInt());
    assertEquals(3000, parts.get("remainderLow").asInt());
    assertTrue(parts.get("fits").asBoolean());
    JsonNode conflict = root.get("conflicts").get(0);
    assertEquals("F1", conflict.get("first").get("id").asText());
    assertEquals("F3", conflict.get("second").get("id").asText());
    assertEquals("BOUNDS", conflict.get("reason").asText());
  }

  @Test
  void acceptsTheFormatInAnyCaseAndTheRule() {
    assertEquals(0, execute("--format", "TABLE", "--rule", "MOST_CONSERVATIVE"), err.toString());
    assertEquals("Findings: 3 (5 estimates, merge rule MOST_CONSERVATIVE)",
        out.toString().lines().findFirst().orElseThrow());
  }

  @Test
  void rejectsAnUnknownFormat() {
    assertEquals(2, execute("--format", "xml", "k"));
    assertTrue(err.toString().startsWith("Invalid value for option '--format': expected one of "
        + "table, json but was 'xml'"), err.toString());
    assertEquals(List.of(), asked);
  }

  @Test
  void printsASummaryLineOnStandardError() {
    assertEquals(0, execute("k"), err.toString());
    assertEquals("muster: 4 files, 5 estimates, 3 findings\n", err.toString());
  }

  @Test
  void theNoArgumentConstructorMakesACommandNamedReconcile() {
    assertEquals("reconcile", new CommandLine(new ReconcileCommand()).getCommandName());
  }
}

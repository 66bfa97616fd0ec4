package dev.muster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.muster.Estimate;
import dev.muster.Generators;
import dev.muster.Likelihood;
import dev.muster.MusterJson;
import dev.muster.Period;
import dev.muster.Samples;
import dev.muster.SeedInFailures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(SeedInFailures.class)
class ExportRecordTest {

  private static final ObjectMapper JSON = MusterJson.newMapper();
  private static final List<String> FIELDS = List.of("document", "measure", "low", "high",
      "qualifier", "unit", "per", "origin", "period", "sources", "likelihood", "mention", "evidence");

  @Test
  void everyFieldGiven() throws Exception {
    int start = Samples.TEXT.indexOf("recruited over");
    assertEquals("{\"document\":\"article-17.txt\",\"measure\":\"RECRUITED\",\"low\":1500,\"high\":null,"
            + "\"qualifier\":\"MORE_THAN\",\"unit\":null,\"per\":null,\"origin\":[\"NP\",\"south-asia\"],"
            + "\"period\":{\"start\":\"2023-04-01\",\"end\":\"2024-05-31\"},"
            + "\"sources\":[\"UK Ministry of Defence\",\"Vazhnye Istorii\"],"
            + "\"likelihood\":\"almost certain\",\"mention\":\"over 1,500\","
            + "\"evidence\":{\"start\":" + start + ",\"end\":" + (start + 36)
            + ",\"text\":\"recruited over 1,500 Nepali citizens\"}}",
        JSON.writeValueAsString(ExportRecord.from(Samples.nepalRecruits("corpus/2024/article-17.txt"))));
    assertEquals(85, start);
  }

  @Test
  void absentValuesAreNull() throws Exception {
    int start = Samples.TEXT.indexOf('$');
    assertEquals("{\"document\":\"a.txt\",\"measure\":\"PAYMENT\",\"low\":3000,\"high\":3000,"
            + "\"qualifier\":\"EXACT\",\"unit\":\"USD\",\"per\":\"MONTH\",\"origin\":[],\"period\":null,"
            + "\"sources\":[],\"likelihood\":null,\"mention\":\"$3,000 a month\","
            + "\"evidence\":{\"start\":" + start + ",\"end\":" + (start + 14)
            + ",\"text\":\"$3,000 a month\"}}",
        JSON.writeValueAsString(ExportRecord.from(Samples.monthlyPay("a.txt"))));
  }

  @Test
  void openPeriodSideIsNull() throws Exception {
    Estimate e = Estimate.builder().from(Samples.monthlyPay("a.txt"))
        .period(Period.parse("../2024-11")).build();
    assertEquals("{\"start\":null,\"end\":\"2024-11-30\"}",
        JSON.readTree(JSON.writeValueAsString(ExportRecord.from(e))).get("period").toString());
  }

  @Test
  void documentIsTheFileName() {
    assertEquals("a.txt", ExportRecord.from(Samples.monthlyPay("/data/in/a.txt")).document());
    assertEquals("a.txt", ExportRecord.from(Samples.monthlyPay("a.txt")).document());
    assertEquals("000_c1147a86783f1650.txt",
        ExportRecord.from(Samples.monthlyPay("dev/000_c1147a86783f1650.txt")).document());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dev.muster.Generators#seeds")
  void writtenAndReadBackIsEqual(long seed) throws Exception {
    ExportRecord record = ExportRecord.from(new Generators(seed).estimate());
    assertEquals(record, JSON.readValue(JSON.writeValueAsString(record), ExportRecord.class), "seed=" + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dev.muster.Generators#seeds")
  void generatedRecordsHaveExactlyTheContractFields(long seed) throws Exception {
    Estimate e = new Generators(seed).estimate();
    JsonNode line = JSON.readTree(JSON.writeValueAsString(ExportRecord.from(e)));
    List<String> names = new ArrayList<>();
    line.fieldNames().forEachRemaining(names::add);
    String at = "seed=" + seed + " " + line;
    assertEquals(FIELDS, names, at);
    assertEquals(e.quantity().low().map(Object::toString).orElse("null"), line.get("low").toString(), at);
    assertEquals(e.quantity().high().map(Object::toString).orElse("null"), line.get("high").toString(), at);
    assertEquals(e.mention(), line.get("mention").textValue(), at);
    assertEquals(e.evidence().text(), line.get("evidence").get("text").textValue(), at);
    assertEquals(e.evidence().start(), line.get("evidence").get("start").intValue(), at);
    assertEquals(e.cohort().origins().size(), line.get("origin").size(), at);
    assertEquals(e.attribution().chain().size(), line.get("sources").size(), at);
    assertEquals(e.likelihood().map(Likelihood::term).orElse(null), line.get("likelihood").textValue(), at);
    assertEquals(e.period().isPresent(), line.get("period").isObject(), at);
  }
}

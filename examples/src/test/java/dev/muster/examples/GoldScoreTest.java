package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldScoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "Some 3,000 men signed up; hundreds were killed, per the UK MoD.";
  private static final GoldScore SCORE = new GoldScore(Map.of(
      "UK Ministry of Defence", "UK Ministry of Defence", "UK MoD", "UK Ministry of Defence"));

  private static List<JsonNode> records(String... lines) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : lines) {
      out.add(JSON.readTree(l.replace('\'', '"')));
    }
    return out;
  }

  private static final String GOLD_MEN = "{'document':'a.txt','measure':'RECRUITED','low':3000,'high':3000,"
      + "'qualifier':'APPROXIMATE','unit':null,'per':null,'origin':['RU'],'period':{'start':'2024-01-01',"
      + "'end':'2024-03-31'},'sources':['UK Ministry of Defence'],'likelihood':null,'mention':'Some 3,000'}";
  private static final String GOLD_KILLED = "{'document':'a.txt','measure':'KILLED','low':200,'high':999,"
      + "'qualifier':'MAGNITUDE','unit':null,'per':null,'origin':[],'period':null,'sources':[],"
      + "'likelihood':null,'mention':'hundreds'}";

  @Test
  void matchesOnBoundsAndAgreesFieldByField() throws IOException {
    List<JsonNode> preds = records(
        // same bounds, other measure: matched, measure and origin disagree; period right to the month
        "{'document':'in/a.txt','measure':'SERVING','low':3000.0,'high':3000,'qualifier':'APPROXIMATE',"
            + "'unit':null,'per':null,'origin':[],'period':{'start':'2024-01-15','end':'2024-03-01'},"
            + "'sources':['the UK MoD'],'likelihood':null,'evidence':{'start':0,'end':10,'text':'Some 3,000'}}",
        // the same claim again with the same measure: reduced away
        "{'document':'a.txt','measure':'SERVING','low':3000,'high':3000,'qualifier':'EXACT','unit':null,"
            + "'per':null,'origin':[],'period':null,'sources':[],'likelihood':null,"
            + "'evidence':{'start':5,'end':10,'text':'3,000'}}",
        // a magnitude that overlaps the gold one: matched; evidence off by one
        "{'document':'a.txt','measure':'KILLED','low':100,'high':999,'qualifier':'MAGNITUDE','unit':null,"
            + "'per':null,'origin':[],'period':null,'sources':[],'likelihood':'likely',"
            + "'evidence':{'start':27,'end':35,'text':'hundreds'}}",
        // an extra figure, and a record of a document without gold (ignored)
        "{'document':'a.txt','measure':'OTHER','low':5,'high':5,'qualifier':'EXACT','unit':'USD',"
            + "'per':null,'origin':[],'period':null,'sources':[],'likelihood':null,'evidence':{}}",
        "{'document':'b.txt','measure':'OTHER','low':7,'high':7,'qualifier':'EXACT'}");
    GoldScore.Figures f = SCORE.score(Map.of("a.txt", records(GOLD_MEN, GOLD_KILLED)), preds,
        Map.of("a.txt", TEXT));
    assertEquals(1, f.documents());
    assertEquals(2, f.gold());
    assertEquals(3, f.predicted());
    assertEquals(2 / 3.0, f.precision(), 1e-12);
    assertEquals(1.0, f.recall(), 1e-12);
    assertEquals(0.8, f.f1(), 1e-12);
    // strict: only the magnitude has measure and origin right: P 1/3, R 1/2
    assertEquals(0.4, f.strictF1(), 1e-12);
    assertEquals(Map.of("likelihood", 0.5, "measure", 0.5, "origin", 0.5, "period", 1.0,
        "qualifier", 1.0, "sources", 1.0), f.attributes());
    assertEquals(1.0, f.sourceNamesF1(), 1e-12);
    assertEquals(1 / 3.0, f.evidenceExact(), 1e-12);
  }

  @Test
  void nothingPredictedScoresZeroNotAnError() throws IOException {
    GoldScore.Figures f = SCORE.score(Map.of("a.txt", records(GOLD_MEN)), List.of(), Map.of());
    assertEquals(0.0, f.f1());
    assertEquals(Map.of(), f.attributes());
  }

  @Test
  void namesAreComparedLowerCaseWithoutTheAndPunctuation() {
    assertEquals("uk's ministry of defence", GoldScore.normName("  The UK’s Ministry-of-Defence. "));
    assertEquals("важные истории", GoldScore.normName("«Важные истории»"));
  }
}

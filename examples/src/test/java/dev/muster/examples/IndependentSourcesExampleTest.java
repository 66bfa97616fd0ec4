package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndependentSourcesExampleTest {

  @Test
  void listsOnlyFindingsWithTwoOrMoreIndependentPrimarySources() {
    assertEquals(List.of("F1 SERVING 12000 [KP]: 2 independent "
            + "(The Daily Example; Ukrainian intelligence) in 3 documents"),
        IndependentSourcesExample.corroborated(SampleReports.koreans()));
  }

  @Test
  void echoesOfOneSourceAreNotCorroboration() {
    var k = SampleReports.koreans();
    assertEquals(List.of(),
        IndependentSourcesExample.corroborated(List.of(k.get(0), k.get(2))));
  }
}

package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndependentSourcesExampleTest {

  @Test
  void listsOnlyFindingsWithTwoOrMoreIndependentPrimarySources() {
    List<Report> reports = new ArrayList<>(SampleReports.koreans());
    reports.add(SampleReports.nis());
    assertEquals(List.of("F1 SERVING 12000 [KP]: 2 independent "
            + "(South Korean National Intelligence Service; Ukrainian intelligence) in 4 documents"),
        IndependentSourcesExample.corroborated(reports));
  }

  @Test
  void aRetellingThatNamesNoSourceIsNoCorroboration() {
    assertEquals(List.of(), IndependentSourcesExample.corroborated(SampleReports.koreans()));
  }

  @Test
  void echoesOfOneSourceAreNotCorroboration() {
    var k = SampleReports.koreans();
    assertEquals(List.of(),
        IndependentSourcesExample.corroborated(List.of(k.get(0), k.get(2))));
  }
}

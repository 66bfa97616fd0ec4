package dev.muster.parse.document;

import static dev.muster.parse.document.Figures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sources named so far, newest first, shared between the histories that extend them. */
class SourceHistoryTest {

  private static List<String> names(SourceHistory h) {
    List<String> out = new ArrayList<>();
    h.forEach(s -> out.add(s.name()));
    return out;
  }

  @Test
  void extendsWithoutChangingTheHistoryItExtends() {
    Source a = source("A");
    Source b = source("B");
    Source c = source("C");
    SourceHistory first = SourceHistory.EMPTY.plus(List.of(a, b));
    SourceHistory second = first.plus(List.of(c));
    assertEquals(List.of("B", "A"), names(first));
    assertEquals(List.of("C", "B", "A"), names(second));
    assertEquals(Optional.of(c), second.latest());
    assertEquals(3, second.size());
    assertEquals(Optional.empty(), SourceHistory.EMPTY.latest());
    assertEquals(true, SourceHistory.EMPTY.isEmpty());
    assertEquals(List.of(), names(SourceHistory.EMPTY.plus(List.of())));
  }
}

package dev.muster.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.beam.sdk.io.LocalResources;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {

  private static final ResourceId FILE = LocalResources.fromString("/data/archive/2024/03/a.txt", false);

  @Test
  void byFileName() {
    assertEquals("a.txt", DocumentIds.fileName().of(FILE));
    assertEquals("DocumentIds[file name]", DocumentIds.fileName().toString());
  }

  @Test
  void belowARootWithOrWithoutItsSlash() {
    assertEquals("2024/03/a.txt", DocumentIds.relativeTo("/data/archive").of(FILE));
    assertEquals("2024/03/a.txt", DocumentIds.relativeTo("/data/archive/").of(FILE));
    assertEquals("03/a.txt", DocumentIds.relativeTo("/data/archive/2024").of(FILE));
    assertEquals(DocumentIds.relativeTo("/data/archive"), DocumentIds.relativeTo("/data/archive/"));
    assertEquals("DocumentIds[relative to /data/archive/]",
        DocumentIds.relativeTo("/data/archive").toString());
  }

  @Test
  void aFileOutsideTheRootKeepsItsWholePath() {
    assertEquals("/data/archive/2024/03/a.txt", DocumentIds.relativeTo("/data/other").of(FILE));
    // a root that is a prefix of a folder's name is not that folder
    assertEquals("/data/archive/2024/03/a.txt", DocumentIds.relativeTo("/data/arch").of(FILE));
  }

  @Test
  void theRootOfAPatternIsTheFolderBeforeItsFirstWildcard() {
    assertEquals(DocumentIds.relativeTo("/data/archive/"),
        DocumentIds.belowPatternRoot("/data/archive/**.txt"));
    assertEquals(DocumentIds.relativeTo("/data/archive/"),
        DocumentIds.belowPatternRoot("/data/archive/20*/*.txt"));
    assertEquals(DocumentIds.relativeTo("gs://bucket/news/"),
        DocumentIds.belowPatternRoot("gs://bucket/news/2024-??/[a-z]*.txt"));
    assertEquals(DocumentIds.relativeTo("/data/"), DocumentIds.belowPatternRoot("/data/{a,b}/x.txt"));
    assertEquals(DocumentIds.fileName(), DocumentIds.belowPatternRoot("/data/archive/a.txt"));
    assertEquals(DocumentIds.fileName(), DocumentIds.belowPatternRoot("*.txt"));
    assertEquals("2024/03/a.txt", DocumentIds.belowPatternRoot("/data/archive/**").of(FILE));
  }

  @Test
  void badArguments() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> DocumentIds.relativeTo(""));
    assertEquals("the root of document ids is empty; expected a folder", empty.getMessage());
    assertThrows(NullPointerException.class, () -> DocumentIds.relativeTo(null));
    assertThrows(NullPointerException.class, () -> DocumentIds.fileName().of(null));
    assertNotEquals(DocumentIds.fileName(), DocumentIds.relativeTo("/"));
  }
}

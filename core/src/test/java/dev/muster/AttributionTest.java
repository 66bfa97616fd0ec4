package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static dev.muster.Samples.MOD;
import static dev.muster.Samples.VAZHNYE_ISTORII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {

  @Test
  void blankSourceNameIsRejected() {
    assertRejected(() -> Source.of("", SourceKind.GOVERNMENT), "a source name must not be blank");
    assertRejected(() -> Source.of(" \t\n", SourceKind.MEDIA_OUTLET), "a source name must not be blank");
    assertRejected(() -> Source.builder().name("\u2003").build(), "a source name must not be blank");
  }

  @Test
  void sourceDefaultsAndText() {
    Source s = Source.builder().name("Mediazona").addAliases("Медиазона").build();
    assertEquals(SourceKind.OTHER, s.kind());
    assertEquals(List.of("Медиазона"), s.aliases());
    assertEquals("Mediazona", s.toString());
  }

  @Test
  void primaryIsTheInnermost() {
    Attribution a = Attribution.of(MOD, VAZHNYE_ISTORII);
    assertEquals(Optional.of(VAZHNYE_ISTORII), a.primary());
    assertEquals(List.of(MOD, VAZHNYE_ISTORII), a.chain());
    assertFalse(a.isEmpty());
    assertEquals(Optional.of(MOD), Attribution.of(MOD).primary());
  }

  @Test
  void emptyChainHasNoPrimary() {
    assertEquals(Optional.empty(), Attribution.none().primary());
    assertEquals(Optional.empty(), Attribution.of(List.of()).primary());
    assertTrue(Attribution.none().isEmpty());
    assertEquals(Attribution.none(), Attribution.of());
  }

  @Test
  void toStringIsTheChain() {
    assertEquals("[UK Ministry of Defence < Vazhnye Istorii]",
        Attribution.of(MOD, VAZHNYE_ISTORII).toString());
    assertEquals("[Vazhnye Istorii]", Attribution.of(VAZHNYE_ISTORII).toString());
    assertEquals("[]", Attribution.none().toString());
  }

  @Test
  void jsonHoldsTheChainOnly() throws Exception {
    assertEquals("{\"chain\":[{\"name\":\"UK Ministry of Defence\",\"kind\":\"GOVERNMENT\",\"aliases\":[]},"
        + "{\"name\":\"Vazhnye Istorii\",\"kind\":\"MEDIA_OUTLET\",\"aliases\":[]}]}",
        MusterJson.newMapper().writeValueAsString(Attribution.of(MOD, VAZHNYE_ISTORII)));
  }
}

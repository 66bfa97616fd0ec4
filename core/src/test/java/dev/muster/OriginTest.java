package dev.muster;

import static dev.muster.Rejection.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginTest {

  @Test
  void countryCodes() {
    Origin nepal = Origin.of("NP");
    assertEquals("NP", nepal.code());
    assertEquals("NP", nepal.toString());
    assertTrue(nepal.isCountry());
    assertFalse(nepal.isRegion());
    assertEquals(nepal, Origin.of("NP"));
    assertEquals("XK", Origin.of("XK").code());
  }

  @Test
  void regionsAndForeign() {
    Origin southAsia = Origin.of("south-asia");
    assertEquals("south-asia", southAsia.toString());
    assertTrue(southAsia.isRegion());
    assertFalse(southAsia.isCountry());
    assertSame(Origin.FOREIGN, Origin.of("foreign"));
    assertEquals("foreign", Origin.FOREIGN.toString());
    assertFalse(Origin.FOREIGN.isCountry());
    assertFalse(Origin.FOREIGN.isRegion());
  }

  @Test
  void badCodeIsRejected() {
    assertRejected(() -> Origin.of("np"), "not an origin: 'np'",
        "expected an ISO 3166-1 alpha-2 code such as NP");
    assertRejected(() -> Origin.of("NPL"), "not an origin: 'NPL'");
    assertRejected(() -> Origin.of("Nepal"), "not an origin: 'Nepal'");
    assertRejected(() -> Origin.of(""), "not an origin: ''");
    assertRejected(() -> Origin.of("Foreign"), "not an origin: 'Foreign'");
  }

  @Test
  void unknownTwoLetterCodeIsRejected() {
    assertRejected(() -> Origin.of("ZZ"), "not an ISO 3166-1 alpha-2 country code: 'ZZ'");
    assertRejected(() -> Origin.of("UK"), "not an ISO 3166-1 alpha-2 country code: 'UK'");
  }

  @Test
  void badSlugIsRejected() {
    assertRejected(() -> Origin.of("south-pole"), "not an origin: 'south-pole'",
        "a region slug such as south-asia");
    assertRejected(() -> Origin.of("South-Asia"), "not an origin: 'South-Asia'");
    String longSlug = "x".repeat(100);
    IllegalArgumentException e = assertRejected(() -> Origin.of(longSlug), "x".repeat(64) + "'");
    assertFalse(e.getMessage().contains("x".repeat(65)), e.getMessage());
  }

  @Test
  void sortsByCode() {
    assertTrue(Origin.of("IN").compareTo(Origin.of("NP")) < 0);
    assertTrue(Origin.of("NP").compareTo(Origin.FOREIGN) < 0);
  }
}

package dev.muster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MusterJsonTest {

  private static final ObjectMapper JSON = MusterJson.newMapper();

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static void assertMessageContains(Exception e, String fragment) {
    assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
  }

  @Test
  void nestingDeeperThanTheLimitIsRejected() throws Exception {
    assertEquals(1, JSON.readTree(nested(MusterJson.MAX_NESTING_DEPTH)).size());
    StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
        () -> JSON.readTree(nested(MusterJson.MAX_NESTING_DEPTH + 1)));
    assertMessageContains(e, "nesting depth (" + (MusterJson.MAX_NESTING_DEPTH + 1) + ")");
    assertMessageContains(e, "maximum allowed (" + MusterJson.MAX_NESTING_DEPTH);
    String deepObjects = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
    assertThrows(StreamConstraintsException.class, () -> JSON.readValue(deepObjects, Object.class));
  }

  @Test
  void numberLongerThanTheLimitIsRejected() throws Exception {
    String longest = "1".repeat(MusterJson.MAX_NUMBER_LENGTH);
    assertEquals(new BigDecimal(longest), JSON.readTree(longest).decimalValue());
    StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
        () -> JSON.readTree("1".repeat(MusterJson.MAX_NUMBER_LENGTH + 1)));
    assertMessageContains(e, "length (" + (MusterJson.MAX_NUMBER_LENGTH + 1) + ")");
    assertMessageContains(e, "maximum allowed (" + MusterJson.MAX_NUMBER_LENGTH);
    assertThrows(StreamConstraintsException.class,
        () -> JSON.readTree("0." + "3".repeat(MusterJson.MAX_NUMBER_LENGTH + 1)));
    assertThrows(StreamConstraintsException.class, () -> JSON.readValue(
        "{\"low\":" + "9".repeat(1000) + ",\"qualifier\":\"MORE_THAN\"}", Quantity.class));
  }

  @Test
  void typeIdsAreNotInstantiated() throws Exception {
    String gadget = "{\"@class\":\"java.io.File\",\"path\":\"/etc/passwd\"}";
    Object read = JSON.readValue(gadget, Object.class);
    assertEquals(Map.of("@class", "java.io.File", "path", "/etc/passwd"), read);
    assertInstanceOf(Map.class, read);
    assertNull(JSON.getDeserializationConfig().getDefaultTyper(JSON.constructType(Object.class)));
    assertThrows(UnrecognizedPropertyException.class, () -> JSON.readValue(
        "{\"@class\":\"java.io.File\",\"low\":1,\"high\":1,\"qualifier\":\"EXACT\"}", Quantity.class));
    assertEquals("{\"a\":1}", JSON.writeValueAsString(Map.of("a", 1)));
  }

  @Test
  void datesAreIsoAndDecimalsPlain() throws Exception {
    assertEquals("\"2024-02-29\"", JSON.writeValueAsString(LocalDate.of(2024, 2, 29)));
    assertEquals("1500000", JSON.writeValueAsString(new BigDecimal("1.5E+6")));
    assertEquals(new BigDecimal("0.1"), JSON.readValue("0.1", Object.class));
  }

  @Test
  void eachCallReturnsANewMapper() {
    assertNotSame(MusterJson.newMapper(), MusterJson.newMapper());
  }
}

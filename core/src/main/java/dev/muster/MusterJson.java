package dev.muster;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON settings of Muster's types: ISO dates, plain decimals, {@code Optional} support and
 * bounded reading (string length, nesting depth and number length are limited, and no
 * polymorphic default typing is enabled).
 *
 * <p>This class is a static factory; each call returns a new mapper that the caller owns.
 *
 * <pre>{@code
 * ObjectMapper json = MusterJson.newMapper();
 * String text = json.writeValueAsString(report);
 * }</pre>
 */
public final class MusterJson {

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 20_000_000;
  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private MusterJson() {}

  /** Returns a new mapper configured for Muster's types. */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }
}

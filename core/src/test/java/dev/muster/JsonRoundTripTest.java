package dev.muster;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every domain type, written with {@link MusterJson#newMapper()} and read back, equals the value
 * it was written from, and writing it again gives the same JSON. Runs {@link Generators#CASES}
 * seeds per type; a failure names the seed.
 */
@ExtendWith(SeedInFailures.class)
class JsonRoundTripTest {

  private static final ObjectMapper JSON = MusterJson.newMapper();

  private static final Map<Class<?>, Function<Generators, Object>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put(Quantity.class, Generators::quantity);
    TYPES.put(Period.class, Generators::period);
    TYPES.put(Origin.class, Generators::origin);
    TYPES.put(RecruitCohort.class, Generators::cohort);
    TYPES.put(Source.class, Generators::source);
    TYPES.put(Attribution.class, Generators::attribution);
    TYPES.put(Evidence.class, g -> g.evidence(g.documentId()));
    TYPES.put(Estimate.class, Generators::estimate);
    TYPES.put(Problem.class, Generators::problem);
    TYPES.put(Report.class, Generators::report);
    TYPES.put(Likelihood.class, Generators::likelihood);
    for (Class<? extends Enum<?>> e : java.util.List.<Class<? extends Enum<?>>>of(Measure.class,
        Qualifier.class, Per.class, CohortCategory.class, SourceKind.class, ProblemKind.class,
        DatePrecision.class)) {
      TYPES.put(e, g -> g.pick(java.util.List.of(e.getEnumConstants())));
    }
  }

  static Stream<Arguments> cases() {
    return TYPES.keySet().stream()
        .flatMap(type -> Generators.seeds().mapToObj(seed -> Arguments.of(type.getSimpleName(), seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void writtenAndReadBackIsEqual(String typeName, long seed) throws Exception {
    Class<?> type = TYPES.keySet().stream()
        .filter(t -> t.getSimpleName().equals(typeName)).findFirst().orElseThrow();
    Object value = TYPES.get(type).apply(new Generators(seed));
    String json = assertDoesNotThrow(() -> JSON.writeValueAsString(value),
        () -> typeName + " seed=" + seed + " write " + value);
    Object back = assertDoesNotThrow(() -> JSON.readValue(json, type),
        () -> typeName + " seed=" + seed + " read " + json);
    assertEquals(value, back, () -> typeName + " seed=" + seed + " json=" + json);
    assertEquals(json, JSON.writeValueAsString(back), () -> typeName + " seed=" + seed);
    Object fromBytes = assertDoesNotThrow(() -> JSON.readValue(JSON.writeValueAsBytes(value), type),
        () -> typeName + " seed=" + seed + " UTF-8 bytes of " + json);
    assertEquals(value, fromBytes, () -> typeName + " seed=" + seed + " (UTF-8 bytes)");
  }
}

package dev.muster.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.muster.Estimate;
import dev.muster.Generators;
import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.export.ExportRecord;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MusterCodersTest {

  static LongStream seeds() {
    return LongStream.range(0, 30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedValuesSurviveTheCodersAndACopyOfThem(long seed) throws Exception {
    Generators g = new Generators(seed);
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Estimate e = g.estimate();
      CoderProperties.coderDecodeEncodeEqual(MusterCoders.estimate(), e);
      CoderProperties.coderDecodeEncodeEqual(MusterCoders.exportRecord(), ExportRecord.from(e));
      Report r = Report.builder().id(e.documentId()).addEstimates(e)
          .addProblems(Problem.at(e.documentId(), i, ProblemKind.SKIPPED_TEXT, "seed " + seed))
          .build();
      CoderProperties.coderDecodeEncodeEqual(MusterCoders.report(), r);
      reports.add(r);
    }
    Reconciliation r = Reconciler.defaults().reconcile(reports);
    CoderProperties.coderDecodeEncodeEqual(MusterCoders.reconciliation(), r);
    Coder<Reconciliation> copy = SerializableUtils.clone(MusterCoders.reconciliation());
    assertEquals(r, CoderUtils.clone(copy, r));
  }

  @Test
  void beamFindsTheCodersByItself() throws CannotProvideCoderException {
    CoderRegistry registry = CoderRegistry.createDefault();
    assertEquals(MusterCoders.report(), registry.getCoder(TypeDescriptor.of(Report.class)));
    assertEquals(MusterCoders.estimate(), registry.getCoder(TypeDescriptor.of(Estimate.class)));
    assertEquals(MusterCoders.problem(), registry.getCoder(TypeDescriptor.of(Problem.class)));
    assertEquals(MusterCoders.reconciliation(),
        registry.getCoder(TypeDescriptor.of(Reconciliation.class)));
    assertEquals(MusterCoders.exportRecord(),
        registry.getCoder(TypeDescriptor.of(ExportRecord.class)));
  }

  @Test
  void badBytesAndNullsAreClearErrors() throws Exception {
    ByteArrayOutputStream prefixed = new ByteArrayOutputStream();
    ByteArrayCoder.of().encode("{\"id\":".getBytes(StandardCharsets.UTF_8), prefixed);
    byte[] notAReport = prefixed.toByteArray();
    CoderException bad = assertThrows(CoderException.class,
        () -> MusterCoders.report().decode(new ByteArrayInputStream(notAReport)));
    assertEquals("cannot decode a Report from its 6 bytes of JSON: ",
        bad.getMessage().substring(0, "cannot decode a Report from its 6 bytes of JSON: ".length()));
    CoderException none = assertThrows(CoderException.class,
        () -> MusterCoders.problem().encode(null, new ByteArrayOutputStream()));
    assertEquals("cannot encode a null Problem", none.getMessage());
    Coder.NonDeterministicException keys = assertThrows(Coder.NonDeterministicException.class,
        () -> MusterCoders.report().verifyDeterministic());
    assertEquals(true, keys.getMessage().contains(
        "Report is encoded as JSON, which does not promise one encoding per value"), keys.getMessage());
    assertEquals("JsonCoder[Estimate]", MusterCoders.estimate().toString());
  }
}

package dev.muster.beam;

import dev.muster.Estimate;
import dev.muster.Problem;
import dev.muster.Report;
import dev.muster.export.ExportRecord;
import dev.muster.reconcile.Reconciliation;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Beam coders of Muster's types: each value travels as its {@link dev.muster.MusterJson} text, so
 * whatever a type writes to JSON survives a shuffle between workers.
 *
 * <p>Beam finds these coders by itself (this class is registered as a
 * {@link CoderProviderRegistrar}), so a {@code PCollection<Estimate>} made by a user's own
 * transform needs no {@code setCoder}. Immutable and thread-safe.
 *
 * <pre>{@code
 * PCollection<Estimate> estimates = reports.apply(
 *     FlatMapElements.into(TypeDescriptor.of(Estimate.class)).via(Report::estimates));
 * }</pre>
 */
public final class MusterCoders implements CoderProviderRegistrar {

  /** Made by Beam's service loader; use the static methods. */
  public MusterCoders() {}

  /** Returns the coder of reports. */
  public static Coder<Report> report() {
    return JsonCoder.of(Report.class);
  }

  /** Returns the coder of estimates. */
  public static Coder<Estimate> estimate() {
    return JsonCoder.of(Estimate.class);
  }

  /** Returns the coder of problems. */
  public static Coder<Problem> problem() {
    return JsonCoder.of(Problem.class);
  }

  /** Returns the coder of reconciliations. */
  public static Coder<Reconciliation> reconciliation() {
    return JsonCoder.of(Reconciliation.class);
  }

  /** Returns the coder of export records. */
  public static Coder<ExportRecord> exportRecord() {
    return JsonCoder.of(ExportRecord.class);
  }

  /** Returns the providers of the coders above, for Beam's coder registry. */
  @Override
  public List<CoderProvider> getCoderProviders() {
    return List.of(
        CoderProviders.forCoder(TypeDescriptor.of(Report.class), report()),
        CoderProviders.forCoder(TypeDescriptor.of(Estimate.class), estimate()),
        CoderProviders.forCoder(TypeDescriptor.of(Problem.class), problem()),
        CoderProviders.forCoder(TypeDescriptor.of(Reconciliation.class), reconciliation()),
        CoderProviders.forCoder(TypeDescriptor.of(ExportRecord.class), exportRecord()));
  }
}

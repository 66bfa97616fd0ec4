package dev.muster.beam;

import dev.muster.Report;
import dev.muster.reconcile.MergeRule;
import dev.muster.reconcile.Reconciler;
import dev.muster.reconcile.Reconciliation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Reconciles reports as a {@link Combine.CombineFn}. A partial result holds the reports added
 * since it was last settled and the reconciliation of those before; settling reconciles the
 * former and {@linkplain Reconciliation#merge merges} it into the latter. Partial results of
 * workers merge with {@link Reconciliation#merge}, which is associative and commutative, so the
 * output equals {@link Reconciler#reconcile} of all the reports, however the runner splits them.
 *
 * <p>Reports are added without their titles and problems, and reports without estimates not at
 * all: the reconciler reads only the estimates and the publisher.
 */
final class ReconcileFn extends Combine.CombineFn<Report, ReconcileFn.Partial, Reconciliation> {

  private static final long serialVersionUID = 1L;

  private final MergeRule rule;

  ReconcileFn(MergeRule rule) {
    this.rule = rule;
  }

  MergeRule rule() {
    return rule;
  }

  private Reconciler reconciler() {
    return Reconciler.builder().mergeRule(rule).build();
  }

  @Override
  public Partial createAccumulator() {
    return new Partial();
  }

  @Override
  public Partial addInput(Partial partial, Report report) {
    if (!report.estimates().isEmpty()) {
      partial.pending.add(Report.builder().id(report.id()).publisher(report.publisher())
          .addAllEstimates(report.estimates()).build());
    }
    return partial;
  }

  @Override
  public Partial mergeAccumulators(Iterable<Partial> partials) {
    Partial merged = new Partial();
    for (Partial p : partials) {
      merged.pending.addAll(p.pending);
      if (p.reconciled.isPresent()) {
        merged.reconciled = Optional.of(merged.reconciled
            .map(r -> r.merge(p.reconciled.get())).orElse(p.reconciled.get()));
      }
    }
    return merged;
  }

  @Override
  public Partial compact(Partial partial) {
    settle(partial);
    return partial;
  }

  @Override
  public Reconciliation extractOutput(Partial partial) {
    settle(partial);
    return partial.reconciled.orElseGet(() -> reconciler().empty());
  }

  private void settle(Partial partial) {
    if (!partial.pending.isEmpty()) {
      Reconciliation r = reconciler().reconcile(partial.pending);
      partial.reconciled = Optional.of(partial.reconciled.map(r::merge).orElse(r));
      partial.pending.clear();
    }
  }

  @Override
  public Coder<Partial> getAccumulatorCoder(CoderRegistry registry, Coder<Report> inputCoder) {
    return new PartialCoder();
  }

  @Override
  public Coder<Reconciliation> getDefaultOutputCoder(CoderRegistry registry,
      Coder<Report> inputCoder) {
    return MusterCoders.reconciliation();
  }

  /** A partial reconciliation: reports not yet reconciled, and the reconciliation of the rest. */
  static final class Partial {
    final List<Report> pending = new ArrayList<>();
    Optional<Reconciliation> reconciled = Optional.empty();

    @Override
    public String toString() {
      return "Partial[" + pending.size() + " reports pending, "
          + reconciled.map(r -> r.findings().size() + " findings").orElse("nothing") + " reconciled]";
    }
  }

  /** The JSON shape of a {@link Partial}. */
  record PartialJson(List<Report> pending, Optional<Reconciliation> reconciled) {}

  /** Encodes a partial as its JSON shape. */
  static final class PartialCoder extends CustomCoder<Partial> {
    private static final long serialVersionUID = 1L;
    private final JsonCoder<PartialJson> json = JsonCoder.of(PartialJson.class);

    @Override
    public void encode(Partial value, OutputStream out) throws IOException {
      json.encode(new PartialJson(List.copyOf(value.pending), value.reconciled), out);
    }

    @Override
    public Partial decode(InputStream in) throws IOException {
      PartialJson j = json.decode(in);
      Partial p = new Partial();
      p.pending.addAll(j.pending());
      p.reconciled = j.reconciled();
      return p;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PartialCoder;
    }

    @Override
    public int hashCode() {
      return PartialCoder.class.hashCode();
    }
  }
}

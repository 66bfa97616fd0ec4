package dev.muster.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.muster.Estimate;
import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
import dev.muster.Qualifier;
import dev.muster.Source;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One line of the JSON Lines export: an {@link Estimate} flattened to the fields of the export
 * contract (document, measure, low, high, qualifier, unit, per, origin, period, sources,
 * likelihood, mention, evidence). Absent values are written as JSON {@code null}.
 *
 * <p>Immutable and thread-safe; treat as a value. Write it with {@link dev.muster.MusterJson}
 * (JSON Lines) or as a {@link CsvRecord}.
 */
@Value.Immutable
@Value.Enclosing
@JsonSerialize(as = ImmutableExportRecord.class)
@JsonDeserialize(as = ImmutableExportRecord.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"document", "measure", "low", "high", "qualifier", "unit", "per", "origin",
    "period", "sources", "likelihood", "mention", "evidence"})
public abstract class ExportRecord {

  /** Returns the input file's name. */
  public abstract String document();

  public abstract Measure measure();

  public abstract Optional<BigDecimal> low();

  public abstract Optional<BigDecimal> high();

  public abstract Qualifier qualifier();

  /** Returns the ISO 4217 currency of money. */
  public abstract Optional<Currency> unit();

  public abstract Optional<Per> per();

  /** Returns the origin codes, sorted. */
  public abstract List<String> origin();

  public abstract Optional<Dates> period();

  /** Returns the canonical source names, outermost first. */
  public abstract List<String> sources();

  public abstract Optional<Likelihood> likelihood();

  public abstract String mention();

  public abstract Span evidence();

  /** Returns the export record of an estimate. */
  public static ExportRecord from(Estimate e) {
    ImmutableExportRecord.Builder b = ImmutableExportRecord.builder()
        .document(fileName(e.documentId()))
        .measure(e.measure())
        .low(e.quantity().low())
        .high(e.quantity().high())
        .qualifier(e.quantity().qualifier())
        .unit(e.quantity().unit())
        .per(e.quantity().per())
        .origin(e.cohort().origins().stream().map(Origin::code).collect(Collectors.toList()))
        .sources(e.attribution().chain().stream().map(Source::name).collect(Collectors.toList()))
        .likelihood(e.likelihood())
        .mention(e.mention())
        .evidence(ImmutableExportRecord.Span.builder()
            .start(e.evidence().start())
            .end(e.evidence().end())
            .text(e.evidence().text())
            .build());
    e.period().ifPresent(p -> b.period(
        ImmutableExportRecord.Dates.builder().start(p.start()).end(p.end()).build()));
    return b.build();
  }

  private static String fileName(String documentId) {
    try {
      var name = Paths.get(documentId).getFileName();
      return name == null ? documentId : name.toString();
    } catch (java.nio.file.InvalidPathException e) {
      return documentId;
    }
  }

  /** The period of an export record: first and last day, either may be null. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableExportRecord.Dates.class)
  @JsonDeserialize(as = ImmutableExportRecord.Dates.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"start", "end"})
  public abstract static class Dates {
    public abstract Optional<LocalDate> start();

    public abstract Optional<LocalDate> end();
  }

  /** The evidence of an export record: UTF-16 offsets and the text between them. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableExportRecord.Span.class)
  @JsonDeserialize(as = ImmutableExportRecord.Span.class)
  @JsonPropertyOrder({"start", "end", "text"})
  public abstract static class Span {
    public abstract int start();

    public abstract int end();

    public abstract String text();
  }
}

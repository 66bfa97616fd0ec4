package dev.muster.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * One flat CSV row of an {@link ExportRecord}: the nested period and evidence become columns and
 * lists are joined with {@code ;}. Write it with Jackson's {@code CsvMapper} and
 * {@code schemaFor(CsvRecord.class).withHeader()}.
 *
 * <p>Immutable and thread-safe.
 */
@JsonPropertyOrder({"document", "measure", "low", "high", "qualifier", "unit", "per", "origin",
    "periodStart", "periodEnd", "sources", "likelihood", "mention", "evidenceStart", "evidenceEnd",
    "evidenceText"})
public final class CsvRecord {
  public final String document;
  public final String measure;
  public final BigDecimal low;
  public final BigDecimal high;
  public final String qualifier;
  public final String unit;
  public final String per;
  /** Origin codes joined by {@code ;}. */
  public final String origin;
  public final String periodStart;
  public final String periodEnd;
  /** Source names, outermost first, joined by {@code ;}. */
  public final String sources;
  public final String likelihood;
  public final String mention;
  public final int evidenceStart;
  public final int evidenceEnd;
  public final String evidenceText;

  /** Returns the CSV row of an export record. */
  public static CsvRecord from(ExportRecord r) {
    return new CsvRecord(r);
  }

  private CsvRecord(ExportRecord r) {
    document = r.document();
    measure = r.measure().name();
    low = r.low().orElse(null);
    high = r.high().orElse(null);
    qualifier = r.qualifier().name();
    unit = r.unit().map(c -> c.getCurrencyCode()).orElse(null);
    per = r.per().map(Enum::name).orElse(null);
    origin = String.join(";", r.origin());
    periodStart = r.period().flatMap(p -> p.start()).map(Object::toString).orElse(null);
    periodEnd = r.period().flatMap(p -> p.end()).map(Object::toString).orElse(null);
    sources = r.sources().stream().collect(Collectors.joining(";"));
    likelihood = r.likelihood().map(Object::toString).orElse(null);
    mention = r.mention();
    evidenceStart = r.evidence().start();
    evidenceEnd = r.evidence().end();
    evidenceText = r.evidence().text();
  }
}

package dev.muster.examples;

import dev.muster.Estimate;
import dev.muster.Origin;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The table format of {@code muster extract}: a header, then each document's figures under its
 * name, one line each. Columns start at fixed positions and values are never cut: a long value
 * pushes the next one a space to its right, and the columns after it line up again where they
 * can. Sources and likelihood come last, in full.
 */
final class Table {

  /** Where each column starts. */
  private static final int[] STOPS = {3, 23, 41, 62, 84, 109};

  private Table() {}

  /** Writes the header line. */
  static void header(Writer w) throws IOException {
    w.write(row("MEASURE", "QUANTITY", "ORIGIN", "PERIOD", "MENTION", "SOURCES (LIKELIHOOD)"));
  }

  /** Returns the values at their columns, as a line ending in a newline. */
  static String row(String... values) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      int stop = STOPS[i];
      s.append(" ".repeat(s.length() < stop ? stop - s.length() : 1)).append(values[i]);
    }
    return s.toString().stripTrailing() + "\n";
  }

  /** Writes one document's lines. */
  static void write(Report r, Writer w) throws IOException {
    w.write("== " + r.id() + r.published().map(d -> "  (" + d + ")").orElse("") + "\n");
    Optional<ProblemKind> failure = Articles.failure(r);
    if (failure.isPresent()) {
      w.write("   (not read: " + failure.get() + ")\n");
    } else if (r.estimates().isEmpty()) {
      w.write("   (no figures)\n");
    }
    for (Estimate e : r.estimates()) {
      w.write(row(
          e.measure().name(),
          e.quantity().toString(),
          e.cohort().origins().stream().map(Origin::code).collect(Collectors.joining(",")),
          e.period().map(Object::toString).orElse("-"),
          "\"" + e.mention() + "\"",
          (e.attribution().chain().stream().map(Source::name).collect(Collectors.joining(" < "))
              + e.likelihood().map(l -> " (" + l + ")").orElse("")).trim()));
    }
  }
}

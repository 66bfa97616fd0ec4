package dev.muster.examples;

import dev.muster.Estimate;
import dev.muster.Origin;
import dev.muster.Report;
import dev.muster.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The table format of {@code muster extract}: one line per figure, grouped by document. */
final class Table {

  private Table() {}

  static void write(Stream<Report> reports, Writer w) {
    reports.forEachOrdered(r -> {
      try {
        w.write("== " + r.id() + r.published().map(d -> "  (" + d + ")").orElse("") + "\n");
        if (r.estimates().isEmpty()) {
          w.write("   (no figures)\n");
        }
        for (Estimate e : r.estimates()) {
          w.write(String.format("   %-20s %-22s %-24s %-25s %-40s %s%n",
              e.measure(),
              e.quantity(),
              cut(e.cohort().origins().stream().map(Origin::code).collect(Collectors.joining(",")), 24),
              e.period().map(Object::toString).orElse("-"),
              cut(e.attribution().chain().stream().map(Source::name).collect(Collectors.joining(" < "))
                  + e.likelihood().map(l -> " (" + l + ")").orElse(""), 40),
              "\"" + cut(e.mention(), 40) + "\""));
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}

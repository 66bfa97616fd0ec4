package dev.muster.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import dev.muster.Estimate;
import dev.muster.export.CsvRecord;
import dev.muster.export.ExportRecord;
import dev.muster.MusterJson;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code muster extract}: every figure of the given files as a table, JSON Lines or CSV,
 * streamed as the files are parsed. A bad file gives one line on standard error and the rest
 * go on; the exit status is 1 when any file failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract the figures of article text files (default: the bundled samples).")
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format { table, jsonl, csv }

  @Parameters(arity = "0..*", paramLabel = "FILES_OR_DIRS",
      description = "Files or folders to read (default: the bundled sample articles).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table",
      description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "64",
      description = "Skip (and report) files larger than this many MiB (default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Articles articles = new Articles(err);
    QuickJit.forInputs(inputs);
    // Jackson's set-up (class loading, serializers) takes as long as loading the lexicons: it
    // runs on its own thread while the first files are parsed
    FutureTask<ObjectWriter> writer = switch (format) {
      case jsonl -> inBackground(() -> MusterJson.newMapper().writerFor(ExportRecord.class)
          .withRootValueSeparator("\n"));
      case csv -> inBackground(() -> {
        CsvMapper csv = new CsvMapper();
        csv.findAndRegisterModules();
        return csv.writerFor(CsvRecord.class).with(csv.schemaFor(CsvRecord.class).withHeader());
      });
      default -> null;
    };
    OutputStream target = out == null ? System.out : Files.newOutputStream(out);
    try (Writer w = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        Stream<Report> reports = articles.reports(inputs, parser())) {
      switch (format) {
        case jsonl:
          if (write(reports, writer, w, false) > 0) {
            w.write("\n");
          }
          break;
        case csv:
          write(reports, writer, w, true);
          break;
        default:
          Table.write(reports, w);
      }
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return articles.finish();
  }

  private static <T> FutureTask<T> inBackground(Callable<T> task) {
    FutureTask<T> f = new FutureTask<>(task);
    Thread t = new Thread(f, "muster-json-setup");
    t.setDaemon(true);
    t.start();
    return f;
  }

  private ArticleParser parser() {
    if (maxFileMb <= 0 || maxFileMb > 1L << 20) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-file-mb must be between 1 and 1048576, got " + maxFileMb);
    }
    return ArticleParser.builder().maxFileBytes(maxFileMb * 1024 * 1024).build();
  }

  private static long write(Stream<Report> reports, FutureTask<ObjectWriter> setUp, Writer w, boolean csv)
      throws IOException {
    Iterator<Report> it = reports.iterator();
    it.hasNext(); // starts parsing, so the first files are parsed while the writer is set up
    ObjectWriter writer;
    try {
      writer = setUp.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while setting up the output", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set up the output: " + e.getCause(), e.getCause());
    }
    long written = 0;
    try (SequenceWriter seq = writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(w)) {
      while (it.hasNext()) {
        for (Estimate e : it.next().estimates()) {
          written++;
          ExportRecord rec = ExportRecord.from(e);
          seq.write(csv ? CsvRecord.from(rec) : rec);
        }
      }
    }
    return written;
  }
}

package dev.muster.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import dev.muster.Estimate;
import dev.muster.MusterJson;
import dev.muster.Report;
import dev.muster.export.CsvRecord;
import dev.muster.export.ExportRecord;
import dev.muster.parse.ArticleParser;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code muster extract}: every figure of the given files as a table, JSON Lines or CSV, written
 * as the files are parsed. A file that cannot be read gives one line on standard error and the
 * rest go on; the exit status is then {@link MusterCommand#INPUT_FAILED}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = MusterCommand.Version.class,
    description = "Extract the figures of article text files (default: the bundled samples).",
    exitCodeListHeading = MusterCommand.EXIT_HEADING,
    exitCodeList = {MusterCommand.EXIT_OK, MusterCommand.EXIT_FAILED, MusterCommand.EXIT_USAGE})
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    /** Text for people: one line per figure under each document's name. */
    TABLE,
    /** One JSON object per figure and line, the fields of {@link ExportRecord}. */
    JSONL,
    /** The same fields flat, with a header row ({@link CsvRecord}). */
    CSV;

    static final class Converter extends CaseInsensitive<Format> {
      Converter() {
        super(Format.class);
      }
    }
  }

  @Mixin
  InputOptions input;

  @Option(names = "--format", defaultValue = "table", converter = Format.Converter.class,
      paramLabel = "FORMAT", description = "table, jsonl or csv, in any case (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  OutputOption output;

  @ParentCommand
  MusterCommand parent;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Console console = MusterCommand.console(parent, spec);
    ArticleParser parser = input.parser();
    // Jackson's set-up (class loading, serializers) takes as long as loading the lexicons: it
    // runs on its own thread while the first files are parsed
    FutureTask<ObjectWriter> setUp = switch (format) {
      case JSONL -> inBackground(() -> MusterJson.newMapper().writerFor(ExportRecord.class)
          .withRootValueSeparator("\n"));
      case CSV -> inBackground(() -> {
        CsvMapper csv = new CsvMapper();
        csv.findAndRegisterModules();
        return csv.writerFor(CsvRecord.class).with(csv.schemaFor(CsvRecord.class).withHeader());
      });
      case TABLE -> null;
    };
    Articles articles = new Articles(input.progress(console), input.maxFileMb);
    try (Writer w = output.open(console.out())) {
      if (format == Format.TABLE) {
        Table.header(w);
        articles.read(input.inputs, parser, new Articles.ReportSink() {
          @Override
          public void accept(Report r) throws IOException {
            Table.write(r, w);
          }

          @Override
          public void flush() throws IOException {
            w.flush();
          }
        });
      } else {
        writeRecords(articles, parser, setUp, w);
      }
    } catch (IOException e) {
      throw output.failed(e);
    }
    return articles.finish("");
  }

  /** Writes JSON Lines or CSV: one record per figure, a line each. */
  private void writeRecords(Articles articles, ArticleParser parser, FutureTask<ObjectWriter> setUp,
      Writer w) throws IOException {
    SequenceWriter[] seq = {null};
    boolean csv = format == Format.CSV;
    try {
      articles.read(input.inputs, parser, new Articles.ReportSink() {
        @Override
        public void accept(Report r) throws IOException {
          for (Estimate e : r.estimates()) {
            if (seq[0] == null) {
              seq[0] = writer(setUp).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(w);
            }
            ExportRecord rec = ExportRecord.from(e);
            seq[0].write(csv ? CsvRecord.from(rec) : rec);
          }
        }

        @Override
        public void flush() throws IOException {
          if (seq[0] != null) {
            seq[0].flush();
          }
          w.flush();
        }
      });
    } finally {
      if (seq[0] != null) {
        seq[0].close();
        if (!csv) {
          w.write("\n");
        }
      }
    }
  }

  private static ObjectWriter writer(FutureTask<ObjectWriter> setUp) throws IOException {
    try {
      return setUp.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while setting up the output", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set up the output: " + e.getCause(), e.getCause());
    }
  }

  private static <T> FutureTask<T> inBackground(Callable<T> task) {
    FutureTask<T> f = new FutureTask<>(task);
    Thread t = new Thread(f, "muster-output-setup");
    t.setDaemon(true);
    t.start();
    return f;
  }
}

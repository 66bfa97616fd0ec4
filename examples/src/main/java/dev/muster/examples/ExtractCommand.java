package dev.muster.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.muster.Estimate;
import dev.muster.ExportRecord;
import dev.muster.MusterJson;
import dev.muster.Report;
import dev.muster.parse.ArticleParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code muster extract}: every figure of the given files as a table, JSON Lines or CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract the figures of article text files (default: the bundled samples).")
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format { table, jsonl, csv }

  @Parameters(arity = "0..*", paramLabel = "FILES_OR_DIRS", description = "Files or folders to read.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    ArticleParser parser = ArticleParser.defaults();
    ObjectMapper json = MusterJson.newMapper();
    PrintWriter w = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    try (SequenceWriter seq = json.writer().withRootValueSeparator("\n").writeValues(w)) {
      parser.parseAll(files).forEachOrdered(r -> {
        for (Estimate e : r.estimates()) {
          try {
            seq.write(ExportRecord.from(e));
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        }
      });
    }
    w.println();
    w.flush();
    return 0;
  }
}

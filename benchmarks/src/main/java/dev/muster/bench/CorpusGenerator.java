package dev.muster.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a folder of article-like text by repeating and varying the ten short English sample
 * articles 01 to 10 ({@code samples/docs/NN-*.txt} of the examples module; the other samples are
 * left out so that the corpus stays the one the published figures were measured on, and because
 * its figure rewriting knows English number formats only): paragraphs are shuffled and mixed between
 * articles, figures are rescaled, countries and nationalities swapped, number words changed and
 * the date line moved. The output depends only on the samples, the seed and the target size.
 *
 * <p>Immutable and thread-safe once built. Folders of {@value #DOCS_PER_FOLDER} files
 * ({@code part-00000/doc-0000000.txt}) are generated in parallel, each from its own seed.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.muster.bench.CorpusGenerator /tmp/corpus-100 100 42
 * }</pre>
 */
public final class CorpusGenerator {

  /** Bytes of text per sub-folder (about a thousand documents). */
  public static final long FOLDER_BYTES = 4_000_000L;

  private static final String SAMPLES = "samples/docs";
  private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\s+");
  private static final String[][] COUNTRIES = {
      {"Nepal", "Nepali"}, {"India", "Indian"}, {"Sri Lanka", "Sri Lankan"}, {"Kenya", "Kenyan"},
      {"Cuba", "Cuban"}, {"Ghana", "Ghanaian"}, {"Syria", "Syrian"}, {"Nigeria", "Nigerian"},
      {"Cameroon", "Cameroonian"}, {"Somalia", "Somali"}, {"Tajikistan", "Tajik"},
      {"Uzbekistan", "Uzbek"}, {"Kyrgyzstan", "Kyrgyz"}, {"Egypt", "Egyptian"},
      {"Iraq", "Iraqi"}, {"Bangladesh", "Bangladeshi"}};
  private static final Pattern CAPITALISED = Pattern.compile("\\bSri Lankan?s?\\b|\\b[A-Z][a-z]+\\b");
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "\\b(two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\\b");
  private static final String[] SMALL_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  private static final LocalDate FIRST_DATE = LocalDate.of(2022, 3, 1);
  private static final int DATE_RANGE_DAYS = 4 * 365;

  private final List<Article> samples;

  private CorpusGenerator(List<Article> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sample articles found");
    }
    this.samples = List.copyOf(samples);
  }

  /** Returns a generator over the samples bundled on the class path. */
  public static CorpusGenerator fromClassPath() {
    URL url = CorpusGenerator.class.getClassLoader().getResource(SAMPLES);
    if (url == null) {
      throw new IllegalStateException(SAMPLES + " is not on the class path (muster-examples missing?)");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return fromFolder(fs.getPath(SAMPLES));
        }
      }
      return fromFolder(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the samples at " + url, e);
    }
  }

  /** The sample files the corpus is made of: 01-... to 10-.... */
  private static final Pattern CORPUS_SAMPLE = Pattern.compile("(0[1-9]|10)-.*\\.txt");

  /**
   * Returns a generator over the sample files 01 to 10 of a folder.
   *
   * @param folder not null
   */
  public static CorpusGenerator fromFolder(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.filter(f -> CORPUS_SAMPLE.matcher(f.getFileName().toString()).matches())
          .sorted().toList()) {
        articles.add(Article.parse(Files.readString(p)));
      }
    }
    return new CorpusGenerator(articles);
  }

  /**
   * Writes at least {@code targetBytes} of generated articles below {@code folder}, unless a
   * previous call with the same arguments completed there already; returns the corpus.
   *
   * @param folder not null; created if missing
   */
  public Corpus ensure(Path folder, long targetBytes, long seed) throws IOException {
    Path manifest = folder.resolveSibling(folder.getFileName() + ".manifest");
    String expected = "bytes>=" + targetBytes + " seed=" + seed;
    if (Files.isRegularFile(manifest) && Files.readString(manifest).equals(expected)) {
      return Corpus.of(folder);
    }
    Files.createDirectories(folder);
    int folders = (int) ((targetBytes + FOLDER_BYTES - 1) / FOLDER_BYTES);
    IntStream.range(0, folders).parallel().forEach(part ->
        writeFolder(folder, part, Math.min(FOLDER_BYTES, targetBytes - part * FOLDER_BYTES), seed));
    Files.writeString(manifest, expected);
    return Corpus.of(folder);
  }

  private void writeFolder(Path corpus, int part, long budget, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + part);
    Path dir = corpus.resolve(String.format("part-%05d", part));
    long bytes = 0;
    try {
      Files.createDirectories(dir);
      for (int i = 0; bytes < budget; i++) {
        byte[] doc = article(random).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(String.format("doc-%05d-%04d.txt", part, i)), doc);
        bytes += doc.length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir, e);
    }
  }

  /** Returns one generated article. */
  String article(SplittableRandom random) {
    Article base = samples.get(random.nextInt(samples.size()));
    List<String> paragraphs = new ArrayList<>(base.paragraphs());
    int borrowed = 2 + random.nextInt(6);
    for (int i = 0; i < borrowed; i++) {
      List<String> other = samples.get(random.nextInt(samples.size())).paragraphs();
      if (!other.isEmpty()) {
        paragraphs.add(other.get(random.nextInt(other.size())));
      }
    }
    Collections.shuffle(paragraphs, new java.util.Random(random.nextLong()));
    if (paragraphs.size() > 2 && random.nextInt(3) == 0) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    String[] swap = COUNTRIES[random.nextInt(COUNTRIES.length)];
    StringBuilder out = new StringBuilder(6 * 1024);
    if (random.nextInt(10) != 0) {
      LocalDate date = FIRST_DATE.plusDays(random.nextInt(DATE_RANGE_DAYS));
      out.append("date ").append(random.nextInt(8) == 0 ? date.toString().substring(0, 7) : date).append(' ');
    }
    out.append(vary(base.headline(), random, swap)).append("\n\n");
    for (String p : paragraphs) {
      out.append(vary(p, random, swap)).append("\n\n");
    }
    return out.toString();
  }

  private static String vary(String text, SplittableRandom random, String[] swap) {
    String countries = CAPITALISED.matcher(text).replaceAll(m -> swapCountry(m.group(), swap));
    String words = NUMBER_WORD.matcher(countries).replaceAll(m -> random.nextInt(3) == 0
        && m.group().length() <= 5 && !m.group().equals("dozen")
        ? SMALL_WORDS[random.nextInt(SMALL_WORDS.length)] : m.group());
    return FIGURE.matcher(words).replaceAll(m -> Matcher.quoteReplacement(figure(m.group(), random)));
  }

  private static String swapCountry(String word, String[] swap) {
    for (String[] c : COUNTRIES) {
      if (c[0].equals(word)) {
        return swap[0];
      }
      if (word.startsWith(c[1]) && word.length() - c[1].length() == (word.endsWith("s") ? 1 : 0)) {
        return word.length() > c[1].length() ? swap[1] + "s" : swap[1];
      }
    }
    return word;
  }

  /** Rescales a figure by 0.5 to 2 keeping its digit grouping; years and small ordinals stay. */
  static String figure(String digits, SplittableRandom random) {
    boolean grouped = digits.indexOf(',') >= 0;
    long value = Long.parseLong(digits.replace(",", ""));
    if (digits.length() == 4 && value >= 1900 && value <= 2100 || value < 2) {
      return digits;
    }
    long scaled = Math.max(2, Math.round(value * (0.5 + 1.5 * random.nextDouble())));
    if (value % 100 == 0 && scaled >= 100) {
      scaled = scaled / 100 * 100;
    }
    return grouped ? String.format("%,d", scaled) : Long.toString(scaled);
  }

  /**
   * Generates a corpus: {@code CorpusGenerator FOLDER MEGABYTES [SEED]}.
   *
   * @param args the folder, the target size in MB (10^6 bytes) and the seed (default 42)
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator FOLDER MEGABYTES [SEED]");
      System.exit(2);
    }
    long started = System.nanoTime();
    Corpus corpus = fromClassPath().ensure(Path.of(args[0]), Long.parseLong(args[1]) * 1_000_000L,
        args.length > 2 ? Long.parseLong(args[2]) : 42L);
    System.out.printf("%s: %d documents, %.1f MB in %.1f s%n", args[0], corpus.documents(),
        corpus.bytes() / 1e6, (System.nanoTime() - started) / 1e9);
  }

  /** A sample article: its headline and body paragraphs. */
  private record Article(String headline, List<String> paragraphs) {
    static Article parse(String text) {
      String body = DATE_LINE.matcher(text.strip()).replaceFirst("");
      List<String> blocks = new ArrayList<>();
      for (String block : body.split("\\R\\s*\\R")) {
        if (!block.isBlank()) {
          blocks.add(block.strip());
        }
      }
      return new Article(blocks.isEmpty() ? "" : blocks.get(0),
          blocks.size() < 2 ? List.of() : List.copyOf(blocks.subList(1, blocks.size())));
    }
  }
}

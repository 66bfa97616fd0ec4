package dev.muster.parse.internal;

import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
import dev.muster.Qualifier;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The word lists of one language and the language-independent source table, loaded once from
 * the resources under {@code dev/muster/parse/lexicon/}. Immutable after loading; shared by all
 * parsers and threads.
 */
final class Lexicons {

  /** A head noun's class. */
  enum NounClass { PERSON, FOREIGN, MEASURE_NOUN, THING, TIME }

  static final class Noun {
    final NounClass nounClass;
    final Measure measure; // may be null

    Noun(NounClass nounClass, Measure measure) {
      this.nounClass = nounClass;
      this.measure = measure;
    }
  }

  static final class Magnitude {
    final long low;
    final long high;

    Magnitude(long low, long high) {
      this.low = low;
      this.high = high;
    }
  }

  enum NumberWordKind { UNIT, SCALE, DOZEN }

  static final class NumberWord {
    final long value;
    final NumberWordKind kind;

    NumberWord(long value, NumberWordKind kind) {
      this.value = value;
      this.kind = kind;
    }
  }

  enum Position { BEFORE, AFTER, BOTH }

  static final class Money {
    final Currency currency;
    final Position position;

    Money(Currency currency, Position position) {
      this.currency = currency;
      this.position = position;
    }

    boolean before() {
      return position != Position.AFTER;
    }

    boolean after() {
      return position != Position.BEFORE;
    }
  }

  static final class Rate {
    final Per per;
    final Position position;

    Rate(Per per, Position position) {
      this.per = per;
      this.position = position;
    }
  }

  /** A place: its origin, and whether the matched words name it or are a demonym. */
  static final class Place {
    final Origin origin;
    final boolean demonym;

    Place(Origin origin, boolean demonym) {
      this.origin = origin;
      this.demonym = demonym;
    }
  }

  private static final String BASE = "/dev/muster/parse/lexicon/";

  final PhraseIndex<Qualifier> qualifiers = new PhraseIndex<>();
  final PhraseIndex<Magnitude> magnitudes = new PhraseIndex<>();
  final Map<String, NumberWord> numberWords = new HashMap<>();
  final PhraseIndex<Money> money = new PhraseIndex<>();
  final PhraseIndex<Rate> rates = new PhraseIndex<>();
  final PhraseIndex<Likelihood> likelihood = new PhraseIndex<>();
  /** Measure words in any position. */
  final PhraseIndex<Measure> triggers = new PhraseIndex<>();
  /** Measure words that may stand before the number: all of {@link #triggers} and verbs only. */
  final PhraseIndex<Measure> triggersBefore = new PhraseIndex<>();
  /** Canonical place names and demonyms of each origin, for resolving generic source names. */
  final Map<Origin, List<String>> placeWords = new HashMap<>();
  final PhraseIndex<Noun> nouns = new PhraseIndex<>();
  final PhraseIndex<Place> places = new PhraseIndex<>(true);
  final PhraseIndex<Source> sources = new PhraseIndex<>(true);
  final Map<String, Source> sourcesByName = new HashMap<>();
  /** Canonical source names in lower case, sorted, for resolving generic names. */
  final List<Map.Entry<String, Source>> sourcesLower = new ArrayList<>();
  /** Generic names ("the Ministry") and the keyword of the earlier body they stand for. */
  final PhraseIndex<String> genericSources = new PhraseIndex<>();

  private static final class Holder {
    static final Lexicons ENGLISH = load("en");
  }

  static Lexicons english() {
    return Holder.ENGLISH;
  }

  private Lexicons() {}

  static Lexicons load(String language) {
    Lexicons l = new Lexicons();
    String dir = BASE + language + "/";
    read(dir + "qualifiers.tsv", 2, f -> l.qualifiers.put(f[0], Qualifier.valueOf(f[1])));
    read(dir + "magnitudes.tsv", 3,
        f -> l.magnitudes.put(f[0], new Magnitude(Long.parseLong(f[1]), Long.parseLong(f[2]))));
    read(dir + "numbers.tsv", 3, f -> l.numberWords.put(f[0],
        new NumberWord(Long.parseLong(f[1]), NumberWordKind.valueOf(f[2]))));
    read(dir + "currencies.tsv", 3, f -> l.money.put(f[0],
        new Money(Currency.getInstance(f[1]), Position.valueOf(f[2]))));
    read(dir + "rates.tsv", 3, f -> l.rates.put(f[0], new Rate(Per.valueOf(f[1]), Position.valueOf(f[2]))));
    read(dir + "likelihood.tsv", 2, f -> l.likelihood.put(f[0], Likelihood.parse(f[1])));
    read(dir + "triggers.tsv", 2, f -> {
      Measure m = Measure.valueOf(f[1]);
      l.triggersBefore.put(f[0], m);
      if (f.length < 3 || !f[2].trim().equals("BEFORE")) {
        l.triggers.put(f[0], m);
      }
    });
    read(dir + "nouns.tsv", 3, f -> l.nouns.put(f[0],
        new Noun(NounClass.valueOf(f[1]), f[2].equals("-") ? null : Measure.valueOf(f[2]))));
    read(dir + "places.tsv", 2, f -> {
      Origin o = Origin.of(f[0]);
      List<String> words = l.placeWords.computeIfAbsent(o, k -> new ArrayList<>());
      for (String name : f[1].split("\\|")) {
        if (!name.isBlank()) {
          l.places.put(name.trim(), new Place(o, false));
          words.add(name.trim().toLowerCase(java.util.Locale.ROOT));
        }
      }
      if (f.length > 2) {
        for (String d : f[2].split("\\|")) {
          if (!d.isBlank()) {
            l.places.put(d.trim(), new Place(o, true));
            words.add(d.trim().toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    });
    read(dir + "generic-sources.tsv", 2, f -> l.genericSources.put(f[0], f[1]));
    read(BASE + "sources.tsv", 2, f -> {
      List<String> aliases = f.length > 2 && !f[2].isBlank()
          ? Arrays.asList(f[2].split("\\|")) : List.of();
      List<String> clean = new ArrayList<>();
      aliases.forEach(a -> {
        if (!a.isBlank()) {
          clean.add(a.trim());
        }
      });
      Source s = Source.builder().name(f[0].trim()).kind(SourceKind.valueOf(f[1].trim()))
          .addAllAliases(clean).build();
      l.sourcesByName.put(s.name(), s);
      l.sources.put(s.name(), s);
      if (s.name().startsWith("The ")) {
        l.sources.put(s.name().substring(4), s);
      }
      for (String a : clean) {
        l.sources.put(a, s);
        if (a.startsWith("the ") || a.startsWith("The ")) {
          l.sources.put(a.substring(4), s);
        }
      }
    });
    l.sourcesByName.values().stream()
        .sorted(java.util.Comparator.comparing(Source::name))
        .forEach(src -> l.sourcesLower.add(Map.entry(src.name().toLowerCase(java.util.Locale.ROOT), src)));
    return l;
  }

  private static void read(String resource, int minFields, Consumer<String[]> row) {
    InputStream in = Lexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the class path: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minFields) {
          throw new IllegalStateException(resource + ":" + n + ": expected " + minFields
              + " tab-separated fields, got " + f.length + ": '" + line + "'");
        }
        try {
          row.accept(f);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  static BigDecimal big(long v) {
    return BigDecimal.valueOf(v);
  }
}

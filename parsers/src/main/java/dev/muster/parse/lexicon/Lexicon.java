package dev.muster.parse.lexicon;

import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
import dev.muster.Qualifier;
import dev.muster.RecruitCohort;
import dev.muster.Source;
import dev.muster.SourceKind;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Tokenizer;
import dev.muster.parse.token.Vocabulary;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The words, phrases and patterns of one language, with the language-independent source table,
 * loaded from the resources under {@code dev/muster/parse/lexicon/} (the language's folder
 * {@code <lang>/}, and {@code sources.tsv}); every stage takes what it reads from here. Each
 * lexicon numbers its own words in its own {@link Vocabulary}, complete when the lexicon is
 * built, and hands out the {@link Tokenizer} whose tokens carry those numbers.
 *
 * <p>Immutable and thread-safe once loaded; load one per language and share it.
 */
public final class Lexicon {

  /** A head noun's class. */
  public enum NounClass { PERSON, FOREIGN, MEASURE_NOUN, THING, TIME }

  /** A head noun: its class and the measure it implies, or null. Immutable. */
  public static final class Noun {
    public final NounClass nounClass;
    public final Measure measure; // may be null

    public Noun(NounClass nounClass, Measure measure) {
      this.nounClass = nounClass;
      this.measure = measure;
    }

    /** Whether the noun names people: a person noun ("soldiers") or a foreigner noun ("migrants"). */
    public boolean isPeople() {
      return nounClass == NounClass.PERSON || nounClass == NounClass.FOREIGN;
    }
  }

  /** A vague amount's bounds ("hundreds": 200 to 999). Immutable. */
  public static final class Magnitude {
    public final long low;
    public final long high;

    Magnitude(long low, long high) {
      this.low = low;
      this.high = high;
    }
  }

  /** How a number word combines: a unit or ten, a multiplying scale, or a dozen. */
  public enum NumberWordKind { UNIT, SCALE, DOZEN }

  /** A number word's value and kind. Immutable. */
  public static final class NumberWord {
    public final long value;
    public final NumberWordKind kind;

    NumberWord(long value, NumberWordKind kind) {
      this.value = value;
      this.kind = kind;
    }
  }

  /** Where a currency or rate word stands: before the number, after it, or either. */
  public enum Position { BEFORE, AFTER, BOTH }

  /** A currency word and where it stands. Immutable. */
  public static final class Money {
    public final Currency currency;
    public final Position position;

    Money(Currency currency, Position position) {
      this.currency = currency;
      this.position = position;
    }

    public boolean before() {
      return position != Position.AFTER;
    }

    public boolean after() {
      return position != Position.BEFORE;
    }
  }

  /** A rate phrase ("a month") and where it stands. Immutable. */
  public static final class Rate {
    public final Per per;
    public final Position position;

    Rate(Per per, Position position) {
      this.per = per;
      this.position = position;
    }

    /** Whether the rate may stand before a number ("monthly pay of 200,000 roubles"). */
    public boolean before() {
      return position != Position.AFTER;
    }

    /** Whether the rate may stand after a number ("dozens a day"). */
    public boolean after() {
      return position != Position.BEFORE;
    }
  }

  /** A place: its origin, and whether the matched words name it or are a demonym. */
  public static final class Place {
    public final Origin origin;
    public final boolean demonym;

    Place(Origin origin, boolean demonym) {
      this.origin = origin;
      this.demonym = demonym;
    }
  }

  private static final String BASE = "/dev/muster/parse/lexicon/";
  /**
   * The optional file of a language's stems ({@code lemma<TAB>stems}): a word that is a stem and
   * a short ending is read as its lemma ("тысячи" as "тысяча"), so that the other files name
   * lemmas only; a stem written after a dash is the head of compounds ("-gefangen": a word ending
   * with it and a short ending, such as "Kriegsgefangenen", is read as its lemma).
   */
  private static final String STEMS = "stems.tsv";
  /**
   * The optional file of a language's elided words ({@code elisions<TAB>words}: "l'", "dell'"),
   * each a token of its own before the word it is written against.
   */
  private static final String ELISIONS = "elisions.tsv";

  /** The files of word classes in a language's folder, one per stage that reads them. */
  private static final List<String> WORD_FILES =
      List.of("segment", "quantity", "time", "attribution", "classify", "document");

  private final String language;
  public final PhraseIndex<Qualifier> qualifiers;
  public final PhraseIndex<Magnitude> magnitudes;
  private final Map<String, NumberWord> numberWords = new HashMap<>();
  public final PhraseIndex<Money> money;
  public final PhraseIndex<Rate> rates;
  public final PhraseIndex<Likelihood> likelihood;
  /** Measure words in any position. */
  public final PhraseIndex<Measure> triggers;
  /** Measure words that may stand before the number: all of {@link #triggers} and verbs only. */
  public final PhraseIndex<Measure> triggersBefore;
  /** Canonical place names and demonyms of each origin, for resolving generic source names. */
  private final Map<Origin, List<String>> placeWords = new HashMap<>();
  /** The English names and demonyms of each place, in lower case: the words of the sources' canonical names. */
  private final Map<Origin, List<String>> canonicalPlaceWords = new HashMap<>();
  public final PhraseIndex<Noun> nouns;
  public final PhraseIndex<Place> places;
  public final PhraseIndex<Source> sources;
  private final Map<String, Source> sourcesByName = new HashMap<>();
  /** The names and aliases of sources with a full stop and a space inside ("Citizen. Army. Law"), which end no sentence there. */
  private final List<String> dottedNames = new ArrayList<>();
  /** Canonical source names in lower case, sorted, for resolving generic names. */
  private final List<Map.Entry<String, Source>> sourcesLower = new ArrayList<>();
  /** Generic names ("the Ministry") and the keyword of the earlier body they stand for. */
  public final PhraseIndex<String> genericSources;
  /** The formal English name of a country's body by its generic keyword ("foreign": "Ministry of Foreign Affairs"). */
  private final Map<String, String> formalBodies = new HashMap<>();
  /** The sources (lower-case name and source) whose name contains each generic keyword. */
  private final Map<String, List<Map.Entry<String, Source>>> sourcesByKeyword = new HashMap<>();
  /** Word classes by "file.class" ("time.months"). */
  private final Map<String, Words> wordClasses = new LinkedHashMap<>();
  /** The cohort of each single origin of the place table, made once. */
  private final Map<Origin, RecruitCohort> cohorts = new HashMap<>();
  private final Vocabulary vocabulary;
  private final Tokenizer tokenizer;

  private Lexicon(String language) {
    this.language = language;
    Vocabulary.Builder v = new Vocabulary.Builder();
    qualifiers = new PhraseIndex<>(v);
    magnitudes = new PhraseIndex<>(v);
    money = new PhraseIndex<>(v);
    rates = new PhraseIndex<>(v);
    likelihood = new PhraseIndex<>(v);
    triggers = new PhraseIndex<>(v);
    triggersBefore = new PhraseIndex<>(v);
    nouns = new PhraseIndex<>(v);
    places = new PhraseIndex<>(v, true);
    sources = new PhraseIndex<>(v, true);
    genericSources = new PhraseIndex<>(v);
    String dir = BASE + language + "/";
    if (Lexicon.class.getResource(dir + STEMS) != null) {
      read(dir + STEMS, 2, f -> {
        String lemma = f[0].trim().toLowerCase(Locale.ROOT);
        for (String stem : f[1].split("\\|")) {
          String st = stem.trim().toLowerCase(Locale.ROOT);
          if (st.startsWith("-")) {
            v.head(st.substring(1), lemma); // "-gefangen": the head of compounds
          } else if (!st.isEmpty()) {
            v.stem(st, lemma);
          }
        }
      });
    }
    if (Lexicon.class.getResource(dir + ELISIONS) != null) {
      read(dir + ELISIONS, 2, f -> {
        for (String e : f[1].split("\\|")) {
          if (!e.isBlank()) {
            v.elision(e.trim());
          }
        }
      });
    }
    for (String file : WORD_FILES) {
      Map<String, List<String>> classes = new LinkedHashMap<>();
      List<String> order = new ArrayList<>();
      read(dir + file + ".tsv", 2, f -> {
        String name = f[0].trim();
        if (classes.containsKey(name) && !order.get(order.size() - 1).equals(name)) {
          throw new IllegalArgumentException("word class '" + name + "' goes on after other classes: keep its"
              + " lines together");
        }
        if (!classes.containsKey(name)) {
          order.add(name);
        }
        List<String> words = classes.computeIfAbsent(name, k -> new ArrayList<>());
        for (String w : f[1].split("\\|")) {
          if (!w.isBlank()) {
            words.add(w.trim());
          }
        }
      });
      classes.forEach((name, words) -> wordClasses.put(file + "." + name, v.words(words)));
    }
    loadPhrases(dir);
    loadSources(dir);
    loadCanonicalPlaceWords(dir);
    // the months of the calendar, in one class
    if (wordClasses.containsKey("time.month-1")) {
      java.util.Set<String> months = new java.util.TreeSet<>();
      for (int m = 1; m <= 12; m++) {
        months.addAll(words("time.month-" + m));
      }
      wordClasses.put("time.months", v.words(months));
    }
    // a number in words starts with a number word, or with one of the class's words ("a dozen")
    java.util.Set<String> numberStarts = new java.util.TreeSet<>(numberWords.keySet());
    numberStarts.addAll(optionalWords("quantity.word-number-starts"));
    wordClasses.put("quantity.number-starts", v.words(numberStarts));
    for (Origin o : placeWords.keySet()) {
      cohorts.put(o, RecruitCohort.of(List.of(o)));
    }
    cohorts.put(Origin.FOREIGN, RecruitCohort.of(List.of(Origin.FOREIGN)));
    this.vocabulary = v.build();
    this.tokenizer = Tokenizer.of(vocabulary);
  }

  /**
   * Loads the lexicon of {@code language} (the name of its folder, "en").
   *
   * @throws IllegalStateException if a file is missing or malformed: the message names the file,
   *     the line and what is wrong
   */
  public static Lexicon load(String language) {
    return new Lexicon(language);
  }

  /** Returns the language's code, the name of its folder. */
  public String language() {
    return language;
  }

  /** Returns the vocabulary of every word of this lexicon. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Returns the tokenizer whose tokens carry this lexicon's word numbers. */
  public Tokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * Returns the word class {@code name}: "file.class", a class of the file {@code file.tsv} of the
   * language's folder.
   *
   * @throws IllegalStateException if there is no such class
   */
  public Words words(String name) {
    Words w = wordClasses.get(name);
    if (w == null) {
      int dot = name.indexOf('.');
      throw new IllegalStateException("lexicon '" + language + "' has no word class '" + name
          + "': expected a line '" + name.substring(dot + 1) + "<TAB>words' in " + BASE + language + "/"
          + name.substring(0, Math.max(0, dot)) + ".tsv");
    }
    return w;
  }

  /**
   * Returns the word class {@code name} like {@link #words(String)}, or {@link Words#EMPTY} when the
   * language's lexicon has no such class: for the classes that only some languages need.
   */
  public Words optionalWords(String name) {
    Words w = wordClasses.get(name);
    return w == null ? Words.EMPTY : w;
  }

  /** Returns the number word {@code key} ("twenty", "million"), or null. */
  public NumberWord numberWord(String key) {
    return numberWords.get(key);
  }

  /** Returns the keys of the number words. */
  public java.util.Set<String> numberWordKeys() {
    return java.util.Collections.unmodifiableSet(numberWords.keySet());
  }

  /** Returns the canonical names and demonyms of {@code origin} in lower case; empty if none. */
  public List<String> placeWords(Origin origin) {
    List<String> words = placeWords.get(origin);
    return words == null ? List.of() : java.util.Collections.unmodifiableList(words);
  }

  /**
   * Returns the lower-case words that name {@code origin} in the sources' canonical names, which are
   * English ("serbian" in "Serbian Ministry of Interior"), and in this lexicon's language; empty
   * when none.
   */
  public List<String> canonicalPlaceWords(Origin origin) {
    List<String> words = canonicalPlaceWords.get(origin);
    return words == null ? placeWords(origin) : java.util.Collections.unmodifiableList(words);
  }

  /**
   * Returns the name of {@code origin}'s body that a generic name of {@code keyword} stands for,
   * when the source table does not know it: the country's English name and the body's formal name
   * ("Colombia Ministry of Foreign Affairs"), or the name with the country in its slot ("Prosecutor
   * General's Office of Uzbekistan"); null when the keyword names no such body or the
   * origin is no country.
   */
  public String formalBodyName(String keyword, Origin origin) {
    String formal = formalBodies.get(keyword);
    String country = formal == null ? null : countryName(origin);
    if (country == null) {
      return null;
    }
    // "Prosecutor General's Office of {country}": a name the table writes with its country last
    return formal.contains(COUNTRY_SLOT) ? formal.replace(COUNTRY_SLOT, country) : country + " " + formal;
  }

  /** Where a formal body name that ends with its country puts it. */
  private static final String COUNTRY_SLOT = "{country}";

  /**
   * Returns the name of the country {@code origin} as the English places table writes it first
   * ("Colombia", "Sri Lanka"), the language the canonical names are written in, else as this
   * lexicon's own does; null when the origin is no country the tables name.
   */
  public String countryName(Origin origin) {
    List<String> words = canonicalPlaceWords.getOrDefault(origin, placeWords.get(origin));
    if (!origin.isCountry() || words == null || words.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String w : words.get(0).split(" ")) {
      b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  /**
   * Whether the full stop at {@code dot} of {@code text} stands inside the name of a source that has
   * one ("Citizen. Army. Law"), where no sentence ends.
   */
  public boolean inDottedName(String text, int dot) {
    for (String n : dottedNames) {
      for (int p = n.indexOf(". "); p >= 0; p = n.indexOf(". ", p + 1)) {
        if (text.startsWith(n, dot - p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the sources whose lower-case canonical name contains {@code keyword}, sorted by name. */
  public List<Map.Entry<String, Source>> sourcesWithKeyword(String keyword) {
    List<Map.Entry<String, Source>> known = sourcesByKeyword.get(keyword);
    if (known != null) {
      return known;
    }
    List<Map.Entry<String, Source>> list = new ArrayList<>();
    for (Map.Entry<String, Source> e : sourcesLower) {
      if (e.getKey().contains(keyword)) {
        list.add(e);
      }
    }
    return List.copyOf(list);
  }

  /** Returns the cohort of one origin, the same instance each time for the place table's origins. */
  public RecruitCohort cohortOf(Origin origin) {
    RecruitCohort c = cohorts.get(origin);
    return c != null ? c : RecruitCohort.of(List.of(origin));
  }

  private void loadPhrases(String dir) {
    Lexicon l = this;
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
    Map<Origin, List<String>> demonyms = new LinkedHashMap<>();
    read(dir + "places.tsv", 2, f -> {
      Origin o = Origin.of(f[0]);
      List<String> words = l.placeWords.computeIfAbsent(o, k -> new ArrayList<>());
      for (String name : f[1].split("\\|")) {
        if (!name.isBlank()) {
          l.places.put(name.trim(), new Place(o, false));
          words.add(name.trim().toLowerCase(Locale.ROOT));
        }
      }
      if (f.length > 2) {
        for (String d : f[2].split("\\|")) {
          if (!d.isBlank()) {
            l.places.put(d.trim(), new Place(o, true));
            words.add(d.trim().toLowerCase(Locale.ROOT));
            demonyms.computeIfAbsent(o, k -> new ArrayList<>()).add(d.trim());
          }
        }
      }
    });
    if (language.equals("en")) {
      composeCurrencies(demonyms);
    }
  }

  /**
   * Adds, after the currency file's own rows, each country's adjective before the plain name of the
   * currency it uses today, in the singular and the plural, as ICU's English names give them
   * ("Iraqi dinar", "Iraqi dinars", "Peruvian soles", "Argentine pesos"): a currency written so
   * needs no row of its own. A name the file already has keeps the file's currency.
   */
  private void composeCurrencies(Map<Origin, List<String>> demonyms) {
    java.util.Date today = new java.util.Date();
    demonyms.forEach((o, adjectives) -> {
      if (!o.isCountry()) {
        return;
      }
      String[] used = com.ibm.icu.util.Currency.getAvailableCurrencyCodes(
          new com.ibm.icu.util.ULocale("und_" + o.code()), today);
      if (used == null) {
        return;
      }
      for (String code : used) {
        com.ibm.icu.util.Currency c = com.ibm.icu.util.Currency.getInstance(code);
        Money m = new Money(Currency.getInstance(code), Position.AFTER);
        String one = lastWord(c.getName(com.ibm.icu.util.ULocale.ENGLISH, com.ibm.icu.util.Currency.LONG_NAME, null));
        String many = lastWord(c.getName(com.ibm.icu.util.ULocale.ENGLISH, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "other", null));
        for (String adjective : adjectives) {
          // "Iraqis" is the people, not the adjective; "Swiss" is both
          boolean people = adjective.endsWith("s") && adjectives.contains(adjective.substring(0, adjective.length() - 1));
          if (Character.isUpperCase(adjective.charAt(0)) && !people) {
            money.put(adjective + " " + one, m);
            money.put(adjective + " " + many, m);
          }
        }
      }
    });
  }

  /** The last word of a currency's name, in lower case: "Iraqi Dinar" gives "dinar". */
  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /** Reads the English place words of the sources' canonical names, and this language's own. */
  private void loadCanonicalPlaceWords(String dir) {
    Consumer<String[]> row = f -> {
      List<String> words = canonicalPlaceWords.computeIfAbsent(Origin.of(f[0]), k -> new ArrayList<>());
      for (int col = 1; col < Math.min(3, f.length); col++) {
        for (String w : f[col].split("\\|")) {
          if (!w.isBlank()) {
            words.add(w.trim().toLowerCase(Locale.ROOT));
          }
        }
      }
    };
    read(BASE + "en/places.tsv", 2, row);
    if (!dir.equals(BASE + "en/")) {
      read(dir + "places.tsv", 2, row);
    }
  }

  private void loadSources(String dir) {
    Lexicon l = this;
    read(dir + "generic-sources.tsv", 2, f -> {
      l.genericSources.put(f[0], f[1]);
      if (f.length > 2 && !f[2].isBlank()) {
        l.formalBodies.put(f[1], f[2].trim());
      }
    });
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
      List<String> names = new ArrayList<>(clean);
      names.add(s.name());
      for (String n : names) {
        if (n.contains(". ")) {
          l.dottedNames.add(n);
        }
      }
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
        .forEach(src -> l.sourcesLower.add(Map.entry(src.name().toLowerCase(Locale.ROOT), src)));
    java.util.Set<String> keywords = new java.util.TreeSet<>();
    read(dir + "generic-sources.tsv", 2, f -> keywords.add(f[1]));
    for (String k : keywords) {
      sourcesByKeyword.put(k, sourcesWithKeyword(k));
    }
  }

  private static void read(String resource, int minFields, Consumer<String[]> row) {
    LexiconFile.read(resource, minFields, row);
  }


}

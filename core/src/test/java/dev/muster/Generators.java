package dev.muster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * A seeded, reproducible source of valid domain values for property tests. The same seed always
 * gives the same values, so a failing case is rerun with {@code -Dmuster.seed=N}; the number of
 * seeds per property is {@link #CASES} ({@code -Dmuster.cases=N}): 100 by default, which covers the
 * same lines and branches of the main code as 300 (JaCoCo), so more only costs time.
 *
 * <p>Every value is built through the public factories and builders, so it satisfies the
 * invariants. Numbers are sometimes given in an unnormalised form ({@code 1.5E+6},
 * {@code 1500.000}) to exercise normalisation.
 */
public final class Generators {

  /** How many seeds each property runs over. */
  static final int CASES = Integer.getInteger("muster.cases", 100);

  private static final List<String> COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).sorted().collect(Collectors.toList());
  private static final List<String> REGIONS =
      Origin.REGIONS.stream().sorted().collect(Collectors.toList());
  private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .sorted(Comparator.comparing(Currency::getCurrencyCode))
      .collect(Collectors.toList());
  private static final List<String> WORDS = List.of(
      "Russia", "recruited", "over", "1,500", "Nepali", "citizens", "about", "10,000", "killed",
      "according", "to", "the", "UK", "Ministry", "of", "Defence", "highly", "likely",
      "Вагнер", "мобилизация", "नेपाल", "ভারত", "तक़रीबन", "😀", "𝟙𝟘𝟘", "\"quoted\"",
      "back\\slash", "tab\there", "line\nbreak", "\u2028", "é", "e\u0301", "$3,000", "₹1.95",
      "</script>", "{\"@class\":\"x\"}", "null");
  private static final List<String> SOURCE_NAMES = List.of(
      "UK Ministry of Defence", "Vazhnye Istorii", "Mediazona", "BBC Russian", "ISW",
      "Ukrainian Defence Intelligence (HUR)", "Кремль", "Reuters", "Nepal Ministry of Foreign Affairs",
      "The Kathmandu Post", "Chatham House", "  padded name  ");
  private static final List<String> DOCUMENTS = List.of(
      "a.txt", "corpus/2024/article-17.txt", "/data/in/bbc-nepal.txt", "news report.txt",
      "уведомление.txt", "dir.with.dots/x");

  private final SplittableRandom random;

  public Generators(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Returns the seeds a property runs over: {@code -Dmuster.seed=N} alone, else 0..CASES-1. */
  public static LongStream seeds() {
    String one = System.getProperty("muster.seed");
    return one == null ? LongStream.range(0, CASES) : LongStream.of(Long.parseLong(one));
  }

  boolean chance() {
    return random.nextBoolean();
  }

  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  /** Returns a whole number in 0..10^15, sometimes written as 1.5E+6 or 1500.000. */
  BigDecimal count() {
    long n;
    switch (random.nextInt(6)) {
      case 0: n = random.nextLong(0, 1_000); break;
      case 1: n = random.nextLong(0, 100_000); break;
      case 2: n = random.nextLong(0, Quantity.MAX.longValueExact() + 1); break;
      case 3: return pick(List.of(BigDecimal.ZERO, Quantity.MAX, BigDecimal.TEN.pow(12)));
      case 4: return BigDecimal.valueOf(random.nextLong(1, 100), -random.nextInt(1, 13));
      default: return BigDecimal.valueOf(random.nextLong(0, 100_000)).setScale(random.nextInt(1, 4));
    }
    return BigDecimal.valueOf(n);
  }

  /** Returns an amount of money: up to 10^12 with up to four decimals. */
  BigDecimal money() {
    int scale = random.nextInt(0, 5);
    return BigDecimal.valueOf(random.nextLong(0, BigDecimal.TEN.pow(12 + scale).longValueExact() + 1), scale);
  }

  Currency currency() {
    return chance() ? pick(CURRENCIES)
        : Currency.getInstance(pick(List.of("USD", "RUB", "BDT", "INR", "NPR", "EUR")));
  }

  /** Returns a quantity of people or, when {@code money}, of money with a unit. */
  Quantity quantity(boolean money) {
    Qualifier q = pick(Qualifier.class);
    BigDecimal a = money ? money() : count();
    BigDecimal b = money ? money() : count();
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    Quantity.Builder builder = Quantity.builder();
    builder.qualifier(q);
    if (q.isPoint()) {
      builder.low(a).high(a);
    } else {
      if (q.hasLow()) {
        builder.low(low);
      }
      if (q.hasHigh()) {
        builder.high(high);
      }
    }
    if (money) {
      builder.unit(currency());
    }
    if (chance()) {
      builder.per(pick(Per.class));
    }
    return builder.build();
  }

  Quantity quantity() {
    return quantity(chance());
  }

  /** Returns a day, month or year in 1990..2035 as a period. */
  private Period atom() {
    int year = between(1990, 2035);
    switch (random.nextInt(3)) {
      case 0: return Period.ofYear(Year.of(year));
      case 1: return Period.ofMonth(YearMonth.of(year, between(1, 12)));
      default: return Period.ofDay(LocalDate.ofYearDay(year, between(1, Year.of(year).length())));
    }
  }

  Period period() {
    Period first = atom();
    switch (random.nextInt(4)) {
      case 0: return first;
      case 1: return Period.until(first);
      case 2: return Period.since(first);
      default:
        Period last = atom();
        return first.start().get().isAfter(last.end().get())
            ? Period.between(last, first) : Period.between(first, last);
    }
  }

  Origin origin() {
    switch (random.nextInt(4)) {
      case 0: return Origin.FOREIGN;
      case 1: return Origin.of(pick(REGIONS));
      default: return Origin.of(pick(COUNTRIES));
    }
  }

  RecruitCohort cohort() {
    RecruitCohort.Builder b = RecruitCohort.builder();
    for (int i = random.nextInt(4); i > 0; i--) {
      b.addOrigins(origin());
    }
    if (chance()) {
      b.category(pick(CohortCategory.class));
    }
    int min = between(0, 130);
    int max = between(min, 130);
    if (chance()) {
      b.minAge(min);
    }
    if (chance()) {
      b.maxAge(max);
    }
    if (chance()) {
      b.recruitedIn(pick(List.of("Moscow", "Kathmandu", "Rostov-on-Don", "Дели")));
    }
    return b.build();
  }

  Source source() {
    Source.Builder b = Source.builder().name(pick(SOURCE_NAMES));
    if (chance()) {
      b.kind(pick(SourceKind.class));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addAliases(pick(WORDS));
    }
    return b.build();
  }

  Attribution attribution() {
    List<Source> chain = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      chain.add(source());
    }
    return Attribution.of(chain);
  }

  Likelihood likelihood() {
    return pick(Likelihood.class);
  }

  String documentId() {
    return pick(DOCUMENTS);
  }

  /** Returns text of 1..40 words, joined by spaces, with non-ASCII and JSON-hostile words. */
  String text() {
    List<String> words = new ArrayList<>();
    for (int i = between(1, 40); i > 0; i--) {
      words.add(pick(WORDS));
    }
    return String.join(" ", words);
  }

  /** Returns the evidence of a span of a generated text, cut between words. */
  Evidence evidence(String documentId) {
    String text = text();
    int start = cut(text);
    int end = cut(text);
    return Evidence.of(documentId, text, Math.min(start, end), Math.max(start, end));
  }

  /** Returns an offset of {@code text} next to a space, or an end of it. */
  private int cut(String text) {
    int at = text.indexOf(' ', random.nextInt(text.length() + 1));
    return at < 0 ? text.length() : at;
  }

  Estimate estimate(String documentId) {
    Measure measure = pick(Measure.class);
    Evidence evidence = evidence(documentId);
    String t = evidence.text();
    int a = random.nextInt(t.length() + 1);
    int z = random.nextInt(t.length() + 1);
    String mention = t.substring(Math.min(a, z), Math.max(a, z));
    Estimate.Builder b = Estimate.builder()
        .documentId(documentId)
        .quantity(quantity(measure.isMoney()))
        .measure(measure)
        .mention(mention)
        .evidence(evidence);
    if (chance()) {
      b.cohort(cohort());
    }
    if (chance()) {
      b.period(period());
    }
    if (chance()) {
      b.attribution(attribution());
    }
    if (chance()) {
      b.likelihood(likelihood());
    }
    return b.build();
  }

  public Estimate estimate() {
    return estimate(documentId());
  }

  Problem problem(String documentId) {
    ProblemKind kind = pick(ProblemKind.class);
    return chance() ? Problem.of(documentId, kind, text())
        : Problem.at(documentId, between(0, 1_000_000), kind, text());
  }

  Problem problem() {
    return problem(documentId());
  }

  Report report() {
    String id = documentId();
    Report.Builder b = Report.builder().id(id);
    if (chance()) {
      b.title(text());
    }
    if (chance()) {
      b.published(LocalDate.ofEpochDay(between(7000, 24000)));
    }
    if (chance()) {
      b.dateSource(pick(List.of(DateSource.values())));
    }
    if (chance()) {
      b.publisher(pick(SOURCE_NAMES));
    }
    if (chance()) {
      b.language(pick(List.of("en", "uk", "ru", "ne", "hi")));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      b.addEstimates(estimate(id));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addProblems(problem(id));
    }
    return b.build();
  }
}

package dev.muster.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
import dev.muster.Qualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules every hand-written expected record obeys (spec fixtures, the samples' gold), as the
 * evaluation contract states them: known vocabularies, bounds that fit the qualifier, a unit
 * only on money, dates as {@code YYYY-MM-DD}, and a mention that occurs verbatim in its text. A
 * record may leave fields out (a spec case compares only the fields it lists); a field it has
 * must be right.
 */
public final class RecordRules {

  /** The fields of a gold record, in order. */
  public static final List<String> GOLD_FIELDS = List.of("document", "measure", "low", "high",
      "qualifier", "unit", "per", "origin", "period", "sources", "likelihood", "mention");

  private static final Set<String> MEASURES = names(Measure.values());
  private static final Set<String> QUALIFIERS = names(Qualifier.values());
  private static final Set<String> PERS = names(Per.values());
  private static final Set<String> LIKELIHOODS = Arrays.stream(Likelihood.values())
      .map(Likelihood::term).collect(Collectors.toSet());

  private RecordRules() {}

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }

  /**
   * Returns what is wrong with a record, each as a short phrase; empty when nothing is.
   *
   * @param r the record, not null
   * @param text the text it was read from, not null
   */
  public static List<String> check(JsonNode r, String text) {
    List<String> errors = new ArrayList<>();
    String measure = r.path("measure").asText(null);
    String qualifier = r.path("qualifier").asText(null);
    if (measure != null && !MEASURES.contains(measure)) {
      errors.add("unknown measure " + measure);
    }
    if (qualifier != null && !QUALIFIERS.contains(qualifier)) {
      errors.add("unknown qualifier " + qualifier);
    }
    if (r.has("low") && r.has("high") && qualifier != null) {
      bounds(number(r.get("low")), number(r.get("high")), qualifier, errors);
    }
    if (r.hasNonNull("per") && !PERS.contains(r.get("per").asText())) {
      errors.add("unknown per " + r.get("per").asText());
    }
    if (r.hasNonNull("likelihood") && !LIKELIHOODS.contains(r.get("likelihood").asText())) {
      errors.add("not a yardstick term: " + r.get("likelihood").asText());
    }
    if ("PAYMENT".equals(measure) && r.has("unit") && !r.hasNonNull("unit")) {
      errors.add("payment without a unit");
    }
    if (measure != null && !"PAYMENT".equals(measure) && r.hasNonNull("unit")) {
      errors.add("a unit on a count of people");
    }
    for (JsonNode o : r.path("origin")) {
      try {
        Origin.of(o.asText());
      } catch (IllegalArgumentException e) {
        errors.add("bad origin " + o);
      }
    }
    if (r.has("origin") && !r.get("origin").isArray()) {
      errors.add("origin is not a list");
    }
    if (r.has("sources") && !r.get("sources").isArray()) {
      errors.add("sources is not a list");
    }
    period(r.get("period"), errors);
    String mention = r.path("mention").asText(null);
    if (mention != null && !text.contains(mention)) {
      errors.add("mention not in the text: '" + mention + "'");
    }
    return errors;
  }

  private static BigDecimal number(JsonNode n) {
    return n == null || n.isNull() ? null : new BigDecimal(n.asText());
  }

  private static void bounds(BigDecimal low, BigDecimal high, String qualifier, List<String> errors) {
    if (low != null && high != null && low.compareTo(high) > 0) {
      errors.add("low > high");
    }
    boolean ok = switch (qualifier) {
      case "EXACT", "APPROXIMATE" -> low != null && high != null && low.compareTo(high) == 0;
      case "MORE_THAN", "AT_LEAST" -> low != null && high == null;
      case "LESS_THAN", "AT_MOST" -> low == null && high != null;
      case "RANGE", "MAGNITUDE" -> low != null && high != null;
      default -> true;
    };
    if (!ok) {
      errors.add("bounds " + low + ".." + high + " do not fit " + qualifier);
    }
  }

  private static void period(JsonNode p, List<String> errors) {
    if (p == null || p.isNull()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    p.fieldNames().forEachRemaining(keys::add);
    if (!Set.copyOf(keys).equals(Set.of("start", "end"))) {
      errors.add("period has fields " + keys + ", expected start and end");
      return;
    }
    for (String k : List.of("start", "end")) {
      JsonNode d = p.get(k);
      if (!d.isNull()) {
        try {
          LocalDate.parse(d.asText());
        } catch (DateTimeParseException e) {
          errors.add("period " + k + " is not a date YYYY-MM-DD: " + d.asText());
        }
      }
    }
  }
}

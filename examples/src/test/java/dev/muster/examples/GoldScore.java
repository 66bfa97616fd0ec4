package dev.muster.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The evaluation contract's scoring of an export against hand-written gold (the section Scoring of
 * the guideline): a prediction matches a gold record of the same document when low, high, unit
 * and per are equal, or when both are {@code MAGNITUDE} and their intervals overlap; predictions
 * are first reduced to one per document, bounds, unit, rate and measure; pairs are made first
 * among records of the same measure, then among any, in file order. On matched pairs it counts
 * how often measure, qualifier, origin (as a set), period (month precision, where gold has one),
 * sources (as sets of canonical names) and likelihood agree, and whether each prediction's
 * evidence text equals its document's characters at its offsets (1 when there are no
 * predictions: no span is wrong).
 *
 * <p>Immutable and thread-safe.
 */
final class GoldScore {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\w/']+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The figures of one scoring, unrounded. */
  record Figures(int documents, int gold, int predicted, double precision, double recall, double f1,
      double strictF1, Map<String, Double> attributes, double sourceNamesF1, double evidenceExact) {

    /** Returns the figures as score.py prints them with {@code --json}, rounded to 3 places. */
    String summary() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
          "documents %d gold %d predicted %d precision %.3f recall %.3f f1 %.3f strict_f1 %.3f",
          documents, gold, predicted, precision, recall, f1, strictF1));
      attributes.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %.3f", k, v)));
      return s.append(String.format(Locale.ROOT, " source_names_f1 %.3f evidence_exact %.3f",
          sourceNamesF1, evidenceExact)).toString();
    }
  }

  private final Map<String, String> canonical;

  /**
   * @param aliases canonical source name of each name (canonical names included), not null; names
   *     are looked up after normalising (lower case, no leading "the", punctuation as spaces)
   */
  GoldScore(Map<String, String> aliases) {
    Map<String, String> table = new LinkedHashMap<>();
    aliases.forEach((name, canon) -> table.put(normName(name), canon));
    this.canonical = Map.copyOf(table);
  }

  /** Returns a name lower-cased, without a leading "the", punctuation runs as one space. */
  static String normName(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
    if (t.startsWith("the ")) {
      t = t.substring(4);
    }
    return NOT_WORD.matcher(t).replaceAll(" ").strip();
  }

  private String canon(String name) {
    String n = normName(name);
    return canonical.getOrDefault(n, n);
  }

  /**
   * Scores predictions against gold.
   *
   * @param gold each document's gold records, keyed by file name
   * @param predictions the export, in its order; records of documents without gold are ignored
   * @param texts each document's decoded text (without a byte order mark), keyed by file name
   */
  Figures score(Map<String, List<JsonNode>> gold, List<JsonNode> predictions, Map<String, String> texts) {
    Map<String, List<JsonNode>> preds = new TreeMap<>();
    Set<List<Object>> seen = new HashSet<>();
    for (JsonNode p : predictions) {
      String doc = baseName(p.path("document").asText(""));
      if (!gold.containsKey(doc)) {
        continue;
      }
      List<Object> key = new ArrayList<>(key(p));
      key.add(0, doc);
      key.add(text(p, "measure"));
      if (seen.add(key)) {
        preds.computeIfAbsent(doc, d -> new ArrayList<>()).add(p);
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int strict = 0;
    int srcTp = 0;
    int srcFp = 0;
    int srcFn = 0;
    int evOk = 0;
    int evAll = 0;
    Map<String, int[]> agree = new TreeMap<>();
    for (String doc : new TreeSet<>(gold.keySet())) {
      List<JsonNode> gLeft = new ArrayList<>(gold.get(doc));
      List<JsonNode> pLeft = new ArrayList<>(preds.getOrDefault(doc, List.of()));
      List<JsonNode[]> pairs = new ArrayList<>();
      for (boolean sameMeasure : new boolean[] {true, false}) {
        for (JsonNode g : List.copyOf(gLeft)) {
          for (JsonNode p : pLeft) {
            if (matches(g, p) && (!sameMeasure || Objects.equals(text(g, "measure"), text(p, "measure")))) {
              pairs.add(new JsonNode[] {g, p});
              gLeft.remove(g);
              pLeft.remove(p);
              break;
            }
          }
        }
      }
      tp += pairs.size();
      fn += gLeft.size();
      fp += pLeft.size();
      for (JsonNode[] pair : pairs) {
        JsonNode g = pair[0];
        JsonNode p = pair[1];
        Map<String, Boolean> ok = new LinkedHashMap<>();
        ok.put("measure", Objects.equals(text(g, "measure"), text(p, "measure")));
        ok.put("qualifier", Objects.equals(text(g, "qualifier"), text(p, "qualifier")));
        ok.put("origin", strings(g, "origin", UnaryOperator.identity())
            .equals(strings(p, "origin", UnaryOperator.identity())));
        ok.put("likelihood", Objects.equals(text(g, "likelihood"), text(p, "likelihood")));
        JsonNode gp = g.path("period");
        if (gp.isObject() && gp.size() > 0) {
          JsonNode pp = p.path("period");
          ok.put("period", Objects.equals(month(gp.path("start")), month(pp.path("start")))
              && Objects.equals(month(gp.path("end")), month(pp.path("end"))));
        }
        Set<String> gs = strings(g, "sources", this::canon);
        Set<String> ps = strings(p, "sources", this::canon);
        ok.put("sources", gs.equals(ps));
        Set<String> both = new HashSet<>(gs);
        both.retainAll(ps);
        srcTp += both.size();
        srcFp += ps.size() - both.size();
        srcFn += gs.size() - both.size();
        ok.forEach((name, v) -> {
          int[] a = agree.computeIfAbsent(name, n -> new int[2]);
          a[0] += v ? 1 : 0;
          a[1]++;
        });
        if (ok.get("measure") && ok.get("origin")) {
          strict++;
        }
      }
      String text = texts.get(doc);
      if (text != null) {
        for (JsonNode p : preds.getOrDefault(doc, List.of())) {
          evAll++;
          JsonNode ev = p.path("evidence");
          int start = ev.path("start").asInt(-1);
          int end = ev.path("end").asInt(-1);
          if (ev.path("start").isInt() && ev.path("end").isInt() && 0 <= start && start <= end
              && end <= text.length() && text.substring(start, end).equals(ev.path("text").asText(null))) {
            evOk++;
          }
        }
      }
    }
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, tp + fn);
    double sp = ratio(strict, tp + fp);
    double sr = ratio(strict, tp + fn);
    Map<String, Double> attributes = new TreeMap<>();
    agree.forEach((name, a) -> attributes.put(name, ratio(a[0], a[1])));
    return new Figures(gold.size(), tp + fn, tp + fp, precision, recall, harmonic(precision, recall),
        harmonic(sp, sr), attributes, ratio(2 * srcTp, 2 * srcTp + srcFp + srcFn),
        evAll == 0 ? 1.0 : ratio(evOk, evAll));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double harmonic(double a, double b) {
    return a + b == 0 ? 0.0 : 2 * a * b / (a + b);
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Returns a field's text, or null when absent, null or empty (Python's {@code or None}). */
  private static String text(JsonNode r, String field) {
    JsonNode n = r.get(field);
    return n == null || n.isNull() || n.asText().isEmpty() ? null : n.asText();
  }

  private static Double number(JsonNode r, String field) {
    JsonNode n = r.get(field);
    return n == null || n.isNull() ? null : n.asDouble();
  }

  private static List<Object> key(JsonNode r) {
    return java.util.Arrays.asList(number(r, "low"), number(r, "high"), text(r, "unit"), text(r, "per"));
  }

  private static boolean matches(JsonNode g, JsonNode p) {
    if (key(g).equals(key(p))) {
      return true;
    }
    return "MAGNITUDE".equals(text(g, "qualifier")) && "MAGNITUDE".equals(text(p, "qualifier"))
        && overlaps(g, p);
  }

  private static boolean overlaps(JsonNode g, JsonNode p) {
    Double glo = number(g, "low");
    Double ghi = number(g, "high");
    Double plo = number(p, "low");
    Double phi = number(p, "high");
    if (glo == null || ghi == null || plo == null || phi == null) {
      return false;
    }
    return plo <= ghi && glo <= phi && Objects.equals(text(g, "unit"), text(p, "unit"));
  }

  private static String month(JsonNode date) {
    return date.isMissingNode() || date.isNull() ? null
        : date.asText().substring(0, Math.min(7, date.asText().length()));
  }

  private static Set<String> strings(JsonNode r, String field, UnaryOperator<String> f) {
    Set<String> s = new HashSet<>();
    r.path(field).forEach(x -> s.add(f.apply(x.asText())));
    return s;
  }
}

package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.muster.export.RecordRules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The extractor's output on the bundled samples, scored against their hand-written gold
 * ({@code src/main/resources/samples/gold}, one {@code NAME.gold.jsonl} per article
 * {@code docs/NAME.txt}) with the evaluation contract's rules ({@link GoldScore}).
 *
 * <p>The samples are scored in forty-four groups: 01-10, short English articles with a date
 * line; 11-22, 23-28, 45-52, 61-66, 71-76, 81-86, 91-96, 101-106, 111-116, 121-126, 131-140,
 * 147-156, 163-174, 175-194, 195-202, 203-214, 215-226, 227-238, 239-250, 251-262, 263-274,
 * 275-286, 287-298, 299-310, 311-322, 323-334, 335-346, 347-358, 359-370 and 371-382, English
 * articles laid out like real pages; 31-38, 41-44, 53-60, 67-70, 77-80, 87-90, 97-100, 107-110,
 * 117-120, 127-130, 141-146 and 157-162, articles in Russian, Ukrainian, German and Italian. The
 * rules were tuned on the error classes of 01-346, each class with spec fixtures of its own
 * wording; 347-370 were written, with their gold, before the rules made from 335-346, and one rule
 * only (ages are not counts) was written after their errors were seen; 371-382 were written after
 * every rule was in, and no rule has been written from their errors: they show what articles
 * nobody has seen give.
 * Each figure of each group has a floor: the test fails when a figure falls below
 * it, and also when it rises more than {@link #SLACK} above it, so that an improvement is written
 * down by raising the floor (to the figure the failure prints) and cannot be lost later. Floors
 * only rise.
 */
class SamplesGoldTest {

  /** How far a figure may rise above its floor before the floor must be raised. */
  static final double SLACK = 0.02;

  /** A group of samples, by the number their file names start with, and its floors. */
  record Group(String name, int first, int last, Map<String, Double> floors) {
    boolean contains(String document) {
      int n = Integer.parseInt(document.substring(0, document.indexOf('-')));
      return n >= first && n <= last;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The floors of each group; raise one when the test says so, never lower one. */
  static final List<Group> GROUPS = List.of(
      new Group("samples 01-10", 1, 10, floors(
          "precision", 0.989, "recall", 0.989, "f1", 0.979, "strict_f1", 0.963,
          "measure", 0.989, "qualifier", 1.0, "origin", 0.968, "period", 0.925, "sources", 0.968,
          "likelihood", 0.989, "source_names_f1", 0.981, "evidence_exact", 1.0)),
      new Group("samples 11-22", 11, 22, floors(
          "precision", 0.993, "recall", 0.986, "f1", 0.989, "strict_f1", 0.924,
          "measure", 0.978, "qualifier", 1.0, "origin", 0.949, "period", 0.839, "sources", 0.985,
          "likelihood", 1.0, "source_names_f1", 0.99, "evidence_exact", 1.0)),
      new Group("samples 23-28", 23, 28, floors(
          "precision", 1.0, "recall", 0.978, "f1", 0.989, "strict_f1", 0.923,
          "measure", 1.0, "qualifier", 1.0, "origin", 0.929, "period", 0.885, "sources", 0.956,
          "likelihood", 1.0, "source_names_f1", 0.963, "evidence_exact", 1.0)),
      new Group("samples 31-38", 31, 38, floors(
          "precision", 1.0, "recall", 0.963, "f1", 0.981, "strict_f1", 0.915,
          "measure", 0.972, "qualifier", 1.0, "origin", 0.948, "period", 0.969, "sources", 0.877,
          "likelihood", 1.0, "source_names_f1", 0.866, "evidence_exact", 1.0)),
      new Group("samples 41-44", 41, 44, floors(
          "precision", 1.0, "recall", 1.0, "f1", 1.0, "strict_f1", 0.9,
          "measure", 1.0, "qualifier", 1.0, "origin", 0.9, "period", 0.929, "sources", 1.0,
          "likelihood", 1.0, "source_names_f1", 1.0, "evidence_exact", 1.0)),
      new Group("samples 45-52", 45, 52, floors(
          "precision", 0.958, "recall", 0.946, "f1", 0.959, "strict_f1", 0.806,
          "measure", 0.926, "qualifier", 1.0, "origin", 0.912, "period", 0.886, "sources", 0.912,
          "likelihood", 0.985, "source_names_f1", 0.904, "evidence_exact", 1.0)),
      new Group("samples 53-56", 53, 56, floors(
          "precision", 1.0, "recall", 0.839, "f1", 0.912, "strict_f1", 0.807,
          "measure", 0.885, "qualifier", 1.0, "origin", 1.0, "period", 0.75, "sources", 0.731,
          "likelihood", 1.0, "source_names_f1", 0.684, "evidence_exact", 1.0)),
      new Group("samples 57-60", 57, 60, floors(
          "precision", 1.0, "recall", 0.879, "f1", 0.918, "strict_f1", 0.871,
          "measure", 1.0, "qualifier", 1.0, "origin", 0.929, "period", 0.857, "sources", 0.857,
          "likelihood", 1.0, "source_names_f1", 0.867, "evidence_exact", 1.0)),
      new Group("samples 61-66", 61, 66, floors(
          "precision", 1.0, "recall", 0.849, "f1", 0.918, "strict_f1", 0.755,
          "measure", 0.953, "qualifier", 1.0, "origin", 0.837, "period", 0.81, "sources", 1.0,
          "likelihood", 0.977, "source_names_f1", 0.984, "evidence_exact", 1.0)),
      new Group("samples 67-70", 67, 70, floors(
          "precision", 0.973, "recall", 0.878, "f1", 0.923, "strict_f1", 0.795,
          "measure", 0.944, "qualifier", 1.0, "origin", 0.917, "period", 0.9, "sources", 0.611,
          "likelihood", 1.0, "source_names_f1", 0.571, "evidence_exact", 1.0)),
      new Group("samples 71-76", 71, 76, floors(
          "precision", 0.964, "recall", 0.946, "f1", 0.955, "strict_f1", 0.927,
          "measure", 0.981, "qualifier", 1.0, "origin", 0.962, "period", 0.943, "sources", 0.962,
          "likelihood", 0.981, "source_names_f1", 0.977, "evidence_exact", 1.0)),
      new Group("samples 77-80", 77, 80, floors(
          "precision", 1.0, "recall", 0.974, "f1", 0.974, "strict_f1", 0.909,
          "measure", 0.946, "qualifier", 1.0, "origin", 0.947, "period", 1.0, "sources", 0.892,
          "likelihood", 1.0, "source_names_f1", 0.929, "evidence_exact", 1.0)),
      new Group("samples 81-86", 81, 86, floors(
          "precision", 0.982, "recall", 0.982, "f1", 0.982, "strict_f1", 0.877,
          "measure", 0.964, "qualifier", 1.0, "origin", 0.911, "period", 0.96, "sources", 0.964,
          "likelihood", 1.0, "source_names_f1", 0.977, "evidence_exact", 1.0)),
      new Group("samples 87-90", 87, 90, floors(
          "precision", 1.0, "recall", 0.923, "f1", 0.96, "strict_f1", 0.933,
          "measure", 1.0, "qualifier", 1.0, "origin", 0.972, "period", 0.875, "sources", 0.917,
          "likelihood", 1.0, "source_names_f1", 0.935, "evidence_exact", 1.0)),
      new Group("samples 91-96", 91, 96, floors(
          "precision", 0.967, "recall", 0.945, "f1", 0.95, "strict_f1", 0.895,
          "measure", 0.971, "qualifier", 1.0, "origin", 0.971, "period", 1.0, "sources", 0.912,
          "likelihood", 1.0, "source_names_f1", 0.917, "evidence_exact", 1.0)),
      new Group("samples 97-100", 97, 100, floors(
          "precision", 1.0, "recall", 0.971, "f1", 0.986, "strict_f1", 0.87,
          "measure", 0.909, "qualifier", 1.0, "origin", 0.971, "period", 0.905, "sources", 0.938,
          "likelihood", 1.0, "source_names_f1", 0.957, "evidence_exact", 1.0)),
      new Group("samples 101-106", 101, 106, floors(
          "precision", 0.951, "recall", 0.984, "f1", 0.976, "strict_f1", 0.918,
          "measure", 0.966, "qualifier", 1.0, "origin", 0.983, "period", 0.938, "sources", 0.949,
          "likelihood", 1.0, "source_names_f1", 0.949, "evidence_exact", 1.0)),
      new Group("samples 107-110", 107, 110, floors(
          "precision", 1.0, "recall", 0.97, "f1", 0.985, "strict_f1", 0.892,
          "measure", 0.938, "qualifier", 1.0, "origin", 0.938, "period", 1.0, "sources", 1.0,
          "likelihood", 1.0, "source_names_f1", 1.0, "evidence_exact", 1.0)),
      new Group("samples 111-116", 111, 116, floors(
          "precision", 0.965, "recall", 0.932, "f1", 0.948, "strict_f1", 0.821,
          "measure", 0.927, "qualifier", 1.0, "origin", 0.927, "period", 0.972, "sources", 0.891,
          "likelihood", 1.0, "source_names_f1", 0.943, "evidence_exact", 1.0)),
      new Group("samples 117-120", 117, 120, floors(
          "precision", 0.969, "recall", 0.886, "f1", 0.925, "strict_f1", 0.806,
          "measure", 0.903, "qualifier", 1.0, "origin", 0.968, "period", 0.9, "sources", 0.839,
          "likelihood", 1.0, "source_names_f1", 0.842, "evidence_exact", 1.0)),
      new Group("samples 121-126", 121, 126, floors(
          "precision", 1.0, "recall", 0.945, "f1", 0.981, "strict_f1", 0.936,
          "measure", 1.0, "qualifier", 1.0, "origin", 0.942, "period", 0.952, "sources", 0.962,
          "likelihood", 1.0, "source_names_f1", 0.971, "evidence_exact", 1.0)),
      new Group("samples 127-130", 127, 130, floors(
          "precision", 1.0, "recall", 0.972, "f1", 0.986, "strict_f1", 0.901,
          "measure", 0.971, "qualifier", 1.0, "origin", 0.943, "period", 0.938, "sources", 0.829,
          "likelihood", 1.0, "source_names_f1", 0.88, "evidence_exact", 1.0)),
      new Group("samples 131-140", 131, 140, floors(
          "precision", 0.982, "recall", 0.973, "f1", 0.977, "strict_f1", 0.937,
          "measure", 0.972, "qualifier", 1.0, "origin", 0.963, "period", 0.943, "sources", 1.0,
          "likelihood", 0.99, "source_names_f1", 1.0, "evidence_exact", 1.0)),
      new Group("samples 141-146", 141, 146, floors(
          "precision", 1.0, "recall", 0.919, "f1", 0.958, "strict_f1", 0.824,
          "measure", 0.912, "qualifier", 1.0, "origin", 0.947, "period", 0.844, "sources", 0.719,
          "likelihood", 1.0, "source_names_f1", 0.742, "evidence_exact", 1.0)),
      new Group("samples 147-156", 147, 156, floors(
          "precision", 0.96, "recall", 0.99, "f1", 0.974, "strict_f1", 0.749,
          "measure", 0.926, "qualifier", 1.0, "origin", 0.832, "period", 0.967, "sources", 0.884,
          "likelihood", 1.0, "source_names_f1", 0.906, "evidence_exact", 1.0)),
      new Group("samples 157-162", 157, 162, floors(
          "precision", 0.983, "recall", 0.952, "f1", 0.967, "strict_f1", 0.738,
          "measure", 0.898, "qualifier", 1.0, "origin", 0.78, "period", 0.913, "sources", 0.678,
          "likelihood", 0.983, "source_names_f1", 0.697, "evidence_exact", 1.0)),
      new Group("samples 163-174", 163, 174, floors(
          "precision", 0.971, "recall", 0.972, "f1", 0.953, "strict_f1", 0.851,
          "measure", 0.919, "qualifier", 1.0, "origin", 0.932, "period", 0.952, "sources", 0.88,
          "likelihood", 0.992, "source_names_f1", 0.884, "evidence_exact", 1.0)),
      new Group("samples 175-194", 175, 194, floors(
          "precision", 0.989, "recall", 0.931, "f1", 0.959, "strict_f1", 0.874,
          "measure", 0.933, "qualifier", 0.996, "origin", 0.94, "period", 0.89, "sources", 0.91,
          "likelihood", 0.992, "source_names_f1", 0.93, "evidence_exact", 1.0)),
      new Group("samples 195-202", 195, 202, floors(
          "precision", 0.992, "recall", 0.968, "f1", 0.98, "strict_f1", 0.899,
          "measure", 0.942, "qualifier", 1.0, "origin", 0.925, "period", 0.877, "sources", 0.85,
          "likelihood", 0.991, "source_names_f1", 0.879, "evidence_exact", 1.0)),
      new Group("samples 203-214", 203, 214, floors(
          "precision", 1.0, "recall", 0.907, "f1", 0.951, "strict_f1", 0.847,
          "measure", 0.905, "qualifier", 1.0, "origin", 0.971, "period", 0.897, "sources", 0.869,
          "likelihood", 1.0, "source_names_f1", 0.884, "evidence_exact", 1.0)),
      new Group("samples 215-226", 215, 226, floors(
          "precision", 0.962, "recall", 0.886, "f1", 0.926, "strict_f1", 0.758,
          "measure", 0.882, "qualifier", 0.992, "origin", 0.898, "period", 0.929, "sources", 0.787,
          "likelihood", 1.0, "source_names_f1", 0.813, "evidence_exact", 1.0)),
      new Group("samples 227-238", 227, 238, floors(
          "precision", 0.962, "recall", 0.95, "f1", 0.956, "strict_f1", 0.873,
          "measure", 0.96, "qualifier", 1.0, "origin", 0.947, "period", 0.905, "sources", 0.874,
          "likelihood", 1.0, "source_names_f1", 0.913, "evidence_exact", 1.0)),
      // period set below its first floor (0.825): "put Russian losses at about N in <month>" is now
      // a stock as of the month's end, as GUIDELINE.md's "as of November 2024" and the gold of 91,
      // 227, 309 and 379 have it; 248's gold keeps the whole month (as 194's and 222's do)
      new Group("samples 239-250", 239, 250, floors(
          "precision", 0.975, "recall", 0.922, "f1", 0.948, "strict_f1", 0.755,
          "measure", 0.898, "qualifier", 1.0, "origin", 0.877, "period", 0.838, "sources", 0.832,
          "likelihood", 1.0, "source_names_f1", 0.893, "evidence_exact", 1.0)),
      new Group("samples 251-262", 251, 262, floors(
          "precision", 0.969, "recall", 0.855, "f1", 0.908, "strict_f1", 0.806,
          "measure", 0.927, "qualifier", 1.0, "origin", 0.903, "period", 0.812, "sources", 0.848,
          "likelihood", 0.992, "source_names_f1", 0.888, "evidence_exact", 1.0)),
      // source names F1 set below its first floor (0.87): 264's 'military enlistment office' of
      // Krasnoyarsk Krai is now named after its region, closer to the gold's 'Krasnoyarsk Krai Military
      // Commissariat' than the bare region it had been, but it shares fewer words with it
      new Group("samples 263-274", 263, 274, floors(
          "precision", 0.956, "recall", 0.929, "f1", 0.942, "strict_f1", 0.791,
          "measure", 0.931, "qualifier", 1.0, "origin", 0.878, "period", 0.788, "sources", 0.809,
          "likelihood", 1.0, "source_names_f1", 0.867, "evidence_exact", 1.0)),
      new Group("samples 275-286", 275, 286, floors(
          "precision", 0.958, "recall", 0.927, "f1", 0.942, "strict_f1", 0.826,
          "measure", 0.982, "qualifier", 1.0, "origin", 0.886, "period", 0.822, "sources", 0.819,
          "likelihood", 1.0, "source_names_f1", 0.872, "evidence_exact", 1.0)),
      new Group("samples 287-298", 287, 298, floors(
          "precision", 0.969, "recall", 0.947, "f1", 0.958, "strict_f1", 0.788,
          "measure", 0.911, "qualifier", 0.992, "origin", 0.895, "period", 0.792, "sources", 0.863,
          "likelihood", 0.983, "source_names_f1", 0.87, "evidence_exact", 1.0)),
      new Group("samples 299-310", 299, 310, floors(
          "precision", 0.961, "recall", 0.917, "f1", 0.938, "strict_f1", 0.808,
          "measure", 0.902, "qualifier", 1.0, "origin", 0.926, "period", 0.877, "sources", 0.828,
          "likelihood", 0.992, "source_names_f1", 0.871, "evidence_exact", 1.0)),
      new Group("samples 311-322", 311, 322, floors(
          "precision", 0.985, "recall", 0.978, "f1", 0.981, "strict_f1", 0.899,
          "measure", 0.962, "qualifier", 1.0, "origin", 0.954, "period", 0.917, "sources", 0.947,
          "likelihood", 0.992, "source_names_f1", 0.961, "evidence_exact", 1.0)),
      new Group("samples 323-334", 323, 334, floors(
          "precision", 0.974, "recall", 0.941, "f1", 0.957, "strict_f1", 0.828,
          "measure", 0.919, "qualifier", 1.0, "origin", 0.928, "period", 0.978, "sources", 0.865,
          "likelihood", 0.973, "source_names_f1", 0.913, "evidence_exact", 1.0)),
      // measure set below its first floor (0.98): 339's 'the real number ... in the tens of thousands' is now found,
      // and its 'soldiers who went absent' is read as SERVING
      new Group("samples 335-346", 335, 346, floors(
          "precision", 0.985, "recall", 0.948, "f1", 0.974, "strict_f1", 0.895,
          "measure", 0.973, "qualifier", 1.0, "origin", 0.94, "period", 0.935, "sources", 0.776,
          "likelihood", 1.0, "source_names_f1", 0.88, "evidence_exact", 1.0)),
      new Group("samples 347-358", 347, 358, floors(
          "precision", 0.972, "recall", 0.94, "f1", 0.956, "strict_f1", 0.784,
          "measure", 0.88, "qualifier", 1.0, "origin", 0.915, "period", 0.845, "sources", 0.852,
          "likelihood", 0.993, "source_names_f1", 0.893, "evidence_exact", 1.0)),
      // recall and origin set below their first floors (0.922, 0.908): ages are not counts now
      // ("The youngest of the freed men is 22"), and 367's "14 of them are officers" had been
      // found only as a part of that age; F1 rose from 0.933 to 0.937
      // qualifier set below 1.0: 364's "about 30,000 rand ($1,700)" is now found (the rand alone
      // is ZAR), and the parser gives a conversion in brackets its amount's "about" where this gold
      // has the bracket EXACT
      new Group("samples 359-370", 359, 370, floors(
          "precision", 0.984, "recall", 0.938, "f1", 0.96, "strict_f1", 0.814,
          "measure", 0.924, "qualifier", 0.992, "origin", 0.907, "period", 0.919, "sources", 0.719,
          "likelihood", 1.0, "source_names_f1", 0.805, "evidence_exact", 1.0)),
      new Group("samples 371-382", 371, 382, floors(
          "precision", 0.974, "recall", 0.941, "f1", 0.949, "strict_f1", 0.838,
          "measure", 0.947, "qualifier", 1.0, "origin", 0.893, "period", 0.908, "sources", 0.83,
          "likelihood", 1.0, "source_names_f1", 0.882, "evidence_exact", 1.0)),
      new Group("samples 383-400", 383, 400, floors(
          "precision", 0.976, "recall", 0.907, "f1", 0.941, "strict_f1", 0.836,
          "measure", 0.956, "qualifier", 1.0, "origin", 0.917, "period", 0.941, "sources", 0.869,
          "likelihood", 0.99, "source_names_f1", 0.894, "evidence_exact", 1.0)),
      // measure set below its first value (0.887): 402's by-country rows are now found, and they
      // take the measure of the total above them, which the parser reads as CAPTURED
      new Group("samples 401-406", 401, 406, floors(
          "precision", 1.0, "recall", 0.987, "f1", 0.994, "strict_f1", 0.813,
          "measure", 0.872, "qualifier", 1.0, "origin", 0.958, "period", 0.824, "sources", 0.821,
          "likelihood", 1.0, "source_names_f1", 0.859, "evidence_exact", 1.0)),
      // likelihood set below its first floor (0.995): a comparison table's "400,000 to 500,000"
      // in 424 is now read as a figure, and it does not take the "likely" of the body's sentence
      new Group("samples 407-424", 407, 424, floors(
          "precision", 1.0, "recall", 0.964, "f1", 0.982, "strict_f1", 0.896,
          "measure", 0.939, "qualifier", 1.0, "origin", 0.954, "period", 0.928, "sources", 0.802,
          "likelihood", 0.991, "source_names_f1", 0.849, "evidence_exact", 1.0)),
      new Group("samples 425-442", 425, 442, floors(
          "precision", 0.957, "recall", 0.932, "f1", 0.932, "strict_f1", 0.815,
          "measure", 0.917, "qualifier", 0.995, "origin", 0.932, "period", 0.773, "sources", 0.79,
          "likelihood", 1.0, "source_names_f1", 0.879, "evidence_exact", 1.0)),
      new Group("samples 443-460", 443, 460, floors(
          "precision", 0.966, "recall", 0.942, "f1", 0.954, "strict_f1", 0.774,
          "measure", 0.913, "qualifier", 1.0, "origin", 0.888, "period", 0.864, "sources", 0.699,
          "likelihood", 1.0, "source_names_f1", 0.8, "evidence_exact", 1.0)));

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, Double> floors(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }

  static Path samples() {
    try {
      return Path.of(SamplesGoldTest.class.getResource("/samples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns each article's gold records, keyed by the article's file name. */
  static Map<String, List<JsonNode>> gold() throws IOException {
    Map<String, List<JsonNode>> gold = new TreeMap<>();
    try (Stream<Path> files = Files.list(samples().resolve("gold"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().collect(Collectors.toList())) {
        String doc = f.getFileName().toString().replace(".gold.jsonl", ".txt");
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            records.add(JSON.readTree(line));
          }
        }
        gold.put(doc, records);
      }
    }
    return gold;
  }

  /** Returns the canonical name of every source name and alias the library knows. */
  static Map<String, String> aliases() {
    Map<String, String> aliases = new HashMap<>();
    for (String line : Articles.resource("/dev/muster/parse/lexicon/sources.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      aliases.put(cols[0], cols[0]);
      if (cols.length > 2 && !cols[2].isBlank()) {
        for (String alias : cols[2].split("\\|")) {
          aliases.put(alias, cols[0]);
        }
      }
    }
    return aliases;
  }

  @Test
  void everyGoldRecordIsWellFormed() throws IOException {
    List<String> errors = new ArrayList<>();
    Map<String, List<JsonNode>> gold = gold();
    assertTrue(gold.size() >= 10, "gold files: " + gold.keySet());
    gold.forEach((doc, records) -> {
      String text = Articles.resource("/samples/docs/" + doc);
      for (int i = 0; i < records.size(); i++) {
        JsonNode r = records.get(i);
        String at = doc.replace(".txt", ".gold.jsonl") + ":" + (i + 1) + ": ";
        List<String> fields = new ArrayList<>();
        r.fieldNames().forEachRemaining(fields::add);
        if (!fields.equals(RecordRules.GOLD_FIELDS)) {
          errors.add(at + "fields " + fields + ", expected " + RecordRules.GOLD_FIELDS);
        }
        if (r.path("mention").asText("").isEmpty()) {
          errors.add(at + "no mention");
        }
        if (!doc.equals(r.path("document").asText())) {
          errors.add(at + "document " + r.path("document") + ", expected " + doc);
        }
        RecordRules.check(r, text).forEach(e -> errors.add(at + e));
      }
    });
    assertEquals(List.of(), errors);
  }

  @Test
  void everyArticleWithGoldIsBundled() throws IOException {
    List<String> missing = new ArrayList<>(gold().keySet());
    missing.removeAll(Articles.sampleNames());
    assertEquals(List.of(), missing, "add these to samples/index.txt");
  }

  @Test
  void everySampleIsInAGroup() throws IOException {
    List<String> outside = gold().keySet().stream()
        .filter(doc -> GROUPS.stream().noneMatch(g -> g.contains(doc))).collect(Collectors.toList());
    assertEquals(List.of(), outside, "add a group with its floors for these");
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("GROUPS")
  void theExtractorScoresAtLeastTheFloors(Group group) throws IOException {
    MusterCommandTest.Run run = MusterCommandTest.run("extract", "--format", "jsonl");
    assertEquals(0, run.status(), run.err());
    List<JsonNode> predictions = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank() && group.contains(JSON.readTree(line).path("document").asText())) {
        predictions.add(JSON.readTree(line));
      }
    }
    Map<String, List<JsonNode>> gold = new TreeMap<>(gold());
    gold.keySet().removeIf(doc -> !group.contains(doc));
    Map<String, String> texts = new HashMap<>();
    gold.keySet().forEach(doc -> texts.put(doc, Articles.resource("/samples/docs/" + doc)));
    GoldScore.Figures f = new GoldScore(aliases()).score(gold, predictions, texts);

    Map<String, Double> measured = new LinkedHashMap<>();
    measured.put("precision", f.precision());
    measured.put("recall", f.recall());
    measured.put("f1", f.f1());
    measured.put("strict_f1", f.strictF1());
    measured.putAll(f.attributes());
    measured.put("source_names_f1", f.sourceNamesF1());
    measured.put("evidence_exact", f.evidenceExact());
    List<String> below = new ArrayList<>();
    List<String> raise = new ArrayList<>();
    group.floors().forEach((name, floor) -> {
      double v = Math.round(measured.getOrDefault(name, 0.0) * 1000) / 1000.0; // as the scorer prints it
      if (v < floor - 1e-9) {
        below.add(String.format(java.util.Locale.ROOT, "%s %.3f < floor %.3f", name, v, floor));
      } else if (v > floor + SLACK) {
        raise.add(String.format(java.util.Locale.ROOT, "%s %.3f: raise its floor from %.3f", name, v, floor));
      }
    });
    assertEquals(List.of(), below, group + ": " + f.summary());
    assertEquals(List.of(), raise, group + ": " + f.summary());
  }
}

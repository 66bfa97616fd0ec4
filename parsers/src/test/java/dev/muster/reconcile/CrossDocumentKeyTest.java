package dev.muster.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.muster.Report;
import dev.muster.parse.ArticleFiles;
import dev.muster.parse.ArticleParser;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reconciler against a hand-made cross-document answer key over short articles of our own
 * in {@code src/test/resources/reconcile/<case>/}: one claim retold with rounding and
 * different attributions, near-equal figures, same-value traps, conflicts between sources and
 * inside one sentence, a month against its year, plans, killed and wounded against casualties,
 * an "of them" breakdown and a decree retold without its source. Each article is parsed by the
 * default parser; a figure is named {@code case/doc.txt:mention}.
 */
class CrossDocumentKeyTest {

  /** The claims stated by more than one document; every other figure is a claim of its own. */
  private static final List<Set<String>> CLAIMS = List.of(
      Set.of("retold/a.txt:45,680", "retold/b.txt:More than 45,000",
          "retold/c.txt:More than 45,000"),
      Set.of("rounded/a.txt:over 620", "rounded/b.txt:More than 600"),
      Set.of("rounded/a.txt:5,937", "rounded/b.txt:Under 6,000"),
      Set.of("decree/a.txt:160,000", "decree/b.txt:160,000"));

  /** Figures of equal value that are different claims: other people, another period. */
  private static final List<Set<String>> TRAPS = List.of(
      Set.of("traps/a.txt:hundreds", "traps/b.txt:Hundreds"),
      Set.of("traps/a.txt:1,500", "traps/b.txt:1,500"));

  /** The primary source each figure's finding should credit it to. */
  private static final Map<String, String> PRIMARY = Map.of(
      "retold/c.txt:More than 45,000", "Mediazona ECHO",
      "retold/a.txt:45,680", "Mediazona INDEPENDENT",
      "rounded/b.txt:Under 6,000", "Main Intelligence Directorate of Ukraine ECHO",
      "decree/a.txt:160,000", "Vladimir Putin INDEPENDENT",
      "decree/b.txt:160,000", "Vladimir Putin ECHO",
      "plan/a.txt:180,000", "Vladimir Putin INDEPENDENT",
      "plan/a.txt:1.5 million", "Vladimir Putin INDEPENDENT",
      "plan/a.txt:2.4 million", "outlet:plan/a.txt UNATTRIBUTED");

  /** The conflicts, as {@code first <> second: REASON}, the two names sorted. */
  private static final Set<String> CONFLICTS = Set.of(
      "conflict/a.txt:About 12,000 <> conflict/b.txt:Fewer than 1,000: BOUNDS",
      "conflict/a.txt:about 300 <> conflict/a.txt:more than 5,000: BOUNDS");

  /** The parts checks, as {@code KIND whole <- parts: fits or not}. */
  private static final Set<String> PARTS = Set.of(
      "PERIOD monthyear/a.txt:More than 300,000 <- monthyear/a.txt:31,000: fits",
      "MEASURE killedwounded/a.txt:some 2,000 <- killedwounded/a.txt:About 400 + "
          + "killedwounded/a.txt:1,600: complete, fits",
      "SUBSET ofwhom/a.txt:150 <- ofwhom/a.txt:14 + ofwhom/a.txt:20: fits",
      // one source's March figure against its figure for the year so far: a valid check
      "PERIOD traps/b.txt:1,500 <- traps/a.txt:1,500: fits");

  private static Reconciliation reconcile() throws URISyntaxException {
    Path root = Path.of(CrossDocumentKeyTest.class.getResource("/reconcile").toURI());
    List<Report> reports;
    try (Stream<Report> s = ArticleParser.defaults().parseAll(ArticleFiles.expand(List.of(root)))) {
      reports = s.collect(Collectors.toList());
    }
    return Reconciler.defaults().reconcile(reports);
  }

  private static String name(Member m) {
    return m.documentId() + ":" + m.mention();
  }

  /** Returns the finding's first member's name: figures here are named by one document. */
  private static String name(Finding f) {
    return name(f.members().get(0));
  }

  private static Set<Set<String>> pairs(List<Set<String>> clusters) {
    Set<Set<String>> out = new HashSet<>();
    for (Set<String> c : clusters) {
      for (String a : c) {
        for (String b : c) {
          if (a.compareTo(b) < 0) {
            out.add(Set.of(a, b));
          }
        }
      }
    }
    return out;
  }

  private static List<Set<String>> predicted(Reconciliation r) {
    return r.findings().stream()
        .map(f -> f.members().stream().map(CrossDocumentKeyTest::name).collect(Collectors.toSet()))
        .collect(Collectors.toList());
  }

  @Test
  void theSameClaimIsJoinedAcrossDocumentsWithFullPrecisionAndRecall() throws Exception {
    Set<Set<String>> found = pairs(predicted(reconcile()));
    Set<Set<String>> key = pairs(CLAIMS);
    Set<Set<String>> right = new HashSet<>(found);
    right.retainAll(key);

    Set<Set<String>> wrong = new HashSet<>(found);
    wrong.removeAll(key);
    Set<Set<String>> missed = new HashSet<>(key);
    missed.removeAll(found);

    assertEquals(6, key.size());
    assertEquals(Set.of(), wrong, "precision " + right.size() + "/" + found.size());
    assertEquals(Set.of(), missed, "recall " + right.size() + "/" + key.size());
    assertEquals(6, right.size());
  }

  @Test
  void noTrapIsMerged() throws Exception {
    Set<Set<String>> found = pairs(predicted(reconcile()));
    assertEquals(List.of(), TRAPS.stream().filter(found::contains).collect(Collectors.toList()));
  }

  @Test
  void primarySourcesAndProvenanceAreRight() throws Exception {
    Map<String, String> got = new TreeMap<>();
    for (Member m : reconcile().members()) {
      if (PRIMARY.containsKey(name(m))) {
        got.put(name(m), m.primary().name() + " " + m.provenance());
      }
    }
    assertEquals(new TreeMap<>(PRIMARY), got);
  }

  @Test
  void theRealConflictsAndNoOthersAreFound() throws Exception {
    Set<String> got = reconcile().conflicts().stream()
        .map(c -> new TreeSet<>(List.of(name(c.first()), name(c.second()))).stream()
            .collect(Collectors.joining(" <> ")) + ": " + c.reason())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(CONFLICTS), got);
  }

  @Test
  void partsAndWholesAreCheckedWithTheirKinds() throws Exception {
    Set<String> got = new TreeSet<>();
    for (PartsCheck p : reconcile().partsChecks()) {
      List<String> parts = new ArrayList<>();
      p.parts().forEach(f -> parts.add(name(f)));
      got.add(p.kind() + " " + name(p.whole()) + " <- " + String.join(" + ", parts) + ": "
          + (p.complete() ? "complete, " : "") + (p.fits() ? "fits" : "does not fit"));
    }
    assertEquals(new TreeSet<>(PARTS), got);
  }

  @Test
  void theRetoldClaimIsOneFindingWhoseDriftIsRounding() throws Exception {
    Finding f = reconcile().findings().stream()
        .filter(x -> x.documentIds().contains("retold/a.txt")).findFirst().orElseThrow();
    assertEquals(List.of("retold/a.txt", "retold/b.txt", "retold/c.txt"), f.documentIds());
    assertEquals("ROUNDING: 45000 in retold/b.txt, retold/c.txt; 45680 in retold/a.txt",
        f.discrepancy(Discrepancy.Field.ROUNDING).orElseThrow().toString());
    assertEquals("45680", f.merged().value().toString());
    assertEquals(1, f.independentCount());
    assertEquals(2, f.echoCount());
    assertEquals(ProvenanceKind.ECHO, f.provenance());
  }
}

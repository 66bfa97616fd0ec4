package dev.muster.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.muster.Estimate;
import dev.muster.Problem;
import dev.muster.ProblemKind;
import dev.muster.Report;
import dev.muster.reconcile.Finding;
import dev.muster.reconcile.Reconciler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's id is its path below the folder it was found under, so that two files of one
 * name in different folders stay two documents; a file given directly is known by its name.
 */
class DocumentIdentityTest {

  private static final String ARTICLE = " date 2024-03-01 Recruits\n\nNepal's foreign ministry"
      + " said that 212 Nepali citizens had joined the Russian army since January.\n";

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static List<Report> parseAll(ArticleFiles files) {
    try (Stream<Report> s = ArticleParser.defaults().parseAll(files)) {
      return s.collect(Collectors.toList());
    }
  }

  @Test
  void filesOfOneNameInTwoFoldersAreTwoDocuments() throws IOException {
    write("a/article.txt", ARTICLE);
    write("b/article.txt", ARTICLE);
    ArticleFiles files = ArticleFiles.expand(List.of(dir));

    List<Report> reports = parseAll(files);

    assertEquals(List.of("a/article.txt", "b/article.txt"),
        reports.stream().map(Report::id).collect(Collectors.toList()));
    for (Report r : reports) {
      assertEquals(1, r.estimates().size(), r.id());
      Estimate e = r.estimates().get(0);
      assertEquals(r.id(), e.documentId());
      assertEquals(r.id(), e.evidence().documentId());
    }
    Finding f = Reconciler.defaults().reconcile(reports).findings().get(0);
    assertEquals(List.of("a/article.txt", "b/article.txt"), f.documentIds());
  }

  @Test
  void theIdIsRelativeToTheFolderGivenAndAFileGivenDirectlyIsItsName() throws IOException {
    Path deep = write("archive/2024/03/nepal.txt", ARTICLE);
    Path alone = write("loose/kenya.txt", ARTICLE);
    ArticleFiles files = ArticleFiles.expand(List.of(dir.resolve("archive"), alone));

    assertEquals(List.of(deep, alone), files.files());
    assertEquals("2024/03/nepal.txt", files.documentId(deep));
    assertEquals("kenya.txt", files.documentId(alone));
  }

  @Test
  void twoFilesGivenDirectlyWithOneNameAreKnownByTheirPaths() throws IOException {
    Path a = write("a/article.txt", ARTICLE);
    Path b = write("b/article.txt", ARTICLE);
    ArticleFiles files = ArticleFiles.expand(List.of(a, b));

    assertEquals(a.normalize().toString().replace('\\', '/'), files.documentId(a));
    assertEquals(b.normalize().toString().replace('\\', '/'), files.documentId(b));
  }

  @Test
  void aPathNotListedIsRejectedByName() {
    ArticleFiles files = ArticleFiles.expand(List.of(dir));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> files.documentId(Path.of("elsewhere.txt")));
    assertEquals("'elsewhere.txt' is not one of the 0 files listed; expected a path from files()",
        e.getMessage());
  }

  @Test
  void parsingUnderAnIdRelabelsProblemsToo() {
    Report r = ArticleParser.defaults().parseAs(dir.resolve("missing.txt"), "x/missing.txt");
    assertEquals("x/missing.txt", r.id());
    Problem p = r.problems().get(0);
    assertEquals(ProblemKind.UNREADABLE, p.kind());
    assertEquals("x/missing.txt", p.documentId());
  }

  @Test
  void parsingUnderTheFilesOwnNameEqualsPlainParsing() throws IOException {
    Path p = write("plain.txt", ARTICLE);
    assertEquals(ArticleParser.defaults().parse(p), ArticleParser.defaults().parseAs(p, "plain.txt"));
  }
}

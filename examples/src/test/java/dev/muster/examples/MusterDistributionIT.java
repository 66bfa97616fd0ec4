package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the distribution ({@code target/muster-VERSION.zip}) as a user would and runs its
 * {@code bin/muster} (POSIX shell; the test needs {@code sh}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MusterDistributionIT {

  private static final Path ZIP = Path.of(System.getProperty("muster.dist", "target/muster.zip"));
  private static final String VERSION = System.getProperty("muster.version", "");

  private Path unpacked;
  private Path home;
  private final Map<String, Integer> modes = new TreeMap<>();

  @BeforeAll
  void unpack(@TempDir Path dir) throws IOException {
    unpacked = dir;
    try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        modes.put(entry.getName(), entry.getUnixMode() & 0777);
        Path to = unpacked.resolve(entry.getName()).normalize();
        assertTrue(to.startsWith(unpacked), entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, to);
          }
          Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(
              (entry.getUnixMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    home = unpacked.resolve("muster-" + VERSION);
  }

  private MusterJarIT.Run muster(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("bin/muster").toString());
    cmd.addAll(List.of(args));
    Map<String, String> e = new HashMap<>(env);
    e.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    return MusterJarIT.exec(cmd, e);
  }

  @Test
  void holdsTheLauncherExecutableTheJarAndTheReadme() {
    String base = "muster-" + VERSION + "/";
    assertEquals(0755, modes.get(base + "bin/muster"));
    assertEquals(0644, modes.get(base + "bin/muster.bat"));
    assertTrue(modes.containsKey(base + "lib/muster.jar"), modes.toString());
    assertTrue(modes.containsKey(base + "README.md"), modes.toString());
    assertEquals(List.of(base, base + "README.md", base + "bin/", base + "bin/muster",
        base + "bin/muster.bat", base + "lib/", base + "lib/muster.jar"), new ArrayList<>(modes.keySet()));
  }

  @Test
  void extractsTheSamplesWritesTheClassArchiveOnceAndThenUsesIt() throws Exception {
    Path archive = home.resolve("lib/muster.jsa");
    Files.deleteIfExists(archive);
    MusterJarIT.Run first = muster(Map.of(), "extract", "--format", "jsonl");
    assertEquals(0, first.status(), first.err());
    assertEquals(MusterCommandTest.expectedSamples(), first.out());
    assertEquals(MusterCommandTest.samplesSummary() + "\n", first.err());
    assertTrue(Files.size(archive) > 1_000_000, "no class-data archive written");
    try (var left = Files.list(home.resolve("lib"))) {
      assertEquals(List.of("muster.jar", "muster.jsa"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // -Xshare:on makes the JVM fail unless it maps the archive
    MusterJarIT.Run second = muster(Map.of("MUSTER_OPTS", "-Xshare:on"), "extract", "--format", "jsonl");
    assertEquals(0, second.status(), second.err());
    assertEquals(first.out(), second.out());
    assertEquals(MusterCommandTest.samplesSummary() + "\n", second.err());
  }

  @Test
  void aStaleArchiveIsReplacedWithoutAWordOnTheOutput() throws Exception {
    // an archive older than the jar, as after an upgrade
    Path archive = home.resolve("lib/muster.jsa");
    Files.writeString(archive, "not an archive");
    long now = System.currentTimeMillis();
    Files.setLastModifiedTime(archive, FileTime.fromMillis(now - 20_000));
    Files.setLastModifiedTime(home.resolve("lib/muster.jar"), FileTime.fromMillis(now - 10_000));
    MusterJarIT.Run r = muster(Map.of(), "extract", "--format", "jsonl");
    assertEquals(0, r.status(), r.err());
    assertEquals(MusterCommandTest.expectedSamples(), r.out());
    assertEquals(MusterCommandTest.samplesSummary() + "\n", r.err());
    assertTrue(Files.size(archive) > 1_000_000, "the archive was not written again");
  }

  @Test
  void withCdsOffNoArchiveIsWrittenAndUsageErrorsKeepTheirStatus(@TempDir Path cache) throws Exception {
    Path archive = cache.resolve("a.jsa");
    MusterJarIT.Run off = muster(Map.of("MUSTER_CDS", "off"), "reconcile", "--format", "XML");
    assertEquals(2, off.status());
    assertTrue(off.err().startsWith("Invalid value for option '--format'"), off.err());
    assertFalse(off.err().contains("\tat "), off.err());
    MusterJarIT.Run elsewhere = muster(Map.of("MUSTER_CDS", archive.toString()), "--version");
    assertEquals(0, elsewhere.status(), elsewhere.err());
    assertEquals("muster " + VERSION, elsewhere.out().lines().findFirst().orElseThrow());
    assertTrue(Files.exists(archive));
  }

  @Test
  void withoutJavaItSaysSo() throws Exception {
    MusterJarIT.Run r = muster(Map.of("JAVA_HOME", "/nonexistent-java"), "extract");
    assertEquals(2, r.status());
    assertEquals("muster: error: no java found: install Java 17 or later, or set JAVA_HOME\n", r.err());
  }
}

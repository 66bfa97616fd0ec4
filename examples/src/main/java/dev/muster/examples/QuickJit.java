package dev.muster.examples;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import javax.management.ObjectName;

/**
 * The command's choice of JIT compiler for the process it runs in. HotSpot compiles hot methods
 * twice: quickly with C1, then again with the optimising C2 compiler. Muster's rule methods are
 * large, C2 takes up to a second a compilation and recompiles some of them four or five times,
 * on the same cores as the parsing; on this project's 2-core machine C2 paid for itself only past
 * about 300 MB of input (the extract command took 2.0 s → 1.1 s on 1 MB, 4.7 → 2.2 s on 10 MB,
 * 16.2 → 11.3 s on 100 MB, 33 → 31 s on 250 MB with C1 alone, but 83 → 111 s on 1 GB). So for
 * inputs of {@link #C1_ONLY_FROM} to {@link #C1_ONLY_BELOW} bytes the command turns C2 off for its own
 * process (a compiler directive through the DiagnosticCommand MBean, as
 * {@code jcmd Compiler.directives_add} does): methods are then compiled once, by C1 with full
 * optimisation.
 *
 * <p>Only the command's {@code main} enables this (the library and in-process callers never
 * change their JVM), only on a HotSpot JVM with tiered compilation and C2 in use, and not when the
 * system property {@code muster.quickJit} is {@code false}. It runs on a daemon thread beside the
 * parsing; any failure (another JVM, no {@code jdk.management} module) leaves the JVM as it was,
 * which only costs speed.
 */
final class QuickJit {

  /** Inputs of at least this many bytes run with C1 alone (below, the JMX set-up costs more than C2). */
  static final long C1_ONLY_FROM = 256_000L;
  /** Inputs of fewer bytes than this run with C1 alone. */
  static final long C1_ONLY_BELOW = 256_000_000L;

  /** Compile nothing with C2; C1 then compiles at its full-optimisation level. */
  private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private static volatile boolean enabled;

  private QuickJit() {}

  /** Called by the command's {@code main}: this process is the command's own. */
  static void enableForThisProcess() {
    enabled = !"false".equalsIgnoreCase(System.getProperty("muster.quickJit"));
  }

  /**
   * Turns C2 off in the background when this process is the command's and the inputs (files and
   * folders) hold from {@link #C1_ONLY_FROM} to {@link #C1_ONLY_BELOW} bytes. Called before the
   * parser is built, so that the set-up overlaps the lexicons' loading.
   */
  static void forInputs(List<Path> inputs) {
    if (!enabled || inputs.isEmpty()) {
      return;
    }
    List<Path> copy = List.copyOf(inputs);
    Thread t = new Thread(() -> {
      if (sizeWithin(copy, C1_ONLY_FROM, C1_ONLY_BELOW)) {
        c1Only();
      }
    }, "muster-jit");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Whether the files and folders hold from {@code from} to fewer than {@code below} bytes in
   * all, counted as the parser takes them (folders walked, links followed, hidden entries inside a
   * folder skipped; binary files are counted, which only errs towards C2). The walk keeps no list
   * of files, so it costs no memory on a large archive, and stops once {@code below} is reached.
   * What cannot be read counts as empty (the parser reports it).
   */
  static boolean sizeWithin(List<Path> inputs, long from, long below) {
    long[] total = {0};
    FileVisitor<Path> adder = new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return hidden(dir) && !inputs.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && (!hidden(file) || inputs.contains(file))) {
          total[0] += attrs.size();
        }
        return total[0] >= below ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    };
    for (Path p : inputs) {
      try {
        Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, adder);
      } catch (IOException | SecurityException e) {
        // counted as empty
      }
      if (total[0] >= below) {
        return false;
      }
    }
    return total[0] >= from;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Adds the directive that turns C2 off, when this JVM uses it; returns whether it did. */
  static boolean c1Only() {
    try {
      HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (vm == null || !"true".equals(option(vm, "TieredCompilation"))
          || !"4".equals(option(vm, "TieredStopAtLevel")) || "true".equals(option(vm, "UseJVMCICompiler"))) {
        return false; // without C1, excluding C2 would leave the code interpreted
      }
      Path file = Files.createTempFile("muster-jit", ".json");
      try {
        Files.writeString(file, DIRECTIVE);
        ManagementFactory.getPlatformMBeanServer().invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
            new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
      } finally {
        Files.deleteIfExists(file);
      }
      return true;
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  /** The value of a VM option, or null when this JVM has no such option (JVMCI's, in many builds). */
  private static String option(HotSpotDiagnosticMXBean vm, String name) {
    try {
      return vm.getVMOption(name).getValue();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package dev.muster.bench;

/**
 * The machine's own two-thread ceiling, to read the {@code parallel} benchmark's speed-up
 * against: the same loops on one thread, then on as many threads as there are cores (each doing
 * the whole work), and the speed-up. One loop is arithmetic only (a xorshift chain, no memory),
 * the other a chain of dependent reads from a 16 MB array (cache misses). Neither allocates, so
 * neither collector nor JIT compiler competes with it after the first round:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.muster.bench.CoreScaling [ROUNDS]}.
 */
public final class CoreScaling {

  private static volatile long sink;

  private CoreScaling() {}

  /** A xorshift chain of {@code n} steps from {@code seed}. */
  static long arithmetic(long n, long seed) {
    long h = seed;
    for (long i = 0; i < n; i++) {
      h ^= h << 13;
      h ^= h >>> 7;
      h ^= h << 17;
      h += i;
    }
    return h;
  }

  /** {@code n} reads of {@code table}, each at an index the one before gives. */
  static long reads(int[] table, long n, int seed) {
    int x = seed;
    long sum = 0;
    for (long i = 0; i < n; i++) {
      x = table[x & (table.length - 1)] ^ (int) i;
      sum += x;
    }
    return sum;
  }

  /**
   * Prints, for each loop and round, the seconds on one thread and on all cores, and the speed-up.
   *
   * @param args optional number of rounds (default 2)
   */
  public static void main(String[] args) throws InterruptedException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int cores = Runtime.getRuntime().availableProcessors();
    long steps = 2_000_000_000L;
    int[][] tables = new int[cores][1 << 22];
    java.util.Random random = new java.util.Random(1);
    for (int[] table : tables) {
      for (int i = 0; i < table.length; i++) {
        table[i] = random.nextInt();
      }
    }
    System.out.printf("cores: %d%n", cores);
    for (String loop : new String[] {"arithmetic", "reads"}) {
      for (int round = 1; round <= rounds; round++) {
        long t0 = System.nanoTime();
        sink = run(loop, tables[0], steps, 1);
        double one = (System.nanoTime() - t0) / 1e9;
        Thread[] threads = new Thread[cores];
        t0 = System.nanoTime();
        for (int k = 0; k < cores; k++) {
          int seed = k + 2;
          int[] table = tables[k];
          threads[k] = new Thread(() -> sink = run(loop, table, steps, seed));
          threads[k].start();
        }
        for (Thread t : threads) {
          t.join();
        }
        double all = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-10s round %d: one thread %.2f s, %d threads (each the same work) %.2f s:"
            + " speed-up %.2fx%n", loop, round, one, cores, all, cores * one / all);
      }
    }
  }

  private static long run(String loop, int[] table, long steps, int seed) {
    return loop.equals("arithmetic") ? arithmetic(steps, seed) : reads(table, steps / 20, seed);
  }
}

package dev.muster.examples;

import java.io.Flushable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error ({@code muster: 1200/39725 files}), redrawn in place with a
 * carriage return, at most five times a second and only once a run has taken half a second.
 * Every other line written to standard error goes through {@link #println(String)}, which clears
 * the progress line first; when standard output is on the same screen, the output of each
 * document is written between {@link #beforeOutput()} and {@link #afterOutput(Flushable)} so that
 * rows and progress never share a line. {@link #clear()} leaves the line empty at the end.
 *
 * <p>Not thread-safe: one thread reads the reports and calls every method.
 */
final class Progress {

  /** No line before the run has taken this long. */
  static final long FIRST_DRAW_NANOS = 500_000_000L;
  /** At most one redraw in this time. */
  static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final boolean sharesScreen;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw;
  private int width;
  private boolean hidden;
  private int done;
  private int total;

  /**
   * @param err standard error, not null
   * @param shown whether to draw the progress line at all
   * @param sharesScreen whether standard output is on the same terminal
   * @param clock nanoseconds, as {@link System#nanoTime()}; not null
   */
  Progress(PrintWriter err, boolean shown, boolean sharesScreen, LongSupplier clock) {
    this.err = Objects.requireNonNull(err, "err");
    this.shown = shown;
    this.sharesScreen = shown && sharesScreen;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.start = clock.getAsLong();
  }

  /** Returns a progress that never draws, writing its lines to {@code err}. */
  static Progress none(PrintWriter err) {
    return new Progress(err, false, false, () -> 0L);
  }

  /** Sets how many files there are in all. */
  void total(int files) {
    total = files;
  }

  /** Counts one more file done and redraws the line when it is time to. */
  void fileDone() {
    done++;
    if (!shown) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start >= FIRST_DRAW_NANOS && (width == 0 || now - lastDraw >= REDRAW_NANOS)) {
      draw(now);
    }
  }

  /** Writes a line to standard error, below (in place of) the progress line. */
  void println(String line) {
    int was = width;
    clear();
    err.println(line);
    if (was > 0) {
      draw(lastDraw);
    }
    err.flush();
  }

  /** Clears the progress line before output is written, when the output shares its screen. */
  void beforeOutput() {
    if (sharesScreen && width > 0) {
      clear();
      hidden = true;
    }
  }

  /** Flushes the output and draws the progress line again, when the output shares its screen. */
  void afterOutput(Flushable out) throws IOException {
    if (sharesScreen) {
      out.flush();
      if (hidden) {
        hidden = false;
        draw(lastDraw);
      }
    }
  }

  /** Erases the progress line, leaving the cursor at the start of an empty line. */
  void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  private void draw(long now) {
    String line = "muster: " + done + "/" + total + (total == 1 ? " file" : " files");
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = Math.max(width, line.length());
    lastDraw = now;
  }
}

package dev.muster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final long MS = 1_000_000L;

  /** A clock that moves {@code step} milliseconds at each reading. */
  private static final class Ticks {
    private final long step;
    private long now;

    Ticks(long step) {
      this.step = step;
    }

    long next() {
      long t = now;
      now += step * MS;
      return t;
    }
  }

  /** Runs {@code n} files through {@code p} and clears it. */
  private static void files(Progress p, int n) {
    p.total(n);
    for (int i = 0; i < n; i++) {
      p.fileDone();
    }
    p.clear();
  }

  @Test
  void drawsNothingOnAQuickRunOrWhenNotShown() {
    StringWriter err = new StringWriter();
    files(new Progress(new PrintWriter(err), true, false, new Ticks(10)::next), 20);
    files(new Progress(new PrintWriter(err), false, false, new Ticks(1000)::next), 20);
    assertEquals("", err.toString());
  }

  @Test
  void redrawsInPlaceAtMostEvery200MsAndClearsAtTheEnd() {
    StringWriter err = new StringWriter();
    // 100 ms a file: the first line at the 5th file (500 ms), then every 2nd file
    Progress p = new Progress(new PrintWriter(err), true, false, new Ticks(100)::next);
    files(p, 10);
    p.println("muster: 10 files, 3 estimates");
    String bar = "\rmuster: %d/10 files";
    assertEquals(String.format(bar + bar + bar, 5, 7, 9) + "\r" + " ".repeat("muster: 9/10 files".length()) + "\r"
        + "muster: 10 files, 3 estimates" + System.lineSeparator(), err.toString());
    assertEquals(List.of("muster: 10 files, 3 estimates"), Screen.lines(err.toString()));
  }

  @Test
  void aWarningTakesTheProgressLineAndTheLineComesBackBelowIt() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, false, new Ticks(600)::next);
    p.total(2);
    p.fileDone();
    p.println("muster: warning: a.txt: BAD_DATE_LINE: ...");
    assertEquals(List.of("muster: warning: a.txt: BAD_DATE_LINE: ...", "muster: 1/2 files"),
        Screen.lines(err.toString().replace(System.lineSeparator(), "\n")));
  }

  @Test
  void outputOnTheSameScreenNeverSharesALineWithProgress() throws IOException {
    StringWriter screen = new StringWriter();
    PrintWriter err = new PrintWriter(screen);
    Progress p = new Progress(err, true, true, new Ticks(300)::next);
    p.total(4);
    for (int i = 1; i <= 4; i++) {
      p.beforeOutput();
      screen.write("row " + i + " of the table\n");
      p.afterOutput(screen);
      p.fileDone();
    }
    p.clear();
    p.println("muster: 4 files, 4 estimates");
    assertEquals(List.of("row 1 of the table", "row 2 of the table", "row 3 of the table",
        "row 4 of the table", "muster: 4 files, 4 estimates"),
        Screen.lines(screen.toString().replace(System.lineSeparator(), "\n")));
  }

  @Test
  void oneFileIsSingular() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, false, new Ticks(600)::next);
    p.total(1);
    p.fileDone();
    assertEquals("\rmuster: 1/1 file", err.toString());
  }
}

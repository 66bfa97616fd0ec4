package dev.muster.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * What a terminal shows after some text is written to it: {@code \n} starts a new line, {@code \r}
 * goes back to the start of the line, and later characters overwrite earlier ones. Trailing
 * spaces are dropped from each line.
 */
final class Screen {

  private Screen() {}

  static List<String> lines(String written) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int col = 0;
    for (char c : written.toCharArray()) {
      if (c == '\n') {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        col = 0;
      } else if (c == '\r') {
        col = 0;
      } else {
        if (col < line.length()) {
          line.setCharAt(col, c);
        } else {
          line.append(c);
        }
        col++;
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}

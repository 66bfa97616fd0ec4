package dev.muster.parse.quantity;

/** How the number grammar tests write a {@link NumberRead}, to compare it with one line. */
final class NumberReads {

  private NumberReads() {}

  /** "value words scaled end", or "magnitude low-high end", or "malformed end", or "none" for null. */
  static String describe(NumberRead n) {
    if (n == null) {
      return "none";
    }
    if (n.malformed()) {
      return "malformed " + n.end();
    }
    if (n.magnitude()) {
      return "magnitude " + n.magLow() + "-" + n.magHigh() + " " + n.end();
    }
    return n.value().toPlainString() + (n.words() ? " words" : "") + (n.scaled() ? " scaled" : "") + " " + n.end();
  }
}

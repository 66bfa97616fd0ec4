package dev.muster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A term of the UK Defence Intelligence probability yardstick, with its probability band.
 *
 * <p>Immutable and thread-safe, like every enum. Its canonical text (JSON and
 * {@link #toString()}) is the lower-case term, e.g. {@code almost certain}.
 */
public enum Likelihood {
  REMOTE_CHANCE("remote chance", 0, 5),
  HIGHLY_UNLIKELY("highly unlikely", 10, 20),
  UNLIKELY("unlikely", 25, 35),
  REALISTIC_POSSIBILITY("realistic possibility", 40, 50),
  LIKELY("likely", 55, 75),
  HIGHLY_LIKELY("highly likely", 80, 90),
  ALMOST_CERTAIN("almost certain", 95, 100);

  private final String term;
  private final int lowPercent;
  private final int highPercent;

  Likelihood(String term, int lowPercent, int highPercent) {
    this.term = term;
    this.lowPercent = lowPercent;
    this.highPercent = highPercent;
  }

  /** Returns the yardstick term, lower case, e.g. {@code realistic possibility}. */
  @JsonValue
  public String term() {
    return term;
  }

  /** Returns the lowest probability of the band, in percent. */
  public int lowPercent() {
    return lowPercent;
  }

  /** Returns the highest probability of the band, in percent. */
  public int highPercent() {
    return highPercent;
  }

  /**
   * Reads a yardstick term, ignoring case and surrounding space.
   *
   * @param term the term, not null, e.g. {@code "Almost certain"}
   * @return the likelihood
   * @throws IllegalArgumentException if the text is not a yardstick term
   */
  @JsonCreator
  public static Likelihood parse(CharSequence term) {
    Objects.requireNonNull(term, "term");
    String t = term.toString().trim().toLowerCase(Locale.ROOT);
    for (Likelihood l : values()) {
      if (l.term.equals(t) || l.name().toLowerCase(Locale.ROOT).equals(t)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "not a probability-yardstick term: '" + cut(t) + "' (expected one of: remote chance, "
            + "highly unlikely, unlikely, realistic possibility, likely, highly likely, almost certain)");
  }

  private static String cut(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "...";
  }

  @Override
  public String toString() {
    return term;
  }
}

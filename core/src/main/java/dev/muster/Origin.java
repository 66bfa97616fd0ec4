package dev.muster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who counted people are by nationality or region: an ISO 3166-1 alpha-2 country code
 * ({@code NP}), a region slug ({@code south-asia}), or {@code foreign} for foreigners whose
 * country is not said.
 *
 * <p>Immutable and thread-safe; treat as a value. Its canonical text is the code itself.
 */
public final class Origin implements Comparable<Origin> {

  /** The region slugs this library knows. */
  public static final Set<String> REGIONS = Set.of(
      "south-asia", "east-asia", "southeast-asia", "central-asia", "west-asia", "asia",
      "africa", "north-africa", "west-africa", "east-africa", "sub-saharan-africa",
      "middle-east", "latin-america", "caribbean", "former-soviet-union", "global-south",
      "europe", "eastern-europe", "european-union", "balkans", "caucasus", "north-america",
      "south-america", "oceania");

  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

  /** Foreigners whose country the text does not give. */
  public static final Origin FOREIGN = new Origin("foreign");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final String code;
  private final boolean country;

  private Origin(String code) {
    this.code = code;
    this.country = CODE.matcher(code).matches();
  }

  /**
   * Returns the origin with this code.
   *
   * @param code not null: an ISO 3166-1 alpha-2 code (upper case), a region slug, or
   *     {@code foreign}
   * @throws IllegalArgumentException if the code is none of those
   */
  @JsonCreator
  public static Origin of(String code) {
    Objects.requireNonNull(code, "code");
    if (code.equals("foreign")) {
      return FOREIGN;
    }
    if (CODE.matcher(code).matches()) {
      if (!COUNTRIES.contains(code) && !code.equals("XK")) {
        throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: '" + code + "'");
      }
      return new Origin(code);
    }
    if (REGIONS.contains(code)) {
      return new Origin(code);
    }
    throw new IllegalArgumentException("not an origin: '" + (code.length() > 64 ? code.substring(0, 64) : code)
        + "' (expected an ISO 3166-1 alpha-2 code such as NP, a region slug such as south-asia, or foreign)");
  }

  /** Returns the code, e.g. {@code NP}, {@code south-asia} or {@code foreign}. */
  @JsonValue
  public String code() {
    return code;
  }

  /** Returns whether this is a country (an ISO 3166-1 code). */
  public boolean isCountry() {
    return country;
  }

  /** Returns whether this is a region slug. */
  public boolean isRegion() {
    return REGIONS.contains(code);
  }

  @Override
  public int compareTo(Origin o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Origin && ((Origin) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}

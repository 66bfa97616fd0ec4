package dev.muster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The size a text states: inclusive bounds (either may be open), how they relate to the words,
 * and for money its currency and for rates its period.
 *
 * <p>Immutable and thread-safe; treat as a value. Bounds are normalised: a whole number is held
 * with scale 0, so {@code 1.5 million} equals {@code 1500000}.
 *
 * <pre>{@code
 * Quantity over1500 = Quantity.moreThan(1500);
 * Quantity pay = Quantity.builder().low(new BigDecimal("3000")).high(new BigDecimal("3000"))
 *     .qualifier(Qualifier.EXACT).unit(Currency.getInstance("USD")).per(Per.MONTH).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
public abstract class Quantity {

  /** The largest magnitude a quantity may hold: 10^15. */
  public static final BigDecimal MAX = BigDecimal.TEN.pow(15);

  /** Returns the inclusive low bound; empty when unbounded below. */
  public abstract Optional<BigDecimal> low();

  /** Returns the inclusive high bound; empty when unbounded above. */
  public abstract Optional<BigDecimal> high();

  /** Returns how the bounds relate to the words of the text. */
  public abstract Qualifier qualifier();

  /** Returns the currency of an amount of money; empty for counts of people. */
  public abstract Optional<Currency> unit();

  /** Returns the period of a rate ("a month"); empty for a total. */
  public abstract Optional<Per> per();

  /** Returns whether this quantity is an amount of money. */
  @JsonIgnore
  public boolean isMoney() {
    return unit().isPresent();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an exact count, e.g. {@code 771}. */
  public static Quantity exact(long n) {
    return point(BigDecimal.valueOf(n), Qualifier.EXACT);
  }

  /** Returns an approximate count, e.g. "about 10,000". */
  public static Quantity approximately(long n) {
    return point(BigDecimal.valueOf(n), Qualifier.APPROXIMATE);
  }

  /** Returns a count with a low bound only, e.g. "more than 1,500". */
  public static Quantity moreThan(long n) {
    return builder().low(BigDecimal.valueOf(n)).qualifier(Qualifier.MORE_THAN).build();
  }

  /** Returns a count with a low bound only, e.g. "at least 14". */
  public static Quantity atLeast(long n) {
    return builder().low(BigDecimal.valueOf(n)).qualifier(Qualifier.AT_LEAST).build();
  }

  /** Returns a count with a high bound only, e.g. "fewer than 200". */
  public static Quantity lessThan(long n) {
    return builder().high(BigDecimal.valueOf(n)).qualifier(Qualifier.LESS_THAN).build();
  }

  /** Returns a count with a high bound only, e.g. "up to 15,000". */
  public static Quantity atMost(long n) {
    return builder().high(BigDecimal.valueOf(n)).qualifier(Qualifier.AT_MOST).build();
  }

  /** Returns a range, e.g. "between 14,000 and 15,000". */
  public static Quantity range(long low, long high) {
    return builder()
        .low(BigDecimal.valueOf(low))
        .high(BigDecimal.valueOf(high))
        .qualifier(Qualifier.RANGE)
        .build();
  }

  /** Returns a vague magnitude, e.g. "hundreds" as 200..999. */
  public static Quantity magnitude(long low, long high) {
    return builder()
        .low(BigDecimal.valueOf(low))
        .high(BigDecimal.valueOf(high))
        .qualifier(Qualifier.MAGNITUDE)
        .build();
  }

  /** Returns a point value (low = high) with the given qualifier. */
  public static Quantity point(BigDecimal value, Qualifier qualifier) {
    return builder().low(value).high(value).qualifier(qualifier).build();
  }

  /** Returns a copy with the given currency. */
  public Quantity withUnit(Currency currency) {
    return builder().from(this).unit(currency).build();
  }

  /** Returns a copy with the given rate period. */
  public Quantity withPer(Per period) {
    return builder().from(this).per(period).build();
  }

  /** Returns whether the two quantities' intervals share at least one value. */
  public boolean overlaps(Quantity other) {
    boolean belowOther = high().isPresent() && other.low().isPresent()
        && high().get().compareTo(other.low().get()) < 0;
    boolean aboveOther = low().isPresent() && other.high().isPresent()
        && low().get().compareTo(other.high().get()) > 0;
    return !belowOther && !aboveOther;
  }

  @Value.Check
  protected Quantity normalize() {
    // each accessor call wraps the field in a new Optional: read each bound once
    BigDecimal low = low().orElse(null);
    BigDecimal high = high().orElse(null);
    BigDecimal l = low == null ? null : plain(low);
    BigDecimal h = high == null ? null : plain(high);
    if (!java.util.Objects.equals(l, low) || !java.util.Objects.equals(h, high)) {
      return builder().from(this).low(Optional.ofNullable(l)).high(Optional.ofNullable(h)).build();
    }
    check(low, high);
    return this;
  }

  private void check(BigDecimal low, BigDecimal high) {
    Qualifier q = qualifier();
    if (q.hasLow() != (low != null)) {
      throw new IllegalArgumentException("qualifier " + q + (q.hasLow() ? " needs" : " takes no")
          + " low bound, got low=" + (low == null ? "none" : low.toPlainString()));
    }
    if (q.hasHigh() != (high != null)) {
      throw new IllegalArgumentException("qualifier " + q + (q.hasHigh() ? " needs" : " takes no")
          + " high bound, got high=" + (high == null ? "none" : high.toPlainString()));
    }
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low must not exceed high: low="
          + low.toPlainString() + " > high=" + high.toPlainString());
    }
    if (q.isPoint() && low.compareTo(high) != 0) {
      throw new IllegalArgumentException("qualifier " + q + " needs low = high, got low="
          + low.toPlainString() + ", high=" + high.toPlainString());
    }
    checkBound(low);
    checkBound(high);
  }

  private void checkBound(BigDecimal v) {
    if (v == null) {
      return;
    }
    if (v.signum() < 0) {
      throw new IllegalArgumentException("a quantity must not be negative, got " + v.toPlainString());
    }
    if (v.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("a quantity must not exceed 10^15, got " + v.toPlainString());
    }
    if (v.scale() > 0 && !isMoney()) {
      throw new IllegalArgumentException(
          "a count of people must be a whole number, got " + v.toPlainString()
              + " (only money, with a unit, may have decimals)");
    }
  }

  /** Returns a whole number with scale 0, any other number without trailing zeros. */
  static BigDecimal plain(BigDecimal v) {
    if (v.scale() == 0) {
      return v;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Returns the canonical text: {@code 771}, {@code ~100}, {@code >1500}, {@code >=14},
   * {@code <200}, {@code <=15000}, {@code 14000..15000}, {@code ~[200..999]}, followed by
   * {@code  USD} and {@code /MONTH} where present.
   */
  @Override
  public String toString() {
    String l = low().map(BigDecimal::toPlainString).orElse("");
    String h = high().map(BigDecimal::toPlainString).orElse("");
    String s;
    switch (qualifier()) {
      case EXACT: s = l; break;
      case APPROXIMATE: s = "~" + l; break;
      case MORE_THAN: s = ">" + l; break;
      case AT_LEAST: s = ">=" + l; break;
      case LESS_THAN: s = "<" + h; break;
      case AT_MOST: s = "<=" + h; break;
      case RANGE: s = l + ".." + h; break;
      default: s = "~[" + l + ".." + h + "]"; break;
    }
    return s + unit().map(c -> " " + c.getCurrencyCode()).orElse("")
        + per().map(p -> "/" + p).orElse("");
  }

  /** A builder of {@link Quantity}. */
  public static class Builder extends ImmutableQuantity.Builder {}
}

package dev.muster.parse.classify;

import com.ibm.icu.util.ULocale;
import dev.muster.Origin;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The currencies that share a plain name ("pesos", "rupees", "shillings", "CFA francs", "som"),
 * read from ICU's list of the world's currencies and of the currency each country uses today: a
 * plain name says only the family, and the country a story is about says which member it is.
 */
final class CurrencyFamilies {

  /** The family name of each current currency whose plain name another current currency shares. */
  private static final Map<String, String> FAMILY = families();

  private CurrencyFamilies() {
  }

  /** Whether a currency's plain name is shared with another country's currency ("pesos", not "naira"). */
  static boolean isShared(Currency c) {
    return FAMILY.containsKey(c.getCurrencyCode());
  }

  /**
   * The currency country {@code o} uses today, when it is of the family of {@code plain}
   * (Philippine pesos for "pesos" and the Philippines; none for "pesos" and Nepal).
   */
  static Optional<Currency> of(Currency plain, Origin o) {
    String family = FAMILY.get(plain.getCurrencyCode());
    if (family == null || !o.isCountry()) {
      return Optional.empty();
    }
    String[] used = com.ibm.icu.util.Currency.getAvailableCurrencyCodes(new ULocale("und_" + o.code()), new Date());
    if (used == null) {
      return Optional.empty();
    }
    for (String code : used) {
      if (family.equals(FAMILY.get(code))) {
        return Optional.of(Currency.getInstance(code));
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> families() {
    Set<String> current = new HashSet<>();
    for (String cc : Locale.getISOCountries()) {
      String[] used = com.ibm.icu.util.Currency.getAvailableCurrencyCodes(new ULocale("und_" + cc), new Date());
      if (used != null) {
        current.addAll(java.util.List.of(used));
      }
    }
    Map<String, String> nameOf = new HashMap<>();
    Map<String, Integer> members = new HashMap<>();
    for (String code : current) {
      String name = plainName(com.ibm.icu.util.Currency.getInstance(code).getName(ULocale.ENGLISH,
          com.ibm.icu.util.Currency.LONG_NAME, null));
      nameOf.put(code, name);
      members.merge(name, 1, Integer::sum);
    }
    Map<String, String> out = new HashMap<>();
    nameOf.forEach((code, name) -> {
      if (members.get(name) > 1) {
        out.put(code, name);
      }
    });
    return Map.copyOf(out);
  }

  /**
   * "Philippine Peso": "peso"; "Central African CFA Franc": "cfa franc", the name after the country's
   * adjective; "UAE Dirham": "dirham" (an acronym that is the whole adjective is the country's).
   */
  private static String plainName(String display) {
    String[] w = display.split(" ");
    String last = w[w.length - 1];
    boolean acronym = w.length > 2 && w[w.length - 2].length() > 1 && w[w.length - 2].equals(w[w.length - 2].toUpperCase(Locale.ROOT));
    return (acronym ? w[w.length - 2] + " " + last : last).toLowerCase(Locale.ROOT);
  }
}

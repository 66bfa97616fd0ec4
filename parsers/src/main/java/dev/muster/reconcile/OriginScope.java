package dev.muster.reconcile;

import dev.muster.Origin;
import java.util.Map;
import java.util.Set;

/**
 * Which origins contain which: {@code foreign} holds every origin but Russia's own, and a few
 * regions hold their sub-regions ({@code asia} holds {@code south-asia} ...). Countries are not
 * placed in regions. Immutable constants only.
 */
final class OriginScope {

  private static final Origin RUSSIA = Origin.of("RU");

  private static final Map<String, Set<String>> SUBREGIONS = Map.of(
      "asia", Set.of("south-asia", "east-asia", "southeast-asia", "central-asia", "west-asia"),
      "africa", Set.of("north-africa", "west-africa", "east-africa", "sub-saharan-africa"),
      "europe", Set.of("eastern-europe", "european-union", "balkans"),
      "latin-america", Set.of("south-america", "caribbean"));

  private OriginScope() {}

  /** Returns whether {@code broad} is or contains {@code narrow}. */
  static boolean contains(Origin broad, Origin narrow) {
    if (broad.equals(narrow)) {
      return true;
    }
    if (broad.equals(Origin.FOREIGN)) {
      return !narrow.equals(RUSSIA);
    }
    return SUBREGIONS.getOrDefault(broad.code(), Set.of()).contains(narrow.code());
  }

  /**
   * Returns whether a part's origins are narrower than a whole's: the part names some origin,
   * each of them lies inside one of the whole's, and the two sets differ.
   */
  static boolean isNarrower(Set<Origin> part, Set<Origin> whole) {
    return !part.isEmpty() && !part.equals(whole)
        && part.stream().allMatch(p -> whole.stream().anyMatch(w -> contains(w, p)));
  }

  /** Returns whether no origin of one set is, holds or lies inside an origin of the other. */
  static boolean isDisjoint(Set<Origin> a, Set<Origin> b) {
    return a.stream().noneMatch(x -> b.stream().anyMatch(y -> contains(x, y) || contains(y, x)));
  }
}

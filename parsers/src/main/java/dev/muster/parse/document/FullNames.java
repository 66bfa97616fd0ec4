package dev.muster.parse.document;

import dev.muster.Source;
import dev.muster.SourceKind;
import dev.muster.parse.classify.Figure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage document: a person is named as fully as the page names them. A source that is one word of
 * a person ("said Thapa", "according to Mensah") becomes the full name the document writes with
 * that word last ("Kamala Thapa", "Joseph Kwame Mensah"), when it writes exactly one such name.
 * A first name alone ("Olga"), which no full name ends with, stays as it is. A name written in East
 * Asian order, a family name and then a hyphenated given name ("Park Sun-won", "Lee Seong-kweun"),
 * is also called by its first word ("Park said"), when no full name ends with that word.
 *
 * <p>Stateless and thread-safe.
 */
public final class FullNames {

  /** Returns the figures with each one-word person among their sources named in full, from {@code names}. */
  public List<Figure> apply(List<Figure> figures, Collection<String> names) {
    Map<String, String> byLast = byLastWord(names);
    Map<String, String> byFamily = byFamilyName(names);
    byFamily.keySet().removeAll(byLast.keySet());
    byLast.putAll(byFamily);
    if (byLast.isEmpty()) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.withSourcesRenamed(s -> {
        String full = oneWordPerson(s) ? byLast.get(s.name()) : null;
        return full == null ? s : Source.of(full, SourceKind.OFFICIAL);
      }));
    }
    return out;
  }

  private static boolean oneWordPerson(Source s) {
    return s.kind() == SourceKind.OFFICIAL && s.aliases().isEmpty() && s.name().indexOf(' ') < 0;
  }

  /**
   * Each family name of the two-word names of {@code names} in East Asian order (a first word without
   * a hyphen, then a hyphenated given name: "Park Sun-won") to the one such name that starts with it;
   * a family name two such names share is left out.
   */
  private static Map<String, String> byFamilyName(Collection<String> names) {
    Map<String, String> byFirst = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String n : names) {
      int space = n.indexOf(' ');
      if (space < 0 || space != n.lastIndexOf(' ') || n.indexOf('-') < space || n.endsWith("-")) {
        continue;
      }
      String first = n.substring(0, space);
      String before = byFirst.putIfAbsent(first, n);
      if (before != null && !before.equals(n)) {
        shared.add(first);
      }
    }
    byFirst.keySet().removeAll(shared);
    return byFirst;
  }

  /** Each last word of {@code names} to the one full name ending with it; a word two names end with is left out. */
  private static Map<String, String> byLastWord(Collection<String> names) {
    Map<String, String> byLast = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String n : names) {
      String last = n.substring(n.lastIndexOf(' ') + 1);
      String before = byLast.putIfAbsent(last, n);
      if (before != null && !before.equals(n)) {
        shared.add(last);
      }
    }
    byLast.keySet().removeAll(shared);
    return byLast;
  }
}

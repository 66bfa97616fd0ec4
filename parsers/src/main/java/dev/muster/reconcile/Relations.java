package dev.muster.reconcile;

import dev.muster.Measure;
import dev.muster.Source;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How two findings relate: the same people, the same time, a source or a document in common.
 * Pure functions over values, shared by the conflict and the parts rules.
 */
final class Relations {

  private static final Pattern CONTRAST = Pattern.compile("\\b(?:but|while|whereas|however|"
      + "although|though|lower|higher|disputes?|disputed|contrary|contradicts?|instead|versus)\\b",
      Pattern.CASE_INSENSITIVE);

  private Relations() {}

  /** Returns whether the findings count in the same unit and rate. */
  static boolean sameUnit(Finding a, Finding b) {
    return a.merged().value().unit().equals(b.merged().value().unit())
        && a.merged().value().per().equals(b.merged().value().per());
  }

  /**
   * Returns a key equal for findings of the same people in the same unit and rate: equal
   * for every two findings {@link #sameUnit} and {@link #samePeople}.
   */
  static String peopleKey(Finding f) {
    return f.merged().value().unit() + "|" + f.merged().value().per() + "|" + f.origins() + "|"
        + f.category();
  }

  /** Returns whether the findings are about the same people: equal origins and categories. */
  static boolean samePeople(Finding a, Finding b) {
    return a.origins().equals(b.origins()) && a.category().equals(b.category());
  }

  /**
   * Returns whether the findings tell the same time: both give a period and the two are the
   * same ({@link Periods#same}); or neither gives one and a sentence states both.
   */
  static boolean sameTime(Finding a, Finding b) {
    if (a.period().isPresent() && b.period().isPresent()) {
      return Periods.same(a.period().get(), b.period().get());
    }
    return a.period().isEmpty() && b.period().isEmpty() && shareSentence(a, b);
  }

  /**
   * Returns whether the findings may tell the same time for a breakdown: as
   * {@link #sameTime}, or neither gives a period and a document states both.
   */
  static boolean sameTimeLoosely(Finding a, Finding b) {
    return sameTime(a, b)
        || a.period().isEmpty() && b.period().isEmpty() && shareDocument(a, b);
  }

  /** Returns whether one sentence of one document states both findings. */
  static boolean shareSentence(Finding a, Finding b) {
    return a.members().stream().anyMatch(m -> b.members().stream().anyMatch(n ->
        m.documentId().equals(n.documentId())
            && m.evidence().start() == n.evidence().start()
            && m.evidence().end() == n.evidence().end()));
  }

  /**
   * Returns whether one sentence states both findings and sets one against the other: a word
   * of contrast ("but", "while", "whereas", "however", "lower", "higher", "disputed" ...) stands
   * between the two figures.
   */
  static boolean contrasted(Finding a, Finding b) {
    for (Member m : a.members()) {
      for (Member n : b.members()) {
        if (m.documentId().equals(n.documentId()) && m.evidence().start() == n.evidence().start()
            && m.evidence().end() == n.evidence().end()) {
          int x = at(m);
          int y = at(n);
          String between = m.evidence().text().substring(Math.min(x, y), Math.max(x, y));
          if (CONTRAST.matcher(between).find()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Returns where the member's mention starts in its evidence (its first occurrence). */
  static int at(Member m) {
    return Math.max(0, m.evidence().text().indexOf(m.mention()));
  }

  /** Returns whether a document states both findings. */
  static boolean shareDocument(Finding a, Finding b) {
    return a.documentIds().stream().anyMatch(b.documentIds()::contains);
  }

  /** Returns the names of the finding's primary sources. */
  static Set<String> primaryNames(Finding f) {
    return f.primarySources().stream().map(Source::name).collect(Collectors.toSet());
  }

  /** Returns the names of the finding's named primary sources (not outlets' own figures). */
  static Set<String> namedPrimaryNames(Finding f) {
    return f.members().stream().filter(Member::isNamed).map(m -> m.primary().name())
        .collect(Collectors.toSet());
  }

  /** Returns whether the findings share a primary source or a document. */
  static boolean shareOrigin(Finding a, Finding b) {
    return shareDocument(a, b) || primaryNames(a).stream().anyMatch(primaryNames(b)::contains);
  }

  /** Returns whether {@code part}'s measure is a part of {@code whole}'s: killed or wounded of casualties. */
  static boolean isPartMeasure(Measure part, Measure whole) {
    return whole == Measure.CASUALTIES && (part == Measure.KILLED || part == Measure.WOUNDED);
  }

  /** Returns the bounds all members concede, approximations read as roundings. */
  static Bounds agreed(Finding f) {
    return Rounding.loose(f.merged().agreed());
  }
}

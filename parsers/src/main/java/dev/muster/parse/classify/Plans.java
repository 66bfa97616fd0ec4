package dev.muster.parse.classify;

import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.util.List;

/**
 * A plan or quota that a figure is the size of: the plan word is the subject of a linking verb
 * right before the number ("the plan for this year is 3,000 volunteers", "the quota calls for
 * 12,000 recruits", "the plans ... add up to 343,000"), so the number is what was planned, not
 * people who came.
 *
 * <p>Immutable and thread-safe.
 */
final class Plans {

  /** How many words may stand between the linking verb and the number ("envisages recruiting", "add up to"). */
  private static final int LINK_REACH = 3;
  /** How far before the linking verb its plan word may stand ("the plan for the current year, according to the governor, is"). */
  private static final int SUBJECT_REACH = 12;

  /** "plan", "quota": nouns whose size a linked number is. */
  private final Words planNouns;
  /** "is", "envisages", "foresees", "add": verbs that link a plan to its size. */
  private final Words links;

  Plans(Lexicon lex) {
    this.planNouns = lex.optionalWords("classify.plan-nouns");
    this.links = lex.optionalWords("classify.plan-links");
  }

  /** Whether the number starting at {@code first} is the size a plan word before it in {@code [lo, first)} is linked to. */
  boolean sizeOfPlan(List<Token> t, int first, int lo) {
    int from = Math.max(lo, first - LINK_REACH);
    for (int v = first - 1; v >= from; v--) {
      if (barrier(t.get(v))) {
        return false;
      }
      if (links.has(t.get(v))) {
        return planBefore(t, v, lo);
      }
    }
    return false;
  }

  private boolean planBefore(List<Token> t, int v, int lo) {
    for (int k = v - 1; k >= Math.max(lo, v - SUBJECT_REACH); k--) {
      if (barrier(t.get(k))) {
        return false;
      }
      if (planNouns.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** A colon or semicolon: the plan word and its size stand in one clause (the figure before bounds it at lo). */
  private static boolean barrier(Token x) {
    return x.is(":") || x.is(";");
  }
}

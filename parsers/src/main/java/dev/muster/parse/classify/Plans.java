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
  /** "wants", "plans", "intends": verbs of aim before an infinitive. */
  private final Words aims;
  /** "asked", "tasked": verbs of a task set by others before an infinitive ("was asked to find"). */
  private final Words tasks;
  /** "to": the infinitive's marker. */
  private final Words infinitive;
  /** "additional", "more": words that make a count of soldiers a force's growth. */
  private final Words growth;

  Plans(Lexicon lex) {
    this.planNouns = lex.optionalWords("classify.plan-nouns");
    this.links = lex.optionalWords("classify.plan-links");
    this.aims = lex.optionalWords("classify.aim-words");
    this.tasks = lex.optionalWords("classify.task-words");
    this.infinitive = lex.optionalWords("classify.infinitive-markers");
    this.growth = lex.optionalWords("classify.plan-growth-words");
  }

  /** Whether a word of {@code t[from, to)} makes its soldiers a force's growth ("20,000 additional troops"). */
  boolean grows(List<Token> t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
      if (growth.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** How many words the infinitive's verb may have before the number ("to station", "to bring in"). */
  private static final int VERB_REACH = 2;

  /**
   * Whether the number starting at {@code first} is what an aim or a task is to reach: an aim or
   * task word, "to" and a verb of one or two words right before it ("intends to station 20,000
   * troops", "was asked to find 4,200 recruits", "wants to bring in 3,000"), so the number is the
   * plan's size, not people counted.
   */
  boolean aimedSize(List<Token> t, int first, int lo) {
    for (int n = 1; n <= VERB_REACH; n++) {
      int marker = first - n - 1;
      if (marker - 1 < lo) {
        return false;
      }
      if (!t.get(first - n).isWord()) {
        return false;
      }
      if (infinitive.has(t.get(marker))) {
        Token aim = t.get(marker - 1);
        return aims.has(aim) || tasks.has(aim);
      }
    }
    return false;
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

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
  /** "ordering", "told": verbs of an order, before its object and an infinitive ("ordering regions to recruit"). */
  private final Words orders;
  /** "to": the infinitive's marker. */
  private final Words infinitive;
  /** "additional", "more": words that make a count of soldiers a force's growth. */
  private final Words growth;
  /** "raise", "expand", "set": verbs that give a force a new size. */
  private final Words resizes;
  /** "enlarged", "raised": participles that give a force a new size after "be" ("is to be raised to"). */
  private final Words resizedParticiples;
  /** "number", "reach": verbs of the size a force has, after a modal. */
  private final Words sizeVerbs;
  /** "should", "will", "to": words before a size that is yet to be. */
  private final Words modals;
  /** "to", "at": the prepositions before the size a force is given. */
  private final Words sizeMarks;
  /** "army", "forces", "strength": words of a force as a whole. */
  private final Words forces;
  /** "by": the word before the amount a force is changed by ("raise the army by 180,000"). */
  private final Words changeBy;
  /** "raised", "increased": past forms of resizing verbs that, with an object, change a force's size. */
  private final Words resizedPast;
  /** "number": a count whose "of" phrase names a force's members ("the number of servicemen"). */
  private final Words countWords;
  /** "servicemen", "troops": the members of a force, which a count of them stands for. */
  private final Words members;

  Plans(Lexicon lex) {
    this.planNouns = lex.optionalWords("classify.plan-nouns");
    this.links = lex.optionalWords("classify.plan-links");
    this.aims = lex.optionalWords("classify.aim-words");
    this.tasks = lex.optionalWords("classify.task-words");
    this.orders = lex.optionalWords("classify.order-words");
    this.infinitive = lex.optionalWords("classify.infinitive-markers");
    this.growth = lex.optionalWords("classify.plan-growth-words");
    this.resizes = lex.optionalWords("classify.resize-verbs");
    this.sizeMarks = lex.optionalWords("classify.resize-marks");
    this.resizedParticiples = lex.optionalWords("classify.resized-participles");
    this.sizeVerbs = lex.optionalWords("classify.size-verbs");
    this.modals = lex.optionalWords("classify.size-modals");
    this.forces = lex.optionalWords("classify.force-wholes");
    this.changeBy = lex.optionalWords("quantity.change-by");
    this.resizedPast = lex.optionalWords("classify.resized-past");
    this.countWords = lex.optionalWords("classify.force-counts");
    this.members = lex.optionalWords("classify.force-members");
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
   * Whether the number starting at {@code first} is what an aim or a task is to reach: an aim verb
   * right before it ("seeks 20,000 volunteers"), or an aim or task word, "to" and a verb of one or two words right before it ("intends to station 20,000
   * troops", "was asked to find 4,200 recruits", "wants to bring in 3,000", "ordering regions to
   * recruit 343,000"), so the number is the
   * plan's size, not people counted.
   */
  boolean aimedSize(List<Token> t, int first, int lo) {
    if (first - 1 >= lo && aims.has(t.get(first - 1))) {
      return true; // "the drive seeks 20,000 volunteers", "wants 30,000 more troops"
    }
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
        // "the goal is to sign up 3,500": a plan word linked to the infinitive
        return aims.has(aim) || tasks.has(aim) || links.has(aim) && planBefore(t, marker - 1, lo)
            || ordered(t, marker - 1, lo);
      }
    }
    return false;
  }

  /** How many words the object of an order may have before its infinitive ("the regional offices"). */
  private static final int ORDER_OBJECT_REACH = 3;

  /**
   * Whether a verb of ordering stands before the object ending at {@code last}, over a few words
   * and no punctuation ("a directive ordering regions to", "has told governors to", "instructs the
   * regional offices to"): the infinitive after is a task set by others.
   */
  private boolean ordered(List<Token> t, int last, int lo) {
    for (int k = last - 1; k >= Math.max(lo, last - ORDER_OBJECT_REACH); k--) {
      if (!t.get(k).isWord()) {
        return false;
      }
      if (orders.has(t.get(k))) {
        return true;
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

  /** How many words a qualifier before the number may take ("a quota of about 10,000", "of no fewer than"). */
  private static final int QUALIFIER_REACH = 3;
  /** How many words before a force's word its aim may stand ("wants a larger army of"). */
  private static final int AIM_REACH = 3;
  /** How far before its preposition the force word may stand ("the regular strength of the armed forces at"). */
  private static final int FORCE_REACH = 8;

  /** Where "of" stands right before the number or its qualifier, or -1. */
  private static int ofBefore(List<Token> t, int first, int lo) {
    for (int k = first - 1; k >= Math.max(lo, first - 1 - QUALIFIER_REACH); k--) {
      if (t.get(k).is("of")) {
        return k;
      }
      if (!t.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the number starting at {@code first} is the size of a plan word right before it
   * ("a quota of 10,000 women to be signed up", "a target of 18,000 new soldiers"), or of a force
   * that is aimed at ("wants an army of 1.5 million"; not "has an army of 1.3 million").
   */
  boolean planOf(List<Token> t, int first, int lo) {
    int of = ofBefore(t, first, lo);
    if (of - 1 < lo) {
      return false;
    }
    if (planNouns.has(t.get(of - 1))) {
      return true;
    }
    if (!forces.has(t.get(of - 1))) {
      return false;
    }
    for (int k = of - 2; k >= Math.max(lo, of - 1 - AIM_REACH); k--) {
      if (aims.has(t.get(k))) {
        return true;
      }
      if (!t.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the number starting at {@code first} is a new size a force is given: a verb that
   * resizes, a force word and "to" or "at" right before the number ("raise the army to 1.5
   * million", "set the full strength of the armed forces at 2.39 million"; not "the army grew to"
   * or "rose to", which tell a size reached).
   */
  boolean resized(List<Token> t, int first, int lo) {
    int mark = markBefore(t, first, lo, sizeMarks);
    if (mark < 0) {
      return false;
    }
    boolean force = false;
    for (int k = mark - 1; k >= Math.max(lo, mark - FORCE_REACH); k--) {
      Token x = t.get(k);
      if (barrier(x) || x.is(",")) {
        return false;
      }
      force |= forces.has(x);
      if (resizes.has(x)) {
        return force;
      }
      if (k > lo && resizedParticiples.has(x) && t.get(k - 1).is("be")) {
        return force || forceBefore(t, k - 1, lo); // "the army would be enlarged to 1.5 million"
      }
    }
    return false;
  }

  /**
   * Whether the number starting at {@code first} is the amount a force is changed by: "by" right
   * before it (or its qualifier), and before that, in the clause, a verb that resizes and its object,
   * which names the force as a whole or counts its members ("raised the number of servicemen by
   * 180,000", "will expand the armed forces by 137,000"; not "the army grew by 20,000", where no one
   * sets the size, nor "raised the bonus by 100,000").
   */
  boolean resizedBy(List<Token> t, int first, int lo) {
    int by = markBefore(t, first, lo, changeBy);
    if (by < 0) {
      return false;
    }
    boolean force = false;
    for (int k = by - 1; k >= Math.max(lo, by - FORCE_REACH); k--) {
      Token x = t.get(k);
      if (barrier(x) || x.is(",") || x.isNumber()) {
        return false;
      }
      force |= forces.has(x) || countWords.has(x) && k + 2 < by && t.get(k + 1).is("of") && members.has(t.get(k + 2));
      if (resizes.has(x) || resizedPast.has(x)) {
        return force && k < by - 1;
      }
    }
    return false;
  }

  /**
   * The index of the word of {@code marks} ("to", "at", "by") right before the number starting at
   * {@code first}, past at most its qualifier's words ("to about 1.5 million"), or -1 when there is
   * none within the clause from {@code lo}.
   */
  private static int markBefore(List<Token> t, int first, int lo, Words marks) {
    int mark = first - 1;
    while (mark >= lo && !marks.has(t.get(mark)) && first - mark <= QUALIFIER_REACH && t.get(mark).isWord()) {
      mark--;
    }
    return mark >= lo && marks.has(t.get(mark)) ? mark : -1;
  }

  /**
   * Whether the number starting at {@code first} is the size a force is to have: a verb of size
   * after a modal, with a force word before it ("the armed forces should number 2,389,130", "the
   * army is to reach 1.5 million"; not "casualties could reach 50,000", which counts no force).
   */
  boolean sizeToBe(List<Token> t, int first, int lo) {
    return first - 2 >= lo && sizeVerbs.has(t.get(first - 1)) && modals.has(t.get(first - 2))
        && forceBefore(t, first - 2, lo);
  }

  /**
   * Whether a bare number starting at {@code first} is what was hoped for: an aim verb right before
   * it, or before "for" ("the ministry had expected several thousand", "officials had hoped for
   * several thousand by the summer").
   */
  boolean aimedBare(List<Token> t, int first, int lo) {
    int v = first - 1;
    if (v - 1 >= lo && t.get(v).is("for")) {
      v--;
    }
    return v >= lo && aims.has(t.get(v));
  }

  /** Whether a force word stands in the clause before {@code end}, within reach ("the ground forces will"). */
  private boolean forceBefore(List<Token> t, int end, int lo) {
    for (int k = end - 1; k >= Math.max(lo, end - FORCE_REACH); k--) {
      Token x = t.get(k);
      if (barrier(x) || x.is(",")) {
        return false;
      }
      if (forces.has(x)) {
        return true;
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

package dev.muster.parse.internal;

import dev.muster.Origin;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who a sentence attributes its figures to: source names from the source table inside
 * attribution frames ("according to X", "X said", "X's latest intelligence update", "citing
 * X", "cited by X", "research by X"), ordered outermost first, and anaphoric speakers ("it
 * said", "the review says") that refer back to an earlier source. Names outside a frame are
 * actors, not sources.
 */
final class Attributions {

  /** The role of a source in a chain, outermost first. */
  enum Role { OUTER, SPEAKER, INNER }

  /** {@link Role#values()}, which makes a new array at each call. */
  private static final Role[] ROLES = Role.values();

  static final class Found {
    final Source source;
    final Role role;
    final int start;

    Found(Source source, Role role, int start) {
      this.source = source;
      this.role = role;
      this.start = start;
    }
  }

  /** A sentence's attribution: the chain, and whether it was an anaphor to resolve. */
  static final class Result {
    final List<Found> found = new ArrayList<>();
    /** Every source name in the sentence, framed or not, and its token span. */
    final List<Source> names = new ArrayList<>();
    final List<int[]> spans = new ArrayList<>();
    boolean anaphor;
    boolean citingOnly;

    boolean isEmpty() {
      return found.isEmpty() && !anaphor;
    }

    List<Source> chain() {
      List<Source> out = new ArrayList<>();
      if (found.isEmpty()) {
        return out;
      }
      for (Role r : ROLES) {
        for (Found f : found) {
          if (f.role == r && !out.contains(f.source)) {
            out.add(f.source);
          }
        }
      }
      return out;
    }
  }

  static final Words SAY_VERBS = Words.of("said", "says", "say", "reported", "reports", "report",
      "estimated", "estimates", "estimate", "stated", "states", "noted", "notes", "claimed", "claims",
      "claim", "told", "tells", "announced", "announces", "assessed", "assesses", "assess", "added",
      "adds", "wrote", "writes", "disclosed", "revealed", "reveals", "confirmed", "confirms", "believes",
      "believe", "placed", "places", "put", "puts", "calculated", "calculates", "counted", "found",
      "finds", "suggests", "suggested", "indicated", "indicates", "warned", "mentioned", "emphasized",
      "emphasised", "emphasizes", "highlighted", "highlights", "concluded", "lists", "listed",
      "showed", "shows", "recorded", "registered", "tallied", "put", "published", "publishes",
      "documented", "identified", "verified", "counts", "estimating", "saying", "reporting", "citing",
      "asserted", "alleged", "alleges", "acknowledged", "admitted", "explained", "informed", "cited",
      "quoted", "projected", "predicted", "forecast", "insisted", "detailed", "specified", "updated",
      "read", "reads", "concludes", "observed", "observes");
  private static final Words INNER_CUES = Words.of("citing", "study", "research", "investigation",
      "analysis", "calculations", "data", "information", "figures", "based", "research", "survey",
      "count", "tally", "compiled");
  private static final Words OUTER_CUES = Words.of("cited", "reported", "published", "told", "to",
      "disclosed", "quoted");
  private static final Words REPORT_NOUNS = Words.of("update", "updates", "report", "review",
      "briefing", "assessment", "estimate", "estimates", "data", "figures", "study", "investigation",
      "analysis", "tally", "statement", "post", "count", "calculations", "bulletin", "summary",
      "intelligence", "research", "survey", "numbers", "findings", "evaluation", "account", "website");
  private static final Words ANAPHORS = Words.of("it", "he", "she", "ministry", "agency",
      "report", "review", "update", "statement", "briefing", "service", "document", "head",
      "president", "spokesperson", "spokesman", "spokeswoman", "department", "committee",
      "directorate", "minister", "intelligence", "assessment", "study", "investigation", "outlet",
      "newspaper", "publication");

  private final Lexicons lex;

  Attributions(Lexicons lex) {
    this.lex = lex;
    Vocabulary.markStarts(SAY_VERBS, sayVerb);
    this.cues = lex.sources.startBit() | lex.genericSources.startBit() | sayVerb;
  }

  /** The {@link Token#starts} bit of the say-verbs. */
  private final int sayVerb = Vocabulary.newStartBit();

  /**
   * The start bits of every token that can make a sentence attributed: the first word of a
   * source's name or of a generic one ("the ministry"), or a say-verb (for "it said").
   */
  private final int cues;

  /**
   * The source names in the tokens, longest first, as (start, end); their sources go to
   * {@code out}. A generic name ("the Ministry") stands for the latest body in {@code earlier}
   * whose name contains its keyword, and is left out when there is none.
   */
  List<int[]> mentions(List<Token> t, List<Source> out, List<Source> earlier) {
    return mentions(t, out, earlier, List.of());
  }

  /**
   * As {@link #mentions(List, List, List)}; a generic name with no earlier body resolves to the
   * one body of a hinted country ("the country's defence ministry" in a story about Sri Lanka),
   * or to the only body whose name has the keyword ("the Investigative Committee").
   */
  List<int[]> mentions(List<Token> t, List<Source> out, List<Source> earlier, List<Origin> hints) {
    return mentions(t, out, earlier, hints, new ArrayList<>());
  }

  /** As {@link #mentions(List, List, List, List)}, adding the spans to {@code spans}, which it returns. */
  private List<int[]> mentions(List<Token> t, List<Source> out, List<Source> earlier, List<Origin> hints,
      List<int[]> spans) {
    int i = 0;
    while (i < t.size()) {
      PhraseIndex.Match<Source> m = lex.sources.longest(t, i);
      PhraseIndex.Match<String> g = lex.genericSources.longest(t, i);
      if (m != null && (g == null || m.length >= g.length)) {
        spans.add(new int[] {i, i + m.length});
        out.add(m.value);
        i += m.length;
        continue;
      }
      if (g != null && i + 1 < t.size()) {
        // "the General Staff of Ukraine": a full name after the article beats the generic one
        PhraseIndex.Match<Source> full = lex.sources.longest(t, i + 1);
        if (full != null && full.length + 1 >= g.length) {
          i++;
          continue;
        }
      }
      if (g != null) {
        Source resolved = null;
        for (int k = earlier.size() - 1; k >= 0 && resolved == null; k--) {
          if (earlier.get(k).name().toLowerCase(java.util.Locale.ROOT).contains(g.value)) {
            resolved = earlier.get(k);
          }
        }
        if (resolved == null) {
          resolved = byCountry(g.value, hints);
        }
        if (resolved != null) {
          spans.add(new int[] {i, i + g.length});
          out.add(resolved);
          i += g.length;
        } else {
          i++;
        }
        continue;
      }
      i++;
    }
    return spans;
  }

  /** The sources whose lower-case name contains a generic keyword, by keyword (a lexicon value). */
  private final java.util.concurrent.ConcurrentHashMap<String, List<Map.Entry<String, Source>>> byKeyword =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Source byCountry(String keyword, List<Origin> hints) {
    List<Map.Entry<String, Source>> withKeyword = byKeyword.computeIfAbsent(keyword, k -> {
      List<Map.Entry<String, Source>> list = new ArrayList<>();
      for (Map.Entry<String, Source> e : lex.sourcesLower) {
        if (e.getKey().contains(k)) {
          list.add(e);
        }
      }
      return List.copyOf(list);
    });
    for (Origin o : hints) {
      for (Map.Entry<String, Source> e : withKeyword) {
        for (String w : lex.placeWords.getOrDefault(o, List.of())) {
          if (w.length() > 3 && e.getKey().contains(w)) {
            return e.getValue();
          }
        }
      }
    }
    return withKeyword.size() == 1 ? withKeyword.get(0).getValue() : null;
  }

  Result find(List<Token> t, List<Source> earlier) {
    return find(t, earlier, List.of());
  }

  Result find(List<Token> t, List<Source> earlier, List<Origin> hints) {
    Result r = new Result();
    if (!hasCue(t)) {
      return r; // no name and no say-verb: nothing below could find anything
    }
    List<Source> names = r.names;
    List<int[]> spans = r.spans;
    mentions(t, names, earlier, hints, spans);
    for (int n = 0; n < spans.size(); n++) {
      int s = spans.get(n)[0];
      int e = spans.get(n)[1];
      Role role = roleOf(t, s, e);
      if (role == null) {
        // "Mediazona and Meduza reported": a name joined to a framed name shares its role
        Role joined = null;
        if (n + 1 < spans.size() && joins(t, e, spans.get(n + 1)[0])) {
          joined = roleOf(t, spans.get(n + 1)[0], spans.get(n + 1)[1]);
        }
        if (joined == null && n > 0 && joins(t, spans.get(n - 1)[1], s)) {
          joined = roleOf(t, spans.get(n - 1)[0], spans.get(n - 1)[1]);
        }
        role = joined;
      }
      if (role != null) {
        r.found.add(new Found(names.get(n), role, s));
      }
    }
    if (r.found.isEmpty()) {
      r.anaphor = anaphor(t);
    } else {
      r.citingOnly = true;
      for (Found f : r.found) {
        r.citingOnly &= f.role == Role.INNER;
      }
    }
    return r;
  }

  private boolean hasCue(List<Token> t) {
    for (Token x : t) {
      if ((x.starts & cues) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(List<Token> t, int end, int nextStart) {
    int gap = nextStart - end;
    if (gap < 1 || gap > 2) {
      return false;
    }
    boolean and = false;
    for (int k = end; k < nextStart; k++) {
      if (!(t.get(k).is("and") || t.get(k).is(",") || t.get(k).is("the"))) {
        return false;
      }
      and |= t.get(k).is("and");
    }
    return and; // "Mediazona and Meduza reported"; not "According to RFE, the ministry has ..."
  }

  private Role roleOf(List<Token> t, int s, int e) {
    // "according to [a recent study by] X"
    for (int b = s - 1; b >= Math.max(0, s - 9); b--) {
      Token tok = t.get(b);
      if (tok.is("according") && b + 1 < t.size() && t.get(b + 1).is("to")) {
        boolean inner = false;
        for (int k = b + 2; k < s; k++) {
          // "according to a study by X" cites X's research; "a briefing from X" is X speaking
          if (INNER_CUES.has(t.get(k))) {
            inner = true;
          }
        }
        if (inner) {
          return Role.INNER;
        }
        return lexKind(t, s, e) == SourceKind.MEDIA_OUTLET && hasSpeakerElsewhere(t, s) ? Role.OUTER : Role.SPEAKER;
      }
      if (tok.isPunct() && !tok.is("'") && !tok.is("\"") && !tok.is("-")) {
        break;
      }
    }
    // "citing X", "cited by X", "research by X", "data from X", "published on X", "told X"
    int b = s - 1;
    while (b >= 0 && b >= s - 7 && (t.get(b).is("\"") || t.get(b).isWord() && !INNER_CUES.has(t.get(b))
            && !OUTER_CUES.has(t.get(b)) && !t.get(b).is("by") && !t.get(b).is("from")
            && !t.get(b).is("on") && !SAY_VERBS.has(t.get(b)) && !t.get(b).is("according")
            && !t.get(b).is("citing") && !t.get(b).is("quoting"))) {
      b--;
    }
    if (b >= 0) {
      Token cue = t.get(b);
      if (cue.is("citing") || cue.is("quoting")) {
        return Role.INNER;
      }
      if ((cue.is("by") || cue.is("from")) && b > 0) {
        Token before = t.get(b - 1);
        if (before.is("cited") || before.is("reported") || before.is("quoted") || before.is("published")) {
          return Role.OUTER;
        }
        if (INNER_CUES.has(before) || before.is("compiled") || before.is("conducted")
            || before.is("gathered") || before.is("collected") || before.is("produced") || before.is("obtained")
            || before.is("comes") || before.is("come") || before.is("provided") || before.is("released")
            || before.is("published") || REPORT_NOUNS.has(before)) {
          return Role.INNER;
        }
      }
      if (cue.is("on") && b > 0 && (t.get(b - 1).is("published") || t.get(b - 1).is("posted"))) {
        return Role.INNER; // the platform that carried the figure comes after its author
      }
      if (cue.is("on") && b > 0 && REPORT_NOUNS.has(t.get(b - 1))) {
        return Role.SPEAKER; // "a report on Tass stated"
      }
      if ((cue.is("told") || cue.is("to")) && b > 0 && (cue.is("told") || t.get(b - 1).is("disclosed")
          || t.get(b - 1).is("said") || t.get(b - 1).is("told"))) {
        return Role.OUTER;
      }
      if (SAY_VERBS.has(cue) && b == s - 1 || SAY_VERBS.has(cue) && t.get(b + 1).is("the")) {
        // "said the ministry", "reports Radio Free Europe"
        if (!(cue.is("citing"))) {
          return lexKind(t, s, e) == SourceKind.MEDIA_OUTLET ? Role.OUTER : Role.SPEAKER;
        }
      }
    }
    // "X said", "X's latest intelligence update", "X estimates", "X, citing Y, reported"
    int j = e;
    if (j + 1 < t.size() && t.get(j).is("'") && t.get(j + 1).is("s")) {
      j += 2;
      for (int k = j; k < Math.min(t.size(), j + 5); k++) {
        if (REPORT_NOUNS.has(t.get(k))) {
          return Role.SPEAKER;
        }
      }
    }
    boolean appositive = false;
    for (int k = j; k < t.size() && k - j <= (appositive ? 16 : 8); k++) {
      Token tok = t.get(k);
      if (SAY_VERBS.has(tok) && !tok.is("citing") && reports(t, k)) {
        return Role.SPEAKER;
      }
      if (tok.is(",") && k + 1 < t.size() && t.get(k + 1).is("citing")) {
        // "X, citing Y, reported": X is the speaker when a verb follows the citing clause
        return Role.SPEAKER;
      }
      if (tok.is(",") && k == j && k + 1 < t.size() && APPOSITIVE_STARTS.has(t.get(k + 1))) {
        appositive = true; // "Andrii Yusov, a spokesman for ..., said"
        continue;
      }
      if (tok.is(",") && appositive && k + 1 < t.size() && SAY_VERBS.has(t.get(k + 1))
          && reports(t, k + 1)) {
        return Role.SPEAKER;
      }
      if (tok.isPunct() && !tok.is("(") && !tok.is(")") && !tok.is("'") && !tok.is("-")
          && !(tok.is(",") && appositive) || tok.isNumber() || tok.is("that")) {
        break;
      }
    }
    return null;
  }

  private static final Words APPOSITIVE_STARTS = Words.of("a", "an", "the", "head", "spokesman",
      "spokesperson", "spokeswoman", "director", "chief", "chairman", "deputy", "minister", "commander",
      "founder", "leader", "secretary", "adviser", "advisor", "ambassador", "governor", "mayor");

  /** Verbs that also name actions ("announced a mobilisation") report only before a clause or figure. */
  private static final Words AMBIGUOUS = Words.of("announced", "announces", "confirmed", "confirms",
      "revealed", "reveals", "published", "publishes", "listed", "lists", "found", "finds", "recorded",
      "registered", "identified", "documented", "verified", "updated", "put", "puts", "placed", "places",
      "showed", "shows", "detailed", "specified", "counted", "counts", "read", "reads", "report", "reports",
      "informed");

  static boolean reports(List<Token> t, int verb) {
    if (!AMBIGUOUS.has(t.get(verb))) {
      return true;
    }
    for (int k = verb + 1; k < Math.min(t.size(), verb + 5); k++) {
      Token x = t.get(k);
      if (x.is("that") || x.isNumber() || x.is("\"") || x.is(",") || x.is(".") || x.is(":")
          || x.is("the") && k + 2 < t.size() && (t.get(k + 1).is("figure") || t.get(k + 1).is("number")
              || t.get(k + 1).is("total") || t.get(k + 1).is("toll"))) {
        return true;
      }
    }
    return verb + 1 >= t.size();
  }

  private boolean hasSpeakerElsewhere(List<Token> t, int s) {
    for (int k = 0; k < t.size(); k++) {
      if (k != s && SAY_VERBS.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  private SourceKind lexKind(List<Token> t, int s, int e) {
    PhraseIndex.Match<Source> m = lex.sources.longest(t, s);
    return m == null ? SourceKind.OTHER : m.value.kind();
  }

  /** "it said", "the review says", "the Head of State also stated", "Intelligence notes". */
  private boolean anaphor(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      if ((t.get(k).starts & sayVerb) == 0 || !SAY_VERBS.has(t.get(k)) || t.get(k).is("citing") || !reports(t, k)) {
        continue;
      }
      for (int b = k - 1; b >= Math.max(0, k - 4); b--) {
        Token w = t.get(b);
        if (ANAPHORS.has(w)) {
          return true;
        }
        if (!(w.is("also") || w.is("has") || w.is("have") || w.is("had") || w.is("further")
            || w.is("later") || w.is("then") || w.is("of") || w.is("state") || w.is("the")
            || w.is("latest") || w.is("separately") || w.is("earlier") || w.is("previously"))) {
          break; // "it was found that ..." is impersonal, not "it said"
        }
      }
    }
    return false;
  }
}

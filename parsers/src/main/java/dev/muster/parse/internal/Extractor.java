package dev.muster.parse.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.muster.Attribution;
import dev.muster.Estimate;
import dev.muster.Evidence;
import dev.muster.Likelihood;
import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Per;
import dev.muster.Period;
import dev.muster.Quantity;
import dev.muster.RecruitCohort;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Extracts the estimates of one English document: splits it into paragraphs and sentences,
 * finds quantities, and gives each its measure, cohort, period, attribution and likelihood;
 * then applies the document-level rules (continued attribution, breakdowns that inherit their
 * total's period and sources, one record per claim). Immutable and thread-safe: all state of a
 * call lives in the call.
 */
public final class Extractor {

  private static final int MAX_SENTENCE = 4000;
  private static final Set<String> CLAUSE_BREAKS = Words.of(";", ":", "while", "whereas", "but", "although");
  private static final Set<String> RELATIVE = Words.of("who", "whom", "which", "whose");
  private static final Set<String> OWN_FORCE_NOUNS = Words.of("soldiers", "troops", "servicemen", "personnel",
      "men", "casualties", "losses", "reservists", "conscripts", "citizens", "people", "fighters", "deaths",
      "forces", "contract soldiers", "military personnel", "recruits", "volunteers", "killed", "dead",
      "wounded", "mobilized", "mobilised", "draftees", "force");
  private static final Set<String> NOT_ORIGIN_PREPOSITIONS = Words.of("in", "to", "into", "against", "on",
      "for", "by", "at", "with", "across", "inside", "toward", "towards", "within", "near", "over",
      "throughout", "of");

  private final Lexicons lex;
  private final NumberGrammar grammar;
  private final Attributions attributions;

  public Extractor() {
    this(Lexicons.english());
  }

  Extractor(Lexicons lex) {
    this.lex = lex;
    this.grammar = new NumberGrammar(lex);
    this.attributions = new Attributions(lex);
  }

  /** A quantity with everything found for it, before the document-level rules. */
  private static final class Candidate {
    QuantityMention q;
    Measure measure;
    TreeSet<Origin> origins = new TreeSet<>();
    boolean originExplicit;
    Period period;
    List<Source> chain = new ArrayList<>();
    boolean chainOwn;
    Likelihood likelihood;
    int sentenceStart;
    int sentenceEnd;
    int mentionStart;
    int mentionEnd;
    int paragraph;
    int sentence;
    boolean elliptic;
    boolean bracketAfterMoney;
  }

  /**
   * Returns the estimates of a document.
   *
   * @param id the document id
   * @param text the whole decoded text
   * @param bodyStart where the article starts (after a date line)
   * @param published the publication date, if known
   * @param excluded ranges (start, end) of page furniture, sorted
   */
  public List<Estimate> extract(String id, String text, int bodyStart, Optional<LocalDate> published,
      List<int[]> excluded) {
    List<Candidate> all = new ArrayList<>();
    List<Source> defaultChain = new ArrayList<>();
    List<Source> lastChain = new ArrayList<>();
    int paragraph = 0;
    int sentenceNo = 0;
    int lineStart = bodyStart;
    while (lineStart < text.length()) {
      int lineEnd = lineEnd(text, lineStart);
      int next = nextLine(text, lineEnd);
      for (int[] part : cut(lineStart, lineEnd, excluded)) {
        if (!mostlyLatin(text, part[0], part[1])) {
          continue;
        }
        paragraph++;
        List<Source> paragraphChain = new ArrayList<>();
        List<Candidate> previousSentence = List.of();
        for (int[] s : sentences(text, part[0], part[1])) {
          sentenceNo++;
          if (s[1] - s[0] > MAX_SENTENCE || !mostlyLatin(text, s[0], s[1])) {
            previousSentence = List.of();
            continue;
          }
          List<Token> t = Tokenizer.tokenize(text, s[0], s[1]);
          if (t.size() > 1 && t.get(0).is("source") && t.get(1).is(":")) {
            Attributions.Result r = attributions.find(t.subList(2, t.size()));
            List<Source> c = chainOf(t.subList(2, t.size()));
            defaultChain = c.isEmpty() ? r.chain() : c;
            continue;
          }
          Attributions.Result attr = attributions.find(t);
          List<Source> chain = attr.chain();
          if (chain.isEmpty() && attr.anaphor && !lastChain.isEmpty()) {
            chain = new ArrayList<>(lastChain);
          }
          List<Candidate> found = sentence(text, t, s, published);
          boolean own = !chain.isEmpty();
          if (!own && !found.isEmpty() && !paragraphChain.isEmpty()) {
            chain = paragraphChain;
          }
          for (Candidate c : found) {
            c.paragraph = paragraph;
            c.sentence = sentenceNo;
            c.chain = new ArrayList<>(chain);
            c.chainOwn = own;
          }
          if (found.isEmpty() && own && !previousSentence.isEmpty()) {
            // "The data comes from research by X." / "About the campaign reports X."
            for (Candidate c : previousSentence) {
              if (attr.citingOnly && !c.chain.isEmpty()) {
                for (Source src : chain) {
                  if (!c.chain.contains(src)) {
                    c.chain.add(src);
                  }
                }
              } else if (c.chain.isEmpty() || !c.chainOwn) {
                c.chain = new ArrayList<>(chain);
                c.chainOwn = true;
              }
            }
          }
          if (own) {
            lastChain = new ArrayList<>(chain);
            paragraphChain = new ArrayList<>(chain);
          }
          all.addAll(found);
          previousSentence = found;
        }
      }
      lineStart = next;
    }
    if (!defaultChain.isEmpty()) {
      for (Candidate c : all) {
        if (c.chain.isEmpty()) {
          c.chain = new ArrayList<>(defaultChain);
        }
      }
    }
    inheritBreakdowns(all);
    documentOrigins(all, text, bodyStart);
    return finish(id, text, dedupe(all));
  }

  private List<Source> chainOf(List<Token> t) {
    List<Source> names = new ArrayList<>();
    attributions.mentions(t, names);
    // "UK Defence Intelligence update ..., as reported by European Pravda": outer first
    List<Source> out = new ArrayList<>();
    Attributions.Result r = attributions.find(t);
    for (Attributions.Found f : r.found) {
      if (f.role == Attributions.Role.OUTER && !out.contains(f.source)) {
        out.add(f.source);
      }
    }
    for (Source s : names) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- text structure

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String text, int lineEnd) {
    int i = lineEnd;
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
    return Math.max(i, lineEnd + 1);
  }

  private static List<int[]> cut(int start, int end, List<int[]> excluded) {
    List<int[]> parts = new ArrayList<>();
    int s = start;
    for (int[] x : excluded) {
      if (x[1] <= s || x[0] >= end) {
        continue;
      }
      if (x[0] > s) {
        parts.add(new int[] {s, x[0]});
      }
      s = Math.max(s, x[1]);
    }
    if (s < end) {
      parts.add(new int[] {s, end});
    }
    return parts;
  }

  static boolean mostlyLatin(String text, int start, int end) {
    int latin = 0;
    int other = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (Character.isLetter(c)) {
          latin++;
        }
      } else if (Character.isLetter(c)) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        if (sc == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
        }
      }
    }
    return latin > 0 && latin >= 3 * other;
  }

  private static List<int[]> sentences(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    BreakIterator bi = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    bi.setText(text.substring(start, end));
    int s = bi.first();
    for (int e = bi.next(); e != BreakIterator.DONE; s = e, e = bi.next()) {
      int a = start + s;
      int b = start + e;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a >= b) {
        continue;
      }
      if (!out.isEmpty() && continues(text, out.get(out.size() - 1), a)) {
        out.get(out.size() - 1)[1] = b;
      } else {
        out.add(new int[] {a, b});
      }
    }
    return out;
  }

  private static final Set<String> ABBREVIATIONS = Words.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "mr", "ms", "mrs", "dr", "st", "no", "gen", "lt", "col", "maj",
      "capt", "sgt", "gov", "sen", "rep", "u.s", "u.k", "e.g", "i.e", "vs", "approx", "est", "inc", "corp",
      "co", "ltd", "jr", "sr", "prof", "rev", "fig", "vol", "pp");

  /** Whether a break after an abbreviation ("Feb.", "Ms.") is not a real sentence end. */
  private static boolean continues(String text, int[] prev, int nextStart) {
    int e = prev[1];
    if (e < 2 || text.charAt(e - 1) != '.') {
      return false;
    }
    int w = e - 1;
    while (w > prev[0] && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, e - 1).toLowerCase(java.util.Locale.ROOT);
    if (!ABBREVIATIONS.contains(word)) {
      return false;
    }
    char c = text.charAt(nextStart);
    return Character.isDigit(c) || Character.isLowerCase(c) || word.length() <= 3 && !word.equals("no")
        && Character.isUpperCase(c) && !word.startsWith("u.");
  }

  // ---------------------------------------------------------------- one sentence

  private List<Candidate> sentence(String text, List<Token> t, int[] span, Optional<LocalDate> published) {
    List<QuantityMention> qs = grammar.find(t);
    if (qs.isEmpty()) {
      return List.of();
    }
    boolean[] sourceTok = new boolean[t.size()];
    List<Source> names = new ArrayList<>();
    for (int[] s : attributions.mentions(t, names)) {
      for (int k = s[0]; k < s[1]; k++) {
        sourceTok[k] = true;
      }
    }
    List<TimeExpressions.Expr> times = TimeExpressions.find(t, published);
    List<Candidate> out = new ArrayList<>();
    Candidate previous = null;
    for (int n = 0; n < qs.size(); n++) {
      QuantityMention q = qs.get(n);
      int lo = n > 0 ? qs.get(n - 1).end : 0;
      int hi = n + 1 < qs.size() ? qs.get(n + 1).first : t.size();
      Candidate c = classify(t, q, lo, hi, sourceTok, previous, qs, n);
      if (c == null) {
        continue;
      }
      c.q = q;
      c.sentenceStart = span[0];
      c.sentenceEnd = span[1];
      c.mentionStart = t.get(q.first).start;
      c.mentionEnd = t.get(q.end - 1).end;
      c.period = period(t, q, times, c.measure);
      c.likelihood = likelihood(t, q);
      if (c.measure == Measure.PAYMENT && c.q.per == null) {
        c.q.per = rateBefore(t, q);
      }
      // "400,000 rubles ($4,600)": the bracketed conversion shares the rate
      if (previous != null && previous.measure == Measure.PAYMENT && c.measure == Measure.PAYMENT
          && q.first > 0 && t.get(q.first - 1).is("(") && previous.q.end == q.first - 1) {
        if (c.q.per == null) {
          c.q.per = previous.q.per;
        } else if (previous.q.per == null) {
          previous.q.per = c.q.per;
        }
        c.bracketAfterMoney = true;
        if (c.period == null) {
          c.period = previous.period;
        }
      }
      out.add(c);
      previous = c;
    }
    return out;
  }

  private Candidate classify(List<Token> t, QuantityMention q, int lo, int hi, boolean[] sourceTok,
      Candidate previous, List<QuantityMention> qs, int index) {
    Candidate c = new Candidate();
    if (q.isMoney()) {
      c.measure = Measure.PAYMENT;
      return c;
    }
    // the head noun: "1,500 foreign nationals", "hundreds of Yemeni mercenaries", "771 recruits"
    int k = q.end;
    Lexicons.Noun head = null;
    int headAt = -1;
    int modifiers = 0;
    boolean foreignWord = false;
    TreeSet<Origin> npOrigins = new TreeSet<>();
    while (k < hi && modifiers <= 4) {
      Token tok = t.get(k);
      if (tok.is("of") && (q.magnitude || modifiers == 0) && k == q.end) {
        k++;
        continue;
      }
      PhraseIndex.Match<Lexicons.Noun> nm = lex.nouns.longest(t, k, hi);
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, k, hi);
      if (pm != null && pm.value.demonym && (nm == null || pm.length >= nm.length)) {
        npOrigins.add(pm.value.origin);
        k += pm.length;
        // a plural demonym is itself the head: "53 Sri Lankans", "100 Indians"
        Token last = t.get(k - 1);
        if (last.text.endsWith("s") && !last.text.endsWith("ss") || last.key.equals("chinese")
            && !(k < hi && lex.nouns.longest(t, k, hi) != null)) {
          if (!(k < hi && lex.nouns.longest(t, k, hi) != null)) {
            head = new Lexicons.Noun(Lexicons.NounClass.PERSON, null);
            headAt = k - 1;
            break;
          }
        }
        modifiers++;
        continue;
      }
      if (nm != null) {
        head = nm.value;
        headAt = k;
        k += nm.length;
        break;
      }
      if (tok.is("foreign") || tok.is("overseas")) {
        foreignWord = true;
      }
      if (tok.isWord() && !tok.isCapitalized() && !lex.triggers.isEmpty() && lex.triggers.longest(t, k, hi) == null
          && !tok.is("and") && !tok.is("or") && !RELATIVE.contains(tok.key) && !isVerbish(tok)) {
        modifiers++;
        k++;
        continue;
      }
      if (tok.is("-") && !tok.spaceBefore) {
        k++;
        continue;
      }
      break;
    }
    if (head != null && (head.nounClass == Lexicons.NounClass.THING || head.nounClass == Lexicons.NounClass.TIME)) {
      return null;
    }
    if (head != null && head.nounClass == Lexicons.NounClass.FOREIGN) {
      foreignWord = true;
    }
    // origin from the noun phrase and what follows: "recruits from former Soviet republics"
    int after = headAt >= 0 ? Math.max(k, headAt + 1) : q.end;
    TreeSet<Origin> from = fromPlace(t, after, hi);
    boolean elliptic = false;
    if (head == null) {
      // a bare number: "72 from Africa", "South and East Asia (771)", "and 2,700 injured"
      boolean bracket = q.first > 0 && t.get(q.first - 1).is("(") && q.end < t.size() && t.get(q.end).is(")");
      TreeSet<Origin> bracketOrigin = bracket ? placeBefore(t, q.first - 1) : new TreeSet<>();
      Measure adjacent = adjacentTrigger(t, q.end, hi);
      if (!from.isEmpty() || !bracketOrigin.isEmpty()) {
        elliptic = true;
        from.addAll(bracketOrigin);
      } else if (adjacent != null) {
        c.measure = adjacent;
      } else if (previous != null && q.first > 0 && ellipsisCue(t, q.first, previous)) {
        elliptic = true;
      } else if (copulaAfterMeasureNoun(t, q, lo) != null) {
        c.measure = copulaAfterMeasureNoun(t, q, lo);
      } else {
        return null;
      }
    }
    // measure
    Measure m = c.measure;
    if (m == null && head != null && head.nounClass == Lexicons.NounClass.MEASURE_NOUN) {
      Measure combo = nearestTrigger(t, q, lo, hi, true);
      m = combo == Measure.CASUALTIES ? combo : head.measure;
    }
    if (m == null) {
      m = nearestTrigger(t, q, lo, hi, false);
    }
    if (m == null && head != null && head.measure != null) {
      m = head.measure;
    }
    if (m == null && elliptic && previous != null) {
      m = previous.measure;
    }
    if (m == null && elliptic) {
      m = nearestTrigger(t, q, 0, t.size(), false);
    }
    if (m == null) {
      boolean significant = q.qualifier != dev.muster.Qualifier.EXACT || q.magnitude || !q.words
          && q.value.compareTo(BigDecimal.TEN) >= 0;
      if (!significant) {
        return null;
      }
      m = Measure.OTHER;
    }
    if (m == Measure.PAYMENT) {
      return null;
    }
    c.measure = m;
    // origin
    TreeSet<Origin> origins = new TreeSet<>(npOrigins);
    if (origins.isEmpty()) {
      origins.addAll(from);
    }
    if (origins.isEmpty() && elliptic && previous != null) {
      origins.addAll(previous.origins);
    }
    if (origins.isEmpty() && foreignWord && !citizenshipOfRussia(t, after, hi)) {
      origins.add(Origin.FOREIGN);
    }
    if (origins.isEmpty()) {
      origins.addAll(clauseOrigin(t, q, lo, sourceTok));
    }
    c.originExplicit = !origins.isEmpty();
    if (origins.isEmpty() && ownForces(m, head, t, headAt)) {
      c.origins.add(Origin.of("RU")); // refined per document later
      c.originExplicit = false;
    }
    c.origins.addAll(origins);
    c.elliptic = elliptic;
    return c;
  }

  private static boolean isVerbish(Token tok) {
    String k = tok.key;
    return k.equals("are") || k.equals("is") || k.equals("were") || k.equals("was") || k.equals("have")
        || k.equals("has") || k.equals("had") || k.equals("been") || k.equals("be") || k.equals("will")
        || k.equals("would") || k.equals("could") || k.equals("may") || k.equals("might") || k.equals("to")
        || k.equals("in") || k.equals("from") || k.equals("on") || k.equals("at") || k.equals("by")
        || k.equals("with") || k.equals("the") || k.equals("a") || k.equals("that") || k.equals("for")
        || k.equals("as") || k.equals("into") || k.equals("than") || k.equals("who") || k.endsWith("ed")
        && !k.equals("armed") && !k.equals("trained") && !k.equals("unidentified") && !k.equals("naturalized")
        && !k.equals("naturalised") && !k.equals("mobilized") && !k.equals("mobilised")
        && !k.equals("wounded") && !k.equals("injured") && !k.equals("killed");
  }

  private boolean citizenshipOfRussia(List<Token> t, int from, int hi) {
    for (int k = from; k < Math.min(hi, from + 5); k++) {
      if (t.get(k).is("citizenship") || t.get(k).is("passports")) {
        return true;
      }
    }
    return false;
  }

  /** "from South and East Asia", "from African countries", "of Uzbekistan". */
  private TreeSet<Origin> fromPlace(List<Token> t, int k, int hi) {
    TreeSet<Origin> out = new TreeSet<>();
    if (k < hi && (t.get(k).is("from") || t.get(k).is("of") && false)) {
      readPlaces(t, k + 1, hi, out);
    }
    return out;
  }

  /** Reads "South and East Asia", "Belarus, Kazakhstan and Kyrgyzstan", "former Soviet republics". */
  private int readPlaces(List<Token> t, int k, int hi, Set<Origin> out) {
    int j = k;
    if (j < hi && t.get(j).is("the")) {
      j++;
    }
    // "South and East Asia", "South and Southeast Asian countries"
    if (j + 3 < hi + 1 && j + 2 < t.size() && isCompass(t.get(j)) && t.get(j + 1).is("and")) {
      int p = j + 2;
      PhraseIndex.Match<Lexicons.Place> second = lex.places.longest(t, p, Math.min(t.size(), hi + 3));
      if (second != null && second.value.origin.isRegion()) {
        Token lastWord = t.get(p + second.length - 1);
        List<Token> probe = new ArrayList<>();
        probe.add(t.get(j));
        probe.add(lastWord);
        PhraseIndex.Match<Lexicons.Place> first = lex.places.longest(probe, 0);
        if (first != null && first.length == 2) {
          out.add(first.value.origin);
          out.add(second.value.origin);
          return p + second.length;
        }
      }
    }
    int read = 0;
    while (j < t.size() && j < hi + 3 && read < 6) {
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, j);
      if (pm == null) {
        if (read > 0 && j < t.size() && (t.get(j).is(",") || t.get(j).is("and") || t.get(j).is("or"))) {
          j++;
          continue;
        }
        break;
      }
      out.add(pm.value.origin);
      read++;
      j += pm.length;
      if (j < t.size() && (t.get(j).is("countries") || t.get(j).is("states") || t.get(j).is("nations"))) {
        j++;
      }
    }
    return j;
  }

  private static boolean isCompass(Token t) {
    String k = t.key;
    return t.isCapitalized() && (k.equals("south") || k.equals("east") || k.equals("west") || k.equals("north")
        || k.equals("southeast") || k.equals("central") || k.equals("southern") || k.equals("eastern")
        || k.equals("western") || k.equals("northern"));
  }

  /** The place just before a bracket: "South and East Asia (771)". */
  private TreeSet<Origin> placeBefore(List<Token> t, int bracket) {
    TreeSet<Origin> out = new TreeSet<>();
    for (int s = Math.max(0, bracket - 6); s < bracket; s++) {
      TreeSet<Origin> probe = new TreeSet<>();
      int end = readPlaces(t, s, bracket, probe);
      if (!probe.isEmpty() && end == bracket) {
        return probe;
      }
    }
    return out;
  }

  private Measure adjacentTrigger(List<Token> t, int k, int hi) {
    int j = k;
    // "30 have been killed", "6,000 killed", "one captured", "hundreds of thousands fled"
    int limit = Math.min(hi, k + 4);
    while (j < limit) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, j, hi);
      if (m != null) {
        return m.value;
      }
      Token tok = t.get(j);
      if (!(tok.is("have") || tok.is("has") || tok.is("had") || tok.is("been") || tok.is("were")
          || tok.is("was") || tok.is("are") || tok.is("is") || tok.is("being") || tok.is("\"")
          || tok.is("reportedly") || tok.is("also") || tok.is("already") || tok.is("since")
          || tok.is("now") || tok.is("allegedly") || tok.is("later") || tok.is("more") && false)) {
        return null;
      }
      j++;
    }
    return null;
  }

  private static boolean ellipsisCue(List<Token> t, int first, Candidate previous) {
    Token b = t.get(first - 1);
    return b.is("and") || b.is(",") || b.is("or") || b.is("while") || b.is("to")
        || b.is("than") || b.is("versus") || b.is("vs") || b.is("of") && false
        || first >= 2 && t.get(first - 2).is(",") && (b.is("lower") || b.is("higher"));
  }

  /** "the recruitment target for Chelyabinsk region is 10,000", "put the number at 4,000". */
  private Measure copulaAfterMeasureNoun(List<Token> t, QuantityMention q, int lo) {
    int b = q.first - 1;
    if (b < 0) {
      return null;
    }
    Token cue = t.get(b);
    if (!(cue.is("is") || cue.is("was") || cue.is("at") || cue.is("of") || cue.is("to") || cue.is("reached")
        || cue.is("reaching") || cue.is("totaled") || cue.is("totalled") || cue.is("totaling")
        || cue.is("totalling") || cue.is("stood") || cue.is("stands") || cue.is("numbered") || cue.is("exceeded"))) {
      return null;
    }
    for (int k = b - 1; k >= Math.max(lo, b - 12); k--) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, b);
      if (m != null) {
        return m.value;
      }
    }
    return null;
  }

  /** The nearest measure word in the number's clause; those in a relative clause count last. */
  private Measure nearestTrigger(List<Token> t, QuantityMention q, int lo, int hi, boolean comboOnly) {
    int bestScore = Integer.MAX_VALUE;
    Measure best = null;
    // forward
    boolean relative = false;
    for (int k = q.end; k < hi; k++) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.contains(tok.key) || tok.is("—")) {
        break;
      }
      if (RELATIVE.contains(tok.key)) {
        relative = true;
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, hi);
      if (m != null) {
        if (comboOnly && m.length < 3) {
          k += m.length - 1;
          continue;
        }
        int score = (k - q.end) + (relative ? 20 : 0);
        if (score < bestScore) {
          bestScore = score;
          best = m.value;
        }
        k += m.length - 1;
      }
    }
    // backward
    for (int k = q.first - 1; k >= lo; k--) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.contains(tok.key)) {
        break;
      }
      for (int len = 4; len >= 1; len--) {
        int s = k - len + 1;
        if (s < lo) {
          continue;
        }
        PhraseIndex.Match<Measure> m = lex.triggers.longest(t, s, k + 1);
        if (m != null && m.length == len) {
          if (comboOnly && m.length < 3) {
            continue;
          }
          int score = (q.first - k) + 1;
          if (score < bestScore) {
            bestScore = score;
            best = m.value;
          }
          k = s;
          break;
        }
      }
    }
    return best;
  }

  /** A country or demonym in the clause before the number, outside source names and "in X". */
  private TreeSet<Origin> clauseOrigin(List<Token> t, QuantityMention q, int lo, boolean[] sourceTok) {
    TreeSet<Origin> out = new TreeSet<>();
    for (int k = q.first - 1; k >= Math.max(0, q.first - 14); k--) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.contains(tok.key) || tok.isNumber()) {
        break;
      }
      if (sourceTok[k]) {
        continue;
      }
      for (int len = 4; len >= 1; len--) {
        int s = k - len + 1;
        if (s < 0) {
          continue;
        }
        PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, s, k + 1);
        if (pm != null && pm.length == len && !sourceTok[s]) {
          Token before = s > 0 ? t.get(s - 1) : null;
          if (before != null && before.is("the") && s > 1) {
            before = t.get(s - 2);
          }
          boolean prepObject = before != null && NOT_ORIGIN_PREPOSITIONS.contains(before.key);
          boolean possessiveOfThing = s + len < t.size() && t.get(s + len).is("'");
          if (!prepObject && pm.value.origin.isCountry() && (!pm.value.demonym || !nextIsThing(t, s + len))) {
            if (!possessiveOfThing || pm.value.origin.code().equals("RU") || true) {
              out.add(pm.value.origin);
              return out;
            }
          }
          k = s;
          break;
        }
      }
    }
    return out;
  }

  private boolean nextIsThing(List<Token> t, int k) {
    if (k >= t.size()) {
      return false;
    }
    String w = t.get(k).key;
    return w.equals("president") || w.equals("authorities") || w.equals("officials") || w.equals("government")
        || w.equals("army") || w.equals("military") || w.equals("ministry") || w.equals("law")
        || w.equals("lawmakers") || w.equals("media") || w.equals("side") || w.equals("border")
        || w.equals("territory") || w.equals("intelligence") || w.equals("forces") && false;
  }

  private static boolean ownForces(Measure m, Lexicons.Noun head, List<Token> t, int headAt) {
    switch (m) {
      case CONSCRIPTED:
      case FORCE_TARGET:
      case FLED:
        return true;
      case CASUALTIES:
      case KILLED:
      case WOUNDED:
        return head == null || headAt >= 0 && OWN_FORCE_NOUNS.contains(t.get(headAt).key);
      default:
        return false;
    }
  }

  private Likelihood likelihood(List<Token> t, QuantityMention q) {
    for (int k = q.first - 1; k >= Math.max(0, q.first - 8); k--) {
      Token tok = t.get(k);
      if (CLAUSE_BREAKS.contains(tok.key) || tok.isNumber()) {
        break;
      }
      PhraseIndex.Match<Likelihood> m = lex.likelihood.longest(t, k, q.first);
      if (m != null) {
        // "highly likely" beats "likely": look one word further back
        if (k > 0) {
          PhraseIndex.Match<Likelihood> wider = lex.likelihood.longest(t, k - 1, q.first);
          if (wider != null && wider.length > m.length) {
            return wider.value;
          }
        }
        return m.value;
      }
    }
    return null;
  }

  private Per rateBefore(List<Token> t, QuantityMention q) {
    for (int k = q.first - 1; k >= Math.max(0, q.first - 10); k--) {
      Token tok = t.get(k);
      if (tok.isNumber() || CLAUSE_BREAKS.contains(tok.key)) {
        return null;
      }
      PhraseIndex.Match<Lexicons.Rate> m = lex.rates.longest(t, k, q.first);
      if (m != null && m.value.position != Lexicons.Position.AFTER) {
        return m.value.per;
      }
    }
    return null;
  }

  private Period period(List<Token> t, QuantityMention q, List<TimeExpressions.Expr> times, Measure m) {
    TimeExpressions.Expr best = null;
    int bestScore = Integer.MAX_VALUE;
    TimeExpressions.Expr leading = null;
    for (TimeExpressions.Expr e : times) {
      if (e.start < q.end && e.end > q.first) {
        continue;
      }
      if (e.leading) {
        leading = e;
        continue;
      }
      int dist = e.start >= q.end ? e.start - q.end : q.first - e.end;
      int score = dist + (e.kind == TimeExpressions.Kind.WAR ? 30 : 0)
          + (e.kind == TimeExpressions.Kind.UNTIL && e.period.start().isEmpty() && e.end - e.start <= 2 ? 10 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best == null) {
      return leading == null ? null : leading.period;
    }
    Period p = best.period;
    // a year or month still running when the figure was given ends on that day
    if (m != Measure.FORCE_TARGET && best.kind == TimeExpressions.Kind.SPAN && leading != null
        && leading.isDay() && p.end().isPresent() && p.start().isPresent()) {
      LocalDate day = leading.period.start().get();
      if (!day.isBefore(p.start().get()) && day.isBefore(p.end().get())) {
        p = Period.builder().from(p).end(day).endPrecision(dev.muster.DatePrecision.DAY).build();
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- document rules

  /**
   * A breakdown of a total ("771 from South and East Asia") inherits the total's period and sources:
   * the nearest earlier total of the same measure, of foreign recruits, not smaller than the part.
   * Linear in the number of candidates: per measure, a stack keeps the totals that can still be the
   * nearest large-enough one (lows strictly falling towards the top; a later total at least as
   * large hides an earlier one), searched by bisection.
   */
  private static void inheritBreakdowns(List<Candidate> all) {
    Map<Measure, List<Candidate>> totals = new EnumMap<>(Measure.class);
    for (Candidate c : all) {
      BigDecimal low = c.q.low != null ? c.q.low : c.q.high;
      if (c.origins.equals(Set.of(Origin.FOREIGN))) {
        if (low != null) {
          List<Candidate> stack = totals.computeIfAbsent(c.measure, m -> new ArrayList<>());
          while (!stack.isEmpty() && lowOf(stack.get(stack.size() - 1)).compareTo(low) <= 0) {
            stack.remove(stack.size() - 1);
          }
          stack.add(c);
        }
        continue;
      }
      BigDecimal partHigh = c.q.high != null ? c.q.high : c.q.low;
      if (c.measure == Measure.PAYMENT || c.origins.isEmpty() || c.origins.contains(Origin.FOREIGN)
          || partHigh == null) {
        continue;
      }
      Candidate whole = nearestAtLeast(totals.getOrDefault(c.measure, List.of()), partHigh);
      if (whole != null) {
        inherit(c, whole);
      }
    }
  }

  private static BigDecimal lowOf(Candidate c) {
    return c.q.low != null ? c.q.low : c.q.high;
  }

  /** The topmost total of a stack whose low is at least {@code high}, or null. */
  private static Candidate nearestAtLeast(List<Candidate> stack, BigDecimal high) {
    int lo = 0;
    int hi = stack.size() - 1;
    Candidate found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (lowOf(stack.get(mid)).compareTo(high) >= 0) {
        found = stack.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static void inherit(Candidate part, Candidate whole) {
    if (part.period == null) {
      part.period = whole.period;
    }
    if (!part.chainOwn || part.chain.isEmpty()) {
      part.chain = new ArrayList<>(whole.chain);
    } else {
      for (Source s : whole.chain) {
        if (!part.chain.contains(s)) {
          part.chain.add(0, s);
        }
      }
    }
  }

  /**
   * Origins that depend on the whole document: money in a story about one foreign country's
   * recruits is that country's; the "own forces" default is Russia's unless the story is
   * Ukraine's.
   */
  private void documentOrigins(List<Candidate> all, String text, int bodyStart) {
    Map<Origin, Integer> counts = new HashMap<>();
    List<Token> t = Tokenizer.tokenize(text, bodyStart, text.length());
    int i = 0;
    while (i < t.size()) {
      PhraseIndex.Match<Lexicons.Place> pm = lex.places.longest(t, i);
      if (pm != null) {
        counts.merge(pm.value.origin, 1, Integer::sum);
        i += pm.length;
      } else {
        i++;
      }
    }
    Origin top = null;
    int topCount = 0;
    int foreignTotal = 0;
    for (Map.Entry<Origin, Integer> e : counts.entrySet()) {
      String code = e.getKey().code();
      if (!e.getKey().isCountry() || code.equals("RU") || code.equals("UA")) {
        continue;
      }
      foreignTotal += e.getValue();
      if (e.getValue() > topCount) {
        topCount = e.getValue();
        top = e.getKey();
      }
    }
    boolean dominant = top != null && topCount >= 3 && topCount * 2 > foreignTotal;
    for (Candidate c : all) {
      if (c.measure == Measure.PAYMENT && c.origins.isEmpty() && dominant) {
        c.origins.add(top);
      }
    }
  }

  private static List<Candidate> dedupe(List<Candidate> all) {
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    for (Candidate c : all) {
      String key = c.q.low + "|" + c.q.high + "|" + c.q.unit + "|" + c.q.per + "|" + c.measure;
      Candidate seen = byKey.get(key);
      if (seen == null) {
        byKey.put(key, c);
        continue;
      }
      Candidate keep = richness(c) > richness(seen) ? c : seen;
      Candidate other = keep == c ? seen : c;
      if (keep.period == null) {
        keep.period = other.period;
      }
      if (keep.origins.isEmpty()) {
        keep.origins.addAll(other.origins);
      }
      if (keep.likelihood == null) {
        keep.likelihood = other.likelihood;
      }
      if (keep.chain.isEmpty()) {
        keep.chain = other.chain;
      }
      byKey.put(key, keep);
    }
    List<Candidate> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparingInt((Candidate c) -> c.mentionStart));
    return out;
  }

  private static int richness(Candidate c) {
    return c.chain.size() * 4 + (c.period != null ? 2 : 0) + (c.originExplicit ? 1 : 0);
  }

  private static List<Estimate> finish(String id, String text, List<Candidate> cs) {
    List<Estimate> out = new ArrayList<>();
    for (Candidate c : cs) {
      Quantity.Builder qb = Quantity.builder().qualifier(c.q.qualifier);
      if (c.q.low != null) {
        qb.low(c.q.low);
      }
      if (c.q.high != null) {
        qb.high(c.q.high);
      }
      if (c.q.unit != null) {
        qb.unit(c.q.unit);
      }
      if (c.q.per != null) {
        qb.per(c.q.per);
      }
      Estimate.Builder eb = Estimate.builder()
          .documentId(id)
          .quantity(qb.build())
          .measure(c.measure)
          .cohort(RecruitCohort.of(new ArrayList<>(c.origins)))
          .attribution(Attribution.of(dedupeSources(c.chain)))
          .mention(text.substring(c.mentionStart, c.mentionEnd))
          .evidence(Evidence.of(id, text, c.sentenceStart, c.sentenceEnd));
      if (c.period != null) {
        eb.period(c.period);
      }
      if (c.likelihood != null) {
        eb.likelihood(c.likelihood);
      }
      out.add(eb.build());
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Source> dedupeSources(List<Source> chain) {
    List<Source> out = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (Source s : chain) {
      if (names.add(s.name())) {
        out.add(s);
      }
    }
    return out;
  }

  static boolean sameKind(Source s, SourceKind k) {
    return Objects.equals(s.kind(), k);
  }
}

package dev.muster.parse.attribution;

import dev.muster.Origin;
import dev.muster.Qualifier;
import dev.muster.Source;
import dev.muster.SourceKind;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.TokenSpan;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage attribution: finds who a sentence attributes its figures to. Source names (from {@link
 * SourceNames}) count inside attribution frames ("according to X", "X said", "X's latest
 * intelligence update", "citing X", "cited by X", "research by X"), with a role that orders the
 * chain outermost first; names outside a frame are actors, not sources. With no framed name, an
 * anaphoric speaker ("it said", "the review says") marks the sentence as attributed to an earlier
 * source, which the document stage resolves.
 *
 * <p>Immutable and thread-safe.
 */
public final class AttributionFinder {

  private final Lexicon lex;
  /** "on", "in", "via": prepositions that may follow a trailing speaker's verb ("announced on his Telegram channel"). */
  private final Words trailingPreps;
  private final SourceNames names;
  private final Words sayVerbs;
  private final Words innerCues;
  private final Words outerCues;
  private final Words reportNouns;
  private final Words anaphors;
  private final Words anaphorFillers;
  /** "a", "an": an article that makes a speaker noun a new party ("a police spokesman said"). */
  private final Words indefinites;
  /** "he", "she": an anaphoric speaker that is a person, who may be one the text leaves unnamed. */
  private final Words personPronouns;
  /** "lawmaker", "analyst": a person's title between a say-verb and the name ("said lawmaker X"). */
  private final Words personTitles;
  /** "based": the word before "on" and a report whose author is the source ("based on the tallies of X"). */
  private final Words basedWords;
  /** "tallies", "reports": plurals of report nouns, whose author after "by" or "of" is the source. */
  private final Words reportPlurals;
  /** "than": the word before a party a figure is compared with, who is not its source ("more than the Kremlin admitted"). */
  private final Words comparedWith;
  /** "close", "familiar": a party near a body, before {@link #nearLinks} ("a source close to X"). */
  private final Words nearWords;
  /** "to", "with": the word between {@link #nearWords} and the body. */
  private final Words nearLinks;
  /** "its", "their": a possessive that opens a sentence about a report of the body named before. */
  private final Words possessiveOpeners;
  /** "his", "her": a person's possessive that opens "By his account, ..." for the person before. */
  private final Words personPossessives;
  /** "who", "which": a relative pronoun that opens an apposition between a speaker and its verb. */
  private final Words relatives;
  /** "total": a running count only after a possessive pronoun ("Its running total"), not "the total number". */
  private final Words ownedListNouns;
  /** "list", "tally": a running count whose keeper a determiner points back to ("Their count rises ..."). */
  private final Words listNouns;
  /** "that", "this": a determiner that points back, besides the article and the possessives. */
  private final Words demonstratives;
  /** "of": the word after a noun that names what the noun holds ("the list of the dead"). */
  private final Words ownerLinks;
  /** "same": "the same officials", a speaker that is the one named before, whatever its noun. */
  private final Words sameWords;
  /** "him", "her", "them": a speaker named before, after "according to" ("according to him"). */
  private final Words objectPronouns;
  /** "quoted": a verb whose object pronoun is a person an outlet relays ("quoted him as saying"). */
  private final Words quotedVerbs;
  /** "spokesman", "spokesperson": a body's voice, who is listed as the body ("a spokesman for X"). */
  private final Words voiceNouns;
  /** "together", "jointly": a word before {@link #partnerLinks} that makes the name after a speaker's partner. */
  private final Words partnerWords;
  /** "with": the word between {@link #partnerWords} and the partner's name. */
  private final Words partnerLinks;
  /** "for", "of": the word between a voice's noun and its body. */
  private final Words voiceLinks;
  /** "head", "spokesman": a title in apposition after a person's name that makes the person a body's voice. */
  private final Words bodyHeadTitles;
  /** "deputy", "acting": words before such a title ("deputy head of"). */
  private final Words bodyHeadModifiers;
  /** "a", "its": the words before a voice's noun that leave its body to the sentence ("a spokesman said"). */
  private final Words voiceDeterminers;
  /** "outlets", "newspapers": an anaphoric speaker that is several outlets named before. */
  private final Words pluralOutlets;
  /** "ministry", "agency": an anaphoric speaker that is a body, which no person named before is. */
  private final Words bodyAnaphors;
  /** "governor", "minister": an anaphoric speaker that is a person's title, which no body named before is. */
  private final Words personAnaphors;
  /** "deputy", "acting": words of rank before a person's title that refers back ("according to the Deputy Minister"). */
  private final Words rankWords;
  /** "administrations": several places' bodies that speak, each for the place its clause names. */
  private final Words placeBodies;
  /** "by": the word before a report of the party named before that opens a sentence ("By its count"). */
  private final Words reportBy;
  /** "by", "in": the word before an article and a report noun whose author follows "of" ("by the reckoning of X"). */
  private final Words reportOfPreps;
  /** "it": a pronoun that speaks for a body. */
  private final Words bodyPronouns;
  /** "report", "study": an anaphoric speaker that is a report by researchers or an organisation. */
  private final Words reportAnaphors;
  /** Verbs of reported speech ("seien", "habe"): the sentence goes on with the speaker before. */
  private final Words reportedSpeech;
  private final Words appositiveStarts;
  /** "in", "on": a preposition that opens an aside between a speaker and its verb (", in its update,"). */
  private final Words asideStarts;
  private final Words at;
  /** Words that open a new clause after a comma ("..., and"), which ends the object of "put ... at". */
  private final Words atObjectStops;
  private final Words ambiguous;
  private final Words according;
  /** One word that says "according to" by itself ("laut", "secondo"); none in English. */
  private final Words accordingAlone;
  private final Words to;
  private final Words citing;
  private final Words quoting;
  private final Words auxiliaries;
  /** "Mediazona hat ... ermittelt": an auxiliary after the name whose participle ends the clause. */
  private final Words verbFinalAux;
  private final Words byFrom;
  /** Prepositions, which no word describing a name is ("the army of X"). */
  private final Words prepositions;
  private final Words nameLinks;
  private final Words on;
  private final Words outerBeforeBy;
  /** "на які посилається X": a verb after which the outlet citing the figure's source is named. */
  private final Words citedBy;
  private final Words innerBeforeBy;
  private final Words postedOn;
  private final Words told;
  private final Words toldTo;
  private final Words possessive;
  private final Words that;
  /** "had", "was", "would": a verb after a name that makes it the subject of a reported clause. */
  private final Words clauseVerbs;
  private final Words and;
  private final Words the;
  private final Words figureNouns;
  /** "оценка «Медиазоны»": report nouns whose author follows them in the genitive. */
  private final Words reportOf;
  /** The months: a day's number before one is a date, not a figure ("к 26 сентября установили"). */
  private final Words months;
  /** "monday": a weekday, which may date a relative clause's say-verb ("which on Monday told"). */
  private final Words weekdays;
  /** "on", "last", "earlier": the words of the time before a relative clause's say-verb ("which last week said"). */
  private final Words relativeFillers;
  /** "who": a relative pronoun for a person, whom a title's owner named before it is not. */
  private final Words personRelatives;
  /** The start bits of a source's or a generic name's first word: a sentence without one names no source. */
  private final int nameStarts;

  public AttributionFinder(Lexicon lex) {
    this.lex = lex;
    this.trailingPreps = lex.optionalWords("attribution.trailing-preps");
    this.names = new SourceNames(lex);
    this.sayVerbs = lex.optionalWords("attribution.say-verbs");
    this.innerCues = lex.optionalWords("attribution.inner-cues");
    this.outerCues = lex.optionalWords("attribution.outer-cues");
    this.reportNouns = lex.optionalWords("attribution.report-nouns");
    this.anaphors = lex.optionalWords("attribution.anaphors");
    this.anaphorFillers = lex.optionalWords("attribution.anaphor-fillers");
    this.indefinites = lex.optionalWords("attribution.indefinites");
    this.personPronouns = lex.optionalWords("attribution.person-pronouns");
    this.personTitles = lex.optionalWords("attribution.person-titles");
    this.objectPronouns = lex.optionalWords("attribution.object-pronouns");
    this.quotedVerbs = lex.optionalWords("attribution.quoted-verbs");
    this.sameWords = lex.optionalWords("attribution.same-words");
    this.possessiveOpeners = lex.optionalWords("attribution.possessive-openers");
    this.personPossessives = lex.optionalWords("attribution.person-possessives");
    this.relatives = lex.optionalWords("attribution.relatives");
    this.ownedListNouns = lex.optionalWords("attribution.owned-list-nouns");
    this.listNouns = lex.optionalWords("attribution.list-nouns");
    this.demonstratives = lex.optionalWords("attribution.demonstratives");
    this.ownerLinks = lex.optionalWords("attribution.owner-links");
    this.comparedWith = lex.optionalWords("attribution.compared-with");
    this.basedWords = lex.optionalWords("attribution.based");
    this.reportPlurals = lex.optionalWords("attribution.report-plurals");
    this.nearWords = lex.optionalWords("attribution.near-words");
    this.nearLinks = lex.optionalWords("attribution.near-links");
    this.voiceNouns = lex.optionalWords("attribution.voice-nouns");
    this.voiceLinks = lex.optionalWords("attribution.voice-links");
    this.bodyHeadTitles = lex.optionalWords("attribution.body-head-titles");
    this.bodyHeadModifiers = lex.optionalWords("attribution.body-head-modifiers");
    this.partnerWords = lex.optionalWords("attribution.partner-words");
    this.partnerLinks = lex.optionalWords("attribution.partner-links");
    this.voiceDeterminers = lex.optionalWords("attribution.voice-determiners");
    this.pluralOutlets = lex.optionalWords("attribution.plural-outlets");
    this.bodyAnaphors = lex.optionalWords("attribution.body-anaphors");
    this.reportAnaphors = lex.optionalWords("attribution.report-anaphors");
    this.bodyPronouns = lex.optionalWords("attribution.body-pronouns");
    this.reportBy = lex.optionalWords("attribution.report-by");
    this.reportOfPreps = lex.optionalWords("attribution.report-of-preps");
    this.placeBodies = lex.optionalWords("attribution.place-bodies");
    this.personAnaphors = lex.optionalWords("attribution.person-anaphors");
    this.rankWords = lex.optionalWords("attribution.rank-words");
    this.reportedSpeech = lex.optionalWords("attribution.reported-speech");
    this.appositiveStarts = lex.optionalWords("attribution.appositive-starts");
    this.asideStarts = lex.optionalWords("attribution.aside-starts");
    this.at = lex.optionalWords("attribution.at");
    this.atObjectStops = lex.optionalWords("attribution.at-object-stops");
    this.ambiguous = lex.optionalWords("attribution.ambiguous-verbs");
    this.according = lex.optionalWords("attribution.according");
    this.accordingAlone = lex.optionalWords("attribution.according-alone");
    this.to = lex.optionalWords("attribution.to");
    this.citing = lex.optionalWords("attribution.citing");
    this.quoting = lex.optionalWords("attribution.quoting");
    this.auxiliaries = lex.optionalWords("attribution.auxiliaries");
    this.verbFinalAux = lex.optionalWords("attribution.verb-final-aux");
    this.byFrom = lex.optionalWords("attribution.by-from");
    this.prepositions = byFrom.union(lex.optionalWords("attribution.place-prepositions"));
    this.nameLinks = lex.optionalWords("attribution.name-links");
    this.on = lex.optionalWords("attribution.on");
    this.outerBeforeBy = lex.optionalWords("attribution.outer-before-by");
    this.citedBy = lex.optionalWords("attribution.cited-by");
    this.innerBeforeBy = lex.optionalWords("attribution.inner-before-by");
    this.postedOn = lex.optionalWords("attribution.posted-on");
    this.told = lex.optionalWords("attribution.told");
    this.toldTo = lex.optionalWords("attribution.told-to");
    this.possessive = lex.optionalWords("attribution.possessive");
    this.that = lex.optionalWords("attribution.that");
    this.clauseVerbs = lex.optionalWords("attribution.clause-verbs");
    this.and = lex.optionalWords("attribution.and");
    this.the = lex.optionalWords("attribution.the");
    this.figureNouns = lex.optionalWords("attribution.figure-nouns");
    this.reportOf = lex.optionalWords("attribution.report-of");
    this.months = lex.optionalWords("time.months");
    this.weekdays = lex.optionalWords("time.weekdays");
    this.relativeFillers = lex.optionalWords("attribution.relative-fillers");
    this.personRelatives = lex.optionalWords("attribution.person-relatives");
    this.nameStarts = lex.sources.startBit() | lex.genericSources.startBit();
  }

  /** Returns the source-name finder this stage uses. */
  public SourceNames names() {
    return names;
  }

  /** The region a sentence names in full ("Perm Krai"), for the bodies later sentences name by it; or null. */
  public String homeRegion(List<Token> t) {
    return names.homeRegion(t);
  }

  /** The regions a sentence names as "the Kemerovo region" ("Kemerovo Region"). */
  public List<String> looseRegions(List<Token> t) {
    return names.looseRegions(t);
  }

  /** {@link #find(List, List, List)} without country hints. */
  public SentenceAttribution find(List<Token> t, Iterable<Source> earlier) {
    return find(t, earlier, List.of());
  }

  /**
   * Returns the attribution of a sentence.
   *
   * @param earlier the sources named earlier in the document, newest first, for generic names
   * @param hints the countries the sentence and the document are about, for generic names
   */
  public SentenceAttribution find(List<Token> t, Iterable<Source> earlier, List<Origin> hints) {
    return find(t, earlier, hints, null);
  }

  /**
   * {@link #find(List, Iterable, List)} in a document about the region {@code home} ("Perm Krai"),
   * null for none: the region whose bodies "the regional government" names.
   */
  public SentenceAttribution find(List<Token> t, Iterable<Source> earlier, List<Origin> hints, String home) {
    if (!hasCue(t)) {
      return SentenceAttribution.NONE; // no name and no say-verb: nothing below could find anything
    }
    List<Source> found = new ArrayList<>();
    List<TokenSpan> spans = new ArrayList<>();
    names.find(t, earlier, hints, home, found, spans);
    dropDatelineCredits(t, found, spans);
    dropBodyVoices(t, found, spans);
    bodiesForTheirVoices(t, found, spans);
    if (spans.isEmpty()) {
      return new SentenceAttribution(List.of(), List.of(), List.of(), anaphor(t), false);
    }
    List<Attributed> framed = new ArrayList<>();
    for (int n = 0; n < spans.size(); n++) {
      int s = spans.get(n).start();
      int e = spans.get(n).end();
      if (closeTo(t, s)) {
        continue; // "a source close to the defence ministry told ...": an unnamed party speaks, not the body
      }
      if (comparedWith(t, s)) {
        continue; // "... more men than the Kremlin admitted": the party compared with, not the figure's source
      }
      if (titleBody(t, found, spans, n)) {
        continue; // "il vicepresidente del Consiglio di sicurezza Dmitrij Medvedev": the body of a person's title
      }
      Role role = roleOf(t, s, e);
      if (role == null) {
        // "Mediazona and Meduza reported": a name joined to a framed name shares its role
        Role joined = null;
        if (n + 1 < spans.size() && joins(t, e, spans.get(n + 1).start())) {
          joined = roleOf(t, spans.get(n + 1).start(), spans.get(n + 1).end());
        }
        if (joined == null && n > 0 && joins(t, spans.get(n - 1).end(), s)) {
          joined = roleOf(t, spans.get(n - 1).start(), spans.get(n - 1).end());
        }
        boolean coordinated = false;
        for (int m = n + 1; joined == null && m < spans.size() && listed(t, spans.get(m - 1).end(), spans.get(m).start()); m++) {
          coordinated |= and.has(t.get(spans.get(m).start() - 1));
          // "South Korean, U.S. and Ukrainian intelligence estimate"; not "the Rada, Oleksandr Zavitnevych,"
          joined = coordinated ? roleOf(t, spans.get(m).start(), spans.get(m).end()) : null;
        }
        if (joined == null && (n + 1 < spans.size() && joins(t, e, spans.get(n + 1).start())
            && setOff(t, s, spans.get(n + 1).end())
            || n > 0 && joins(t, spans.get(n - 1).end(), s) && setOff(t, spans.get(n - 1).start(), e))) {
          joined = Role.SPEAKER; // "Two outlets, Mediazona and Meduza, counted 2,400": two names set off by commas
        }
        role = joined;
      }
      if (role == null && n > 0 && found.get(n).kind() != SourceKind.OFFICIAL && partners(t, spans.get(n - 1).end(), s)) {
        role = roleOf(framed, spans.get(n - 1).start()); // "X, working with Y, counted": Y counted too
      }
      if (role != null) {
        framed.add(new Attributed(found.get(n), role, s));
      }
    }
    dropVoices(t, framed, spans);
    voicedBodies(t, framed, found, spans, earlier);
    dropReportedActors(t, framed, spans);
    if (framed.isEmpty()) {
      int by = byReportInClause(t);
      if (by > 0 && spans.get(0).end() < by) {
        // "X publishes a tally every morning, and by its count ...": the subject before counted
        framed.add(new Attributed(found.get(0), Role.SPEAKER, spans.get(0).start()));
      }
    }
    if (framed.isEmpty() && bodySpeaks(t)) {
      Attributed own = ownBody(found, spans);
      if (own != null) {
        framed.add(own); // "X raided 13 offices and arrested five people, the agency said": X itself
      }
    }
    boolean citingOnly = !framed.isEmpty();
    for (Attributed f : framed) {
      citingOnly &= f.role() == Role.INNER;
    }
    return new SentenceAttribution(framed, found, spans, framed.isEmpty() && anaphor(t), citingOnly);
  }

  /** The most words before a body-head title in an apposition ("first deputy head of"). */
  static final int HEAD_MODIFIERS_MAX = 3;

  /**
   * The bodies of the persons the sentence introduces in apposition as their head or voice ("X,
   * deputy head of the Y,", "X, a spokeswoman for the Y,"): person to body, for the persons the
   * sentence names and the bodies named right after the title; empty when there are none. A person
   * so introduced speaks for the body, in that sentence and when later called by name.
   */
  public Map<Source, Source> bodiesOfHeads(List<Token> t, SentenceAttribution a) {
    Map<Source, Source> out = new java.util.LinkedHashMap<>();
    List<TokenSpan> spans = a.spans();
    List<Source> names = a.names();
    for (int n = 0; n + 1 < spans.size() && n < names.size(); n++) {
      Source person = names.get(n);
      int k = spans.get(n).end();
      if (person.kind() != SourceKind.OFFICIAL || !person.aliases().isEmpty() || k >= t.size() || !t.get(k).is(",")) {
        continue;
      }
      k++;
      if (k < t.size() && voiceDeterminers.has(t.get(k))) {
        k++; // "a spokeswoman for"
      }
      for (int m = 0; m < HEAD_MODIFIERS_MAX && k < t.size() && bodyHeadModifiers.has(t.get(k)); m++) {
        k++;
      }
      if (k + 1 >= t.size() || !bodyHeadTitles.has(t.get(k)) || !voiceLinks.has(t.get(k + 1))) {
        continue;
      }
      k += 2;
      int start = spans.get(n + 1).start();
      if (k < t.size() && the.has(t.get(k)) && start == k + 1) {
        k++; // "head of the Y", where the name starts after the article
      }
      Source body = names.get(n + 1);
      if (start == k && body.kind() != SourceKind.OFFICIAL) {
        out.put(person, body);
      }
    }
    return out;
  }

  /**
   * Whether the name at token {@code s} follows "close to" or "familiar with" (with or without
   * "the"): it says whom an unnamed party is near, who is then the speaker, not the body.
   */
  private boolean closeTo(List<Token> t, int s) {
    int k = s - 1;
    if (k >= 0 && the.has(t.get(k))) {
      k--;
    }
    return k > 0 && nearLinks.has(t.get(k)) && nearWords.has(t.get(k - 1));
  }

  /**
   * Whether the name at token {@code s} follows "than" (lexicon class {@code attribution.compared-with}),
   * with or without "the": the party a figure is compared with ("a higher toll than the ministry
   * reported"), whose own statement is no source of the figure.
   */
  private boolean comparedWith(List<Token> t, int s) {
    int k = s > 0 && the.has(t.get(s - 1)) ? s - 2 : s - 1;
    return k >= 0 && comparedWith.has(t.get(k));
  }

  /**
   * The one body the sentence names, as the speaker that its anaphoric body noun ("the agency said")
   * stands for, or null: with persons, outlets or two bodies named, which one is not clear.
   */
  private static Attributed ownBody(List<Source> found, List<TokenSpan> spans) {
    Attributed one = null;
    for (int n = 0; n < found.size(); n++) {
      Source s = found.get(n);
      if (s.kind() == SourceKind.OFFICIAL || s.kind() == SourceKind.MEDIA_OUTLET
          || one != null && !one.source().equals(s)) {
        return null;
      }
      one = one != null ? one : new Attributed(s, Role.SPEAKER, spans.get(n).start());
    }
    return one;
  }

  /**
   * Whether the body named at span {@code n} is part of the title of the person named right after
   * it, with at most {@value #TITLE_WORDS_MAX} capitalised words between them: a first name the table
   * does not know ("Consiglio di sicurezza Dmitrij Medvedev") or the rest of the title ("chairman of
   * the Duma Defence Committee X").
   */
  private static boolean titleBody(List<Token> t, List<Source> found, List<TokenSpan> spans, int n) {
    if (n + 1 >= spans.size() || found.get(n).kind() == SourceKind.OFFICIAL
        || found.get(n + 1).kind() != SourceKind.OFFICIAL) {
      return false;
    }
    int gap = spans.get(n + 1).start() - spans.get(n).end();
    if (gap > TITLE_WORDS_MAX) {
      return false;
    }
    for (int k = spans.get(n).end(); k < spans.get(n + 1).start(); k++) {
      if (!t.get(k).isWord() || !t.get(k).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The most capitalised words between a body and the person whose title it is part of: a first
   * name the table does not know, or the rest of the title ("State Duma Defence Committee chairman").
   */
  static final int TITLE_WORDS_MAX = 3;

  /**
   * Leaves out a person the text names only as the voice of a body that speaks too ("Miqdad
   * al-Mousawi, a spokesman for the ministry"): a spokesperson is listed as the body.
   */
  /** The most title words between a voice noun and the person it names ("spokesperson Deputy Inspector General X"). */
  static final int VOICE_TITLE_REACH = 4;

  /**
   * A person the sentence frames whose name follows a voice noun, perhaps with a rank or title
   * between ("police spokesperson Deputy Inspector General X said", "ministry spokeswoman X told
   * reporters"), speaks for the body the sentence names before the voice: that body is the source
   * in the person's place (only once, if the sentence frames it already). With no body named
   * before it in the sentence, a body's noun before the voice noun ("ministry spokesman X") stands
   * for the latest body named {@code earlier} whose name has that word ("Kazakhstan Ministry of
   * Foreign Affairs"); with none, the person stays.
   */
  private void voicedBodies(List<Token> t, List<Attributed> framed, List<Source> found, List<TokenSpan> spans,
      Iterable<Source> earlier) {
    for (int f = 0; f < framed.size(); f++) {
      Attributed person = framed.get(f);
      if (person.source().kind() != SourceKind.OFFICIAL) {
        continue;
      }
      int k = person.start() - 1;
      while (k >= 0 && k >= person.start() - VOICE_TITLE_REACH && t.get(k).isWord() && t.get(k).isCapitalized()
          && !voiceNouns.has(t.get(k))) {
        k--; // "Deputy Inspector General", "Colonel"
      }
      if (k < 0 || !voiceNouns.has(t.get(k))) {
        continue;
      }
      Source body = null;
      for (int n = 0; n < spans.size() && spans.get(n).end() <= k; n++) {
        if (found.get(n).kind() != SourceKind.OFFICIAL) {
          body = found.get(n); // the latest body named before the voice
        }
      }
      if (body == null && k > 0 && bodyAnaphors.has(t.get(k - 1))) {
        body = earlierBody(earlier, t.get(k - 1)); // "ministry spokesman X": the ministry named before
      }
      if (body == null) {
        continue;
      }
      boolean framedAlready = false;
      for (Attributed a : framed) {
        framedAlready |= a.source().equals(body);
      }
      if (framedAlready) {
        framed.remove(f--);
      } else {
        framed.set(f, new Attributed(body, person.role(), person.start()));
      }
    }
  }

  /** The latest body among {@code earlier} (newest first) with the word {@code noun} in its name, or null. */
  private static Source earlierBody(Iterable<Source> earlier, Token noun) {
    for (Source src : earlier) {
      if (src.kind() == SourceKind.OFFICIAL) {
        continue;
      }
      for (String w : src.name().split(" ")) {
        if (w.equalsIgnoreCase(noun.text)) {
          return src;
        }
      }
    }
    return null;
  }

  private void dropVoices(List<Token> t, List<Attributed> framed, List<TokenSpan> spans) {
    for (TokenSpan body : spans) {
      int comma = voiceBefore(t, body.start());
      if (comma < 0 || !t.get(comma).is(",")) {
        continue; // "said a spokesperson for X": no person named before the voice
      }
      framed.removeIf(f -> f.source().kind() == SourceKind.OFFICIAL && endOf(spans, f.start()) == comma);
    }
    for (TokenSpan body : spans) {
      int e = body.end();
      if (body.start() > 0 && t.get(body.start() - 1).is(",") && e + 2 < t.size() && t.get(e).is("'")
          && possessive.has(t.get(e + 1)) && voiceNouns.has(t.get(e + 2))) {
        // "Darya Korol, OVD-Info's spokeswoman, said": the person is the body's voice
        boolean ownerPerson = false;
        boolean voiceBody = false;
        for (Attributed f : framed) {
          ownerPerson |= f.start() == body.start() && f.source().kind() == SourceKind.OFFICIAL;
          voiceBody |= endOf(spans, f.start()) == body.start() - 1 && f.source().kind() != SourceKind.OFFICIAL;
        }
        if (ownerPerson && voiceBody) {
          // "Dmitry Peskov, Putin's spokesman, said", the voice listed as a body: the body speaks, not its head
          framed.removeIf(f -> f.start() == body.start());
          continue;
        }
        framed.removeIf(f -> f.source().kind() == SourceKind.OFFICIAL && endOf(spans, f.start()) == body.start() - 1);
      }
    }
  }

  /**
   * Leaves out a body whose action a trailing speaker reports ("The Indian government has confirmed
   * that 127 ..., the Ministry of External Affairs said"): the speaker after the comma reports the
   * whole clause, the body before it only acts in it.
   */
  private void dropReportedActors(List<Token> t, List<Attributed> framed, List<TokenSpan> spans) {
    int trailing = -1;
    for (Attributed f : framed) {
      int c = beforeArticle(t, f.start());
      if (f.role() == Role.SPEAKER && c > 0 && t.get(c).is(",")) {
        trailing = Math.max(trailing, c);
      }
    }
    if (trailing < 0) {
      return;
    }
    int end = trailing;
    framed.removeIf(f -> f.role() == Role.SPEAKER && f.start() < end && actsBeforeThat(t, endOf(spans, f.start()), end));
  }

  /** Whether an action's say-verb ("confirmed", not "said") and "that" follow the name ending at {@code e} before {@code limit}. */
  private boolean actsBeforeThat(List<Token> t, int e, int limit) {
    int v = clauseVerb(t, e, limit - 1);
    return v >= 0 && ambiguous.has(t.get(v)) && that.has(t.get(v + 1));
  }

  /**
   * The index of the say-verb within {@value #CLAUSE_VERB_REACH} lower-case words after the name
   * ending at {@code e}, before {@code limit}, or -1.
   */
  private int clauseVerb(List<Token> t, int e, int limit) {
    for (int k = e; k < limit && k <= e + CLAUSE_VERB_REACH; k++) {
      Token x = t.get(k);
      if (sayVerbs.has(x)) {
        return k;
      }
      if (!x.isWord() || x.isCapitalized()) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of the name that starts at token {@code start}, or {@code start}. */
  private static int endOf(List<TokenSpan> spans, int start) {
    for (TokenSpan s : spans) {
      if (s.start() == start) {
        return s.end();
      }
    }
    return start;
  }

  /** How far into its sentence a dateline's credit may stand ("NEW DELHI, Jan 17 (PTI)"). */
  private static final int DATELINE_REACH = 12;

  /**
   * The agency a dateline credits ("HAVANA, Sept 18 (Reuters) - ...", "MOSCOW (AP) —", "NEW DELHI,
   * Jan 17 (PTI) India's ..."): the wire that carried the story, its publisher; empty when the
   * sentence opens with none.
   */
  public Optional<Source> datelineCredit(List<Token> t) {
    int s = datelineCreditStart(t);
    return s < 0 ? Optional.empty() : Optional.of(lex.sources.longest(t, s).value);
  }

  /**
   * The token after the bracket or slash that closes a dateline's credit ("HAVANA, Sept 18
   * (Reuters) - ..."): the day before it is the story's, not its figures'; -1 when the sentence
   * opens with no dateline.
   */
  public int datelineEnd(List<Token> t) {
    int s = datelineCreditStart(t);
    return s < 0 ? -1 : s + lex.sources.longest(t, s).length + 1;
  }

  private int datelineCreditStart(List<Token> t) {
    if (t.isEmpty() || !t.get(0).isWord() || !t.get(0).isAllCaps()) {
      return -1; // a dateline opens with its place in capitals
    }
    for (int s = 1; s + 1 < Math.min(t.size(), DATELINE_REACH); s++) {
      if (!t.get(s - 1).is("(") && !t.get(s - 1).is("/")) {
        continue;
      }
      PhraseIndex.Match<Source> m = lex.sources.longest(t, s);
      int e = m == null ? -1 : s + m.length;
      if (m != null && e < t.size() && t.get(e).is(t.get(s - 1).is("(") ? ")" : "/")
          && m.value.kind() == SourceKind.MEDIA_OUTLET) {
        return s;
      }
    }
    return -1;
  }

  /** Leaves out the agency a dateline credits: it published the story, it is no source of its figures. */
  private void dropDatelineCredits(List<Token> t, List<Source> found, List<TokenSpan> spans) {
    Optional<Source> credit = spans.isEmpty() ? Optional.empty() : datelineCredit(t);
    for (int n = spans.size() - 1; n >= 0 && credit.isPresent(); n--) {
      int s = spans.get(n).start();
      if (found.get(n).equals(credit.get()) && s > 0 && s < DATELINE_REACH
          && (t.get(s - 1).is("(") || t.get(s - 1).is("/"))) {
        found.remove(n);
        spans.remove(n);
      }
    }
  }

  /**
   * Drops the person a body's voice noun names ("police spokesman X", "ministry spokeswoman X"):
   * the voice speaks for the body just before the noun, which is the source.
   */
  private void dropBodyVoices(List<Token> t, List<Source> found, List<TokenSpan> spans) {
    for (int n = spans.size() - 1; n > 0; n--) {
      int s = spans.get(n).start();
      Source before = found.get(n - 1);
      if (found.get(n).kind() == SourceKind.OFFICIAL && spans.get(n - 1).end() == s - 1 && voiceNouns.has(t.get(s - 1))
          && before.kind() != SourceKind.OFFICIAL && before.kind() != SourceKind.MEDIA_OUTLET) {
        found.remove(n);
        spans.remove(n);
      }
    }
  }

  /**
   * Puts the body in the place of a person named as its voice after the body's noun ("police
   * spokesperson Senior Superintendent X said", "The ministry's spokesperson, X, told"): a
   * spokesperson is listed as the body. With no body named there but a bare body noun ("ministry
   * spokesman X told"), the person is left out, and the sentence's speaker is the body named before
   * ({@link #voicedBodyNoun}).
   */
  private void bodiesForTheirVoices(List<Token> t, List<Source> found, List<TokenSpan> spans) {
    for (int n = spans.size() - 1; n >= 0; n--) {
      if (found.get(n).kind() != SourceKind.OFFICIAL) {
        continue;
      }
      int v = voiceNounBefore(t, spans.get(n).start());
      int bodyEnd = v < 0 ? -1 : ownedVoiceAt(t, v) ? v - 2 : v;
      if (bodyEnd < 1) {
        continue;
      }
      int body = -1;
      for (int m = 0; m < n; m++) {
        if (spans.get(m).end() == bodyEnd && found.get(m).kind() != SourceKind.OFFICIAL) {
          body = m;
        }
      }
      if (body >= 0) {
        found.set(n, found.get(body)); // the person's words are the body's
      } else if (ownedVoiceAt(t, v) && bodyAnaphors.has(t.get(bodyEnd - 1)) && !indefiniteBefore(t, bodyEnd - 1)) {
        found.remove(n); // "the ministry's spokesperson, X,": the ministry named before speaks
        spans.remove(n);
      }
    }
  }

  /** Whether the voice noun at {@code v} follows an owner's possessive ("the ministry's spokesperson"). */
  private boolean ownedVoiceAt(List<Token> t, int v) {
    return v >= 3 && t.get(v - 2).is("'") && possessive.has(t.get(v - 1));
  }

  /**
   * The index of the voice noun before the person's name at {@code s}, with at most {@value
   * #TITLE_WORDS_MAX} capitalised words of a rank between ("spokesperson Deputy Inspector General
   * X") or a comma that opens an apposition ("spokesperson, X,"); or -1.
   */
  private int voiceNounBefore(List<Token> t, int s) {
    int k = s - 1;
    if (k >= 0 && t.get(k).is(",")) {
      k--;
    }
    for (int n = 0; k >= 0 && n < TITLE_WORDS_MAX && t.get(k).isWord() && t.get(k).isCapitalized()
        && !voiceNouns.has(t.get(k)); n++) {
      k--;
    }
    return k >= 1 && voiceNouns.has(t.get(k)) ? k : -1;
  }

  /** The most tokens between a voice noun and the say-verb its person speaks with: a rank, a name and commas. */
  private static final int VOICE_NAME_REACH = 9;

  /**
   * The index of a bare body noun whose voice, named as a person, speaks in the sentence ("ministry
   * spokesman X told", "The ministry's spokesperson, X, said"): the body named before speaks; or
   * -1. Not a body a place owns ("Georgia's interior ministry") nor a new one ("a ministry").
   */
  private int voicedBodyNoun(List<Token> t) {
    for (int k = 2; k < t.size(); k++) {
      if (!sayVerbs.has(t.get(k)) || citing.has(t.get(k)) || !reports(t, k)) {
        continue;
      }
      for (int v = k - 2; v >= Math.max(1, k - VOICE_NAME_REACH); v--) {
        if (voiceNouns.has(t.get(v))) {
          boolean named = true;
          for (int j = v + 1; j < k; j++) {
            named &= t.get(j).is(",") || t.get(j).isWord() && t.get(j).isCapitalized();
          }
          int b = (ownedVoiceAt(t, v) ? v - 2 : v) - 1;
          if (named && ownedVoiceAt(t, v) && (t.get(v + 1).isCapitalized() || t.get(v + 1).is(",")) && b >= 0
              && bodyAnaphors.has(t.get(b)) && !ownedByPlace(t, b) && !indefiniteBefore(t, b)) {
            return b;
          }
          break;
        }
      }
    }
    return -1;
  }

  /** Whether token {@code k} is a say-verb that reports here ("said", not "announced a mobilisation"). */
  public boolean reportsAt(List<Token> t, int k) {
    return sayVerbs.has(t.get(k)) && reports(t, k);
  }

  private boolean hasCue(List<Token> t) {
    if (t.size() > 2 && t.get(0).isCapitalized() && t.get(1).is(",")) {
      return true; // "Otieno, who served ...": perhaps a surname named in full earlier
    }
    if (t.size() > 3 && t.get(0).isCapitalized() && t.get(1).isWord() && t.get(1).isCapitalized()
        && (t.get(2).is(",") || t.get(2).isWord() && !t.get(2).isCapitalized())) {
      return true; // "Oksana Hrytsenko keeps ...": perhaps a person the table does not know
    }
    for (Token x : t) {
      if ((x.starts & nameStarts) != 0 || sayVerbs.has(x) || according.has(x)) {
        return true;
      }
    }
    // "We spoke to Yusupova by video link", "The charity Sadaqa runs a hotline"
    return listSubject(t) || names.interviews(t) || names.namesGroup(t);
  }

  /** How many tokens may stand before a list's subject: an opening phrase up to its comma. */
  static final int LIST_OPENING_REACH = 6;
  /** How many words may stand between the determiner and the list noun ("the outlets' list"). */
  static final int LIST_WORDS_MAX = 3;

  /**
   * Whether the sentence's subject is a running count that a determiner points back to: "Their
   * count rises by 2,500 names a month", "By June, that list held 9,100 names", "The outlets'
   * tally stood at ...": the count of the party named before, who keeps it. Not "the list of" a
   * thing, which names what is listed.
   */
  private boolean listSubject(List<Token> t) {
    int d = 0;
    if (t.isEmpty() || !pointsBack(t.get(0))) {
      d = -1;
      for (int k = 1; k < Math.min(t.size() - 1, LIST_OPENING_REACH + 1); k++) {
        if (t.get(k).is(",") && pointsBack(t.get(k + 1))) {
          d = k + 1;
          break;
        }
      }
      if (d < 0) {
        return false;
      }
    }
    for (int j = d + 1; j < t.size() - 1 && j <= d + 1 + LIST_WORDS_MAX; j++) {
      Token x = t.get(j);
      boolean owned = possessiveOpeners.has(t.get(d));
      if (listNouns.has(x) || owned && ownedListNouns.has(x)) {
        Token next = t.get(j + 1);
        // "Its running total of Russian losses": a possessive owns the count, "of" names what it counts
        return next.isWord() && !next.isCapitalized() && (owned || !ownerLinks.has(next)) && !listNouns.has(next);
      }
      if (x.isNumber() || x.isCapitalized() || !x.isWord() && !x.is("'")) {
        return false;
      }
    }
    return false;
  }

  private boolean pointsBack(Token x) {
    return the.has(x) || possessiveOpeners.has(x) || demonstratives.has(x);
  }

  private boolean joins(List<Token> t, int end, int nextStart) {
    int gap = 0;
    int described = 0;
    boolean joined = false;
    for (int k = end; k < nextStart; k++) {
      Token x = t.get(k);
      if (x.is("\"")) {
        continue; // the quotation marks around a name: «Медиазона» и «Медуза»
      }
      if (joined && k > end && the.has(t.get(k - 1)) || described > 0 && described < DESCRIPTOR_MAX) {
        // "X and the independent outlet Y": what the second name is, in lower-case words before it
        if (x.isWord() && !x.isCapitalized() && !and.has(x) && !the.has(x) && !at.has(x) && !sayVerbs.has(x)
            && lex.places.longest(t, k) == null && !nameLink(x) && ++described <= DESCRIPTOR_MAX) {
          continue;
        }
        if (described > 0) {
          return false;
        }
      }
      if (!(and.has(x) || x.is(",") || the.has(x)) || ++gap > 2) {
        return false;
      }
      joined |= and.has(x);
    }
    return joined; // "Mediazona and Meduza reported"; not "According to RFE, the ministry has ..."
  }

  /** Whether only one or two commas or "and" stand between two names of a list ("X, Y, and Z"). */
  private boolean listed(List<Token> t, int end, int nextStart) {
    if (nextStart <= end || nextStart - end > 2) {
      return false;
    }
    for (int k = end; k < nextStart; k++) {
      if (!t.get(k).is(",") && !and.has(t.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The role of the framed name that starts at token {@code s}, or null when that name is not framed. */
  private static Role roleOf(List<Attributed> framed, int s) {
    for (Attributed f : framed) {
      if (f.start() == s) {
        return f.role();
      }
    }
    return null;
  }

  /** The most tokens between a name and its partner in an aside ("X, which works together with Y"). */
  static final int PARTNER_REACH = 8;

  /**
   * Whether the name at token {@code s} is the partner of the name ending at {@code end}, in an aside
   * that a comma opens after it and a partner's words close ("X, working with Y", "X, in partnership
   * with the Y", "X, which counts graves together with Y").
   */
  private boolean partners(List<Token> t, int end, int s) {
    if (end >= s || s - end > PARTNER_REACH || !t.get(end).is(",")) {
      return false;
    }
    int k = s - 1;
    while (k > end && (the.has(t.get(k)) || t.get(k).is("\""))) {
      k--;
    }
    if (k - 1 <= end || !partnerLinks.has(t.get(k)) || !partnerWords.has(t.get(k - 1))) {
      return false;
    }
    for (int j = end + 1; j < k; j++) {
      if (t.get(j).isPunct()) {
        return false; // "X, which ..., said it worked with Y": the aside closed before the partner
      }
    }
    return true;
  }

  /** The most lower-case words that may describe a name joined to another ("the independent outlet"). */
  private static final int DESCRIPTOR_MAX = 3;

  /** Whether the word links the words of a name or a phrase ("of", "for", "in"): no descriptor's. */
  private boolean nameLink(Token x) {
    return nameLinks.has(x) || prepositions.has(x) || on.has(x) || to.has(x);
  }

  private Role roleOf(List<Token> t, int s, int e) {
    if (setOff(t, s, e)) {
      return Role.SPEAKER; // "Ukraine's president, Volodymyr Zelensky, said": a name set off by commas
    }
    if (SourceNames.aged(t, e) && e + 3 < t.size() && sayVerbs.has(t.get(e + 3)) && !citing.has(t.get(e + 3))
        && reports(t, e + 3)) {
      return Role.SPEAKER; // "Abdullah, 23, said": a name and an age set off by commas
    }
    Role r = accordingTo(t, s, e);
    int kinSay = names.kinAfterSay(t, s);
    if (r == null && kinSay >= 0 && !citing.has(t.get(kinSay)) && reports(t, kinSay)) {
      return Role.SPEAKER; // "..., said his mother, X": the relative named speaks
    }
    if (r == null && reportOfBefore(t, s)) {
      r = Role.SPEAKER; // "by the reckoning of X", "in the estimate of X": X's own count
    }
    if (r == null) {
      r = cueBefore(t, s, e);
    }
    if (r == null && quotesOnly(t, 0, s) && e + 1 < t.size() && t.get(e).is(":")) {
      return Role.SPEAKER; // a headline's "МИД Непала: на войне погибли 33 ..."
    }
    if (r == null && creditAfterFigure(t, s, e)) {
      return Role.SPEAKER; // "Total losses to date: 338,270 (General Staff)"
    }
    if (r == null && voiceBefore(t, s) >= 0 && reportsSomewhere(t)) {
      return Role.SPEAKER; // "..., said X, a spokesman for the ministry": the ministry speaks
    }
    int home = names.afterHome(t, e); // "Bhim Thapa from Rolpa district, said"
    if (r == null && home > e && home + 1 < t.size() && t.get(home).is(",") && sayVerbs.has(t.get(home + 1))
        && !citing.has(t.get(home + 1)) && reports(t, home + 1)) {
      return Role.SPEAKER;
    }
    if (r == null && subjectOfVoice(t, s, e)) {
      return Role.SPEAKER; // "X has arrested 14 ..., a spokesman said": the body's own voice reports
    }
    return r != null ? r : actsInReportedClause(t, s, e) ? null : speakerAfter(t, s, home);
  }

  /**
   * Whether the name or names at tokens {@code s} to {@code e} are set off by commas before a
   * say-verb that reports, perhaps after auxiliaries: "Kyiv's spy agency, the HUR, said", "Two
   * outlets, Mediazona and Meduza, counted 2,400".
   */
  private boolean setOff(List<Token> t, int s, int e) {
    int v = e + 1;
    while (v < t.size() && v <= e + 3 && auxiliaries.has(t.get(v))) {
      v++; // "Il presidente ..., Oleksandr Zavitnevych, ha stimato"
    }
    int c = beforeArticle(t, s);
    return c >= 0 && t.get(c).is(",") && v < t.size() && e < t.size() && t.get(e).is(",") && sayVerbs.has(t.get(v))
        && !citing.has(t.get(v)) && reports(t, v);
  }

  /**
   * Whether a name the sentence frames opens it as the subject of a verb whose clause an unnamed
   * voice reports ("X has arrested 14 ..., a spokesman said, and ..."): that voice is the body's,
   * no party of its own.
   */
  public boolean voicedSubject(List<Token> t, SentenceAttribution attr) {
    for (Attributed f : attr.found()) {
      if (f.role() == Role.SPEAKER && subjectOfVoice(t, f.start(), endOf(attr.spans(), f.start()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name at tokens {@code s} to {@code e} opens the sentence as the subject of a verb
   * and the sentence ends its clause with the report of an unnamed voice ("Kenya's Directorate of
   * Criminal Investigations has arrested 14 ..., a spokesman said"): the voice is the body's.
   */
  private boolean subjectOfVoice(List<Token> t, int s, int e) {
    for (int k = 0; k < s; k++) {
      Token x = t.get(k);
      if (!(x.isWord() && x.isCapitalized() || x.is("'") || possessive.has(x) || the.has(x))) {
        return false; // not the sentence's subject
      }
    }
    if (e >= t.size() || !t.get(e).isWord() || t.get(e).isCapitalized()) {
      return false;
    }
    for (int c = e + 1; c + 2 < t.size(); c++) {
      if (!t.get(c).is(",")) {
        continue;
      }
      int v = voiceDeterminers.has(t.get(c + 1)) ? c + 2 : c + 1;
      if (v + 1 < t.size() && voiceNouns.has(t.get(v)) && sayVerbs.has(t.get(v + 1)) && !citing.has(t.get(v + 1))
          && reports(t, v + 1)) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between a clause's subject and its verb ("had so far identified"). */
  private static final int CLAUSE_VERB_REACH = 4;

  /**
   * Whether the name at tokens {@code s} to {@code e} is the subject of a clause that an earlier
   * say-verb reports, whose own verb names an action ("X told the Senate that the government had
   * identified about 200 ..."): the body acts, the speaker before reports.
   */
  private boolean actsInReportedClause(List<Token> t, int s, int e) {
    int c = beforeArticle(t, s);
    if (c < 1 || !that.has(t.get(c))) {
      return false;
    }
    boolean reported = false;
    for (int k = 0; k < c && !reported; k++) {
      reported = sayVerbs.has(t.get(k)) && !citing.has(t.get(k)) && !ambiguous.has(t.get(k));
    }
    int v = reported ? clauseVerb(t, e, t.size()) : -1;
    return v >= 0 && ambiguous.has(t.get(v));
  }

  /**
   * The index of the comma that opens an apposition naming a body's voice just before the body's
   * name at {@code s} (", a spokesman for [the] ministry"), or of the say-verb the voice follows
   * ("said a spokesperson for the ministry"), or -1.
   */
  private int voiceBefore(List<Token> t, int s) {
    int k = beforeArticle(t, s);
    if (k >= 2 && t.get(k).is("s") && t.get(k - 1).is("'")) {
      // "a spokesman for Kenya's Ministry of Foreign Affairs": the body's owner stands between
      int j = k - 2;
      while (j >= 0 && j > k - 2 - OWNER_REACH && t.get(j).isWord() && t.get(j).isCapitalized()) {
        j--;
      }
      k = j;
    }
    if (k < 1 || !voiceLinks.has(t.get(k)) || !voiceNouns.has(t.get(k - 1))) {
      return -1;
    }
    int c = k - 2;
    if (c >= 0 && (indefinites.has(t.get(c)) || the.has(t.get(c)))) {
      c--;
    }
    return c >= 0 && (t.get(c).is(",") || sayVerbs.has(t.get(c)) && !citing.has(t.get(c))) ? c : -1;
  }

  /** The index of the token before the name at {@code s} and its article ("the"), if it has one; -1 at the start. */
  private int beforeArticle(List<Token> t, int s) {
    return s > 0 && the.has(t.get(s - 1)) ? s - 2 : s - 1;
  }

  /** Whether a say-verb reports somewhere in the sentence. */
  private boolean reportsSomewhere(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      if (sayVerbs.has(t.get(k)) && !citing.has(t.get(k)) && reports(t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a possessive and a figure's noun start at token {@code k}: "day's total", "week's
   * toll".
   */
  private boolean possessedFigure(List<Token> t, int k) {
    return k + 3 < t.size() && t.get(k).isWord() && !t.get(k).isCapitalized() && t.get(k + 1).is("'")
        && possessive.has(t.get(k + 2)) && figureNouns.has(t.get(k + 3));
  }

  /** How many words back from a name "according to" may stand ("according to a count of court records by X"). */
  static final int ACCORDING_REACH = 13;

  /** "according to [a recent study by] X", "laut X". */
  private Role accordingTo(List<Token> t, int s, int e) {
    for (int b = s - 1; b >= Math.max(0, s - ACCORDING_REACH); b--) {
      Token tok = t.get(b);
      boolean alone = accordingAlone.has(tok);
      if (alone || according.has(tok) && b + 1 < t.size() && to.has(t.get(b + 1))) {
        for (int k = alone ? b + 1 : b + 2; k < s; k++) {
          // "according to a study by X" cites X's research; "a briefing from X" is X speaking
          if (innerCues.has(t.get(k))) {
            return Role.INNER;
          }
        }
        return kindOf(t, s) == SourceKind.MEDIA_OUTLET && hasSayVerbElsewhere(t, s) ? Role.OUTER : Role.SPEAKER;
      }
      if (tok.isPunct() && !tok.is("'") && !tok.is("\"") && !tok.is("-")) {
        break;
      }
    }
    return null;
  }

  /**
   * Whether the name at token {@code s} is the author of a report that a preposition frames before
   * it: "by" or "in" (lexicon class {@code attribution.report-of-preps}), perhaps an article, a
   * report noun and "of" ("by the reckoning of X", "by the count of the X", "in the estimate of X").
   */
  private boolean reportOfBefore(List<Token> t, int s) {
    int k = beforeArticle(t, s); // "of", before the name or its article
    if (k < 2 || !ownerLinks.has(t.get(k)) || !reportNouns.has(t.get(k - 1))) {
      return false;
    }
    int p = k - 2;
    if (the.has(t.get(p))) {
      p--;
    }
    return p >= 0 && reportOfPreps.has(t.get(p));
  }

  /** "citing X", "cited by X", "research by X", "data from X", "published on X", "told X", "said X". */
  private Role cueBefore(List<Token> t, int s, int e) {
    int p = s - 1;
    while (p >= 0 && t.get(p).is("\"")) {
      p--;
    }
    if (p >= 0 && reportOf.has(t.get(p)) && hasSayVerbElsewhere(t, s)) {
      return Role.SPEAKER; // "оценка «Медиазоны» показывает": the author of the report speaks
    }
    int b = s - 1;
    while (b >= 0 && b >= s - 7 && (t.get(b).is("\"") || t.get(b).is("-") || possessiveMark(t, b) || t.get(b).isWord() && !innerCues.has(t.get(b))
        && !outerCues.has(t.get(b)) && !byFrom.has(t.get(b)) && !on.has(t.get(b)) && !sayVerbs.has(t.get(b))
        && !according.has(t.get(b)) && !citing.has(t.get(b)) && !quoting.has(t.get(b)) && !citedBy.has(t.get(b))
        && !that.has(t.get(b)))) {
      b--; // not past "that": "told parliament that the government had ..." opens a clause the name is the subject of
    }
    if (b < 0) {
      return null;
    }
    Token cue = t.get(b);
    Token before = b > 0 ? t.get(b - 1) : null;
    if (before != null && b > 1 && byFrom.has(cue) && before.key.endsWith(ADVERB_ENDING) && t.get(b - 2).isWord()) {
      before = t.get(b - 2); // "kept jointly by X": the verb before the adverb
    }
    if (citing.has(cue) || quoting.has(cue) || (sayVerbs.has(cue) || innerCues.has(cue)) && citedNoun(t, b)) {
      return Role.INNER; // "citing X", "citing a joint estimate with X"
    }
    if (citedBy.has(cue)) {
      return Role.OUTER;
    }
    if (byFrom.has(cue) && before != null) {
      if (outerBeforeBy.has(before)) {
        return citedBefore(t, b - 1) ? Role.INNER : Role.OUTER; // "citing figures published by X": X is cited
      }
      if (innerCues.has(before) || innerBeforeBy.has(before) || reportNouns.has(before) || reportPlurals.has(before)
          || citedNoun(t, b)) {
        return Role.INNER; // "citing court statistics from X": whatever noun "citing" governs, X is its author
      }
    }
    if (on.has(cue) && before != null && postedOn.has(before)) {
      return Role.INNER; // the platform that carried the figure comes after its author
    }
    if (on.has(cue) && before != null && reportNouns.has(before)) {
      return Role.SPEAKER; // "a report on Tass stated"
    }
    if (on.has(cue) && before != null && basedWords.has(before) && reportBetween(t, b + 1, s)) {
      return Role.SPEAKER; // "based on the daily tallies of X": X's own count
    }
    if ((told.has(cue) || to.has(cue)) && before != null && (told.has(cue) || toldTo.has(before))) {
      // "X told the Duma that ...": a legislature or another state body hears, it relays nothing
      return told.has(cue) && kindOf(t, s) == SourceKind.GOVERNMENT ? null : Role.OUTER;
    }
    if (sayVerbs.has(cue) && (quotesOnly(t, b + 1, s) || the.has(t.get(b + 1))
        || s == b + 2 && personTitles.has(t.get(b + 1)) || titleWords(t, b + 1, s)) && !citing.has(cue)
        && !(e < t.size() && clauseVerbs.has(t.get(e))) && !(b > 0 && anaphors.has(t.get(b - 1)))) {
      // "said the ministry", "reports Radio Free Europe", "said lawmaker X"; not "said the
      // government had received ...", where the name is the subject of the clause reported, nor
      // "the report said the Kremlin intends ...", whose verb has its speaker before it
      return kindOf(t, s) == SourceKind.MEDIA_OUTLET ? Role.OUTER : Role.SPEAKER;
    }
    return null;
  }

  /** Whether token {@code k} is the apostrophe of a possessive "'s" ("citing the country's X"). */
  private boolean possessiveMark(List<Token> t, int k) {
    return t.get(k).is("'") && k + 1 < t.size() && possessive.has(t.get(k + 1)) && k > 0 && t.get(k - 1).isWord();
  }

  /** Whether a report noun, or its plural ("tallies"), stands among the tokens {@code [from, to)}. */
  private boolean reportBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (reportNouns.has(t.get(k)) || reportPlurals.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The ending of an adverb between a verb and "by" ("kept jointly by"). */
  private static final String ADVERB_ENDING = "ly";

  /** How many words before "published by" a "citing" may stand that governs the noun between ("citing new figures published by X"). */
  static final int CITED_REACH = 4;

  /** Whether "citing" stands a few words before token {@code k}, with no punctuation between. */
  private boolean citedBefore(List<Token> t, int k) {
    return citing.inWordsBefore(t, k, CITED_REACH);
  }

  /**
   * Whether the name at tokens {@code [s, e)} stands alone in brackets right after a figure and
   * ends its clause ("... to date: 338,270 (General Staff)", "about 1,000 (ISW)."): a credit.
   */
  private static boolean creditAfterFigure(List<Token> t, int s, int e) {
    return s > 1 && t.get(s - 1).is("(") && t.get(s - 2).isNumber() && !t.get(s - 2).isYear() && e < t.size() && t.get(e).is(")")
        && (e + 1 == t.size() || t.get(e + 1).isPunct() && !t.get(e + 1).is("("));
  }


  /** The most lower-case words of a title between a say-verb and a person ("said deputy defence minister X"). */
  static final int TITLE_MAX = 3;

  /**
   * Whether the tokens {@code [from, end)} are the lower-case words of a person's title, ending in a
   * title's noun ("deputy defence minister", "acting governor"), with no article or preposition.
   */
  private boolean titleWords(List<Token> t, int from, int end) {
    if (end - from < 2 || end - from > TITLE_MAX || !personTitles.has(t.get(end - 1)) && !personAnaphors.has(t.get(end - 1))) {
      return false;
    }
    for (int k = from; k < end; k++) {
      Token x = t.get(k);
      if (!x.isWord() || x.isCapitalized() || the.has(x) || prepositions.has(x) || on.has(x) || to.has(x)) {
        return false;
      }
    }
    return true;
  }

  /** How many words may stand between "citing" and the report noun it cites ("citing a joint estimate"). */
  private static final int CITED_NOUN_REACH = 3;

  /** Whether the word at {@code k} is a noun that "citing" governs: "citing a joint estimate with X". */
  private boolean citedNoun(List<Token> t, int k) {
    for (int b = k - 1; b >= Math.max(0, k - 1 - CITED_NOUN_REACH); b--) {
      if (citing.has(t.get(b)) || quoting.has(t.get(b))) {
        return true;
      }
      if (!t.get(b).isWord() || sayVerbs.has(t.get(b))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the tokens {@code [from, to)} are quotation marks only (or none): "подсчитали «Медиазона»". */
  private static boolean quotesOnly(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).is("\"")) {
        return false;
      }
    }
    return true;
  }

  /** The most tokens inside brackets after a name: its translation or acronym ("(The Way Home)"). */
  static final int BRACKET_MAX = 6;

  /** The index after a short bracketed aside that opens at {@code k}, or {@code k} with none. */
  private static int afterBracket(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).is("(")) {
      return k;
    }
    for (int c = k + 1; c < t.size() && c <= k + BRACKET_MAX + 1; c++) {
      if (t.get(c).is(")")) {
        return c + 1;
      }
      if (t.get(c).isNumber()) {
        return k; // "(about 40 men)": a figure, no name's aside
      }
    }
    return k;
  }

  /**
   * "X said", "X's latest intelligence update", "X estimates", "X, citing Y, reported", "X, which
   * on 13 January told lawmakers that ...": the role of the name {@code [s, e)} (or of the name and
   * its home ending at {@code e}) by what follows it.
   */
  private Role speakerAfter(List<Token> t, int s, int e) {
    int j = e < t.size() && t.get(e).is("\"") ? e + 1 : e; // "\"Waiting Home\", an association ..., says"
    j = afterBracket(t, j); // "Sadaqa (Alms), which runs shelters, says": a translation in brackets
    if (putsOutOwnReport(t, s, j)) {
      return Role.SPEAKER; // "X released its own figures on Tuesday": X speaks for what it put out
    }
    if (j + 1 < t.size() && t.get(j).is("'") && possessive.has(t.get(j + 1))) {
      j += 2;
      int v = j + 1 < t.size() && t.get(j + 1).is(",") ? j + 2 : j + 1;
      if (v < t.size() && voiceNouns.has(t.get(j)) && sayVerbs.has(t.get(v)) && !citing.has(t.get(v))) {
        return Role.SPEAKER; // "X, OVD-Info's spokeswoman, said": the body's voice
      }
      for (int k = j; k < Math.min(t.size(), j + 5); k++) {
        if (reportNouns.has(t.get(k))) {
          return Role.SPEAKER;
        }
      }
    }
    if (j < t.size() && verbFinalAux.has(t.get(j)) && verbFinalSay(t, j + 1)) {
      return Role.SPEAKER;
    }
    boolean appositive = false;
    boolean relativeClause = false; // an apposition that a relative pronoun opens, which may hold a figure
    for (int k = j; k < t.size() && k - j <= (appositive ? APPOSITION_REACH : 8); k++) {
      Token tok = t.get(k);
      if (!appositive && sayVerbs.has(tok) && !citing.has(tok) && reports(t, k)) {
        return Role.SPEAKER; // not "X, the report says": an apposition ends with a comma before the verb
      }
      if (k == j && citing.has(tok)) {
        return Role.SPEAKER; // "Mediazona cites court records: ...": X cites, and speaks for what it cites
      }
      if (tok.is(",") && k + 1 < t.size() && (citing.has(t.get(k + 1)) || quoting.has(t.get(k + 1)))) {
        // "X, citing Y, reported", "X, quoting Y, reported": X is the speaker
        return Role.SPEAKER;
      }
      if (tok.isNumber() && k + 1 < t.size() && months.has(t.get(k + 1))) {
        continue; // "«Медиазона» к 26 сентября установила": a date between the name and its verb
      }
      if (tok.is(",") && k == j && sayAfterAside(t, k)) {
        return Role.SPEAKER; // "UK Defence Intelligence, in its update on 12 March, said"
      }
      if (tok.is(",") && k == j && k + 1 < t.size() && appositiveStarts.has(t.get(k + 1))) {
        appositive = true; // "Andrii Yusov, a spokesman for ..., said"
        relativeClause = relatives.has(t.get(k + 1)); // "X, which has counted 1,100 ..., said"
        if (relativeClause && relativeSays(t, k + 1) && !(personRelatives.has(t.get(k + 1)) && titleOwner(t, s))) {
          return Role.SPEAKER; // "X, which on 13 January told lawmakers that about 300 ...": X says it
        }
        continue;
      }
      if (tok.is(",") && k == j && possessiveApposition(t, k + 1)) {
        appositive = true; // "Ramzan Kadyrov, Chechnya's leader, said"
        continue;
      }
      if (tok.is(",") && k == j && k + 3 < t.size() && t.get(k + 1).isNumber() && t.get(k + 2).is(",")
          && appositiveStarts.has(t.get(k + 3))) {
        appositive = true; // "Ravindu, 38, a former cook, said": an age before the apposition
        k += 2;
        continue;
      }
      if (tok.is(",") && appositive) {
        // "X, an independent outlet, has since confirmed": auxiliaries before the verb
        int v = k + 1;
        while (v < t.size() && v <= k + 3 && auxiliaries.has(t.get(v))) {
          v++;
        }
        if (v < t.size() && sayVerbs.has(t.get(v)) && reports(t, v)) {
          return Role.SPEAKER;
        }
        if (k + 1 < t.size() && relatives.has(t.get(k + 1)) && relativeSays(t, k + 1)) {
          return Role.SPEAKER; // "X, head of the Y, who said in June that ...": X says it
        }
      }
      if (tok.isPunct() && !tok.is("(") && !tok.is(")") && !tok.is("'") && !tok.is("-") && !tok.is("\"")
          && !(tok.is(",") && appositive) || tok.isNumber() && !relativeClause && !(appositive && tok.isYear())
          || that.has(tok) && !appositive) {
        // a year in an apposition dates its words, no figure ends it ("X, whose son left in 2024, said");
        // "that" in an apposition opens a relative clause ("X, a group that tracks arrests, has recorded")
        break;
      }
    }
    return null;
  }

  /**
   * The most tokens between a name and its say-verb when an apposition stands between them ("X, a
   * member of the Committee on National Security, Defence and Intelligence, told ...").
   */
  static final int APPOSITION_REACH = 24;

  /** The most lower-case words between a possessive pronoun and its report noun ("its own latest figures"). */
  private static final int OWN_REPORT_REACH = 3;

  /**
   * Whether the name starting at {@code s} opens the sentence as its subject (after "the", or after
   * names joined to it) and the verb right after it at {@code v}, a lower-case word, has as its
   * object the name's own report: a possessive pronoun and a report noun within {@value
   * #OWN_REPORT_REACH} lower-case words ("X released its own figures", "X and Y shared their data").
   */
  private boolean putsOutOwnReport(List<Token> t, int s, int v) {
    for (int k = 0; k < s; k++) {
      Token x = t.get(k);
      if (!(x.isWord() && x.isCapitalized() || the.has(x) || and.has(x) || x.is(","))) {
        return false;
      }
    }
    if (v + 2 >= t.size() || !t.get(v).isWord() || t.get(v).isCapitalized() || !possessiveOpeners.has(t.get(v + 1))) {
      return false;
    }
    for (int k = v + 2; k < t.size() && k <= v + 1 + OWN_REPORT_REACH; k++) {
      if (reportNouns.has(t.get(k))) {
        return true;
      }
      if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sentence's framed party at {@code s}, ending at {@code e}, puts out its own report
   * with the verb after it ({@link #putsOutOwnReport}): "X published its latest count on Friday".
   */
  public boolean putsOutOwnReportAt(List<Token> t, int s, int e) {
    return putsOutOwnReport(t, s, e);
  }

  /**
   * Whether the name starting at {@code s} owns a title before it ("deputy chair of the Security
   * Council"): a lower-case word and a linking word ("of", "for") before it, perhaps with "the";
   * a "who" after it is the titled person's, not the name's.
   */
  private boolean titleOwner(List<Token> t, int s) {
    int p = s > 0 && the.has(t.get(s - 1)) ? s - 2 : s - 1;
    return p > 0 && nameLinks.has(t.get(p)) && t.get(p - 1).isWord() && !t.get(p - 1).isCapitalized();
  }

  /** The most tokens between a relative pronoun and the say-verb of its clause ("which on 13 January told"). */
  private static final int RELATIVE_SAY_REACH = 5;

  /**
   * Whether the relative clause whose pronoun is at {@code r} opens by saying: its say-verb, which
   * reports, comes within {@value #RELATIVE_SAY_REACH} tokens, after nothing but auxiliaries and
   * the words of a time (lexicon class {@code attribution.relative-fillers}, a month, a weekday, a
   * day before its month): "X, which on 13 January told lawmakers that ...", "X, which has
   * also estimated ...". Not "X, which has counted 1,100 graves, said" (a figure first, the
   * speaker's verb after), nor "an official, who asked not to be named" (another verb first).
   *
   * @param t the sentence's tokens, not null
   * @param r the index of the relative pronoun
   */
  public boolean relativeSays(List<Token> t, int r) {
    for (int v = r + 1; v < t.size() && v <= r + RELATIVE_SAY_REACH; v++) {
      Token x = t.get(v);
      if (x.isWord() && sayVerbs.has(x) && !citing.has(x) && reports(t, v)) {
        return true;
      }
      boolean day = x.isNumber() && v + 1 < t.size() && months.has(t.get(v + 1));
      if (!(day || x.isWord() && (auxiliaries.has(x) || relativeFillers.has(x) || months.has(x) || weekdays.has(x)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether an apposition that opens with a capitalised owner in the possessive and a lower-case
   * title starts at token {@code a} ("Chechnya's leader", "OVD-Info's spokeswoman").
   */
  private boolean possessiveApposition(List<Token> t, int a) {
    int k = a;
    while (k < t.size() && k - a < OWNER_REACH && (t.get(k).isWord() && t.get(k).isCapitalized()
        || k > a && t.get(k).is("-"))) {
      k++;
    }
    return k > a && k + 2 < t.size() && t.get(k).is("'") && possessive.has(t.get(k + 1))
        && t.get(k + 2).isWord() && !t.get(k + 2).isCapitalized();
  }

  /** The most tokens of an aside set off by commas between a speaker and its verb. */
  private static final int ASIDE_MAX = 10;

  /**
   * Whether an aside that a preposition opens follows the comma at {@code k} and a say-verb that
   * reports follows the aside's closing comma (", in its update on 12 March, said").
   */
  private boolean sayAfterAside(List<Token> t, int k) {
    if (k + 1 >= t.size() || !asideStarts.has(t.get(k + 1))) {
      return false;
    }
    for (int m = k + 2; m < t.size() && m <= k + ASIDE_MAX; m++) {
      Token x = t.get(m);
      if (sayVerbs.has(x) && !ambiguous.has(x) || that.has(x)) {
        return false; // but "in a new count", "in its report": a noun of the aside
      }
      if (x.is(",")) {
        int v = m + 1;
        while (v < t.size() && v <= m + 3 && auxiliaries.has(t.get(v))) {
          v++;
        }
        return v < t.size() && sayVerbs.has(t.get(v)) && !citing.has(t.get(v)) && reports(t, v);
      }
    }
    return false;
  }

  /** Whether the clause from {@code from} ends in a say-verb ("... die Namen von 118.836 Toten ermittelt."). */
  private boolean verbFinalSay(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && !t.get(k).is(".") && !t.get(k).is(",") && !t.get(k).is(";") && !t.get(k).is(":")) {
      k++;
    }
    return k - 1 > from && sayVerbs.has(t.get(k - 1)) && !citing.has(t.get(k - 1));
  }

  /** How far after "put" its "at" and figure may stand, an aside set off by commas included. */
  static final int PUT_AT_REACH = 20;

  /** How far after the verb an "at" that opens a bound ("counted at least 14,700") still reports. */
  static final int BOUND_AT_REACH = 12;

  /** Verbs that also name actions ("announced a mobilisation") report only before a clause or figure. */
  private boolean reports(List<Token> t, int verb) {
    if (!ambiguous.has(t.get(verb))) {
      return true;
    }
    for (int k = verb + 1; k < Math.min(t.size(), verb + 5); k++) {
      Token x = t.get(k);
      boolean quote = x.is("\"") && (k == verb + 1 || t.get(k - 1).is(",") || t.get(k - 1).is(":"));
      if (that.has(x) || x.isNumber() || lex.magnitudes.longest(t, k) != null || quote || x.is(",")
          || x.is(".") || x.is(":")
          || the.has(x) && k + 2 < t.size() && figureNouns.has(t.get(k + 1))) {
        return true;
      }
    }
    if (verb + 1 < t.size() && the.has(t.get(verb + 1)) && possessedFigure(t, verb + 2)) {
      return true; // "confirmed the day's total: 307", "announced the week's toll"
    }
    if (figureObjectBefore(t, verb)) {
      return true; // "one of 23 Nepali men Kathmandu has confirmed dead"
    }
    if (countObject(t, verb)) {
      return true; // "publishes a running tally of Russian losses": the count's figures are the verb's
    }
    if (endsOnPlaces(t, verb)) {
      return true; // "..., President X announced on his Telegram channel on Thursday."
    }
    // "puts Russian losses at more than 700,000", "put North Korean losses in Kursk at 3,000",
    // "put Russian losses, dead and wounded together, at 900,000": the object may hold an aside
    // set off by commas, but not a new clause (", and", ", but") nor the sentence's end
    for (int k = verb + 2; k < Math.min(t.size(), verb + PUT_AT_REACH); k++) {
      Token x = t.get(k);
      if (x.is(".") || x.is(";") || x.is(":")
          || x.is(",") && k + 1 < t.size() && atObjectStops.has(t.get(k + 1))) {
        break;
      }
      PhraseIndex.Match<Qualifier> bound = at.has(x) ? lex.qualifiers.longest(t, k) : null;
      if (bound != null && bound.length > 1 && k >= verb + BOUND_AT_REACH) {
        continue; // "which count ... from obituaries, had identified at least 13,500": a bound's "at"
      }
      if (at.has(x)) {
        for (int n = k + 1; n < Math.min(t.size(), k + 5); n++) {
          if (t.get(n).isNumber() && n < k + 4 || t.get(n).isWord() && lex.numberWord(t.get(n).key) != null) {
            return true; // "at 900,000", "at about a million", "at roughly half a million"
          }
        }
        break;
      }
    }
    return verb + 1 >= t.size();
  }

  /** The most tokens of the prepositional phrases after a sentence's last verb ("on his Telegram channel on Thursday"). */
  private static final int TRAILING_REACH = 10;

  /**
   * Whether the verb ends its sentence but for prepositional phrases of where and when ("announced
   * on his Telegram channel on Thursday.", "confirmed in a statement posted late on Friday."): a
   * trailing speaker's verb, which reports the sentence before it rather than naming an action.
   */
  private boolean endsOnPlaces(List<Token> t, int verb) {
    if (verb + 2 >= t.size() || !trailingPreps.has(t.get(verb + 1))) {
      return false;
    }
    for (int k = verb + 2; k < t.size() && k <= verb + TRAILING_REACH; k++) {
      Token x = t.get(k);
      if (x.is(".")) {
        return k == t.size() - 1;
      }
      if (!x.isWord() || sayVerbs.has(x) || that.has(x) || and.has(x)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb's object is a running count of something: a determiner, at most one modifier
   * and a count's noun with "of" after it ("publishes a running tally of Russian losses", "updated
   * its count of the dead").
   */
  private boolean countObject(List<Token> t, int verb) {
    if (verb + 3 >= t.size() || !voiceDeterminers.has(t.get(verb + 1))) {
      return false;
    }
    for (int k = verb + 2; k <= verb + 3 && k + 1 < t.size(); k++) {
      if (listNouns.has(t.get(k))) {
        return ownerLinks.has(t.get(k + 1));
      }
    }
    return false;
  }

  /** The most words of the people a figure counts between it and the subject of a clause about them. */
  private static final int OBJECT_NOUNS_MAX = 3;

  /**
   * Whether the verb's object is a figure before its capitalised subject, in a clause that says
   * what the figure's people are ("23 Nepali men Kathmandu has confirmed dead"): a figure, at most
   * {@value #OBJECT_NOUNS_MAX} words naming its people, at least one of them in lower case, the
   * subject, then auxiliaries.
   */
  private boolean figureObjectBefore(List<Token> t, int verb) {
    int k = verb - 1;
    while (k >= 0 && auxiliaries.has(t.get(k))) {
      k--;
    }
    int subject = k;
    while (k >= 0 && (t.get(k).isWord() && t.get(k).isCapitalized() || nameLinks.has(t.get(k))
        || t.get(k).is("'") || t.get(k).is("s") && k > 0 && t.get(k - 1).is("'"))) {
      k--; // "Kenya's Ministry of Foreign Affairs"
    }
    if (k == subject || !t.get(k + 1).isCapitalized()) {
      return false; // "the ministry confirmed": no capitalised subject
    }
    boolean lower = false;
    for (int n = 0; k >= 0 && n <= OBJECT_NOUNS_MAX; n++, k--) {
      Token x = t.get(k);
      if (x.isNumber() || lex.magnitudes.longest(t, k) != null) {
        return lower;
      }
      if (!x.isWord()) {
        return false;
      }
      lower |= !x.isCapitalized();
    }
    return false;
  }

  /** How many words before an anaphoric noun a place may stand and own it ("Georgia's interior ministry"). */
  private static final int OWNER_REACH = 4;

  /**
   * Whether the noun at {@code b} belongs to a place named just before it, by a possessive or a
   * demonym ("Finland's border service", "the Georgian interior ministry").
   */
  private boolean ownedByPlace(List<Token> t, int b) {
    for (int j = Math.max(0, b - OWNER_REACH); j < b; j++) {
      if (!t.get(j).isCapitalized()) {
        continue;
      }
      PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, j);
      if (p == null) {
        continue;
      }
      for (int k = j + p.length; k < b; k++) {
        if (!t.get(k).isWord() && !t.get(k).is("'")) {
          return false; // "In Kazakhstan, the ministry said": the place is not the ministry's
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Whether the sentence's speaker is a person pronoun before a say-verb that reports ("He said at
   * least 12 ...", "she told reporters").
   */
  public boolean personSpeaker(List<Token> t) {
    return speakerAmong(t, personPronouns);
  }

  /**
   * Whether an outlet relays a person named before: a person's pronoun speaks ("..., he told a
   * forum, according to TASS") or is quoted ("RIA Novosti quoted him as saying").
   */
  public boolean relaysPerson(List<Token> t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (quotedVerbs.has(t.get(k)) && objectPronouns.has(t.get(k + 1))) {
        return true;
      }
    }
    return personSpeaker(t);
  }

  /**
   * Whether the sentence's speaker is a plural noun for outlets before a say-verb that reports
   * ("the outlets said", "the two newspapers report"): several outlets named before speak.
   */
  public boolean outletsSpeak(List<Token> t) {
    return speakerAmong(t, pluralOutlets);
  }

  /**
   * Whether the sentence's anaphoric speaker is a body's noun before a say-verb that reports ("the
   * ministry said"): a body named before speaks, not a person.
   */
  public boolean bodySpeaks(List<Token> t) {
    return speakerAmong(t, bodyAnaphors) || voicedBodyNoun(t) >= 0 || reportPronounAt(t) >= 0;
  }

  /** Whether the word says that a speaker is the one named before ("the same analysts"). */
  public boolean same(Token x) {
    return sameWords.has(x);
  }

  /**
   * Whether the sentence's anaphoric speaker is a person's title before a say-verb that reports, or
   * after "according to the" ("the governor added", "according to the governor"), or a person's
   * possessive before a report noun after "by" ("By his account"): a person named before speaks,
   * not a body.
   */
  public boolean titleSpeaks(List<Token> t) {
    for (int k = 0; k + 3 < t.size(); k++) {
      if (accordingToThe(t, k, personAnaphors)) {
        return true;
      }
    }
    return speakerAmong(t, personAnaphors) || byPersonReport(t);
  }

  /** Whether the sentence opens with "by", a person's possessive and a report noun ("By his account, ..."). */
  private boolean byPersonReport(List<Token> t) {
    return t.size() > 3 && reportBy.has(t.get(0)) && personPossessives.has(t.get(1)) && reportNouns.has(t.get(2));
  }

  /** Whether "according to the" and one of {@code nouns} start at token {@code k} ("according to the bureau"). */
  private boolean accordingToThe(List<Token> t, int k, Words nouns) {
    return k + 3 < t.size() && according.has(t.get(k)) && to.has(t.get(k + 1)) && the.has(t.get(k + 2))
        && nouns.has(t.get(k + 3));
  }

  /** The most words of rank before a person's title after "according to the" ("First Deputy Minister"). */
  private static final int RANK_WORDS_MAX = 2;

  /**
   * Whether "according to the" at token {@code k} is followed by one or two words of rank (lexicon
   * class {@code attribution.rank-words}: "deputy", "acting") and a person's title noun ({@code
   * attribution.person-anaphors}) that ends the name ("according to the Deputy Minister, ..."): the
   * person named before with that title, as "according to the minister" is.
   */
  private boolean accordingToRankedTitle(List<Token> t, int k) {
    if (k + 4 >= t.size() || !according.has(t.get(k)) || !to.has(t.get(k + 1)) || !the.has(t.get(k + 2))) {
      return false;
    }
    int j = k + 3;
    while (j < t.size() && j < k + 3 + RANK_WORDS_MAX && rankWords.has(t.get(j))) {
      j++;
    }
    return j > k + 3 && j < t.size() && personAnaphors.has(t.get(j))
        && (j + 1 == t.size() || t.get(j + 1).isPunct() && !t.get(j + 1).is("'"));
  }

  /**
   * Whether the sentence's anaphoric speaker is a report ("the report says", "the study found",
   * "according to the paper"):
   * the researchers or organisation that wrote one speak.
   */
  public boolean reportSpeaks(List<Token> t) {
    for (int k = 0; k + 3 < t.size(); k++) {
      if (accordingToThe(t, k, reportAnaphors)) {
        return true; // "according to the report"
      }
    }
    return speakerAmong(t, reportAnaphors);
  }

  /**
   * Whether a speaker in the sentence refers back to one named before ("it said", "they write"),
   * whether or not the sentence also frames a source ("they write, citing X").
   */
  public boolean speaksBack(List<Token> t) {
    return anaphor(t);
  }

  /** Whether one of {@code speakers}, with only anaphor fillers after it, stands before a say-verb that reports. */
  private boolean speakerAmong(List<Token> t, Words speakers) {
    return speakerAt(t, speakers) >= 0;
  }

  /**
   * The index of the pronoun that speaks for a body ("it said", "when it acknowledged"), before a
   * say-verb that reports; or -1.
   */
  public int bodyPronounAt(List<Token> t) {
    int at = speakerAt(t, bodyPronouns);
    return at >= 0 ? at : reportPronounAt(t);
  }

  /**
   * The index of a body's pronoun that makes the report after "according to" its own ("according to
   * figures it released", "according to data it published in May"): "according to", perhaps an
   * article, one or two report nouns (singular or plural), then the pronoun; or -1. The body is the
   * one the sentence names before, or the one named before it.
   */
  private int reportPronounAt(List<Token> t) {
    for (int k = 0; k + 3 < t.size(); k++) {
      if (!according.has(t.get(k)) || !to.has(t.get(k + 1))) {
        continue;
      }
      int j = k + 2;
      if (the.has(t.get(j))) {
        j++;
      }
      int nouns = 0;
      while (j < t.size() && nouns < 2 && (reportNouns.has(t.get(j)) || reportPlurals.has(t.get(j)))) {
        j++;
        nouns++;
      }
      if (nouns > 0 && j + 1 < t.size() && bodyPronouns.has(t.get(j)) && t.get(j + 1).isWord()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The index of a person pronoun that speaks ("when he said", "where she told reporters"), before
   * a say-verb that reports; or -1.
   */
  public int personPronounAt(List<Token> t) {
    return speakerAt(t, personPronouns);
  }

  /**
   * The index of a plural noun for several places' bodies that speaks ("the two city administrations
   * said"), each for the place its clause names; or -1.
   */
  public int placeBodiesAt(List<Token> t) {
    return speakerAt(t, placeBodies);
  }

  /**
   * The body of the place that the clause from {@code from} to the figure at {@code at} names, of the
   * singular of the plural noun at {@code noun} ("Surgut district administration"); or null.
   */
  public Source placeBody(List<Token> t, int from, int at, int noun) {
    String plural = t.get(noun).key;
    return names.placeBody(t, from, at, plural.substring(0, plural.length() - 1));
  }

  /** The index of the first of {@code speakers}, with only anaphor fillers after it, before a say-verb that reports; or -1. */
  private int speakerAt(List<Token> t, Words speakers) {
    for (int k = 1; k < t.size(); k++) {
      if (!sayVerbs.has(t.get(k)) || citing.has(t.get(k)) || !reports(t, k)) {
        continue;
      }
      for (int b = k - 1; b >= Math.max(0, k - 4); b--) {
        if (speakers.has(t.get(b))) {
          return b;
        }
        if (!anaphorFillers.has(t.get(b))) {
          break;
        }
      }
    }
    return -1;
  }

  /**
   * Whether someone the sentence leaves unnamed reports in it: a say-verb that reports, with no
   * source named and no anaphoric speaker ("A former corporal, who asked not to be named, said ...").
   */
  public boolean unnamedSpeaker(List<Token> t, SentenceAttribution attr) {
    if (!attr.names().isEmpty() || attr.anaphor()) {
      return false;
    }
    for (int k = 1; k < t.size(); k++) {
      if (sayVerbs.has(t.get(k)) && !citing.has(t.get(k)) && reports(t, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasSayVerbElsewhere(List<Token> t, int s) {
    for (int k = 0; k < t.size(); k++) {
      if (k != s && sayVerbs.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  private SourceKind kindOf(List<Token> t, int s) {
    PhraseIndex.Match<Source> m = lex.sources.longest(t, s);
    return m == null ? SourceKind.OTHER : m.value.kind();
  }

  /**
   * Whether the noun phrase of the speaker noun at {@code b} opens with an indefinite article ("a
   * police spokesman", "an army spokeswoman"): a new party, not one named before; not when a body
   * noun that refers back stands between them ("a ministry spokesperson").
   */
  private boolean indefiniteBefore(List<Token> t, int b) {
    for (int j = b - 1; j >= Math.max(0, b - INDEFINITE_REACH); j--) {
      Token w = t.get(j);
      if (indefinites.has(w)) {
        return true;
      }
      if (!w.isWord() || anaphors.has(w) || anaphorFillers.has(w)) {
        return false; // "a ministry spokesperson said": the ministry named before
      }
    }
    return false;
  }

  /** How many words may stand between an indefinite article and its speaker noun ("a regional police spokesman"). */
  private static final int INDEFINITE_REACH = 3;

  /**
   * "it said", "the review says", "the Head of State also stated", "Intelligence notes", "according
   * to him", "the same officials put"; "по его словам", "за його словами", where the pronoun stands
   * inside the according-to frame; a verb of reported speech ("seien").
   */
  private boolean anaphor(List<Token> t) {
    for (int k = 0; k + 2 < t.size(); k++) {
      if (according.has(t.get(k)) && anaphors.has(t.get(k + 1)) && to.has(t.get(k + 2))) {
        return true;
      }
      if (according.has(t.get(k)) && to.has(t.get(k + 1)) && objectPronouns.has(t.get(k + 2))) {
        return true; // "According to him, ...": the speaker named before
      }
      if (accordingToThe(t, k, anaphors) && !ownedByPlace(t, k + 3)) {
        return true; // "According to the bureau, 15 ...": the body named before
      }
      if (accordingToRankedTitle(t, k)) {
        return true; // "according to the Deputy Minister": the person named before with that title
      }
      if (accordingAlone.has(t.get(k)) && (anaphors.has(t.get(k + 1)) || anaphors.has(t.get(k + 2)))) {
        return true; // "Secondo la stessa inchiesta", "Laut demselben Bericht": the source before
      }
    }
    if (listSubject(t)) {
      return true; // "Their count rises by 2,500 names a month": the count of the party before
    }
    if (reportPronounAt(t) >= 0) {
      return true; // "according to figures it released": the body's own report
    }
    if (byReportBack(t)) {
      return true; // "By its count, ...", "By the report's estimate, ...": the party before counted
    }
    if (voicedBodyNoun(t) >= 0) {
      return true; // "ministry spokesman X told": the ministry named before speaks
    }
    boolean quoted = false;
    for (int k = 0; k < t.size(); k++) {
      if (reportedSpeech.has(t.get(k))) {
        return true; // "Zwölf von ihnen seien gefallen": still the speaker of the sentence before
      }
      quoted ^= t.get(k).is("\"");
      if (quoted || !sayVerbs.has(t.get(k)) || citing.has(t.get(k)) || !reports(t, k)) {
        continue; // "'They told us ...,' said X": the quote's own words name no speaker of the text
      }
      if (possessiveOpening(t, k)) {
        return true; // "Their latest model puts ...", "Its briefing, in September, put ...": the body before
      }
      if (k > 2 && t.get(k - 1).isWord() && sameWords.has(t.get(k - 2)) && the.has(t.get(k - 3))) {
        return true; // "the same officials put ...", "the same researchers calculate": the speakers before
      }
      for (int b = k - 1; b >= Math.max(0, k - 4); b--) {
        Token w = t.get(b);
        if (anaphors.has(w)) {
          if (ownedByPlace(t, b) || indefiniteBefore(t, b)) {
            break; // "Kazakhstan's interior ministry said", "a police spokesman said": not one named before
          }
          return true;
        }
        if (!anaphorFillers.has(w)) {
          break; // "it was found that ..." is impersonal, not "it said"
        }
      }
      if (k + 1 < t.size() && personPronouns.has(t.get(k + 1))
          && (k + 2 == t.size() || t.get(k + 2).isPunct() || k > 0 && t.get(k - 1).is(",") && numberBefore(t, k))) {
        // "..., сказал он.", "50 Männer, sagte er im Fernsehen": the pronoun after its verb, not
        // the subject of the reported clause ("said he had been paid $600")
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence opens with "by" and a report of the party named before: its possessive
   * pronoun ("By its count", a person's "By his account") or a report's noun in the possessive
   * ("By the report's estimate"), then a report noun.
   */
  private boolean byReportBack(List<Token> t) {
    if (t.size() < 4 || !reportBy.has(t.get(0))) {
      return false;
    }
    if (possessiveOpeners.has(t.get(1)) || personPossessives.has(t.get(1))) {
      return reportNouns.has(t.get(2)); // "By its count", "By his account"
    }
    return t.size() > 6 && the.has(t.get(1)) && reportAnaphors.has(t.get(2)) && t.get(3).is("'")
        && possessive.has(t.get(4)) && reportNouns.has(t.get(5));
  }

  /**
   * The index of "by" where a clause inside the sentence opens with "by", a possessive pronoun and
   * a report noun after "and", a comma or a semicolon ("..., and by its count Russia has lost
   * ...", "...; by their tally, ..."), or -1: the report of the clause before's subject.
   */
  private int byReportInClause(List<Token> t) {
    for (int b = 1; b + 2 < t.size(); b++) {
      Token before = t.get(b - 1);
      if (reportBy.has(t.get(b)) && possessiveOpeners.has(t.get(b + 1)) && reportNouns.has(t.get(b + 2))
          && (before.is(",") || before.is(";") || and.has(before))) {
        return b;
      }
    }
    return -1;
  }

  /** How many tokens a sentence's opening possessive may stand before its say-verb, with an aside. */
  private static final int POSSESSIVE_REACH = 10;

  /**
   * Whether the sentence opens with a possessive pronoun ("its", "their") and a report noun of
   * the body named before, or its plural ("Its daily bulletins typically claim ..."), whose say-verb
   * at {@code k} follows with no other verb or figure between ("Their latest excess-death model puts
   * ...", "Its briefing, in September, put ...").
   */
  private boolean possessiveOpening(List<Token> t, int k) {
    if (k > POSSESSIVE_REACH || k < 2 || !possessiveOpeners.has(t.get(0))) {
      return false;
    }
    boolean report = false;
    for (int j = 1; j < k; j++) {
      Token x = t.get(j);
      if (x.isNumber() || that.has(x) || report && sayVerbs.has(x)) {
        return false; // but "Their updated model": a participle before the noun
      }
      report |= reportNouns.has(x) || reportPlurals.has(x); // "Its daily bulletins claim ..."
    }
    return report;
  }

  /** Whether a number stands in the clause that ends with the comma before token {@code k}. */
  private static boolean numberBefore(List<Token> t, int k) {
    for (int j = k - 2; j >= 0 && !t.get(j).is(","); j--) {
      if (t.get(j).isNumber()) {
        return true;
      }
    }
    return false;
  }
}

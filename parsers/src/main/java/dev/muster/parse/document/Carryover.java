package dev.muster.parse.document;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Period;
import dev.muster.Source;
import dev.muster.SourceKind;
import dev.muster.parse.attribution.AttributionFinder;
import dev.muster.parse.attribution.Attributed;
import dev.muster.parse.attribution.Role;
import dev.muster.parse.attribution.SentenceAttribution;
import dev.muster.parse.classify.Figure;
import dev.muster.parse.classify.ListLabels;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.read.RangeKind;
import dev.muster.parse.read.TextRange;
import dev.muster.parse.segment.Sentence;
import dev.muster.parse.time.DatedSpan;
import dev.muster.parse.time.TimeFinder;
import dev.muster.parse.time.TimeKind;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.TokenSpan;
import dev.muster.parse.token.Tokenizer;
import dev.muster.parse.token.Vocabulary;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stage document, sentence by sentence: carries attribution and context from one sentence to the
 * next. An anaphoric speaker ("it said") takes the last chain (or the last source named); a
 * sentence without its own source that hedges or goes on with the report ("are believed to be",
 * "Of these, ...") takes the paragraph's chain; "Of them, 12 ..." takes the figure before's
 * origins and period; a figure-less sentence can date ("... the lump sum to anyone who signs
 * from Aug. 1 until the end of 2024") or attribute ("The data comes from research by X.") the
 * figures of the sentence before; a "Source: X" line gives the document's default chain, and so
 * does the page's own speaker: the body a summary page sums up, or the body whose header issues the
 * page ("MINISTRY OF FOREIGN AFFAIRS ... | Information message").
 *
 * <p>Immutable and thread-safe.
 */
public final class Carryover {

  /** Russia, whose own people take the document's default rather than a clause's. */
  private static final Origin RUSSIA = Origin.of("RU");

  private final AttributionFinder attributions;
  private final Words otherSpeakers;
  /** "minister", "official": one speaker that an indefinite article leaves unnamed. */
  private final Words speakerNouns;
  private final Words indefinites;
  /** "Speaking", "Addressing": a participle that opens a clause setting the scene of a statement. */
  private final Words sceneOpeners;
  /** "mentre", "während", "тогда как": a join whose "according to" after it frames only its own clause. */
  private final Words contrastJoins;
  /** ":", ";": a mark after which a clause that a named speaker opens is that speaker's own. */
  private final Words clauseStops;
  private final Words accordingAlone;
  private final Words listMarkers;
  /** "Nepal: 1,200": a list line with no marker, which the lead's sources cover as an item's. */
  private final ListLabels listLabels;
  private final Words reportNouns;
  /** "s": the possessive after an apostrophe ("Mediazona's count"). */
  private final Words possessiveS;
  private final TimeFinder times;
  private final Words sourceLabel;
  /** "summary", "findings": words by which a page's head calls it a summary of a body's work. */
  private final Words summaryCues;
  /** "brief": a summary's word after "in" ("Report in brief") or a brief's kind ("RESEARCH BRIEF"). */
  private final Words briefWords;
  /** "in", "research", "policy": the words before "brief" that make it the page's kind. */
  private final Words inWords;
  /** "No", "Issue": the words before a page's own number ("RESEARCH BRIEF No. 87"), which is no figure. */
  private final Words issueNumbers;
  /** "pages": the word after a publication's length ("46 pages"), which is no figure. */
  private final Words pageWords;
  /** "points": a summary's word only after a number or "key" ("Five points from ...", "the main points"). */
  private final Words pointWords;
  private final Words keyWords;
  /** "authors", "analysts", "paper": the writers of a summarised body's text, or the text, as a sentence's speaker. */
  private final Words summaryRelayers;
  /** "our": a heading that opens the writers' own section of a summary ("Our take"). */
  private final Words writersPossessives;
  /** "update", "report", "assessment": a state body's own publication, which a summary may sum up. */
  private final Words summaryReports;
  /** "Centre", "Institute": a word of a research body's name that a summary's masthead opens with. */
  private final Words summaryPublishers;
  /** "committee", "commission": the label of a summary page's head line that names the body whose report it sums up. */
  private final Words summaryBodyLabels;
  /** "of", "for": small words inside a body's name ("Centre for Eastern Studies"). */
  private final Words nameLinks;
  /** "release", "statement", "update": the kind of a body's own issue that a page's header names. */
  private final Words issueKinds;
  /** "press", "service", "of": the words of a body's voice before its name in a header ("Press service of the ..."). */
  private final Words issuerVoices;
  /** "ministry": the word that opens a body's name which the table writes with its country first. */
  private final Words countryFirstHeads;
  /** "press", "media": the word that opens the name of a body's press desk ("Press service", "Media centre"). */
  private final Words deskLeads;
  /** "who", "which": the relative pronoun after a party's name that opens a clause of its own ("Y, which said ..."). */
  private final Words relatives;
  /** "we", "our": the words in which an issued page's sentences speak as its issuing body. */
  private final Words issuerWe;
  /** "service", "office", "centre": the word that ends the name of a body's press desk ("Press office"). */
  private final Words desks;
  /** "news", "statements": the last word of the news or press section a body's breadcrumb leads to ("Home / News"). */
  private final Words issueSections;
  /** "latest", "joint": the words that may open a header line before the body or the kind of issue ("Latest ... update"). */
  private final Words issueLeads;
  /** "on", "about": the word after the kind of issue before its topic ("update on the situation in Ukraine"). */
  private final Words issueTopics;
  /** "government", "republic": the words of a state's name above the body in a header ("Government of Nepal"). */
  private final Words stateWords;
  /** "by", "from": the word between the kind of issue and the body that opens a header line ("Statement by the ..."). */
  private final Words issuerLinks;
  /** "Summary", "Report", "Review": a word that opens the title of a body's own issue under its masthead. */
  private final Words issueTitles;
  /** "of", "by", "from": the word between a title's kind and the body that issues it. */
  private final Words issueTitleLinks;
  /** "ministry", "court", "headquarters": the words by which a header names an issuing body the table does not know. */
  private final Words issuerBodies;
  /** "by": the word that opens a byline, which makes a page a writer's story. */
  private final Words bylineWords;
  /** The vocabulary of this language's tokens, for the words of a header in capitals written again in lower case. */
  private final Vocabulary vocabulary;
  /** This language's tokenizer, for the words of a byline, which is no sentence. */
  private final Tokenizer tokenizer;
  /** The language of the lexicon these rules read, whose sentences alone they may read. */
  private final String language;
  /** "assessment", "update": a body's own publication, which a credit line names after the body. */
  private final Words creditNouns;
  /** "published", "on": the words of a credit line's date after its body and publication. */
  private final Words creditDateWords;
  private final Words months;
  private final Words demonstratives;
  /** "offered", "them": a pay verb and the pronoun after it for the people of the figure before. */
  private final Words payeeVerbs;
  private final Words payeePronouns;
  private final Words referring;
  private final Words of;
  /** "около 3 тыс. из них": a word for "of" that splits the figure before only after a figure. */
  private final Words ofAfterFigure;
  private final Words partitivePronouns;
  /** "Wagner": a private army; "32,000 of them" in its sentence takes no country from the figure before. */
  private final Words privateArmies;
  private final Words assessmentWords;
  private final Words connectives;
  /** "its", "the": the determiner of a running total that opens its sentence. */
  private final Words totalDeterminers;
  /** "total", "tally": the noun of a running total that opens its sentence. */
  private final Words totalNouns;
  /** "its", "their": the determiners of a total that is the party's own whatever it counts. */
  private final Words totalPossessives;
  /** "it", "they": a pronoun whose copula ("it stood at") goes on with the count before it. */
  private final Words copulaPronouns;
  private final Words copulas;
  /** "was", "were": forms of "to be", which say nothing of a count going on. */
  private final Words finiteAux;
  private final Words sameTimeNouns;
  /** "list", "count": the nouns of a report that "the same" refers back to. */
  private final Words sameReportNouns;
  private final Words sameTimeShifts;
  /** "year" in "over the same year": a time noun that stands for the whole year of the time before. */
  private final Words sameYearNouns;
  private final Words connectivePairs;
  private final Words hedges;
  private final Words backOpeners;
  private final Words the;
  private final Words dataNouns;
  /** "the", "these": the words that open a sentence dating the data before ("These numbers are as of 1 March"). */
  private final Words asOfOpeners;
  /** "to", "through": a word before a time that the data before run up to ("The data run to the end of March"). */
  private final Words asOfTos;
  /** "separate", "another": words of a sentence about another count than the one before. */
  private final Words apartWords;
  /** "its": a possessive before a report noun that refers back ("its latest update"). */
  private final Words possessives;
  /** "Das teilte X mit.", "Lo ha reso noto X.": a pronoun opening before a reporting verb. */
  private final Words backPronouns;
  /** "Об этом сообщил X.", "Про це повідомив X.": a preposition before {@link #backPronouns}. */
  private final Words backPrepositions;
  private final Words backVerbs;
  private final Words according;
  private final Words generalOpeners;
  private final Words partitiveDeterminers;
  /** "this", "that" and "number", "total": "Of this number, ..." splits the figure before, as "Of them" does. */
  private final Words partitiveDemonstratives;
  private final Words partitiveNumberNouns;
  /** "of", "among": the words that open a sentence splitting an earlier total ("Among the dead, ..."). */
  private final Words partOpeners;
  private final Words afterBareNumber;
  /** "Kenyans who ...": a relative pronoun after a plural demonym, which is then a people noun. */
  private final Words relative;
  private final Lexicon lex;
  private final Words to;
  /** "Как сообщает X, ...", "Як повідомляє X, ...": an opening that, like "according to", covers the paragraph. */
  private final Words asOpeners;
  /** "Среди них ...": the partitive openings whose figures count what the whole does. */
  private final Words partTakesMeasure;
  /** "largest", "biggest": the superlatives of a sentence that ranks the parts of a total. */
  private final Words rankSuperlatives;
  /** "group", "contingent", "source": the nouns such a superlative ranks. */
  private final Words rankNouns;
  /** "followed" and the "by" after it: the words that rank the next part after one. */
  private final Words rankFollows;
  private final Words rankFollowsBy;
  /** "its", "the", "them": words after "according to" that refer back to the report before. */
  private final Words accordingBack;

  /** "spoke", "interview": a verb or noun after which the person interviewed is named. */
  private final Words interviewVerbs;
  /** "to", "with": the word between such a verb and the person ("spoke to X", "an interview with X"). */
  private final Words interviewLinks;
  /** "we", "i": the writers of an interview, who open its lead. */
  private final Words interviewers;
  /** "he", "it", "they": a pronoun that opens a sentence as the subject of its say-verb ("They judge that ..."). */
  private final Words speakerPronouns;
  /** "said", "counted": verbs that report. */
  private final Words sayVerbs;
  /** "and": the word after a comma that may open a clause of another party's. */
  private final Words ands;
  /** "our", "us", "this": the writers as the ones a guest speaks to ("spoke to our correspondent"). */
  private final Words interviewWriters;
  /** "they": a pronoun for the several parties the sentence before names together. */
  private final Words pluralPronouns;
  /** "he", "she": a pronoun that, as a lead's subject, is the person the sentence before named. */
  private final Words personPronouns;
  /** "guest": the noun of an interview's lead that the person interviewed is ("This week's guest is X"). */
  private final Words interviewGuests;
  /** "is", "was": the verb between that noun and the person. */
  private final Words guestLinks;
  /** "spokeswoman": the noun of a body's voice ("X, a spokeswoman for Y"). */
  private final Words voiceNouns;
  /** "head", "director": a title that ties a guest to a body ("X, head of Y"). */
  private final Words guestTitles;
  /** "is", "was": the verb between a guest's name and the title a Q&A's lead gives ("X is a lawyer ..."). */
  private final Words guestCopulas;
  /** "him", "her": the guest a writers' "We spoke to her" refers to. */
  private final Words guestObjects;
  /** "founded", "heads", "runs": a verb by which the person opening a lead heads the group named after it. */
  private final Words guestHeadVerbs;
  /** "is", "heads", "works": a present-tense verb by which a lead's guest speaks for a body now ("X heads the press office of Y"). */
  private final Words guestVoiceVerbs;
  /** "press": a word of a body's voice besides the voice nouns ("press secretary", "press office"). */
  private final Words guestVoiceWords;
  /** "former", "ex": a word by which a lead's guest no longer speaks for the body ("X, a former spokesman for Y"). */
  private final Words guestFormers;
  /** "project", "initiative": the noun of a header line that names a page's makers ("A joint project of X and Y"). */
  private final Words projectNouns;
  /** "of", "by": the word between the project noun and its makers. */
  private final Words projectLinks;
  /** "data", "investigations", "count": the desk word after an outlet's name on a desk's masthead ("MEDIAZONA · DATA"). */
  private final Words deskSections;
  /** "together", "jointly", "partnership": the word before "with" that names a desk's partner. */
  private final Words deskPartnerWords;
  /** "with": the word between the partner word and the partner ("kept together with X"). */
  private final Words deskPartnerLinks;
  /** "is", "are": the verb between a report noun and its owner ("The estimate is X's"). */
  private final Words ownerCopulas;

  public Carryover(Lexicon lex, AttributionFinder attributions, TimeFinder times) {
    this.interviewVerbs = lex.optionalWords("attribution.interview-verbs");
    this.interviewLinks = lex.optionalWords("attribution.interview-links");
    this.interviewers = lex.optionalWords("document.interviewers");
    this.interviewWriters = lex.optionalWords("document.interview-writers");
    this.ands = lex.optionalWords("attribution.and");
    this.sayVerbs = lex.optionalWords("attribution.say-verbs");
    this.speakerPronouns = lex.optionalWords("document.speaker-pronouns");
    this.personPronouns = lex.optionalWords("attribution.person-pronouns");
    this.pluralPronouns = lex.optionalWords("document.plural-pronouns");
    this.guestCopulas = lex.optionalWords("document.guest-copulas");
    this.ownerCopulas = lex.optionalWords("document.owner-copulas");
    this.projectNouns = lex.optionalWords("document.project-nouns");
    this.projectLinks = lex.optionalWords("document.project-links");
    this.deskSections = lex.optionalWords("document.desk-sections");
    this.deskPartnerWords = lex.optionalWords("document.desk-partner-words");
    this.deskPartnerLinks = lex.optionalWords("document.desk-partner-links");
    this.guestHeadVerbs = lex.optionalWords("document.guest-head-verbs");
    this.guestVoiceVerbs = lex.optionalWords("document.guest-voice-verbs");
    this.guestVoiceWords = lex.optionalWords("document.guest-voice-words");
    this.guestFormers = lex.optionalWords("document.guest-formers");
    this.guestObjects = lex.optionalWords("attribution.object-pronouns");
    this.interviewGuests = lex.optionalWords("document.interview-guests");
    this.guestLinks = lex.optionalWords("document.guest-links");
    this.voiceNouns = lex.optionalWords("attribution.voice-nouns");
    this.guestTitles = lex.optionalWords("document.guest-titles");
    this.attributions = attributions;
    this.times = times;
    this.sourceLabel = lex.optionalWords("document.source-label");
    this.summaryCues = lex.optionalWords("document.summary-cues");
    this.briefWords = lex.optionalWords("document.summary-brief");
    this.inWords = lex.optionalWords("document.summary-in");
    this.issueNumbers = lex.optionalWords("document.issue-numbers");
    this.pageWords = lex.optionalWords("document.page-words");
    this.pointWords = lex.optionalWords("document.summary-points");
    this.keyWords = lex.optionalWords("document.summary-key");
    this.summaryReports = lex.optionalWords("document.summary-reports");
    this.summaryPublishers = lex.optionalWords("document.summary-publishers");
    this.summaryBodyLabels = lex.optionalWords("document.summary-body-labels");
    this.nameLinks = lex.optionalWords("attribution.name-links");
    this.issueKinds = lex.optionalWords("document.issue-kinds");
    this.issuerVoices = lex.optionalWords("document.issuer-voices");
    this.issuerLinks = lex.optionalWords("document.issuer-links");
    this.issueTitles = lex.optionalWords("document.issue-titles");
    this.issueTitleLinks = lex.optionalWords("document.issue-title-links");
    this.stateWords = lex.optionalWords("document.issuer-states");
    this.issueLeads = lex.optionalWords("document.issue-leads");
    this.issueTopics = lex.optionalWords("document.issue-topics");
    this.deskLeads = lex.optionalWords("document.issue-desk-leads");
    this.desks = lex.optionalWords("document.issue-desks");
    this.issuerWe = lex.optionalWords("document.issuer-we");
    this.relatives = lex.optionalWords("attribution.relatives");
    this.issueSections = lex.optionalWords("document.issue-sections");
    this.countryFirstHeads = lex.optionalWords("attribution.country-first-heads");
    this.issuerBodies = lex.optionalWords("attribution.body-words").union(lex.optionalWords("document.issuer-bodies"));
    this.bylineWords = lex.optionalWords("time.byline");
    this.vocabulary = lex.vocabulary();
    this.tokenizer = lex.tokenizer();
    this.writersPossessives = lex.optionalWords("document.summary-writers");
    this.summaryRelayers = lex.optionalWords("document.summary-relayers");
    this.language = lex.language();
    this.creditNouns = lex.optionalWords("document.credit-nouns");
    this.creditDateWords = lex.optionalWords("document.credit-date-words");
    this.months = lex.optionalWords("time.months");
    this.demonstratives = lex.optionalWords("document.demonstratives");
    this.payeeVerbs = lex.optionalWords("document.payee-verbs");
    this.payeePronouns = lex.optionalWords("document.payee-pronouns");
    this.referring = lex.optionalWords("document.referring");
    this.of = lex.optionalWords("document.of");
    this.ofAfterFigure = lex.optionalWords("document.of-after-figure");
    this.partitivePronouns = lex.optionalWords("document.partitive-pronouns");
    this.privateArmies = lex.optionalWords("classify.private-armies");
    this.assessmentWords = lex.optionalWords("document.assessment-words");
    this.connectives = lex.optionalWords("document.connectives");
    this.totalDeterminers = lex.optionalWords("document.total-determiners");
    this.totalNouns = lex.optionalWords("document.total-nouns");
    this.totalPossessives = lex.optionalWords("document.total-possessives");
    this.copulaPronouns = lex.optionalWords("classify.copula-pronouns");
    this.copulas = lex.optionalWords("classify.copulas");
    this.finiteAux = lex.optionalWords("classify.finite-aux");
    this.sameTimeNouns = lex.optionalWords("document.same-time-nouns");
    this.sameReportNouns = lex.optionalWords("document.same-report-nouns");
    this.sameTimeShifts = lex.optionalWords("document.same-time-shifts");
    this.sameYearNouns = lex.optionalWords("document.same-year-nouns");
    this.connectivePairs = lex.optionalWords("document.connective-pairs");
    this.hedges = lex.optionalWords("document.hedges");
    this.backOpeners = lex.optionalWords("document.back-openers");
    this.the = lex.optionalWords("document.the");
    this.dataNouns = lex.optionalWords("document.data-nouns");
    this.asOfOpeners = lex.optionalWords("document.as-of-openers");
    this.asOfTos = lex.optionalWords("document.as-of-tos");
    this.apartWords = lex.optionalWords("document.apart-words");
    this.possessives = lex.optionalWords("document.back-possessives");
    this.backPronouns = lex.optionalWords("document.back-pronouns");
    this.backPrepositions = lex.optionalWords("document.back-prepositions");
    this.backVerbs = lex.optionalWords("document.back-verbs").union(lex.optionalWords("attribution.say-verbs"));
    this.according = lex.optionalWords("attribution.according");
    this.generalOpeners = lex.optionalWords("document.general-openers");
    this.listMarkers = lex.optionalWords("document.list-markers");
    this.listLabels = new ListLabels(lex);
    this.reportNouns = lex.optionalWords("attribution.report-nouns");
    this.possessiveS = lex.optionalWords("attribution.possessive");
    this.otherSpeakers = lex.optionalWords("document.other-speakers");
    this.speakerNouns = lex.optionalWords("document.speaker-nouns");
    this.indefinites = lex.optionalWords("document.indefinites");
    this.sceneOpeners = lex.optionalWords("document.scene-openers");
    this.contrastJoins = lex.optionalWords("document.contrast-joins");
    this.clauseStops = lex.optionalWords("document.clause-stops");
    this.accordingAlone = lex.optionalWords("attribution.according-alone");
    this.partitiveDeterminers = lex.optionalWords("document.partitive-determiners");
    this.partitiveDemonstratives = lex.optionalWords("document.partitive-demonstratives");
    this.partitiveNumberNouns = lex.optionalWords("document.partitive-number-nouns");
    this.partOpeners = lex.optionalWords("document.part-openers").union(of);
    this.afterBareNumber = lex.optionalWords("document.after-bare-number");
    this.relative = lex.optionalWords("classify.relative");
    this.lex = lex;
    this.to = lex.optionalWords("attribution.to");
    this.asOpeners = lex.optionalWords("document.as-openers");
    this.partTakesMeasure = lex.optionalWords("document.part-takes-measure");
    this.rankSuperlatives = lex.optionalWords("document.rank-superlatives");
    this.rankNouns = lex.optionalWords("document.rank-nouns");
    this.rankFollows = lex.optionalWords("document.rank-follows");
    this.rankFollowsBy = lex.optionalWords("document.rank-follows-by");
    this.accordingBack = lex.optionalWords("document.according-back");
  }

  /**
   * Whether a sentence is a "Source: X" line or a credit line ("Defence Intelligence assessment,
   * published 3 May 2025"), which name the document's default sources.
   */
  public boolean isSourceLine(Sentence s) {
    return labelled(s.tokens()) || credit(s.tokens());
  }

  private boolean labelled(List<Token> t) {
    return t.size() > 1 && sourceLabel.has(t.get(0)) && t.get(1).is(":");
  }

  /** The most tokens of a credit line: a body's name, its publication and a date. */
  private static final int CREDIT_MAX = 14;

  /**
   * Whether a line is a credit that makes the text a body's own publication: the body's name
   * first, the kind of publication right after it ("assessment", "update"), then at most its
   * date. "UK intelligence update: Russia struggles ..." goes on as a headline, and is none.
   */
  private boolean credit(List<Token> t) {
    if (t.size() < 2 || t.size() > CREDIT_MAX || !t.get(0).isCapitalized()) {
      return false;
    }
    int noun = 1;
    while (noun < t.size() && !creditNouns.has(t.get(noun))) {
      noun++;
    }
    if (noun == t.size()) {
      return false;
    }
    for (int k = noun + 1; k < t.size(); k++) {
      Token x = t.get(k);
      if (x.isWord() && !x.isNumber() && !creditDateWords.has(x) && !months.has(x) || x.is(":")) {
        return false; // more words than a date: a headline about the publication
      }
    }
    SentenceAttribution r = attributions.find(t.subList(0, noun), List.of());
    return r.spans().size() == 1 && r.spans().get(0).start() == 0 && r.spans().get(0).end() == noun;
  }

  /** The most words of a research body's name on a summary page's masthead line. */
  private static final int MASTHEAD_WORDS = 6;

  /**
   * The research body a masthead line names that opens with it: {@value #MASTHEAD_WORDS} or fewer
   * capitalised words (and small linking words) with a research body's word among them ("Centre",
   * "Institute"), alone on the line or before a mark ("Levant Policy Centre | 12 February 2026 |
   * 14 pages", "Centre for Caspian Studies, May 2026"); null for any other line ("Levant Policy
   * Centre researchers say ...").
   */
  private Source masthead(List<Token> t) {
    int k = 0;
    int last = -1;
    boolean publisher = false;
    while (k < t.size() && k < MASTHEAD_WORDS && t.get(k).isWord()
        && (t.get(k).isCapitalized() || k > 0 && nameLinks.has(t.get(k)))) {
      if (t.get(k).isCapitalized()) {
        last = k;
        publisher |= summaryPublishers.has(t.get(k));
      }
      k++;
    }
    if (last < 1 || last + 1 != k || !publisher
        || k < t.size() && (!t.get(k).isPunct() || t.get(k).is("'") || t.get(k).is("("))) {
      return null;
    }
    return Source.of(Token.text(t, 0, k), SourceKind.RESEARCH_OR_NGO); // its words, with no mark between them
  }

  /** How many paragraphs at the top of a page (a section label, its title, its introduction) may say it is a summary. */
  private static final int SUMMARY_HEAD = 3;

  /**
   * The one research body a page's head says the page sums up, or null: among the first {@value
   * #SUMMARY_HEAD} paragraphs, a sentence that calls the page a summary and states no figure
   * ("Five points from RUSI's new brief", "Paper summary: Paying for soldiers", "Research
   * summaries", "Its main findings are set out below"), and exactly one think tank or research
   * group named in them, in that sentence or another ("A new working paper by researchers at the
   * Carnegie Endowment ..."). A government, intelligence or military body counts as such a body
   * where a head's sentence with no figure names it beside an update or report of its own ("A
   * summary of the latest update posted by the UK Ministry of Defence", "X has published its annual
   * report"). The figures of such a page are the body's unless a sentence names its own source. A
   * head that calls nothing a summary, or names two such bodies, names none.
   */
  public Source summarised(List<Sentence> sentences) {
    return summarised(sentences, null);
  }

  /**
   * As {@link #summarised(List)}, and a line of the page's header block (as {@link #issuer} reads
   * it) labelled with the kind of body whose report the page sums up ("Committee: International Relations Committee, House of Representatives") names
   * that body before any other: as the source table knows it, or by its words and the country the
   * story is about after them ("International Relations Committee of Nepal"), as a body the table
   * does not know is named.
   *
   * @param sentences the document's sentences, not null
   * @param topic what the document is about, for the country of a labelled body; null for none
   */
  public Source summarised(List<Sentence> sentences, DocumentTopic topic) {
    if (summaryCues.isEmpty()) {
      return null;
    }
    boolean cue = false;
    for (Sentence s : sentences) {
      if (s.paragraph() > SUMMARY_HEAD) {
        break;
      }
      // another language's tokens have another vocabulary's word ids
      cue |= s.language().equals(language) && summaryCue(s.tokens()) && !statesFigure(s.tokens());
    }
    if (!cue) {
      return null; // most pages: no head's sentence is read for its sources
    }
    for (int i = 0; i < sentences.size() && i < HEADER_LINES && headerLine(sentences.get(i)); i++) {
      Sentence s = sentences.get(i);
      Source labelled = s.language().equals(language) ? labelledBody(s.tokens(), sentences, topic, i) : null;
      if (labelled != null) {
        return labelled; // "Committee: International Relations Committee, House of Representatives"
      }
    }
    Source body = null;
    for (Sentence s : sentences) {
      if (s.paragraph() > SUMMARY_HEAD) {
        break;
      }
      if (!s.language().equals(language)) {
        continue;
      }
      boolean report = !statesFigure(s.tokens()) && namesReport(s.tokens());
      List<Source> named = new ArrayList<>(attributions.find(s.tokens(), List.of()).names());
      Source publisher = named.isEmpty() ? masthead(s.tokens()) : null;
      if (publisher != null) {
        named.add(publisher); // "Levant Policy Centre | 12 February 2026 | 14 pages": the page's publisher
      }
      for (Source src : named) {
        if (src.kind() == SourceKind.RESEARCH_OR_NGO || report && REPORT_KINDS.contains(src.kind())) {
          if (body != null && !body.equals(src)) {
            return null;
          }
          body = src;
        }
      }
    }
    return body;
  }

  /**
   * The body a head's labelled line names ("Committee: International Relations Committee, House of
   * Representatives"): the label, a colon, and capitalised words with a body's word among them up to
   * the first mark; as the source table knows it, or with a country after its words when they name
   * no place: the first country among the source hints of the line (sentence {@code index}) and of
   * the {@value #HEADER_LINES} sentences after it; or null.
   */
  private Source labelledBody(List<Token> t, List<Sentence> sentences, DocumentTopic topic, int index) {
    if (t.size() < 3 || !summaryBodyLabels.has(t.get(0)) || !t.get(1).is(":")) {
      return null;
    }
    int end = 2;
    while (end < t.size() && t.get(end).isWord()) {
      end++;
    }
    if (end == 2 || !unknownBody(t, 2, end)) {
      return null;
    }
    List<Source> known = attributions.find(t.subList(2, end), List.of()).names();
    if (known.size() == 1) {
      return known.get(0);
    }
    String name = Token.text(t, 2, end);
    for (int j = index; topic != null && !placeIn(t, 2, end) && j < sentences.size() && j <= index + HEADER_LINES;
        j++) {
      for (Origin o : topic.sourceHints(j)) {
        if (o.isCountry()) {
          return Source.of(name + " of " + lex.countryName(o), SourceKind.GOVERNMENT);
        }
      }
    }
    return Source.of(name, SourceKind.GOVERNMENT);
  }

  /** The most lines of a page's header block. */
  private static final int HEADER_LINES = 8;
  /** The most tokens of a line of a page's header block; a longer one is prose. */
  private static final int HEADER_TOKENS = 24;
  /** The most tokens of a header line before the line that names the issuing body ("Press release"). */
  private static final int BEFORE_BODY_TOKENS = 6;
  /** The most words of a header's line or segment that names the kind of issue ("Ukraine situation update"). */
  private static final int KIND_WORDS = 4;
  /** The most tokens of another segment of the line that names the body ("22 May 2025", "Kyiv"). */
  private static final int SEGMENT_TOKENS = 4;
  /** The most words of the name of an issuing body the table does not know. */
  private static final int ISSUER_WORDS = 10;

  /**
   * The body that issues the page, or null: the page's header block (its first lines, before the
   * first that ends as a sentence) has a line that opens with a body's name, alone or before a mark
   * ("MINISTRY OF FOREIGN AFFAIRS OF THE KYRGYZ REPUBLIC", "Press service of the Coordination
   * Headquarters ...", "UK Defence Intelligence | Ukraine situation update | 22 May 2025"), after
   * no line longer than a few words, and a line or segment that names the kind of its issue
   * ("Information message", "Press release", "Statement", or its press desk: "Press service | 14
   * January 2025, 17:40"), which may open the body's own line ("Statement by the Ministry of
   * Foreign Affairs of Nepal"), or under the body's line, the breadcrumb of the body's site that
   * leads to a news or press section ("Home / News / Exchanges", "Home > Press centre > News").
   * The body is one the source table knows, or capitalised words with a body's word among them
   * ("Tashkent Regional Military Court");
   * not a media outlet, whose masthead heads its newsletter. A line above it that names a state
   * ("Government of Nepal", "REPUBLIC OF UZBEKISTAN") makes the body that country's, and issues the
   * page itself when no body follows it. A header that opens with a headline ("UK
   * intelligence: Russian regions turn to migrants ..."), or a page with a byline, is a story about
   * the body, and none. The figures of such a page that name no source of their own are the
   * body's, and a short reference to a body of its kind ("the Ministry", "the Headquarters") is to
   * it; a page that sums up a body's work ({@link #summarised}) is that body's before any issuer.
   *
   * @param sentences the document's sentences, not null
   * @param topic what the document is about, for the country of a body its header names
   * @param text the document's text, for its bylines
   * @param furniture the document's page furniture, among which its bylines are
   */
  public Source issuer(List<Sentence> sentences, DocumentTopic topic, String text, List<TextRange> furniture) {
    if (issueKinds.isEmpty()) {
      return null;
    }
    Source body = null;
    boolean kind = false;
    Origin country = null; // the country a line above the body names ("REPUBLIC OF UZBEKISTAN")
    Source state = null; // the state body that line names, if any ("Government of Nepal")
    int i = 0;
    for (; i < sentences.size() && i < HEADER_LINES; i++) {
      List<Token> t = sentences.get(i).tokens();
      if (!headerLine(sentences.get(i))) {
        break; // the prose, or another language's line
      }
      t = recased(t);
      Origin above = body == null && country == null ? stateLine(t) : null;
      if (above != null) {
        country = above; // "Government of Nepal" over "Ministry of Foreign Affairs": the ministry is Nepal's
        state = bodyLine(t, topic.sourceHints(i), null);
        continue;
      }
      Source named = body == null ? bodyLine(t, topic.sourceHints(i), country) : null;
      if (named != null) {
        body = named;
        kind |= kindAfterBody(t);
      } else if (body == null && t.size() > BEFORE_BODY_TOKENS) {
        return null; // a headline before any line that names a body: a story about it
      } else {
        kind |= kindLine(t) || body != null && (breadcrumb(t) || titled(t, body, topic.sourceHints(i)));
      }
    }
    int j = i;
    while (j < sentences.size() && j < i + TITLE_GAP && !hasWord(sentences.get(j).tokens())) {
      j++; // "28.05.2025 (12:40)": the issue's date and time between the header and its title
    }
    if (body != null && !kind && j < sentences.size() && !sentences.get(j).skipped()
        && sentences.get(j).language().equals(language)) {
      List<Token> title = sentences.get(j).tokens(); // the title under the header, longer than its lines
      kind = !title.isEmpty() && !endsSentence(title) && titled(recased(title), body, topic.sourceHints(j));
    }
    body = body == null ? state : body; // "Government of Nepal" and no body of its under it
    if (body == null || !kind) {
      return null;
    }
    if (bylined(sentences, i, text, furniture)) {
      return null; // "By Jane Doe, Defence Reporter": a writer's story about the body
    }
    return body;
  }

  /**
   * Whether the sentence is a line of the page's header block: in the document's language, short
   * ({@value #HEADER_TOKENS} tokens or fewer) and not ended like a sentence of prose.
   */
  private boolean headerLine(Sentence s) {
    List<Token> t = s.tokens();
    return !s.skipped() && s.language().equals(language) && !t.isEmpty() && t.size() <= HEADER_TOKENS
        && !endsSentence(t);
  }

  /**
   * Whether a byline stands in the page's header block, before sentence {@code prose} where the
   * prose starts ("By Jane Doe, Defence Reporter"): the page is a writer's story.
   */
  private boolean bylined(List<Sentence> sentences, int prose, String text, List<TextRange> furniture) {
    int headerEnd = prose < sentences.size() ? sentences.get(prose).start() : text.length();
    for (TextRange r : furniture) {
      if (r.kind() == RangeKind.BYLINE && r.start() < headerEnd && byline(text, r)) {
        return true;
      }
    }
    return false;
  }

  /** The most words before the project noun of a header's project line ("An independent research project of"). */
  private static final int PROJECT_WORDS = 4;

  /**
   * The makers of a count project's or monitoring group's own page, or none: the page's header
   * block (as {@link #issuer} reads it) has a line "A project of X", "A joint project of X and Y",
   * "An initiative by X" (a few words, a project noun, "of" or "by"), and its prose speaks as "we" or
   * "our" ("our list holds ...", "we estimate ..."). The page issues its own figures: its makers are
   * the project the masthead line right above names ("FOREIGN LEGION COUNT" over "A project of the
   * volunteer group X"), or, when a headline stands there, the parties named after "of". A page with
   * a byline is a writer's story, and none.
   *
   * @param sentences the document's sentences, not null
   * @param text the document's text, for its bylines
   * @param furniture the document's page furniture, among which its bylines are
   */
  public List<Source> project(List<Sentence> sentences, String text, List<TextRange> furniture) {
    if (projectNouns.isEmpty()) {
      return List.of();
    }
    List<Source> makers = List.of();
    List<Token> above = null; // the header line before
    int i = 0;
    for (; i < sentences.size() && i < HEADER_LINES; i++) {
      List<Token> t = sentences.get(i).tokens();
      if (!headerLine(sentences.get(i))) {
        break; // the prose, or another language's line
      }
      int from = makersAt(t);
      if (from > 0 && makers.isEmpty()) {
        Source named = above == null ? null : projectName(recased(above));
        makers = named != null ? List.of(named) : attributions.find(t.subList(from, t.size()), List.of()).names();
      }
      above = t;
    }
    if (makers.isEmpty() || !speaksAsWe(sentences, i)) {
      return List.of();
    }
    if (bylined(sentences, i, text, furniture)) {
      return List.of(); // "By Jane Doe": a writer's story about the project
    }
    return makers;
  }

  /**
   * The outlet of a data desk's own page and its partner, or none: the page's header block (as
   * {@link #issuer} reads it) has a masthead line of a media outlet's name, a mark and a desk word
   * ("MEDIAZONA · DATA", "Meduza | Investigations"), and its prose speaks as "we" or "our" ("our
   * running count", "we have confirmed the names"). The desk issues its own figures: its makers are
   * the outlet and the party its prose names after "together with", "jointly with" or "in
   * partnership with" ("kept together with BBC News Russian"). A desk's masthead over prose that
   * never speaks as "we" heads a news story, whose reported figures the outlet does not issue; a
   * page with a byline is a writer's story, and none.
   *
   * @param sentences the document's sentences, not null
   * @param text the document's text, for its bylines
   * @param furniture the document's page furniture, among which its bylines are
   */
  public List<Source> desk(List<Sentence> sentences, String text, List<TextRange> furniture) {
    if (deskSections.isEmpty()) {
      return List.of();
    }
    Source outlet = null;
    int i = 0;
    for (; i < sentences.size() && i < HEADER_LINES; i++) {
      List<Token> t = sentences.get(i).tokens();
      if (!headerLine(sentences.get(i))) {
        break; // the prose, or another language's line
      }
      outlet = outlet == null ? deskLine(recased(t)) : outlet;
    }
    if (outlet == null || !speaksAsWe(sentences, i)) {
      return List.of();
    }
    if (bylined(sentences, i, text, furniture)) {
      return List.of(); // "By Jane Doe": a writer's story
    }
    Source partner = deskPartner(sentences, 0); // a strapline under the masthead may name it
    return partner == null || partner.equals(outlet) ? List.of(outlet) : List.of(outlet, partner);
  }

  /**
   * The outlet a desk's masthead line names ("Mediazona" from "Mediazona · Data"), or null: its
   * first segment is one media outlet's name and nothing else, and every segment after a mark is
   * desk words only.
   */
  private Source deskLine(List<Token> t) {
    int end = segmentEnd(t, 0);
    if (end <= 0 || end >= t.size()) {
      return null;
    }
    for (int k = end; k < t.size(); k++) {
      if (t.get(k).isWord() ? !deskSections.has(t.get(k)) : !t.get(k).isPunct()) {
        return null; // "Meduza | War in Ukraine": a section of news, no desk
      }
    }
    SentenceAttribution r = attributions.find(t.subList(0, end), List.of());
    if (r.names().size() != 1 || r.spans().size() != 1 || r.spans().get(0).start() != 0
        || r.spans().get(0).end() != end || r.names().get(0).kind() != SourceKind.MEDIA_OUTLET) {
      return null;
    }
    return r.names().get(0);
  }

  /**
   * The party the first sentence (from sentence {@code from} on, the header's strapline
   * included) that names a partner names right after "together with", "jointly with", "in partnership with", or null.
   */
  private Source deskPartner(List<Sentence> sentences, int from) {
    for (int i = from; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.skipped() || !s.language().equals(language)) {
        continue;
      }
      List<Token> t = s.tokens();
      for (int k = 0; k + 2 < t.size(); k++) {
        if (deskPartnerWords.has(t.get(k)) && deskPartnerLinks.has(t.get(k + 1))) {
          SentenceAttribution r = attributions.find(t.subList(k + 2, t.size()), List.of());
          return !r.spans().isEmpty() && r.spans().get(0).start() == 0 ? r.names().get(0) : null;
        }
      }
    }
    return null;
  }

  /**
   * Where the makers' names start on a header's project line ("A joint project of | X and Y"), or -1
   * for any other line: an optional article, at most {@value #PROJECT_WORDS} words before a project
   * noun, then "of" or "by".
   */
  private int makersAt(List<Token> t) {
    int k = !t.isEmpty() && indefinites.has(t.get(0)) ? 1 : 0;
    int start = k;
    while (k < t.size() && k - start < PROJECT_WORDS && t.get(k).isWord() && !projectNouns.has(t.get(k))) {
      k++;
    }
    return k + 2 < t.size() && projectNouns.has(t.get(k)) && projectLinks.has(t.get(k + 1)) ? k + 2 : -1;
  }

  /**
   * The project a masthead line names ("Foreign Legion Count" from "FOREIGN LEGION COUNT", "Exit
   * Count"): {@value #MASTHEAD_WORDS} or fewer capitalised words and linking words, nothing else; or
   * null for a headline.
   */
  private Source projectName(List<Token> t) {
    if (t.size() > MASTHEAD_WORDS || !t.get(0).isCapitalized()) {
      return null;
    }
    for (Token x : t) {
      if (!x.isWord() || !x.isCapitalized() && !nameLinks.has(x) && !the.has(x)) {
        return null;
      }
    }
    return Source.of(Token.text(t, 0, t.size()), SourceKind.RESEARCH_OR_NGO);
  }

  /**
   * Whether a sentence of the page's prose, from sentence {@code from} on, speaks in the first
   * person plural (lexicon class {@code document.issuer-we}) outside a quote.
   */
  private boolean speaksAsWe(List<Sentence> sentences, int from) {
    for (int i = from; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.skipped() || !s.language().equals(language)) {
        continue;
      }
      boolean we = false;
      boolean quoted = false;
      for (Token x : s.tokens()) {
        quoted |= QUOTE_MARKS.contains(x.text);
        we |= x.isWord() && !x.isAllCaps() && issuerWe.has(x);
      }
      if (we && !quoted) {
        return true;
      }
    }
    return false;
  }

  /** Whether a byline's range opens with "By": not a publication-time line ("Published: 3 May 2025"). */
  private boolean byline(String text, TextRange r) {
    List<Token> t = tokenizer.tokenize(text, r.start(), r.end());
    return !t.isEmpty() && bylineWords.has(t.get(0));
  }

  /** Whether the line ends as a sentence does: with a full stop, a question or an exclamation mark. */
  private static boolean endsSentence(List<Token> t) {
    Token last = t.get(t.size() - 1);
    return last.is(".") || last.is("?") || last.is("!");
  }

  /**
   * The line's tokens, those of a line in capitals ("MINISTRY OF FOREIGN AFFAIRS OF THE KYRGYZ
   * REPUBLIC") written as a name is ("Ministry of Foreign Affairs of the Kyrgyz Republic"): linking
   * words in lower case, words of more than three letters with only their first in capitals, and
   * shorter ones ("UK", "SBU") kept.
   */
  private List<Token> recased(List<Token> t) {
    int words = 0;
    for (Token x : t) {
      if (x.isWord()) {
        if (!x.isAllCaps()) {
          return t;
        }
        words++;
      }
    }
    if (words < 2) {
      return t;
    }
    List<Token> out = new ArrayList<>(t.size());
    for (Token x : t) {
      String w = x.text;
      if (x.isWord() && (nameLinks.has(x) || the.has(x))) {
        w = w.toLowerCase(Locale.ROOT);
      } else if (x.isWord() && w.length() > 3) {
        w = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
      }
      out.add(w.length() == x.text.length() && !w.equals(x.text)
          ? new Token(x.kind(), x.start, x.end(), w, x.spaceBefore, vocabulary) : x);
    }
    return out;
  }

  /**
   * The end of the line's first segment: the first mark that is not part of a name (an apostrophe,
   * a bracket, a dot, an unspaced hyphen, the colon of a clock time "17:40"), or the line's end;
   * -1 when that mark is a colon, which ends a headline's label ("UK intelligence: ...").
   */
  private static int segmentEnd(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) {
      Token x = t.get(k);
      if (x.isPunct() && !x.is("'") && !x.is("(") && !x.is(")") && !x.is(".") && !x.is("&")
          && !(x.is("-") && !x.spaceBefore) && !clockColon(t, k)) {
        return x.is(":") ? -1 : k;
      }
    }
    return t.size();
  }

  /** Whether the token at {@code k} is the colon of a clock time: unspaced between two numbers ("17:40"). */
  private static boolean clockColon(List<Token> t, int k) {
    return t.get(k).is(":") && k > 0 && k + 1 < t.size() && t.get(k - 1).isNumber() && t.get(k + 1).isNumber()
        && !t.get(k).spaceBefore && !t.get(k + 1).spaceBefore;
  }

  /**
   * The body a header line opens with, or null: its first segment, after the words of a voice
   * ("Press service of the"), is one name the source table knows, whose words may go on with its
   * country ("Ministry of Foreign Affairs of the Kyrgyz Republic") or the kind of its issue ("UK
   * Defence Intelligence update"), or capitalised words with a body's word among them; every other
   * segment is short or names the kind of issue.
   */
  private Source bodyLine(List<Token> t, List<Origin> hints, Origin country) {
    int end = segmentEnd(t, 0);
    if (end <= 0) {
      return null;
    }
    for (int from = end + 1; from < t.size(); ) {
      int to = segmentEnd(t, from);
      if (to < 0) {
        return null; // "Ministry of Defence | Update: ...": a headline
      }
      if (to - from > SEGMENT_TOKENS && !kindWords(t, from, to)) {
        return null; // the line goes on as a sentence
      }
      from = to + 1;
    }
    int voice = voice(t, end);
    if (voice == end) {
      return null; // "Press and Information Department", "Press release": a voice or a kind, no body
    }
    if (country != null && !placeIn(t, voice, end)) {
      Source own = ofCountry(t, voice, end, country, hints);
      if (own != null) {
        return own; // "Ministry of Internal Affairs" under "REPUBLIC OF UZBEKISTAN"
      }
    }
    List<Token> seg = t.subList(0, end);
    SentenceAttribution r = attributions.find(seg, List.of(), hints);
    if (r.names().size() == 1 && r.spans().size() == 1) {
      TokenSpan span = r.spans().get(0);
      Source src = r.names().get(0);
      int after = span.end();
      boolean name = (span.start() <= voice || placeBefore(t, voice, span.start()))
          && (after == end || nameRun(t, after, end) || kindWords(t, after, end) || kindOnTopic(t, after, end));
      return name && src.kind() != SourceKind.MEDIA_OUTLET ? src : null;
    }
    if (!r.names().isEmpty() || !unknownBody(t, voice, end)) {
      return null;
    }
    String regional = attributions.names().regionOwned(t, voice, end); // "Government of the Tambov Region"
    return Source.of(regional != null ? regional : Token.text(t, voice, end), SourceKind.GOVERNMENT);
  }

  /**
   * Whether the tokens {@code [from, to)} name a body the table does not know: {@value
   * #ISSUER_WORDS} or fewer capitalised words and linking words, a body's word among them.
   */
  private boolean unknownBody(List<Token> t, int from, int to) {
    return to - from <= ISSUER_WORDS && t.get(from).isCapitalized() && nameRun(t, from, to)
        && issuerBodies.anyIn(t, from, to) && !(t.get(to - 1).isWord() && !t.get(to - 1).isCapitalized());
  }

  /**
   * How many tokens open the line before the body's name: the words of its voice ("Press service of
   * the"), or of the kind of issue and the word that ties it to the body ("Statement by the").
   */
  private int voice(List<Token> t, int end) {
    int k = 0;
    while (k < end && t.get(k).isWord() && (issuerVoices.has(t.get(k)) || issueKinds.has(t.get(k))
        || issueLeads.has(t.get(k)) || k > 0 && issuerLinks.has(t.get(k)) && issueKinds.has(t.get(k - 1)))) {
      k++;
    }
    return k;
  }

  /** The most tokens of a header line that names a state above its body ("Government of the Kyrgyz Republic"). */
  private static final int STATE_TOKENS = 7;

  /**
   * The country a header line names as the state above the body that issues the page, or null:
   * {@value #STATE_TOKENS} or fewer capitalised words and linking words, one country's name among
   * them and every other capitalised word a state's ("Government of Nepal", "REPUBLIC OF
   * UZBEKISTAN").
   */
  private Origin stateLine(List<Token> t) {
    if (t.size() > STATE_TOKENS || !nameRun(t, 0, t.size())) {
      return null;
    }
    Origin found = null;
    for (int k = 0; k < t.size(); k++) {
      PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, k);
      if (p != null && p.value.origin.isCountry() && (found == null || found.equals(p.value.origin))) {
        found = p.value.origin;
        k += p.length - 1;
      } else if (p != null || t.get(k).isCapitalized() && !stateWords.has(t.get(k))) {
        return null;
      }
    }
    return found;
  }

  /** Whether a place's name is among the tokens {@code [from, to)}: a body line that names its own country. */
  private boolean placeIn(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lex.places.longest(t, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence of a summary page speaks as the summarised {@code body} while it relays
   * another party's figure ("ISW cited X", "It also noted a X claim that ...", "a figure the
   * analysts base on the names collected by X"): it names the body, opens with a pronoun for it, or
   * has a word for the body's writers or their text (lexicon class {@code document.summary-relayers})
   * in a clause with a figure (not in "...; the paper treats that number as unconfirmed").
   * Such a sentence's figures come through the body first, then the party it relays.
   *
   * @param s the sentence, not null
   * @param attr its attribution, not null
   * @param body the page's summarised body, not null
   */
  public boolean relaysForSummarised(Sentence s, SentenceAttribution attr, Source body) {
    List<Token> t = s.tokens();
    if (!s.language().equals(language) || t.isEmpty()) {
      return false;
    }
    if (attr.names().contains(body) || speakerPronouns.has(t.get(0))) {
      return true;
    }
    int from = 0; // a clause after a semicolon with no figure ("...; the paper treats that number as unconfirmed") relays none
    for (int k = 0; k <= t.size(); k++) {
      if (k == t.size() || t.get(k).is(";")) {
        boolean figure = false;
        for (int j = from; j < k; j++) {
          figure |= t.get(j).isNumber();
        }
        if (figure && summaryRelayers.anyIn(t, from, k)) {
          return true;
        }
        from = k + 1;
      }
    }
    return false;
  }

  /**
   * The body that the tokens {@code [from, to)} name in full when read as {@code country}'s, as the
   * finder reads the country's possessive before it ("Ministry of Internal Affairs" under "REPUBLIC
   * OF UZBEKISTAN" is "Uzbekistan's Ministry of Internal Affairs"); null when it reads no one body
   * there.
   */
  private Source ofCountry(List<Token> t, int from, int to, Origin country, List<Origin> hints) {
    String name = lex.countryName(country);
    if (name == null) {
      return null;
    }
    String owner = name + "'s";
    List<Token> read = new ArrayList<>(tokenizer.tokenize(owner, 0, owner.length()));
    int possessive = read.size();
    read.addAll(t.subList(from, to));
    SentenceAttribution r = attributions.find(read, List.of(), hints);
    if (r.names().size() == 1 && r.spans().size() == 1 && r.spans().get(0).start() <= possessive
        && r.spans().get(0).end() == read.size()) {
      return r.names().get(0).kind() != SourceKind.MEDIA_OUTLET ? r.names().get(0) : null;
    }
    if (!r.names().isEmpty() || !unknownBody(t, from, to)) {
      return null;
    }
    // a body the table does not know: a ministry with its country first, as the table names
    // ministries ("Uzbekistan Ministry of Labour"), another with it last ("State Migration Service
    // of Kyrgyzstan")
    String own = Token.text(t, from, to);
    return Source.of(countryFirstHeads.has(t.get(from)) ? name + " " + own : own + " of " + name, SourceKind.GOVERNMENT);
  }

  /** Whether the tokens {@code [from, to)} are a place's name, the country before a body's ("Kenya Ministry of ..."). */
  private boolean placeBefore(List<Token> t, int from, int to) {
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, from);
    return p != null && from + p.length == to;
  }

  /** Whether the tokens {@code [from, to)} are capitalised words and linking words only ("of the Kyrgyz Republic"). */
  private boolean nameRun(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (!(x.isWord() && (x.isCapitalized() || nameLinks.has(x) || the.has(x)) || x.is("'") || x.is("-"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tokens {@code [from, to)} name the kind of a body's issue: at most {@value
   * #KIND_WORDS} words, the last a kind's ("Press release", "Ukraine situation update"), with no
   * article or possessive ("its daily update").
   */
  private boolean kindWords(List<Token> t, int from, int to) {
    if (to <= from || to - from > KIND_WORDS || !issueKinds.has(t.get(to - 1))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (!x.isWord() || the.has(x) || possessives.has(x) || writersPossessives.has(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tokens {@code [from, end)} name the kind of a body's issue and then, after "on" or
   * "about", its topic ("update on the situation in Ukraine").
   */
  private boolean kindOnTopic(List<Token> t, int from, int end) {
    for (int p = from + 1; p < end; p++) {
      if (issueTopics.has(t.get(p))) {
        return kindWords(t, from, p);
      }
    }
    return false;
  }

  /** Whether a segment of the line that names the body names the kind of its issue ("| Press release |"). */
  private boolean kindAfterBody(List<Token> t) {
    int end = segmentEnd(t, 0);
    if (end > 0 && issueKinds.anyIn(t, 0, voice(t, end))) {
      return true; // "Statement by the Ministry of Foreign Affairs of Nepal"
    }
    for (int k = 1; k < end; k++) {
      if (t.get(k - 1).isCapitalized() && !t.get(k).isCapitalized() && (kindWords(t, k, end) || kindOnTopic(t, k, end))) {
        return true; // "UK Defence Intelligence update", "Latest Defence Intelligence update on the situation in Ukraine"
      }
    }
    for (int from = end + 1; from < t.size(); ) {
      int to = segmentEnd(t, from);
      if (to < 0) {
        return false;
      }
      if (kindWords(t, from, to)) {
        return true;
      }
      from = to + 1;
    }
    return false;
  }

  /** The most lines without a word (a date, a time) between a page's header and its title. */
  private static final int TITLE_GAP = 2;

  /** Whether a line has a word: not only a date or a time ("28.05.2025 (12:40)"). */
  private static boolean hasWord(List<Token> t) {
    for (Token x : t) {
      if (x.isWord()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title under the body's masthead names the page as the body's own issue ("Summary of
   * the Ministry of Defence of the Russian Federation on ...", "Daily report by the State Border
   * Guard Service of Ukraine on ..."): it opens, after leads ("Daily"), with a word of the kind of
   * issue or of a title (lexicon classes {@code document.issue-kinds}, {@code document.issue-titles}),
   * a word that ties it to its maker ({@code document.issue-title-links}: "of", "by") and the body's
   * name, as the source table knows it or as the masthead wrote it.
   */
  private boolean titled(List<Token> t, Source body, List<Origin> hints) {
    int k = 0;
    while (k < t.size() && t.get(k).isWord() && issueLeads.has(t.get(k))) {
      k++;
    }
    if (k + 2 >= t.size() || !t.get(k).isWord() || !issueKinds.has(t.get(k)) && !issueTitles.has(t.get(k))
        || !t.get(k + 1).isWord() || !issueTitleLinks.has(t.get(k + 1))) {
      return false;
    }
    int from = k + 2;
    List<Token> rest = t.subList(from, t.size());
    SentenceAttribution r = attributions.find(rest, List.of(), hints);
    if (!r.names().isEmpty()) {
      TokenSpan span = r.spans().get(0);
      boolean opens = span.start() == 0 || span.start() == 1 && the.has(rest.get(0));
      return opens && r.names().get(0).equals(body);
    }
    String words = Token.text(t, from, t.size()).toLowerCase(Locale.ROOT);
    String name = body.name().toLowerCase(Locale.ROOT);
    int at = words.startsWith("the ") ? 4 : 0; // "of the Regional Military Administration of Kharkiv"
    return words.startsWith(name, at)
        && (words.length() == at + name.length() || !Character.isLetterOrDigit(words.charAt(at + name.length())));
  }

  /**
   * Whether a header line names the kind of issue the page is ("Information message", "STATEMENT",
   * "Press release, 3 May 2025") or the body's press desk that issues it ("Press service | 14
   * January 2025, 17:40"): its first segment is such words, its other segments short.
   */
  private boolean kindLine(List<Token> t) {
    int end = segmentEnd(t, 0);
    if (end <= 0 || !kindWords(t, 0, end) && !desk(t, 0, end)) {
      return false;
    }
    for (int from = end + 1; from < t.size(); ) {
      int to = segmentEnd(t, from);
      if (to < 0 || to - from > SEGMENT_TOKENS) {
        return false;
      }
      from = to + 1;
    }
    return true;
  }

  /** The most words of a press desk's name ("Press and media centre"). */
  private static final int DESK_WORDS = 4;

  /**
   * Whether the tokens {@code [from, to)} name a body's press desk: {@value #DESK_WORDS} or fewer
   * words of a voice, the first a desk's lead ("Press", "Media") and the last a desk's ("service",
   * "office", "centre").
   */
  private boolean desk(List<Token> t, int from, int to) {
    if (to - from < 2 || to - from > DESK_WORDS || !deskLeads.has(t.get(from)) || !desks.has(t.get(to - 1))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!t.get(k).isWord() || !issuerVoices.has(t.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The marks between the segments of a site's breadcrumb ("Home / News", "Home > News", "Home » News"). */
  private static final java.util.Set<String> BREADCRUMB_MARKS = java.util.Set.of("/", ">", "|", "»", "›");

  /**
   * Whether a header line is the breadcrumb of a body's site that leads to its news or press
   * section ("Home / News / Exchanges", "Home > Press centre > News", "Main » Media »
   * Statements"): two or more segments of at most {@value #KIND_WORDS} words each, split by a
   * breadcrumb's marks and no other, one of them a section whose last word is a news section's
   * ("News", "Statements") or a press desk ("Press centre"). A breadcrumb with no such section
   * ("Home / About us / Contacts") is the site's, not an issue's.
   */
  private boolean breadcrumb(List<Token> t) {
    int from = 0;
    int segments = 0;
    boolean section = false;
    for (int k = 0; k <= t.size(); k++) {
      if (k < t.size() && t.get(k).isWord()) {
        continue;
      }
      if (k < t.size() && !BREADCRUMB_MARKS.contains(t.get(k).text)) {
        return false; // a figure, a comma or a colon: no breadcrumb
      }
      if (k == from || k - from > KIND_WORDS) {
        return false;
      }
      section |= issueSections.has(t.get(k - 1)) || desk(t, from, k);
      segments++;
      from = k + 1;
    }
    return segments > 1 && section;
  }

  /** The most words of a heading that opens the writers' own section ("Our take", "Our view of it"). */
  private static final int WRITERS_HEADING = 4;

  /**
   * Whether the sentence heads the writers' own section of a summary page ("Our take", "Our
   * view"): a few words with no full stop, opening with the writers' possessive. The figures after
   * it are the page's own, not the summarised body's.
   */
  public boolean writersSection(Sentence s) {
    List<Token> t = s.tokens();
    return s.language().equals(language) && !t.isEmpty() && t.size() <= WRITERS_HEADING
        && writersPossessives.has(t.get(0)) && !t.get(t.size() - 1).is(".");
  }

  /**
   * The kinds of body whose own updates and reports a page may sum up ("periodic report of the UN
   * Human Rights Monitoring Mission in Ukraine"): a state's and an international body's.
   */
  private static final java.util.Set<SourceKind> REPORT_KINDS = java.util.EnumSet.of(SourceKind.GOVERNMENT,
      SourceKind.INTELLIGENCE_SERVICE, SourceKind.MILITARY, SourceKind.INTERNATIONAL_ORGANISATION);

  /** Whether the sentence names a body's own publication: "update", "report", "assessment". */
  private boolean namesReport(List<Token> t) {
    return summaryReports.anyIn(t, 0, t.size());
  }

  /**
   * Whether a sentence has digits that are neither a year, a day beside its month, a page's own
   * number ("No. 87") nor a publication's length ("46 pages"): a figure ("30,000").
   */
  private boolean statesFigure(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      Token x = t.get(k);
      if (x.isNumber() && Character.isDigit(x.text.charAt(0)) && !x.isYear() && !dayOfDate(t, k) && !issueNumber(t, k)
          && !(k + 1 < t.size() && pageWords.has(t.get(k + 1)))) { // "46 pages": the report's length
        return true;
      }
    }
    return false;
  }

  /** Whether the digits at {@code k} are a page's own number: "No. 87", "Issue 12". */
  private boolean issueNumber(List<Token> t, int k) {
    int w = k > 0 && t.get(k - 1).is(".") ? k - 2 : k - 1;
    return w >= 0 && issueNumbers.has(t.get(w)) && t.get(w).isCapitalized();
  }

  /** The most digits of a day of the month ("9", "30"). */
  private static final int DAY_DIGITS = 2;

  /** Whether the digits at {@code k} are a day beside its month ("9 September", "September 9"). */
  private boolean dayOfDate(List<Token> t, int k) {
    return t.get(k).text.length() <= DAY_DIGITS && (k + 1 < t.size() && months.has(t.get(k + 1)) || k > 0 && months.has(t.get(k - 1)));
  }

  /** Whether the sentence calls the page a summary: "summary", "main findings", "five points", "in brief". */
  private boolean summaryCue(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      if (summaryCues.has(t.get(k)) || k > 0 && briefWords.has(t.get(k)) && inWords.has(t.get(k - 1))
          || k > 0 && pointWords.has(t.get(k)) && (t.get(k - 1).isNumber() || keyWords.has(t.get(k - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The context after a "Source: X" line or a credit line: its sources, outer ones first, are the
   * default chain.
   */
  public DocumentContext sourceLine(DocumentContext ctx, Sentence s) {
    return sourceLine(ctx, s, false);
  }

  /**
   * The context after a "Source: X" line or a credit line, as {@link #sourceLine(DocumentContext,
   * Sentence)}; one set {@code inline} after a sentence on its own line ("- 4,200: men stopped ...
   * Source: X.", a paragraph that ends with its credit) credits that sentence's figures, which name
   * no source of their own, and not the page's.
   */
  public DocumentContext sourceLine(DocumentContext ctx, Sentence s, boolean inline) {
    List<Source> out = creditChain(ctx, s);
    if (inline && !ctx.pending().isEmpty() && !out.isEmpty()) {
      return ctx.withPending(attributeBack(ctx.pending(), out, false));
    }
    return ctx.withDefaultChain(out);
  }

  /** The sources a "Source: X" line or a credit line names, outer ones first. */
  private List<Source> creditChain(DocumentContext ctx, Sentence s) {
    List<Token> rest = new ArrayList<>(s.tokens().subList(labelled(s.tokens()) ? 2 : 0, s.tokens().size()));
    SentenceAttribution r = attributions.find(rest, ctx.seen());
    // "UK Defence Intelligence update ..., as reported by European Pravda": outer first
    List<Source> out = new ArrayList<>();
    for (Attributed f : r.found()) {
      if (f.role() == Role.OUTER && !out.contains(f.source())) {
        out.add(f.source());
      }
    }
    for (Source src : r.names()) {
      if (!out.contains(src)) {
        out.add(src);
      }
    }
    return out;
  }

  /**
   * The context after a sentence with attribution {@code attr} and candidate figures {@code found}:
   * the figures get their chains, and the sentence's figures become the pending ones.
   */
  public DocumentContext next(DocumentContext ctx, Sentence s, SentenceAttribution attr, List<Figure> found) {
    return next(ctx, s, attr, found, null);
  }

  /**
   * Whether the line {@code t} leads a list by restating a total as a partitive: "Of the 143,220
   * confirmed dead:", "Among the 5,000 prisoners:", its number after the opener and a colon last.
   */
  public boolean partitiveLead(List<Token> t) {
    return t.size() > 3 && partOpeners.has(t.get(0)) && partitiveDeterminers.has(t.get(1))
        && t.get(2).isNumber() && t.get(t.size() - 1).is(":");
  }

  /**
   * The context after {@code s}, as {@link #next(DocumentContext, Sentence, SentenceAttribution, List)};
   * a list item's figures are parts of {@code leadWhole}, the total its list's lead restates ("Of the
   * 8,400 confirmed dead:"), when not null.
   */
  public DocumentContext next(DocumentContext ctx, Sentence s, SentenceAttribution attr, List<Figure> found,
      Figure leadWhole) {
    List<Token> t = s.tokens();
    Source interviewed = found.isEmpty() && ctx.defaultChain().isEmpty() ? interviewed(t, attr) : null;
    if (interviewed != null) {
      ctx = ctx.withInterview(List.of(interviewed)); // "We spoke to X about ...": the answers are X's
    } else if (found.isEmpty() && ctx.defaultChain().isEmpty() && !guest(t, attr).isEmpty()) {
      ctx = ctx.withInterview(guest(t, attr)); // "Our guest is X, a spokeswoman for Y": the answers are Y's
    } else if (found.isEmpty() && ctx.defaultChain().isEmpty()) {
      Source guest = spokeToWriters(t, attr, ctx);
      if (guest == null) {
        guest = introducedGuest(t, ctx); // "X is a demographer ...": a Q&A's one-line lead
      }
      if (guest != null) {
        ctx = ctx.withAskedInterview(List.of(guest)); // "She spoke to our correspondent": the answers are hers
      }
    }
    List<Source> chain = attr.chain();
    if (chain.isEmpty() && attr.anaphor() && !(attr.names().isEmpty() && unnamedPartySpeaks(t))) {
      chain = bodyBeforePronoun(t, attr);
      if (chain.isEmpty()) {
        chain = personBeforePronoun(t, attr);
      }
      if (chain.isEmpty()) {
        chain = resolveAnaphor(ctx, t);
      }
    }
    if (attr.citingOnly() && !chain.isEmpty() && !found.isEmpty()) {
      chain = withReportAuthor(ctx, t, chain); // "they write, citing figures from X": the report relays X
    } else if (!chain.isEmpty() && !found.isEmpty() && attributions.reportSpeaks(t)) {
      chain = withAuthor(reportAuthor(ctx), chain); // "X reported 1,050 ..., according to the paper": the paper relays X
    }
    if (!chain.isEmpty() && outlets(chain) && attributions.relaysPerson(t)) {
      chain = withRelayed(chain, ctx.previousNames()); // "..., he told a forum, according to TASS"
    }
    List<Figure> figures = found;
    Figure whole = null; // the total a breakdown that names its measure splits
    boolean opening = partitiveOpening(t);
    // "* a bonus of ...", "Nepal: 1,200", or a later sentence of the item ("- ... in September. In June, ...")
    boolean inList = listItem(t) || listLabels.line(t) || itemGoesOn(ctx);
    Figure splitTotal = splitTotal(t, ctx, figures);
    if (leadWhole != null) {
      whole = leadWhole; // "- 24,310 were recruited from prisons" under "Of the 143,220 confirmed dead:"
      figures = partOf(figures, whole, false);
    } else if (ctx.lastFigure().isPresent() && splitsMeasure(t, ctx.lastFigure().get())) {
      whole = ctx.lastFigure().get();
      figures = partOf(figures, whole, false);
    } else if (splitTotal != null) {
      whole = splitTotal; // "Of the dead, ..." after a figure of another kind: the latest total of the dead
      figures = partOf(figures, whole, false);
    } else if (ctx.lastFigure().isPresent() && (startsWithPartitive(t) || opening)) {
      figures = partOf(figures, ctx.lastFigure().get(), opening);
      if (opening || ctx.lastFigure().get().paragraph() == s.paragraph()) {
        // "Of those, 17,000 were killed": in its paragraph, its sources too; "Among them are ...": anywhere
        whole = ctx.lastFigure().get();
      }
    } else {
      Figure ranked = rankedTotal(t, s, ctx, figures);
      if (ranked != null) {
        // "Tajiks make up the largest group, with 300, followed by ...": the parts of the total's time
        List<Figure> parts = new ArrayList<>(figures.size());
        for (Figure f : figures) {
          parts.add(f.withPeriod(ranked.period()));
        }
        figures = parts;
      }
    }
    boolean own = !chain.isEmpty();
    boolean continued = false;
    if (!own && !figures.isEmpty() && !ctx.issuer().isEmpty() && attr.names().isEmpty() && issuerSpeaks(t, ctx)) {
      // "The General Staff reported 1,100 ... . Our data show 300 of them ...": the issuing body's
      // own words, not the party's before
      chain = ctx.issuer();
    } else if (!own && !figures.isEmpty() && !ctx.paragraphChain().isEmpty() && !hedged(t) && !accordingToOwn(t)
        && (ctx.paragraphCovered() || continuesReport(t))) {
      chain = ctx.paragraphChain();
      continued = true;
    } else if (!own && !figures.isEmpty() && !ctx.listLead().isEmpty() && inList) {
      chain = ctx.listLead(); // "Recruits told CubaNet they were promised:" then "* a bonus of ..."
    } else if (!own && !figures.isEmpty() && opensQuote(t) && attr.names().isEmpty()) {
      // Ms X, who runs a helpline, gave the count. "We know of 58 dead ..."
      chain = !ctx.previousNames().isEmpty()
          ? List.of(ctx.previousNames().get(ctx.previousNames().size() - 1)) : ctx.listLead();
      if (chain.isEmpty() && !ctx.paragraphTokens().isEmpty()) {
        chain = speakerBefore(ctx.paragraphTokens().get(ctx.paragraphTokens().size() - 1), ctx);
      }
    } else if (!own && !figures.isEmpty() && attr.names().isEmpty() && quoteOpen(ctx.paragraphTokens())) {
      // X spoke on Monday. "The prisons are emptying. At least 20,000 ...": the quote goes on
      chain = quoteSpeaker(ctx);
      if (chain.isEmpty()) {
        chain = ctx.listLead(); // X spoke. Here is the passage: (new paragraph) "... . At least 20,000 ..."
      }
    }
    // someone the sentence leaves unnamed reports its figures ("A corporal, who asked not to be named, said")
    boolean unnamed = !own && attributions.unnamedSpeaker(t, attr);
    List<Figure> attributed = figures.isEmpty() ? List.of() : new ArrayList<>(figures.size());
    Period partPeriod = null; // the period the sentence's first figure took as a part of the one before
    // "X has arrested 14 ..., a spokesman said, and officers intercepted 21": X's voice, no party of its own
    boolean voiced = own && !figures.isEmpty() && attributions.voicedSubject(t, attr);
    boolean samePeriod = !figures.isEmpty() && samePeriod(t);
    Figure reportBefore = !figures.isEmpty() && sameReport(t) ? ctx.lastFigure().orElse(null) : null;
    int places = own || figures.isEmpty() ? -1 : attributions.placeBodiesAt(t); // "the two city administrations said"
    for (Figure f : figures) {
      int at = f.quantity().first();
      Source place = at < places ? attributions.placeBody(t,
          attributed.isEmpty() ? 0 : attributed.get(attributed.size() - 1).quantity().end(), at, places) : null;
      Figure c = f.withChain(own && (!voiced && ownSpeaker(t, attr, at) || inSceneOpening(t, attr, at) || beforeContrast(t, attr, at)
          || beforeColon(t, attr, at, f.quantity().end()) || inActionClause(t, attr, at) || beforeAndClause(t, attr, at))
          ? List.of() : own ? clauseChain(t, attr, at, chain) : chain, own);
      if (place != null) {
        c = c.withChain(List.of(place), true); // each place's body for its own clause's figure
      }
      if ((continued || opensWithConnective(t)) && c.period() == null) {
        // the same report goes on: "... so far. Total casualties are believed to be ..."
        for (Figure p : ctx.pending()) {
          if (p.measure() == c.measure() && p.period() != null) {
            c = c.withPeriod(p.period());
          }
        }
      }
      if (c.period() == null && own && c.measure() != Measure.PAYMENT && c.quantity().per() == null) {
        // the speaker of the sentence before goes on with its report: "The ministry said 69 ..."
        c = c.withPeriod(sameSpeakerPeriod(ctx.pending(), c));
      }
      if (c.period() == null && reportBefore != null && c.quantity().per() == null) {
        c = c.withPeriod(reportBefore.period()); // "The same list records 15 men as missing": that list's time
      }
      if (c.period() == null && samePeriod) {
        // "... since January, and another 21,000 over the same period": the time of the figure before
        Figure before = lastDated(attributed).orElse(ctx.paragraphPrevious());
        if (before != null && before.period() != null) {
          c = c.withPeriod(sameYear(t) ? yearOf(before.period()) : before.period());
        }
      }
      if ((c.origins().isEmpty() || !c.originExplicit()) && !c.saysNoOrigin()
          && (!ctx.paragraphTokens().isEmpty() || !attributed.isEmpty()) && c.measure() != Measure.PAYMENT
          && c.quantity().end() < t.size() && afterBareNumber.has(t.get(c.quantity().end()))) {
        // "Somali men describe being lured ... At least 70 have since been sent to the front."
        List<Origin> people = List.of();
        for (List<Token> earlier : ctx.paragraphTokens()) {
          people = peopleNamed(earlier, people);
        }
        Figure sameSentence = attributed.isEmpty() ? null : attributed.get(attributed.size() - 1);
        if (sameSentence != null && sameSentence.originExplicit() && !sameSentence.origins().isEmpty()
            && sameSentence.measure() != Measure.PAYMENT && !sameSentence.origins().contains(RUSSIA)) {
          // "... at least 1,200 Syrians had left, and that 74 had been killed": the people of the
          // figure before it in the same sentence are the latest named (Russia's own take the
          // document's default, not a clause's "Russian army")
          people = List.copyOf(sameSentence.origins());
        }
        Figure before = ctx.paragraphPrevious();
        if (people.isEmpty() && before != null && before.originExplicit() && before.measure() != Measure.PAYMENT) {
          // "... 1.436 Bürger aus 36 afrikanischen Staaten ... Mindestens 316 seien gefallen": the
          // people of the paragraph's figure before, where no demonym names them
          people = List.copyOf(before.origins());
        }
        if (!people.isEmpty()) {
          c = c.withOrigins(people, false);
        }
      }
      if (c.measure() == Measure.PAYMENT && c.origins().isEmpty() && !c.originExplicit() && !c.saysNoOrigin()
          && attributed.isEmpty() && paidThem(t, c.quantity().first())) {
        // "300 Yemeni men were flown to Russia. A firm offered them $2,500 a month": their pay
        Figure before = ctx.paragraphPrevious();
        if (before != null && before.originExplicit() && before.measure() != Measure.PAYMENT
            && !before.origins().isEmpty() && !before.origins().contains(RUSSIA)) {
          c = c.withOrigins(before.origins(), false);
        }
      }
      int e = c.quantity().end();
      // "58 of them", the first figure of its sentence: a part of a whole in an earlier one
      boolean partOfBefore = whole == null && ctx.lastFigure().isPresent() && attributed.isEmpty()
          && e + 1 < t.size() && (of.has(t.get(e)) || ofAfterFigure.has(t.get(e))) && partitivePronouns.has(t.get(e + 1));
      if (c.period() == null && partOfBefore) {
        c = c.withPeriod(ctx.lastFigure().get().period()); // "около 3 тыс. из них": a part of the total's time
        partPeriod = c.period();
      } else if (c.period() == null && partPeriod != null) {
        c = c.withPeriod(partPeriod); // "At least 310 of them were killed and 42 are held": the same total's parts
      }
      if (c.origins().isEmpty() && !c.saysNoOrigin() && partOfBefore && !namesPrivateArmy(t)) {
        // "Twelve of those who signed" after "at least 180 of them signed": the same people
        c = c.withOrigins(ctx.lastFigure().get().origins(), false);
      }
      if (c.chain().isEmpty() && !own && partOfBefore && ctx.lastFigure().get().paragraph() == s.paragraph()
          && !hedged(t) && !unnamed) {
        // "Summonses were served to 58 of them": a part of the figure before, from the same source
        c = c.withChain(ctx.lastFigure().get().chain(), false);
      }
      if (whole != null && c.chain().isEmpty() && !whole.chain().isEmpty() && !hedged(t)) {
        c = c.withChain(whole.chain(), false); // a breakdown shares its total's sources
      }
      if (whole != null && c.chain().size() < whole.chain().size() && !c.chain().isEmpty()
          && whole.chain().containsAll(c.chain())) {
        // "Of those, roughly 500 were killed, Lee said": a breakdown that names again some of its
        // total's sources comes through the total's whole chain
        c = c.withChain(whole.chain(), own);
      }
      attributed.add(c);
    }
    List<Figure> previous = ctx.pending();
    if (!previous.isEmpty() && own && closesQuoteBeforeSpeaker(t, ctx)) {
      // "\"We have brought back 37 bodies. The others are still there,\" said X.": the quote's
      // earlier sentence is X's too
      previous = attributeBack(previous, chain, attr.citingOnly());
    } else if (attributed.isEmpty() && !previous.isEmpty()) {
      previous = datesBack(t, ctx, asOfBack(t, ctx, previous));
      // "- 2,300: verdicts for desertion ... . Mediazona counted them ...": the bullet's own counter
      if (own && refersBack(t, attr)) {
        previous = attributeBack(previous, chain, attr.citingOnly());
      } else if (itemGoesOn(ctx) && !listItem(t) && counterOpens(t, attr) || ownerNamed(t, attr)) {
        previous = attributeBack(previous, attr.names().subList(0, 1), false);
      }
    }
    Optional<Figure> last = !attributed.isEmpty() ? Optional.of(attributed.get(attributed.size() - 1))
        : !previous.isEmpty() ? Optional.of(previous.get(previous.size() - 1)) : ctx.lastFigure();
    boolean covered = own ? opensWithAccordingTo(t) || opensWithReport(t, attr, ctx)
        || opensWithOwnersReport(t, attr, ctx, found) : ctx.paragraphCovered();
    return new DocumentContext(ctx.date(), ctx.topic(), ctx.seen().plus(attr.names()), ctx.defaultChain(),
        ctx.interviewLead(), ctx.interviewAsked(),
        own ? chain : ctx.lastChain(), own ? ctx.sentence() : ctx.lastChainSentence(), ctx.sentence(),
        ctx.sentenceIndex(), ctx.paragraph(), own ? chain : ctx.paragraphChain(), covered, attr.names(),
        withTokens(ctx.paragraphTokens(), t), attributed, last, previous,
        !chain.isEmpty() && !t.isEmpty() && t.get(t.size() - 1).is(":") ? chain
            : leadsBack(t, ctx) ? ctx.lastChain() : inList || found.isEmpty() && heading(t, ctx) ? ctx.listLead()
            : quoteLead(t, attr, ctx) ? lastOf(ctx.previousNames())
            : quoteOpen(withTokens(ctx.paragraphTokens(), t)) ? ctx.listLead() : List.of(),
        unnamed ? ctx.sentence() : ctx.unnamedSpeaker(), latest(ctx.latest(), attributed), ctx.issuer());
  }

  /** The marks that open or close a quote, in which a "we" is the quoted party's. */
  private static final java.util.Set<String> QUOTE_MARKS =
      java.util.Set.of("\"", "\u201c", "\u201d", "\u00ab", "\u00bb");

  /**
   * Whether a sentence of an issued page speaks in its issuer's voice: it has a word of the first
   * person plural (lexicon class {@code document.issuer-we}: "We estimate ...", "Our data show
   * ...", "By our count") and no quote of its own, in no quote still open in its paragraph.
   */
  private boolean issuerSpeaks(List<Token> t, DocumentContext ctx) {
    if (quoteOpen(ctx.paragraphTokens())) {
      return false; // "The chief said: \"Our officers detained 230 men. We have opened 45 cases.\""
    }
    boolean we = false;
    for (Token x : t) {
      if (QUOTE_MARKS.contains(x.text)) {
        return false;
      }
      we |= x.isWord() && !x.isAllCaps() && issuerWe.has(x);
    }
    return we;
  }

  /**
   * The person an interview's lead names as the one its writers interviewed ("We spoke to X, the
   * deputy minister, about ...", "We interviewed X"), or null.
   */
  private Source interviewed(List<Token> t, SentenceAttribution attr) {
    if (t.isEmpty() || !interviewers.has(t.get(0))) {
      return null; // the lead's own "we": not "AP spoke to three families", a news story's scene
    }
    for (int n = 0; n < attr.names().size(); n++) {
      int at = attr.spans().get(n).start();
      boolean linked = at > 1 && interviewLinks.has(t.get(at - 1)) && interviewVerbs.has(t.get(at - 2));
      if (attr.names().get(n).kind() == SourceKind.OFFICIAL && (linked || at > 0 && interviewVerbs.has(t.get(at - 1)))) {
        return attr.names().get(n);
      }
    }
    return null;
  }

  /**
   * The person who, as the subject of an interview's lead, speaks to its writers ("X, a lawyer,
   * spoke to our correspondent", "She talked to us by phone"): the person named at the start of the
   * sentence, or for a pronoun there the last person the sentence before named; or null.
   */
  private Source spokeToWriters(List<Token> t, SentenceAttribution attr, DocumentContext ctx) {
    int v = 1;
    while (v + 2 < t.size() && !(interviewVerbs.has(t.get(v)) && interviewLinks.has(t.get(v + 1))
        && interviewWriters.has(t.get(v + 2)))) {
      v++;
    }
    if (v + 2 >= t.size()) {
      // "X has advised migrants for years. We spoke about ...": the writers speak with the person
      // the sentence before names, whom no name after the verb replaces
      boolean writersSpoke = t.size() > 2 && interviewers.has(t.get(0)) && interviewVerbs.has(t.get(1))
          && !interviewLinks.has(t.get(2)) && attr.names().isEmpty();
      if (writersSpoke) {
        return lastOfKind(ctx.previousNames(), SourceKind.OFFICIAL);
      }
      // "X spent fifteen years at ... . We spoke to her by video link": the person whose full name
      // opens the paragraph
      boolean spokeToThem = t.size() > 3 && interviewers.has(t.get(0)) && interviewVerbs.has(t.get(1))
          && interviewLinks.has(t.get(2)) && guestObjects.has(t.get(3)) && attr.names().isEmpty();
      if (!spokeToThem) {
        return null;
      }
      Source named = lastOfKind(ctx.previousNames(), SourceKind.OFFICIAL);
      for (List<Token> before : ctx.paragraphTokens()) {
        Source opening = openingName(before);
        if (opening != null && (named == null || named.equals(opening))) {
          Source body = voicedBody(before, opening); // "X is the spokesperson for Y. We spoke to her": Y's answers
          return body != null ? body : headedGroup(before, opening); // "X founded Y, ... . We spoke to her": Y's answers
        }
      }
      return named;
    }
    if (!attr.names().isEmpty() && attr.spans().get(0).start() == 0 && attr.spans().get(0).end() <= v) {
      Source first = attr.names().get(0);
      if (first.kind() != SourceKind.OFFICIAL) {
        return null;
      }
      Source body = voicedBody(t, first); // "X, a spokeswoman for Y, spoke to us": Y's answers
      return body != null ? body : first;
    }
    if (v != 1 || !personPronouns.has(t.get(0))) {
      return null;
    }
    Source named = lastOfKind(ctx.previousNames(), SourceKind.OFFICIAL);
    return named != null ? named : openingPerson(ctx);
  }

  /**
   * The person whose full name opens the paragraph's sentence before, with no say-verb or
   * apposition that made it a source ("X taught economics in Moscow until 2022 and now ..."), or
   * null: the one a pronoun that opens the next sentence stands for.
   */
  private Source openingPerson(DocumentContext ctx) {
    if (ctx.paragraphTokens().isEmpty()) {
      return null;
    }
    return openingName(ctx.paragraphTokens().get(ctx.paragraphTokens().size() - 1));
  }

  /** The person whose full name opens the sentence {@code t} ("X taught economics ..."), or null. */
  private Source openingName(List<Token> t) {
    List<String> full = t.isEmpty() ? List.of() : attributions.names().fullNames(t);
    if (full.isEmpty()) {
      return null;
    }
    String name = full.get(0);
    return !the.has(t.get(0)) && name.startsWith(t.get(0).text + " ") ? Source.of(name, SourceKind.OFFICIAL) : null;
  }

  /** The most tokens between a head verb and the name of the group its subject heads ("founded \"X\""). */
  private static final int HEADED_REACH = 2;

  /**
   * The group the person {@code named}, whose name opens {@code t}, heads by the verb after the name
   * ("X founded \"Waiting Home\", an association of ...", "X runs the Y"), as the head of a group is
   * listed as the group; else the person.
   */
  private Source headedGroup(List<Token> t, Source named) {
    int verb = named.name().split(" ").length;
    if (verb >= t.size() || !guestHeadVerbs.has(t.get(verb))) {
      return named;
    }
    Source group = bodyNamedAfter(t, verb, HEADED_REACH);
    return group == null ? named : group;
  }

  /**
   * The first body or group (not a person) whose name starts after token {@code after} and at most
   * {@code reach} tokens past the next one, or null: the one a guest heads or speaks for.
   */
  private Source bodyNamedAfter(List<Token> t, int after, int reach) {
    SentenceAttribution r = attributions.find(t, List.of());
    for (int n = 0; n < r.names().size(); n++) {
      int start = r.spans().get(n).start();
      if (start > after && start <= after + 1 + reach && r.names().get(n).kind() != SourceKind.OFFICIAL) {
        return r.names().get(n);
      }
    }
    return null;
  }

  /** The most tokens between a guest's name (or its verb) and the voice word ("works as the press officer"). */
  private static final int VOICE_REACH = 4;
  /** The most tokens between the voice word and the body's name ("spokesperson for the Y", "press office of the Y"). */
  private static final int VOICE_BODY_REACH = 3;

  /**
   * The body the person {@code named}, whose name opens {@code t}, speaks for now, or null: after
   * the name a present-tense verb ("is", "heads", "works") or an apposition's comma, within
   * {@value #VOICE_REACH} tokens a voice noun or voice word ("spokesperson", "press") with no
   * "former" before it, and within {@value #VOICE_BODY_REACH} tokens after that a body's name
   * ("X is the spokesperson for Y", "X heads the press office of Y", "X, a spokeswoman for Y, ..."),
   * as a spokesperson is listed as the body. A guest who "was" a spokesman keeps the guest's name.
   */
  private Source voicedBody(List<Token> t, Source named) {
    int at = named.name().split(" ").length; // the name's tokens, one a word
    if (at >= t.size() || !(t.get(at).is(",") || guestVoiceVerbs.has(t.get(at)))) {
      return null;
    }
    int voice = -1;
    for (int k = at + 1; k < t.size() && k <= at + VOICE_REACH && voice < 0; k++) {
      if (guestFormers.has(t.get(k))) {
        return null; // "X, a former spokesman for Y"
      }
      if (voiceNouns.has(t.get(k)) || guestVoiceWords.has(t.get(k))) {
        voice = k;
      }
    }
    if (voice < 0) {
      return null;
    }
    return bodyNamedAfter(t, voice, VOICE_BODY_REACH);
  }

  /** The most paragraphs at the top of a page before and with the line that introduces a Q&A's guest. */
  private static final int GUEST_LEAD = 3;

  /**
   * The guest a Q&A's one-line lead introduces, or null: the first sentence of one of the page's
   * first {@value #GUEST_LEAD} paragraphs that opens with a person's full name, a copula and an
   * indefinite article ("X is a demographer at ...", "X was an army recruiter ..."). The answers
   * after the lead are the guest's only when questions follow it.
   */
  private Source introducedGuest(List<Token> t, DocumentContext ctx) {
    if (!ctx.paragraphTokens().isEmpty() || ctx.paragraph() > GUEST_LEAD || guestCopulas.isEmpty()) {
      return null;
    }
    Source named = openingName(t);
    if (named == null) {
      return null;
    }
    Source body = voicedBody(t, named);
    if (body != null) {
      return body; // "X is the spokesperson for Y": the answers are Y's
    }
    int words = named.name().split(" ").length; // the name's tokens, one a word
    return words + 1 < t.size() && guestCopulas.has(t.get(words)) && indefinites.has(t.get(words + 1)) ? named : null;
  }

  /** The last source of {@code kind} among {@code names} (the sentence before's), or null. */
  private static Source lastOfKind(List<Source> names, SourceKind kind) {
    for (int n = names.size() - 1; n >= 0; n--) {
      if (names.get(n).kind() == kind) {
        return names.get(n);
      }
    }
    return null;
  }

  /**
   * The guest an interview's lead names ("This week's guest is X", "My guest today was X"): the
   * guest noun, a linking verb within {@value #GUEST_REACH} words after it and a source named right
   * after that verb; the body X speaks for when a voice noun links them ("X, a spokeswoman for Y");
   * or none.
   */
  private List<Source> guest(List<Token> t, SentenceAttribution attr) {
    if (attr.names().isEmpty()) {
      return List.of();
    }
    int first = attr.spans().get(0).start();
    for (int k = 0; k + 1 < first; k++) {
      if (!interviewGuests.has(t.get(k))) {
        continue;
      }
      for (int j = k + 1; j < first && j <= k + GUEST_REACH; j++) {
        if (guestLinks.has(t.get(j))) {
          return j + 1 == first ? voiceOf(t, attr).map(List::of).orElse(List.of()) : List.of();
        }
      }
    }
    return List.of();
  }

  /**
   * The source of a guest's answers: the body the guest speaks for or heads when a voice or title
   * noun after the guest's name links it to the next name ("X, head of Y"), none when such a noun
   * links the guest to no name the text knows, else the guest.
   */
  private Optional<Source> voiceOf(List<Token> t, SentenceAttribution attr) {
    int end = attr.names().size() > 1 ? attr.spans().get(1).start() : t.size();
    for (int k = attr.spans().get(0).end(); k < end; k++) {
      if (voiceNouns.has(t.get(k)) || guestTitles.has(t.get(k))) {
        return end < t.size() ? Optional.of(attr.names().get(1)) : Optional.empty();
      }
    }
    return Optional.of(attr.names().get(0));
  }

  /** The most words between the guest noun and its linking verb ("guest this week is"). */
  private static final int GUEST_REACH = 3;

  /** The last figure of each measure after a sentence's {@code figures}. */
  private static Map<Measure, Figure> latest(Map<Measure, Figure> before, List<Figure> figures) {
    if (figures.isEmpty()) {
      return before;
    }
    Map<Measure, Figure> out = new EnumMap<>(Measure.class);
    out.putAll(before);
    for (Figure f : figures) {
      out.put(f.measure(), f);
    }
    return out;
  }

  /**
   * "Of the dead, about 12,000 were convicts" after a figure of another kind: the latest earlier
   * figure of the measure the opening names, when the opening has no number of its own and every
   * figure of the sentence fits in it; null otherwise.
   */
  private Figure splitTotal(List<Token> t, DocumentContext ctx, List<Figure> figures) {
    int open = figures.isEmpty() || t.size() < 4 ? -1 : afterPartOpener(t);
    if (open < 0) {
      return null;
    }
    Measure named = null;
    for (int k = open; k < Math.min(t.size(), open + 5) && !t.get(k).is(","); k++) {
      if (t.get(k).isNumber()) {
        return null;
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k);
      if (m != null) {
        named = m.value; // "Among the dead are 800 officers": the opening ends with its measure
        break;
      }
    }
    Figure total = named == null ? null : ctx.latest().get(named);
    if (total == null || total.low() == null) {
      return null;
    }
    for (Figure f : figures) {
      BigDecimal high = f.quantity().high() != null ? f.quantity().high() : f.quantity().low();
      if (high == null || high.compareTo(total.low()) > 0 || f.measure() == Measure.PAYMENT) {
        return null;
      }
    }
    return total;
  }

  /**
   * "Tajiks make up the largest group, with about 300 recruits, followed by Uzbeks (210)": a
   * sentence that ranks the parts of a total ("the largest group", "the biggest contingent",
   * "followed by") splits the latest figure of their measure, stated in its paragraph or the one
   * before, when every figure of the sentence has that measure, fits in it, has no time of its own
   * and names no whole of its own ("21,000 of the named dead"); that figure, or null.
   */
  private Figure rankedTotal(List<Token> t, Sentence s, DocumentContext ctx, List<Figure> figures) {
    if (figures.isEmpty() || !ranksParts(t)) {
      return null;
    }
    Figure total = ctx.latest().get(figures.get(0).measure());
    if (total == null || total.low() == null || total.period() == null || total.paragraph() < s.paragraph() - 1) {
      return null;
    }
    for (Figure f : figures) {
      BigDecimal high = f.quantity().high() != null ? f.quantity().high() : f.quantity().low();
      int e = f.quantity().end();
      if (f.measure() != total.measure() || f.period() != null || high == null || high.compareTo(total.low()) >= 0
          || e < t.size() && of.has(t.get(e))) {
        return null; // "at least 21,000 of the named dead": a part of the whole it names
      }
    }
    return total;
  }

  /**
   * Whether the sentence ranks groups: a superlative before a group's noun ("the largest group",
   * "the biggest single source") or "followed by".
   */
  private boolean ranksParts(List<Token> t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (rankFollows.has(t.get(k)) && rankFollowsBy.has(t.get(k + 1))) {
        return true;
      }
      if (rankSuperlatives.has(t.get(k))) {
        for (int j = k + 1; j < Math.min(t.size(), k + 1 + RANK_NOUN_REACH); j++) {
          if (rankNouns.has(t.get(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many words after a superlative its group's noun may stand ("the largest single source"). */
  private static final int RANK_NOUN_REACH = 2;

  /** How far into a sentence the opener of {@link #afterPartOpener} may stand ("Officers among the dead"). */
  private static final int PART_OPENER_REACH = 2;

  /**
   * The index right after the opener of a part ("Of the", "Among the", or in a language without
   * articles "Среди", "Серед") that starts the sentence or follows its first word, before any
   * number; -1 when there is none.
   */
  private int afterPartOpener(List<Token> t) {
    for (int p = 0; p < Math.min(t.size() - 2, PART_OPENER_REACH); p++) {
      if (t.get(p).isNumber()) {
        return -1;
      }
      if (partOpeners.has(t.get(p))) {
        if (partitiveDeterminers.isEmpty()) {
          return p + 1; // "Среди опознанных погибших не менее 16 тысяч"
        }
        return partitiveDeterminers.has(t.get(p + 1)) ? p + 2 : -1;
      }
    }
    return -1;
  }

  /**
   * "The update adds that ...", "The report says ..." opening a paragraph: like "According to X,",
   * the report named before covers the paragraph's later figures that name no source.
   */
  private boolean opensWithReport(List<Token> t, SentenceAttribution attr, DocumentContext ctx) {
    return attr.anaphor() && attr.names().isEmpty() && ctx.paragraphTokens().isEmpty() && t.size() > 3
        && the.has(t.get(0)) && reportNouns.has(t.get(1)) && attributions.reportsAt(t, 2);
  }

  /** The most words between an owner's possessive and its report noun ("X's latest monthly tally"). */
  private static final int OWNED_REPORT_REACH = 3;

  /**
   * Whether a paragraph opens with a sentence that has no figure and whose subject is a party's
   * report in the possessive ("The Pentagon's arithmetic shows why ...", "Mediazona's count points
   * the same way") or a party that puts out its own report ("X released its own figures a day
   * earlier"): it introduces the party's account, which covers the paragraph's later figures that
   * name no source of their own.
   */
  private boolean opensWithOwnersReport(List<Token> t, SentenceAttribution attr, DocumentContext ctx,
      List<Figure> found) {
    if (!found.isEmpty() || !ctx.paragraphTokens().isEmpty() || attr.found().isEmpty()) {
      return false;
    }
    Attributed first = attr.found().get(0);
    if (first.role() != Role.SPEAKER || first.start() > 1 || first.start() == 1 && !the.has(t.get(0))) {
      return false; // the party's report is the sentence's subject
    }
    int e = -1;
    for (int n = 0; n < attr.spans().size(); n++) {
      if (attr.spans().get(n).start() == first.start() || e >= 0 && attr.spans().get(n).start() == e + 1
          && (ands.has(t.get(e)) || t.get(e).is(","))) {
        e = attr.spans().get(n).end(); // "Mediazona and Meduza shared their data": the names joined
      }
    }
    if (e >= 0 && attributions.putsOutOwnReportAt(t, first.start(), e)) {
      return true; // "X released its own figures a day earlier"
    }
    if (e < 0 || e + 2 >= t.size() || !t.get(e).is("'") || !possessiveS.has(t.get(e + 1))) {
      return false;
    }
    for (int k = e + 2; k < t.size() && k <= e + 1 + OWNED_REPORT_REACH; k++) {
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
   * Whether an unnamed party of its own speaks for the figure at token {@code first}, after every
   * source the sentence names ("The government believes that some 200 ..., but opposition
   * lawmakers put the figure at 14,000"): the sentence's sources are not the figure's.
   */
  private boolean ownSpeaker(List<Token> t, SentenceAttribution attr, int first) {
    for (int k = first - 2; k >= 0; k--) {
      if ((otherSpeakers.has(t.get(k)) && !sameBefore(t, k) || unnamedOne(t, k)) && attributions.reportsAt(t, k + 1)) {
        for (TokenSpan sp : attr.spans()) {
          if (sp.end() > k) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** How many sentences back the report a list's lead refers to may have been attributed. */
  static final int LEAD_REACH = 3;

  /**
   * Whether the sentence leads a list and refers back to the report attributed just before ("Key
   * points from the update:", "What the numbers show:"): its items take that report's chain.
   */
  private boolean leadsBack(List<Token> t, DocumentContext ctx) {
    if (t.size() < 3 || !t.get(t.size() - 1).is(":") || ctx.lastChain().isEmpty()
        || ctx.lastChainSentence() < ctx.sentence() - LEAD_REACH) {
      return false;
    }
    for (int k = 1; k < t.size(); k++) {
      if ((the.has(t.get(k - 1)) || possessives.has(t.get(k - 1))) && reportNouns.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure at token {@code first} stands in an opening clause that sets the scene before
   * every source the sentence names ("Speaking at a parade of some 3,000 fighters, Kadyrov said ..."):
   * the writer's description, not the speaker's figure.
   */
  private boolean inSceneOpening(List<Token> t, SentenceAttribution attr, int first) {
    if (t.isEmpty() || !sceneOpeners.has(t.get(0))) {
      return false;
    }
    int comma = 1;
    while (comma < t.size() && !t.get(comma).is(",")) {
      comma++;
    }
    if (first >= comma) {
      return false;
    }
    for (TokenSpan sp : attr.spans()) {
      if (sp.start() < comma) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the figure at token {@code first} stands in a "which" or "who" clause set off by commas
   * right after a name the sentence frames, with no say-verb before the figure ("X, which raided an
   * office and detained six people, has said ..."): the writer's account of what the party did.
   */
  private boolean inActionClause(List<Token> t, SentenceAttribution attr, int first) {
    for (TokenSpan sp : attr.spans()) {
      int e = sp.end();
      if (e + 2 >= t.size() || e >= first || !t.get(e).is(",") || !relative.has(t.get(e + 1))) {
        continue;
      }
      int close = e + 2;
      while (close < t.size() && !t.get(close).is(",")) {
        close++;
      }
      if (first >= close) {
        continue;
      }
      for (int v = e + 2; v < first; v++) {
        if (sayVerbs.has(t.get(v))) {
          return false; // "X, which together with Y had confirmed 120,000 names, ..."
        }
      }
      return true;
    }
    return false;
  }

  /** How many tokens after a contrastive join its "according to" may stand ("тогда как, по данным"). */
  static final int CONTRAST_REACH = 4;

  /**
   * Whether the figure at token {@code first} stands before a contrastive join that opens a clause
   * with "according to", and every source the sentence names comes after it ("the bonus rose to 2
   * million, while according to X at least 20 regions cut it"): X frames its own clause only.
   */
  private boolean beforeContrast(List<Token> t, SentenceAttribution attr, int first) {
    for (int c = first + 1; c < t.size(); c++) {
      if (!contrastJoins.has(t.get(c))) {
        continue;
      }
      boolean framed = false;
      for (int k = c + 1; k < Math.min(t.size(), c + 1 + CONTRAST_REACH) && !framed; k++) {
        // "secondo X", "laut X"; "по данным X", "за даними X" (not "за минулу добу")
        framed = according.has(t.get(k))
            && (accordingAlone.has(t.get(k)) || k + 1 < t.size() && to.has(t.get(k + 1)));
      }
      if (!framed || attr.spans().isEmpty()) {
        return false;
      }
      for (TokenSpan sp : attr.spans()) {
        if (sp.start() < c) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Whether the figure at token {@code first} stands in a clause that reports nothing, before ", and"
   * and a party that opens a clause of its own with no figure, and every source the sentence names
   * comes after the join ("Two soldiers are held in Kyiv, and Seoul has said it will accept them"):
   * the party says its own clause, not the figure.
   */
  private boolean beforeAndClause(List<Token> t, SentenceAttribution attr, int first) {
    for (int c = first + 1; c < t.size(); c++) {
      if (!t.get(c - 1).is(",") || !ands.has(t.get(c))) {
        continue;
      }
      if (attr.spans().isEmpty() || attr.spans().get(0).start() > c + AND_CLAUSE_REACH) {
        return false;
      }
      for (TokenSpan sp : attr.spans()) {
        if (sp.start() < c) {
          return false;
        }
      }
      for (int k = c + 1; k < t.size(); k++) {
        if (t.get(k).isNumber()) {
          return false; // "..., and X said 1,100 more": the party gives a figure of its own
        }
      }
      for (int k = 1; k < c; k++) {
        if (attributions.reportsAt(t, k)) {
          return false;
        }
      }
      return attr.spans().get(attr.spans().size() - 1).end() + CLAUSE_MIN < t.size();
    }
    return false;
  }

  /**
   * Whether the clause at token {@code c}, after a colon or a semicolon, opens with a party the
   * sentence frames as a speaker, perhaps after "the" ("...: X said that ...", "...; the ministry
   * claimed ..."): a clause of its own speaker.
   */
  private boolean speakerOpens(List<Token> t, SentenceAttribution attr, int c) {
    int s = c < t.size() && the.has(t.get(c)) ? c + 1 : c;
    for (Attributed f : attr.found()) {
      if (f.start() == s && f.role() == Role.SPEAKER) {
        return true;
      }
    }
    return false;
  }

  /** Whether a number or a word of a magnitude ("thousands") stands in the tokens {@code [from, to)}. */
  private boolean figureBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).isNumber() || lex.magnitudes.longest(t, k) != null) {
        return true;
      }
    }
    return false;
  }

  /** The most tokens from ", and" to the party that opens the clause after it ("and Kenya's Ministry"). */
  private static final int AND_CLAUSE_REACH = 4;

  /**
   * Whether ", and" at token {@code c} opens a clause of a party of its own after a clause that
   * already reports ("X said it had detained 40 ..., and Y has warned ..."), or a clause closed by
   * its own speaker after a clause so closed ("... 11,000 ..., X confirmed, and ... thousands more,
   * according to Y"), unlike a list of speakers ("..., X, Y, and Z reported").
   */
  private boolean andClause(List<Token> t, SentenceAttribution attr, int c) {
    if (!ands.has(t.get(c))) {
      return false;
    }
    boolean opens = false;
    boolean closesAfter = false;
    boolean closedBefore = false;
    for (Attributed f : attr.found()) {
      opens |= f.start() > c && f.start() <= c + AND_CLAUSE_REACH;
      // "X sent 11,000 ..., the ministry confirmed, and Y sent thousands more in 2025, according to Z":
      // a speaker after the figure of each clause
      closesAfter |= f.start() > c + AND_CLAUSE_REACH && figureBetween(t, c + 1, f.start());
      closedBefore |= f.start() < c && figureBetween(t, 0, f.start());
    }
    opens |= closesAfter && closedBefore;
    for (int k = 1; opens && k < c; k++) {
      if (attributions.reportsAt(t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part of {@code chain} that the figure at token {@code at} takes when a comma and a contrast
   * join ("while", "whereas") split the sentence into clauses that each frame a speaker of their
   * own ("X said 2,300 ..., while Y claimed that 1,100 ..."), or a party named before a comma and
   * a relative pronoun whose clause says opens a clause of its own ("X said 1,200 ..., in line with
   * Y, which said 1,500 ..."): the sources framed in the figure's own clause; else the whole chain.
   */
  private List<Source> clauseChain(List<Token> t, SentenceAttribution attr, int at, List<Source> chain) {
    int from = 0;
    int to = t.size();
    for (int c = 1; c < t.size(); c++) {
      // "..., Y, which said": the party's name ends at the comma before the relative pronoun
      int party = relatives.has(t.get(c)) && attributions.relativeSays(t, c) ? nameBefore(attr, c - 1) : -1;
      if (party > 0 && t.get(c - 1).is(",")) {
        if (party > at) {
          to = party;
          break;
        }
        from = party;
      } else if (t.get(c - 1).is(",") && (contrastJoins.has(t.get(c)) || andClause(t, attr, c))
          || clauseStops.has(t.get(c - 1)) && speakerOpens(t, attr, c)) {
        if (c > at) {
          to = c; // the first join after the figure ends its clause
          break;
        }
        from = c;
      }
    }
    if (from == 0 && to == t.size()) {
      return chain;
    }
    List<Source> inClause = new ArrayList<>();
    boolean outside = false;
    for (Attributed f : attr.found()) {
      if (f.start() >= from && f.start() < to) {
        inClause.add(f.source());
      } else {
        outside = true;
      }
    }
    if (inClause.isEmpty() || !outside) {
      return chain;
    }
    List<Source> out = new ArrayList<>(inClause.size());
    for (Source src : chain) {
      if (inClause.contains(src)) {
        out.add(src);
      }
    }
    return out;
  }

  /** The start of the name the sentence frames that ends just before token {@code end}, or -1. */
  private static int nameBefore(SentenceAttribution attr, int end) {
    for (TokenSpan sp : attr.spans()) {
      if (sp.end() == end) {
        return sp.start();
      }
    }
    return -1;
  }

  /** How many tokens after a figure's end a colon must stand to end a clause of its own, not a label ("3,500:", "3,500 men:"). */
  private static final int CLAUSE_MIN = 2;

  /**
   * Whether a colon follows the figure at {@code first} and every name of the sentence stands after
   * it ("Thousands of them fight on the other side: Ukraine's legion counts hundreds"): the speaker
   * after the colon reports its own clause, not the statement before.
   */
  private static boolean beforeColon(List<Token> t, SentenceAttribution attr, int first, int end) {
    for (int c = first + 1; c < t.size(); c++) {
      if (t.get(c).is(":")) {
        if (attr.spans().isEmpty() || c + 1 >= t.size() || t.get(c + 1).is("\"") || c < end + CLAUSE_MIN) {
          // "... the figures: \"...\"", a quote the speaker says; "- 3,500: foreigners ...",
          // "- 40,000 to 45,000: ...", a label
          return false;
        }
        for (TokenSpan sp : attr.spans()) {
          if (sp.start() < c) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** How many words before a speaker's noun its indefinite article may stand ("a Yemeni government minister"). */
  static final int INDEFINITE_REACH = 4;

  /** Whether token {@code k} is a speaker's noun after an indefinite article: "a senior minister", "an official". */
  private boolean unnamedOne(List<Token> t, int k) {
    return speakerNouns.has(t.get(k)) && indefinites.inWordsBefore(t, k, INDEFINITE_REACH);
  }

  /** Whether the sentence is an item of a list: it starts with a list marker ("*", "-", "•"). */
  private boolean listItem(List<Token> t) {
    return !t.isEmpty() && listMarkers.has(t.get(0));
  }

  /**
   * Whether the sentence opens with a name, perhaps after an article, and a say-verb right after it
   * ("Mediazona counted them ...", "The State Bureau of Investigation reports ..."): the party who
   * gives the count a list item's sentence before states.
   */
  private boolean counterOpens(List<Token> t, SentenceAttribution attr) {
    if (attr.spans().isEmpty()) {
      return false;
    }
    TokenSpan first = attr.spans().get(0);
    return (first.start() == 0 || first.start() == 1 && the.has(t.get(0))) && first.end() < t.size()
        && sayVerbs.has(t.get(first.end()));
  }

  /**
   * Whether the sentence opens "The estimate is X's", "The figure was X's", "The numbers are X'"
   * (an article, a data noun, a copula, then a name in the possessive): X owns the count before.
   */
  private boolean ownerNamed(List<Token> t, SentenceAttribution attr) {
    if (attr.spans().isEmpty() || t.size() < 5 || !the.has(t.get(0)) || !dataNouns.has(t.get(1))
        || !ownerCopulas.has(t.get(2))) {
      return false;
    }
    TokenSpan name = attr.spans().get(0);
    return name.start() == 3 && name.end() < t.size() && t.get(name.end()).is("'");
  }

  /** Whether the paragraph's sentences before the current one include an item of a list: the item goes on. */
  private boolean itemGoesOn(DocumentContext ctx) {
    for (List<Token> before : ctx.paragraphTokens()) {
      if (listItem(before)) {
        return true;
      }
    }
    return false;
  }

  /** The most tokens of a heading line that splits a list ("North Korea", "Losses and recruitment"). */
  private static final int HEADING_MAX = 6;

  /**
   * Whether {@code t} is a short heading line of its own paragraph: words only, no final stop, up
   * to {@value #HEADING_MAX} tokens. A list goes on after it.
   */
  private static boolean heading(List<Token> t, DocumentContext ctx) {
    if (t.isEmpty() || t.size() > HEADING_MAX || !ctx.paragraphTokens().isEmpty()) {
      return false;
    }
    for (Token x : t) {
      if (!x.isWord()) {
        return false;
      }
    }
    return t.get(0).isCapitalized();
  }

  /** How many of the paragraph's last sentences are kept to look for the people it names. */
  static final int PEOPLE_REACH = 4;

  /** The last {@value #PEOPLE_REACH} sentences' tokens with {@code t}'s after them. */
  private static List<List<Token>> withTokens(List<List<Token>> before, List<Token> t) {
    int from = Math.max(0, before.size() + 1 - PEOPLE_REACH);
    List<List<Token>> out = new ArrayList<>(PEOPLE_REACH);
    out.addAll(before.subList(from, before.size()));
    out.add(t);
    return out;
  }

  /** Whether a pay verb and "them" after it stand before token {@code first}: "offered them work on $2,500". */
  private boolean paidThem(List<Token> t, int first) {
    for (int k = 1; k < first; k++) {
      if (payeePronouns.has(t.get(k)) && payeeVerbs.has(t.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nationality of the last people the sentence names by a demonym ("Somali men", "Yemenis"),
   * or {@code before} when it names none.
   */
  private List<Origin> peopleNamed(List<Token> t, List<Origin> before) {
    List<Origin> out = before;
    for (int k = 0; k < t.size(); k++) {
      Token x = t.get(k);
      if (!x.isCapitalized()) {
        continue; // demonyms are capitalised: the cheap test first
      }
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k);
      if (pm == null || !pm.value.demonym || !pm.value.origin.isCountry()) {
        continue;
      }
      int e = k + pm.length;
      PhraseIndex.Match<Lexicon.Noun> nm = e < t.size() ? lex.nouns.longest(t, e) : null;
      boolean people = nm != null && (nm.value.nounClass == Lexicon.NounClass.PERSON
          || nm.value.nounClass == Lexicon.NounClass.FOREIGN)
          || t.get(e - 1).key.endsWith("s") && (e >= t.size() || !t.get(e).isWord() || relative.has(t.get(e)));
      if (people) {
        out = List.of(pm.value.origin);
      }
      k = e - 1;
    }
    return out;
  }

  /** "According to the ministry, ...": an attribution that opens its sentence, and so its paragraph. */
  private boolean opensWithAccordingTo(List<Token> t) {
    return t.size() > 2 && (according.has(t.get(0)) && to.has(t.get(1)) || accordingAlone.has(t.get(0))
        || asOpeners.has(t.get(0)) && attributions.reportsAt(t, 1));
  }

  /**
   * Whether the sentence is a lead that names nobody and ends in a colon after a sentence that names
   * someone ("Here is the key passage:"): the quote after it is that one's.
   */
  private static boolean quoteLead(List<Token> t, SentenceAttribution attr, DocumentContext ctx) {
    return t.size() > 1 && t.get(t.size() - 1).is(":") && attr.names().isEmpty() && !attr.anaphor()
        && !ctx.previousNames().isEmpty();
  }

  private static List<Source> lastOf(List<Source> names) {
    return names.isEmpty() ? List.of() : List.of(names.get(names.size() - 1));
  }

  /** Whether the paragraph's sentences so far leave a quotation open: an odd number of quotation marks. */
  private static boolean quoteOpen(List<List<Token>> paragraph) {
    int marks = 0;
    for (List<Token> t : paragraph) {
      for (Token x : t) {
        marks += x.is("\"") ? 1 : 0;
      }
    }
    return marks % 2 == 1;
  }

  /**
   * The speaker of a quote still open in the paragraph: the last source named in the last sentence
   * of the paragraph that names one at or before the quote opened, or none.
   */
  private List<Source> quoteSpeaker(DocumentContext ctx) {
    List<List<Token>> paragraph = ctx.paragraphTokens();
    for (int n = paragraph.size() - 1; n >= 0; n--) {
      List<Token> t = paragraph.get(n);
      List<Source> names = lastOf(attributions.find(t, ctx.seen()).names());
      if (!names.isEmpty()) {
        return names;
      }
      if (quoteOpen(List.of(t))) {
        // the sentence that opened the quote names nobody: the one before it may, or refer back to
        // its speaker ("He said in an interview that ... \"...")
        if (n == 0) {
          return List.of();
        }
        return speakerBefore(paragraph.get(n - 1), ctx);
      }
    }
    return List.of();
  }

  /**
   * The speaker of a quote that opens after the sentence {@code before}: the last source it names,
   * or the chain its anaphoric speaker refers to ("He said in an interview that ..."), or none.
   */
  private List<Source> speakerBefore(List<Token> before, DocumentContext ctx) {
    SentenceAttribution a = attributions.find(before, ctx.seen());
    return !a.names().isEmpty() ? lastOf(a.names())
        : a.anaphor() && ctx.lastChainSentence() >= ctx.sentence() - QUOTE_REACH ? ctx.lastChain() : List.of();
  }

  /** How many sentences back the chain of an anaphoric speaker may stand to speak an open quote. */
  static final int QUOTE_REACH = 3;

  /**
   * Whether "according to" names a party of its own, which no word refers back to the report before
   * ("according to contracts seen by reporters", "according to a recruiter"), not "according to its
   * figures".
   */
  private boolean accordingToOwn(List<Token> t) {
    if (t.size() > 2 && accordingAlone.has(t.get(0))) {
      return t.get(1).isWord() && !accordingBack.has(t.get(1)); // "Secondo la polizia, ...", "Laut Behörden ..."
    }
    for (int k = 0; k + 2 < t.size(); k++) {
      if (according.has(t.get(k)) && to.has(t.get(k + 1))) {
        return t.get(k + 2).isWord() && !accordingBack.has(t.get(k + 2));
      }
    }
    return false;
  }

  /**
   * Whether the sentence closes a quote the paragraph left open and a say-verb after the closing
   * mark reports it ("... every day,\" said the ministry's spokesperson").
   */
  private boolean closesQuoteBeforeSpeaker(List<Token> t, DocumentContext ctx) {
    if (!quoteOpen(ctx.paragraphTokens())) {
      return false;
    }
    int q = 0;
    while (q < t.size() && !t.get(q).is("\"")) {
      q++;
    }
    for (int k = q + 1; k < t.size(); k++) {
      if (attributions.reportsAt(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence opens with a quotation mark: a quote whose speaker the sentence before names. */
  private static boolean opensQuote(List<Token> t) {
    return !t.isEmpty() && t.get(0).is("\"");
  }

  /**
   * The chain an anaphoric speaker refers to: none for "he said" after a speaker left unnamed; the
   * one source the sentence before named when it named no speaker ("HUR has been more specific. It
   * said ..."); the last chain if recent, else the sources the sentence before named, else the last
   * source named.
   */
  private List<Source> resolveAnaphor(DocumentContext ctx, List<Token> t) {
    if (attributions.outletsSpeak(t)) {
      List<Source> outlets = latestOutlets(ctx.seen());
      if (outlets.size() > 1) {
        return outlets; // "the outlets said": the last two outlets named, not the one named last
      }
    }
    if (attributions.reportSpeaks(t)) {
      for (Source s : ctx.seen()) {
        if (REPORT_AUTHORS.contains(s.kind())) {
          return List.of(s); // "the report says": the last researchers or organisation named, not a ministry
        }
      }
      if (ctx.lastChain().size() > 1 && ctx.lastChainSentence() >= ctx.sentence() - QUOTE_REACH
          && ctx.lastChain().get(0).kind() != SourceKind.MEDIA_OUTLET) {
        // "the report said, citing X. ... according to the report": the body whose report cited X
        return ctx.lastChain().subList(0, 1);
      }
    }
    boolean afterLastChain = ctx.lastChainSentence() < ctx.sentence() - 1;
    if (afterLastChain && ctx.unnamedSpeaker() == ctx.sentence() - 1 && attributions.personSpeaker(t)) {
      return List.of();
    }
    // "the ministry said" refers to a body, never to a person named before ("..., said MP X.")
    boolean body = attributions.bodySpeaks(t);
    // "the governor added", "according to the governor": a person's title refers to a person named before, never to a body
    boolean person = !body && attributions.titleSpeaks(t);
    if (afterLastChain && ctx.previousNames().size() == 1 && fits(ctx.previousNames(), body, person)) {
      return ctx.previousNames();
    }
    if (afterLastChain && ctx.previousNames().size() > 1 && !person && pluralPronouns.anyIn(t, 0, t.size())) {
      // "X and Y have spent years going through obituaries. By October they had identified ...": both,
      // named in a sentence that attributed nothing ("The count comes from X ..." speaks for X alone)
      return ctx.previousNames();
    }
    if (ctx.previousNames().isEmpty() && !body && t.size() > 1 && personPronouns.has(t.get(0))) {
      Source named = onlyPersonBefore(ctx);
      if (named != null) {
        return List.of(named); // "Defence lawyer X asked for ... She told the court that ...": X, not the speaker before
      }
    }
    if (!ctx.lastChain().isEmpty() && ctx.lastChainSentence() >= ctx.sentence() - 3
        && fits(ctx.lastChain(), body, person)) {
      if (ctx.lastChain().size() > 1 && ctx.lastChain().get(0).kind() != SourceKind.MEDIA_OUTLET
          && t.size() > 1 && speakerPronouns.has(t.get(0)) && attributions.reportsAt(t, 1)) {
        // "Citing figures from X, the authors put ... They judge that ...": the authors speak again, not X
        return ctx.lastChain().subList(0, 1);
      }
      return ctx.lastChain();
    }
    if (!ctx.previousNames().isEmpty() && fits(ctx.previousNames(), body, person)) {
      // "The count comes from X and Y. ... they had confirmed the names of 95,000"
      return ctx.previousNames();
    }
    for (Source s : ctx.seen()) {
      if (fits(List.of(s), body, person)) {
        return List.of(s);
      }
    }
    return body || person ? List.of() : ctx.lastChain();
  }

  /**
   * The one person the paragraph's sentence before names in full ("Defence lawyer X asked for a
   * suspended sentence."), or null with none or several: the one "she" or "he" opening the next
   * sentence stands for.
   */
  private Source onlyPersonBefore(DocumentContext ctx) {
    if (ctx.paragraphTokens().isEmpty()) {
      return null;
    }
    List<Token> before = ctx.paragraphTokens().get(ctx.paragraphTokens().size() - 1);
    List<String> full = before.isEmpty() ? List.of() : attributions.names().fullNames(before);
    if (full.size() != 1 || the.has(before.get(0)) && full.get(0).startsWith(before.get(0).text + " ")) {
      return null;
    }
    return Source.of(full.get(0), SourceKind.OFFICIAL);
  }

  /**
   * The body the sentence names before a pronoun that speaks for a body ("The ministry has not
   * published a figure since 2022, when it acknowledged 5,937 dead"): the last one named before
   * it that is no person; none when the sentence names none.
   */
  private List<Source> bodyBeforePronoun(List<Token> t, SentenceAttribution attr) {
    int at = attributions.bodyPronounAt(t);
    Source body = null;
    for (int n = 0; at > 0 && n < attr.names().size(); n++) {
      if (attr.spans().get(n).end() <= at && attr.names().get(n).kind() != SourceKind.OFFICIAL) {
        body = attr.names().get(n);
      }
    }
    return body == null ? List.of() : List.of(body);
  }

  /**
   * The one person the sentence names before a person pronoun that speaks in a later clause ("X,
   * who chairs the commission, gave a figure in April, when he said that ..."); none when it names
   * no person or several before it.
   */
  private List<Source> personBeforePronoun(List<Token> t, SentenceAttribution attr) {
    int at = attributions.personPronounAt(t);
    Source person = null;
    for (int n = 0; at > 0 && n < attr.names().size(); n++) {
      Source named = attr.names().get(n);
      if (attr.spans().get(n).end() <= at && named.kind() == SourceKind.OFFICIAL) {
        if (person != null && !person.equals(named)) {
          return List.of();
        }
        person = named;
      }
    }
    return person == null ? List.of() : List.of(person);
  }

  /**
   * The chain of a sentence that only cites ("..., citing X") with the report's writers before it
   * when they speak in it: a report's noun or its authors ("the paper says, drawing on X", "the
   * authors note ..., citing X") stand for the last researchers or organisation named; with none,
   * they and "it" stand for the head of the chain of the sentences just before.
   */
  private List<Source> withReportAuthor(DocumentContext ctx, List<Token> t, List<Source> chain) {
    if (outlets(chain) && attributions.outletsSpeak(t)) {
      return chain; // "The count kept by X and Y reached ..., the two outlets said": X and Y speak
    }
    Source author = attributions.reportSpeaks(t) ? reportAuthor(ctx) : null;
    if (author == null && attributions.speaksBack(t) && !ctx.lastChain().isEmpty()
        && ctx.lastChainSentence() >= ctx.sentence() - QUOTE_REACH) {
      author = ctx.lastChain().get(0); // "the report said, citing X" after "the service said": the service
    }
    if ((author == null || chain.contains(author)) && attributions.reportSpeaks(t)) {
      // "Kommersant leads with the ministry's figures. Citing the ministry's directorate, the paper
      // reports ...": no report cites itself; the outlet the sentence before named
      Source outlet = lastOfKind(ctx.previousNames(), SourceKind.MEDIA_OUTLET);
      author = outlet != null ? outlet : author;
    }
    return withAuthor(author, chain);
  }

  /** The last researchers or organisation named, who write the reports "the report" refers to, or null. */
  private static Source reportAuthor(DocumentContext ctx) {
    for (Source s : ctx.seen()) {
      if (REPORT_AUTHORS.contains(s.kind())) {
        return s;
      }
    }
    return null;
  }

  /** The chain with {@code author} first, the report that relays it, unless it is none or names it already. */
  private static List<Source> withAuthor(Source author, List<Source> chain) {
    if (author == null || chain.contains(author)) {
      return chain;
    }
    List<Source> out = new ArrayList<>(chain.size() + 1);
    out.add(author);
    out.addAll(chain);
    return out;
  }

  /**
   * Whether a chain fits an anaphoric speaker: one that is a body's noun ({@code body}) refers to
   * no chain of persons only, one that is a person's title ({@code person}) to persons only.
   */
  private static boolean fits(List<Source> chain, boolean body, boolean person) {
    return !(body && persons(chain)) && !(person && !persons(chain));
  }

  /** Whether every source of the chain is an outlet. */
  private static boolean outlets(List<Source> chain) {
    for (Source s : chain) {
      if (s.kind() != SourceKind.MEDIA_OUTLET) {
        return false;
      }
    }
    return true;
  }

  /**
   * The chain of outlets with the party an outlet relays after it: the last party that is no outlet
   * among the names of the sentence before ("X, the head of Y, has gone further. ..., he told ...,
   * according to TASS"); the chain as it is with none.
   */
  private static List<Source> withRelayed(List<Source> chain, List<Source> before) {
    for (int n = before.size() - 1; n >= 0; n--) {
      Source s = before.get(n);
      if (s.kind() != SourceKind.MEDIA_OUTLET) {
        List<Source> out = new ArrayList<>(chain);
        if (!out.contains(s)) {
          out.add(s);
        }
        return out;
      }
    }
    return chain;
  }

  /** Whether every source of the chain is a person. */
  private static boolean persons(List<Source> chain) {
    for (Source s : chain) {
      if (s.kind() != SourceKind.OFFICIAL) {
        return false;
      }
    }
    return true;
  }

  /** The kinds of source that write the reports a "the report says" refers to; outlets report news. */
  private static final java.util.Set<SourceKind> REPORT_AUTHORS =
      java.util.EnumSet.of(SourceKind.RESEARCH_OR_NGO, SourceKind.INTERNATIONAL_ORGANISATION);

  /** How many outlets a plural anaphoric speaker ("the outlets") stands for. */
  static final int OUTLETS = 2;

  /** The last {@value #OUTLETS} different outlets named, oldest first. */
  private static List<Source> latestOutlets(Iterable<Source> seen) {
    List<Source> out = new ArrayList<>(OUTLETS);
    for (Source s : seen) {
      if (s.kind() == SourceKind.MEDIA_OUTLET && !out.contains(s)) {
        out.add(0, s);
        if (out.size() == OUTLETS) {
          break;
        }
      }
    }
    return out;
  }

  private boolean namesPrivateArmy(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      if (privateArmies.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Of them, 12 have been killed": the figures split the one before, and share its origins and
   * period; with {@code measureToo} ("Среди них 155 бывших заключенных"), one that says nothing of
   * what it counts counts what the whole does.
   */
  private static List<Figure> partOf(List<Figure> figures, Figure whole, boolean measureToo) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure c : figures) {
      Figure f = c;
      if (measureToo && f.measure() == Measure.OTHER && whole.measure() != Measure.PAYMENT) {
        f = f.withMeasure(whole.measure());
      }
      if ((f.origins().isEmpty() || !f.originExplicit()) && !f.saysNoOrigin()) {
        f = f.withOrigins(whole.origins(), !whole.origins().isEmpty());
      }
      if (f.period() == null) {
        f = f.withPeriod(whole.period());
      }
      if (isOutcome(whole.measure()) && isBackground(f.measure())) {
        // "121,507 soldiers killed ... Of those, 17,000 had been recruited from prisons": still dead,
        // and counted over the total's time, not the time they came ("mobilised in the autumn of 2022")
        f = f.withMeasure(whole.measure());
        if (whole.period() != null) {
          f = f.withPeriod(whole.period());
        }
      }
      out.add(f);
    }
    return out;
  }

  /** Killed, wounded, both, or taken prisoner: what became of people already counted. */
  private static boolean isOutcome(Measure m) {
    return m == Measure.KILLED || m == Measure.WOUNDED || m == Measure.CASUALTIES || m == Measure.CAPTURED;
  }

  /** How people came to the war: a part of those killed that says how they came is still killed. */
  private static boolean isBackground(Measure m) {
    return m == Measure.RECRUITED || m == Measure.CONSCRIPTED || m == Measure.OTHER;
  }

  /**
   * "Of the confirmed dead, 20,000 were volunteers ...": the sentence opens by naming the measure of
   * the figure before it, which it splits.
   */
  private boolean splitsMeasure(List<Token> t, Figure before) {
    if (t.size() < 4 || !partOpeners.has(t.get(0)) || !partitiveDeterminers.has(t.get(1))) {
      return false;
    }
    for (int k = 2; k < Math.min(t.size(), 7) && !t.get(k).is(","); k++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k);
      if (m != null && m.value == before.measure()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Среди них 155 ...", "Больше всего среди них граждан Непала — около 500": a partitive that
   * opens the sentence before its first number and whose figures count what the whole does.
   */
  private boolean partitiveOpening(List<Token> t) {
    for (int k = 0; k + 1 < Math.min(t.size(), PARTITIVE_REACH); k++) {
      if (t.get(k).isNumber()) {
        return false;
      }
      if (partTakesMeasure.has(t.get(k)) && partitivePronouns.has(t.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** How far into a sentence {@link #partitiveOpening} looks. */
  private static final int PARTITIVE_REACH = 5;

  /** "Of them, 12 have been killed", "Of this number, 87 have died": the sentence splits the figure before it. */
  private boolean startsWithPartitive(List<Token> t) {
    int o = listItem(t) ? 1 : 0; // "- Of those, 17,000 ..." in a list
    if (t.size() > o + 3 && of.has(t.get(o)) && partitiveDemonstratives.has(t.get(o + 1))
        && partitiveNumberNouns.has(t.get(o + 2)) && t.get(o + 3).is(",")) {
      return true; // "Of this number, 87 ...", "Of that total, 41 ..."
    }
    return t.size() > o + 2 && of.has(t.get(o)) && partitivePronouns.has(t.get(o + 1));
  }

  /** How many words open a sentence in which a language without articles names what it refers back to. */
  private static final int ARTICLELESS_OPENING = 2;

  /**
   * "A decree promises the lump sum to anyone who signs from Aug. 1 until the end of 2024": a
   * sentence without figures that spans dates and refers back ("the lump sum") dates the undated
   * figures of the sentence before it.
   */
  private List<Figure> datesBack(List<Token> t, DocumentContext ctx, List<Figure> previous) {
    boolean refers = false;
    for (int k = 0; k + 1 < t.size() && !refers; k++) {
      refers = demonstratives.has(t.get(k)) && referring.has(t.get(k + 1));
    }
    for (int k = 0; k < Math.min(t.size(), ARTICLELESS_OPENING) && !refers && demonstratives.isEmpty(); k++) {
      refers = referring.has(t.get(k)); // "Призывная кампания продлится с ... по ...": no article to say "the"
    }
    if (!refers) {
      return previous;
    }
    for (DatedSpan e : times.find(t, ctx.reference())) {
      if (e.period().start().isPresent() && e.period().end().isPresent() && !e.isDay()) {
        List<Figure> out = new ArrayList<>(previous.size());
        for (Figure c : previous) {
          out.add(c.period() == null ? c.withPeriod(e.period()) : c);
        }
        return out;
      }
    }
    return previous;
  }

  /** How many words may stand between the opening "the" and the data's noun ("The latest official figures"). */
  private static final int AS_OF_NOUN_REACH = 3;

  /**
   * "The figure is current as of 20 November 2025", "These numbers are as of 1 March", "The data
   * run to the end of October": a sentence without figures that opens with the data's noun and
   * states a time up to which it runs dates the figures of the sentence before. Each ends then,
   * keeping its start: a figure without a period, or one that ends on the page's date ("since
   * 2022", "so far") or is open at the end; a figure with a span of its own keeps it.
   */
  private List<Figure> asOfBack(List<Token> t, DocumentContext ctx, List<Figure> previous) {
    if (t.isEmpty() || !asOfOpeners.has(t.get(0))) {
      return previous;
    }
    boolean data = false;
    for (int k = 1; k < Math.min(t.size(), 1 + AS_OF_NOUN_REACH) && !data; k++) {
      data = dataNouns.has(t.get(k));
    }
    if (!data) {
      return previous;
    }
    Period until = null;
    for (DatedSpan e : times.find(t, ctx.reference())) {
      boolean open = e.kind() == TimeKind.UNTIL && e.period().start().isEmpty();
      boolean runsTo = e.start() > 0 && asOfTos.has(t.get(e.start() - 1));
      if (until == null && e.period().end().isPresent() && (open || runsTo)) {
        until = e.period();
      }
    }
    if (until == null) {
      return previous;
    }
    LocalDate end = until.end().get();
    List<Figure> out = new ArrayList<>(previous.size());
    for (Figure c : previous) {
      Period p = c.period();
      boolean toPage = p != null && (p.end().isEmpty() || p.end().equals(ctx.reference()));
      if (p == null) {
        out.add(c.withPeriod(Period.builder().end(end).endPrecision(until.endPrecision()).build()));
      } else if (toPage && (p.start().isEmpty() || p.start().get().isBefore(end))) {
        out.add(c.withPeriod(Period.builder().from(p).end(end).endPrecision(until.endPrecision()).build()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** "The data comes from research by X." / "About the campaign reports X.": sources for the figures before. */
  private static List<Figure> attributeBack(List<Figure> previous, List<Source> chain, boolean citingOnly) {
    List<Figure> out = new ArrayList<>(previous.size());
    for (Figure c : previous) {
      if (citingOnly && !c.chain().isEmpty()) {
        List<Source> longer = new ArrayList<>(c.chain());
        for (Source src : chain) {
          if (!longer.contains(src)) {
            longer.add(src);
          }
        }
        out.add(c.withChain(longer, c.chainOwn()));
      } else if (c.chain().isEmpty() || !c.chainOwn()) {
        out.add(c.withChain(chain, true));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether "same" stands before the speaker's noun at {@code k}: "the same analysts estimate" are the ones before. */
  private boolean sameBefore(List<Token> t, int k) {
    return k > 0 && attributions.same(t.get(k - 1));
  }

  /**
   * Whether an unnamed party of its own speaks in the sentence ("Rights groups estimate that ...",
   * "Demographers who compared ... estimate"), whom its pronouns then refer to ("Families say ...:
   * they believe ...").
   */
  private boolean unnamedPartySpeaks(List<Token> t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (otherSpeakers.has(t.get(k)) && (attributions.reportsAt(t, k + 1) || k == 0 && reportsAnywhere(t)
          && !personReports(t)) && !sameBefore(t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence without its own source goes on with the report before it: it hedges
   * or assesses ("are believed to be"), or opens with a connective ("For example", "Of these").
   */
  private boolean continuesReport(List<Token> t) {
    if (!t.isEmpty() && generalOpeners.has(t.get(0))) {
      return false; // "Estimates of how many left range from ...": estimates in general, not the report's
    }
    if (unnamedPartySpeaks(t)) {
      return false;
    }
    for (Token x : t) {
      if (assessmentWords.has(x)) {
        return true;
      }
    }
    if (t.isEmpty()) {
      return false;
    }
    return connectives.has(t.get(0))
        || t.size() > 1 && connectivePairs.contains(t.get(0).key + " " + t.get(1).key)
        || opensWithTotal(t) || pronounStands(t);
  }

  /**
   * "On Thursday it stood at 862,530", "They averaged 1,420 a day": a pronoun and its copula (no form
   * of "to be"), with a number at most {@value #COPULA_NUMBER_REACH} tokens after the copula, go on
   * with the count before.
   */
  private boolean pronounStands(List<Token> t) {
    for (int k = 0; k + 2 < t.size(); k++) {
      if (copulaPronouns.has(t.get(k)) && copulas.has(t.get(k + 1)) && t.get(k + 1).isWord()
          && !finiteAux.has(t.get(k + 1))) { // not "it was", "they were offered": no count's verb
        for (int n = k + 2; n < Math.min(t.size(), k + 2 + COPULA_NUMBER_REACH); n++) {
          if (t.get(n).isNumber()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many tokens after a pronoun's copula its number may stand ("stood at about 862,530"). */
  private static final int COPULA_NUMBER_REACH = 3;

  /**
   * "Its running total now stands at ...", "The tally is ...": a running total opens the sentence.
   * A total with no possessive that names what it counts after "of" ("The total of men sent ...",
   * "The total number of personnel ...") opens a statement of its own.
   */
  private boolean opensWithTotal(List<Token> t) {
    if (!totalDeterminers.has(t.get(0))) {
      return false;
    }
    for (int k = 1; k < Math.min(t.size(), TOTAL_NOUN_AT + 1); k++) {
      if (totalNouns.has(t.get(k))) {
        return totalPossessives.has(t.get(0)) || !namesWhatItCounts(t, k + 1);
      }
    }
    return false;
  }

  /** Whether "of" stands at {@code k} or after one noun there ("total of", "total number of"). */
  private boolean namesWhatItCounts(List<Token> t, int k) {
    return k < t.size() && of.has(t.get(k)) || k + 1 < t.size() && of.has(t.get(k + 1));
  }

  /** The furthest the noun of a running total that opens a sentence stands: after its determiner and one modifier. */
  private static final int TOTAL_NOUN_AT = 2;

  /** Whether the sentence refers back to the year of a figure before it ("over the same year"). */
  private boolean sameYear(List<Token> t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (attributions.same(t.get(k)) && sameYearNouns.has(t.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The whole calendar year a period falls in ("in March 2024 ... over the same year" is 2024); the
   * period itself when it has no end or runs over more than one year.
   */
  private static Period yearOf(Period p) {
    if (p.end().isEmpty() || p.start().isPresent() && p.start().get().getYear() != p.end().get().getYear()) {
      return p;
    }
    return Period.ofYear(java.time.Year.from(p.end().get()));
  }

  /**
   * Whether the sentence refers back to the time of a figure before it ("over the same period",
   * "in the same months"), and not to another one shifted from it ("the same period last year",
   * "the same months of 2023").
   */
  private boolean samePeriod(List<Token> t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (attributions.same(t.get(k)) && (sameTimeNouns.has(t.get(k + 1)) || sameYearNouns.has(t.get(k + 1)))
          && (k + 2 >= t.size() || !sameTimeShifts.has(t.get(k + 2)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names the report of the figure before as the same ("The same list records
   * ...", "according to the same count"): its counts come from that report, as of its time (a
   * rate, "about 30,000 a month", is no count of the report's time).
   */
  private boolean sameReport(List<Token> t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (attributions.same(t.get(k)) && sameReportNouns.has(t.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The time of the report the sentence before gave, for a figure {@code c} with none that the same
   * speaker goes on to give ("As of the end of July, 91 had been recruited, the ministry said. The
   * ministry said 69 were still waiting ...", "The same officials put ... at close to 70,000"): the
   * period of the figure before of the same measure, else the one period all the figures before
   * share; null when the speaker is another or the figures before give no one time. Pay and rates
   * are terms, not counts of the report, and take none.
   */
  private static Period sameSpeakerPeriod(List<Figure> before, Figure c) {
    Period shared = null;
    for (Figure p : before) {
      if (!p.chain().equals(c.chain()) || p.period() == null) {
        return null;
      }
      if (p.measure() == c.measure()) {
        return p.period();
      }
      if (shared != null && !shared.equals(p.period())) {
        return null;
      }
      shared = p.period();
    }
    return shared;
  }

  /** The last of {@code figures} that has a period. */
  private static Optional<Figure> lastDated(List<Figure> figures) {
    for (int k = figures.size() - 1; k >= 0; k--) {
      if (figures.get(k).period() != null) {
        return Optional.of(figures.get(k));
      }
    }
    return Optional.empty();
  }

  /** "Ещё 18 тыс. вступили ...": a sentence that opens adding to the one before, whatever its source. */
  private boolean opensWithConnective(List<Token> t) {
    return !t.isEmpty() && connectives.has(t.get(0));
  }

  /**
   * Whether a singular person's pronoun reports in the sentence ("..., she said", "..., he added"):
   * not the plural party it opens with.
   */
  private boolean personReports(List<Token> t) {
    for (int k = 1; k < t.size(); k++) {
      if (personPronouns.has(t.get(k - 1)) && attributions.reportsAt(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a say-verb reports somewhere in the sentence. */
  private boolean reportsAnywhere(List<Token> t) {
    for (int k = 1; k < t.size(); k++) {
      if (attributions.reportsAt(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** "Many of them reportedly ...": the writer's own hedge, not the previous sentence's source. */
  private boolean hedged(List<Token> t) {
    for (Token x : t) {
      if (hedges.has(x)) {
        return true;
      }
    }
    return false;
  }

  /** The lowest and highest number read as a year rather than a count ("a 2024 study"). */
  private static final int YEAR_MIN = 1900;
  private static final int YEAR_MAX = 2100;

  /**
   * Whether the sentence has a number that is no year: a count of its own (of things that are no
   * figure, "190 crimes"), so that a source it cites is that count's, not the sentence before's.
   */
  private static boolean countsThings(List<Token> t) {
    for (Token x : t) {
      if (x.isNumber()) {
        String digits = x.text.replace(",", "");
        boolean year = digits.length() == 4 && digits.chars().allMatch(Character::isDigit)
            && Integer.parseInt(digits) >= YEAR_MIN && Integer.parseInt(digits) <= YEAR_MAX;
        if (!year) {
          return true;
        }
      }
    }
    return false;
  }

  /** A figure-less sentence that gives the source of the sentence before it. */
  private boolean refersBack(List<Token> t, SentenceAttribution attr) {
    for (Token x : t) {
      if (apartWords.has(x)) {
        return false; // "A separate list of names, obtained by X, ...": another count, not the source of the one before
      }
    }
    if (attr.citingOnly()) {
      return !countsThings(t); // not "Media reported 190 crimes, according to a count by X": its own count
    }
    int k = 0;
    while (k < t.size() && !t.get(k).isWord()) {
      k++;
    }
    if (k + 1 >= t.size()) {
      return false;
    }
    if (backPrepositions.has(t.get(k)) && backPronouns.has(t.get(k + 1))) {
      return true;
    }
    if (backPronouns.has(t.get(k)) && backVerbs.has(t.get(k + 1))) {
      return true;
    }
    return backOpeners.has(t.get(k)) || the.has(t.get(k)) && dataNouns.has(t.get(k + 1));
  }
}

package dev.muster.parse.attribution;

import dev.muster.Origin;
import dev.muster.Source;
import dev.muster.SourceKind;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.TokenSpan;
import dev.muster.parse.token.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the source names of a sentence, longest first: the names and aliases of the source table,
 * and generic names ("the Ministry", "the defence ministry") that stand for a body named earlier
 * in the document, or for the one body of a country the story is about.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceNames {

  private final Lexicon lex;
  private final Words and;
  private final Words sayVerbs;
  private final GroupNames groups;
  private final Words placePrepositions;
  private final Words nameStops;
  private final Words bodyWords;
  /** Country adjectives that the names of bodies keep ("Russian Ministry of ..."). */
  private final Words keptDemonyms;
  /** The first words of the names that put the country first ("Ministry"), unlike "South African Police Service". */
  private final Words countryFirstHeads;
  /** "according to figures the X presented": the nouns of a report between "according to" and a body. */
  private final Words reportNouns;
  private final Words byFrom;
  /** Lower-case words that may end a body's name after a capitalised word ("Sverdlovsk regional government"). */
  private final Words bodyLowerWords;
  private final Words regionAdjectives;
  private final Words subBodyHeads;
  private final Words regionNouns;
  private final Words regionBodies;
  private final Words formalRegionNouns;
  private final Words homeRegionBodies;
  /** "city", "mayor": a possessive owner whose body takes the name of the city the sentence places. */
  private final Words cityOwners;
  /** "governor": a possessive owner whose body takes the name of the region the document is about. */
  private final Words regionOwners;
  private final Words nameLinks;
  private final Words appositiveStarts;
  /** "who": the relative pronoun of a clause that marks the word before it as a person's name. */
  private final Words whoWords;
  /** "citing", "quoting": a cue before "the" and a home region's body ("citing the regional government"). */
  private final Words citing;
  /** "town", "city": a place's word before its administration ("the town administration said"). */
  private final Words townWords;
  /** "administration": a town's body named after the town ("Shadrinsk administration"). */
  private final Words townBodies;
  /** "quoted", "quotes": a verb whose object an outlet relays when "as saying" follows it. */
  private final Words quotedVerbs;
  /** "as": the word between a quoted party and its say-verb ("quoted X as saying"). */
  private final Words quotedAs;
  /** "lawmaker", "analyst": a person's title between a cue and the name ("citing lawmaker X"). */
  private final Words personTitles;
  /** "mother", "husband": a relative who speaks when a say-verb and a possessive stand before ("said his mother, X"). */
  private final Words kinNouns;
  /** "his", "her", "their": the possessive between a say-verb and a relative's noun. */
  private final Words kinPossessives;
  /** "told": a say-verb whose object hears, so the relative after it is no speaker ("told his mother X"). */
  private final Words toldVerbs;
  /** "country", "nation": a noun whose possessive before a generic name is the sentence's own country. */
  private final Words countryNouns;
  /** "spoke", "interview": a verb or noun after which the person interviewed is named. */
  private final Words interviewVerbs;
  /** "to", "with": the word between such a verb and the person ("spoke to X"). */
  private final Words interviewLinks;
  /** "he", "nobody": a pronoun that opens a sentence, which is no first name. */
  private final Words pronouns;
  /** "he", "she": the subject of a clause a first-name speaker reports ("Dmytro says he ..."). */
  private final Words personPronouns;
  /** "a", "an": the article of an apposition after a first name ("Serhiy, a deserter, said"). */
  private final Words indefinites;
  /** "of": a word between a generic name and the country that owns it. */
  private final Words ownerLinks;
  /** "in": a place after it is where a generic body sits ("the defence ministry in Kyiv"), and its country owns it. */
  private final Words seatLinks;
  /** "embassy": generic bodies that sit abroad, whose seat names no owner. */
  private final Words abroadBodies;
  /**
   * "of": the word before a person's home after the name when the home names no body ("Ram Thapa of
   * Rolpa, whose son ..., said"), unlike a member of one ("X of Memorial").
   */
  private final Words placeHomeLinks;
  /** "from": the word before a person's home after the name ("Bhim Thapa from Rolpa district, said"). */
  private final Words homeLinks;
  /** "district", "village": nouns that may end a person's home. */
  private final Words homeNouns;
  /** "government": a body's head word that a country's possessive owns across a few words. */
  private final Words ownedHeads;
  /** "governor", "minister": a person's title that may stand, with words before it, between a cue and the name. */
  private final Words titleNouns;
  /** "embassy": a body's head after which its seat may follow ("the Tajik embassy in Moscow"). */
  private final Words seatedHeads;
  /** "has", "also": words between a speaker and its verb. */
  private final Words auxiliaries;
  /** "State", "National": the first word of a body's name that makes it one country's own. */
  /** "attorney", "investigation": a word of a body's name that makes it a state's body wherever it stands. */
  private final Words stateFunctionWords;
  /** "department": the last word of a state's body's name that takes the country first. */
  private final Words countryFirstTails;
  /** "employment": a word after a generic name's keyword in a body's name that makes it another body. */
  private final Words keywordOtherBodies;
  private final Words nationalWords;
  private final Words according;
  private final Words the;
  private final Words that;
  private final Words months;
  /** "местных", "other": words that make "journalists" others than the outlet named before. */
  private final Words otherQualifiers;
  /** "foreign": the keyword of a body that speaks for its country's citizens abroad. */
  private final Words abroadKeywords;
  /** "prosecutor general": keywords of generic names for bodies that act at home, owned by the sentence's first country. */
  private final Words homeKeywords;
  /** "forum", "foundation": words of a body's name that make it a group of citizens ("the group said"). */
  private final Words groupBodyWords;
  /** "Moscow", "Kremlin": words that stand for Russia, which are no first names. */
  private final Words russiaWords;
  /** "losses", "lost": the words of a side's losses, which the other side reports. */
  private final Words lossWords;
  /** "published", "released": a participle between a report's noun and its maker ("a report published by X"). */
  private final Words reportParticiples;

  public SourceNames(Lexicon lex) {
    this.lex = lex;
    this.and = lex.words("attribution.and");
    this.sayVerbs = lex.words("attribution.say-verbs");
    this.groups = new GroupNames(lex);
    this.placePrepositions = lex.optionalWords("attribution.place-prepositions");
    this.nameStops = lex.optionalWords("attribution.name-stops");
    this.bodyWords = lex.optionalWords("attribution.body-words");
    this.keptDemonyms = lex.optionalWords("attribution.kept-demonyms");
    this.countryFirstHeads = lex.optionalWords("attribution.country-first-heads");
    this.reportNouns = lex.optionalWords("attribution.report-nouns");
    this.byFrom = lex.optionalWords("attribution.by-from");
    this.bodyLowerWords = lex.optionalWords("attribution.body-lower-words");
    this.regionAdjectives = lex.optionalWords("attribution.region-adjectives");
    this.subBodyHeads = lex.optionalWords("attribution.sub-body-heads");
    this.regionNouns = lex.optionalWords("attribution.region-nouns");
    this.regionBodies = lex.optionalWords("attribution.region-bodies");
    this.formalRegionNouns = lex.optionalWords("attribution.formal-region-nouns");
    this.homeRegionBodies = lex.optionalWords("attribution.home-region-bodies");
    this.citing = lex.optionalWords("attribution.citing").union(lex.optionalWords("attribution.quoting"));
    this.whoWords = lex.optionalWords("attribution.who");
    this.quotedVerbs = lex.optionalWords("attribution.quoted-verbs");
    this.townWords = lex.optionalWords("attribution.town-words");
    this.townBodies = lex.optionalWords("attribution.town-bodies");
    this.quotedAs = lex.optionalWords("attribution.quoted-as");
    this.cityOwners = lex.optionalWords("attribution.city-owners");
    this.regionOwners = lex.optionalWords("attribution.region-owners");
    this.nameLinks = lex.optionalWords("attribution.name-links");
    this.appositiveStarts = lex.optionalWords("attribution.appositive-starts");
    this.personTitles = lex.optionalWords("attribution.person-titles");
    this.kinNouns = lex.optionalWords("attribution.kin-nouns");
    this.kinPossessives = lex.optionalWords("attribution.kin-possessives");
    this.toldVerbs = lex.optionalWords("attribution.told");
    this.ownerLinks = lex.optionalWords("attribution.owner-links");
    this.seatLinks = lex.optionalWords("attribution.seat-links");
    this.abroadBodies = lex.optionalWords("attribution.abroad-bodies");
    this.pronouns = lex.optionalWords("attribution.pronouns");
    this.personPronouns = lex.optionalWords("attribution.person-pronouns");
    this.indefinites = lex.optionalWords("attribution.indefinites");
    this.interviewVerbs = lex.optionalWords("attribution.interview-verbs");
    this.interviewLinks = lex.optionalWords("attribution.interview-links");
    this.countryNouns = lex.optionalWords("attribution.country-nouns");
    this.homeLinks = lex.optionalWords("attribution.home-links");
    this.placeHomeLinks = lex.optionalWords("attribution.place-home-links");
    this.homeNouns = lex.optionalWords("attribution.home-nouns");
    this.ownedHeads = lex.optionalWords("attribution.owned-heads");
    this.titleNouns = lex.optionalWords("attribution.person-anaphors");
    this.seatedHeads = lex.optionalWords("attribution.seated-heads");
    this.auxiliaries = lex.optionalWords("attribution.auxiliaries");
    this.nationalWords = lex.optionalWords("attribution.national-body-words");
    this.stateFunctionWords = lex.optionalWords("attribution.state-function-words");
    this.countryFirstTails = lex.optionalWords("attribution.country-first-tails");
    this.keywordOtherBodies = lex.optionalWords("attribution.keyword-other-bodies");
    this.according = lex.optionalWords("attribution.according");
    this.the = lex.optionalWords("attribution.the");
    this.that = lex.optionalWords("attribution.that");
    this.months = lex.optionalWords("time.months");
    this.otherQualifiers = lex.optionalWords("attribution.other-qualifiers");
    this.abroadKeywords = lex.optionalWords("attribution.abroad-keywords");
    this.homeKeywords = lex.optionalWords("attribution.home-keywords");
    this.groupBodyWords = lex.optionalWords("attribution.group-body-words");
    this.russiaWords = lex.optionalWords("document.russia-words");
    this.lossWords = lex.optionalWords("attribution.loss-words");
    this.reportParticiples = lex.optionalWords("attribution.report-participles");
  }

  private static final Origin RUSSIA = Origin.of("RU");
  private static final Origin UKRAINE = Origin.of("UA");

  /** The fewest and most words of a person's name that the source table does not know. */
  static final int NAME_MIN = 2;
  static final int NAME_MAX = 4;

  /** How many of the sources named earlier a surname may stand for, newest first. */
  static final int SURNAME_REACH = 12;

  /**
   * The length of a short family name ("Lee", "Kim") that may speak a quote just closed ("'...,' Lee
   * said"), or speak anywhere as a person named in full before ("Lee Seong-kweun ... Lee said").
   */
  static final int SHORT_SURNAME = 3;

  /** A generic name's keyword that starts so names a kind of body, not a word of its name. */
  static final String KIND_KEYWORD = "@";

  /**
   * Adds the source names in the tokens to {@code names} and their token spans to {@code spans}.
   * A generic name stands for the latest body in {@code earlier} (newest first) whose name
   * contains its keyword;
   * with none, for the one body of a hinted country ("the country's defence ministry" in a story
   * about Sri Lanka), or for the only body whose name has the keyword ("the Investigative
   * Committee"); it is left out when there is none.
   */
  public void find(List<Token> t, Iterable<Source> earlier, List<Origin> hints, List<Source> names,
      List<TokenSpan> spans) {
    find(t, earlier, hints, null, names, spans);
  }

  /**
   * {@link #find(List, Iterable, List, List, List)} in a document about the region {@code home}
   * ("Perm Krai"), whose bodies "the regional government" and "the okrug's social policy
   * department" name; {@code home} is null when the document names no such region.
   */
  public void find(List<Token> t, Iterable<Source> earlier, List<Origin> hints, String home, List<Source> names,
      List<TokenSpan> spans) {
    int i = 0;
    while (i < t.size()) {
      PhraseIndex.Match<Source> m = lex.sources.longest(t, i);
      PhraseIndex.Match<String> g = lex.genericSources.longest(t, i);
      if (g != null && g.value.startsWith(KIND_KEYWORD) && namedNext(t, i + g.length)) {
        g = null; // "the group Memorial", "The Association of Mothers": a name, not a short form
      }
      if (g != null && ownName(t, i + g.length)) {
        g = null; // "the Ministry of Veterans Affairs": a ministry of its own, not the one named before
      }
      Origin capitalOf = g != null ? capital(t, i, g) : null;
      if (capitalOf != null && !speaksAfter(t, i + g.length)) {
        g = null; // "Kathmandu's foreign ministry", "in Kathmandu": a place, not its state speaking
      }
      TokenSpan group = m == null ? groupName(t, i, g) : null;
      if (group != null) {
        // "the rights group Nadezhda said", "Vostok Watch, a monitoring project, counted": a group
        // the table does not know, named by its noun in apposition
        spans.add(group);
        names.add(Source.of(Token.text(t, group.start(), group.end()), SourceKind.RESEARCH_OR_NGO));
        i = group.end();
        continue;
      }
      int again = m == null && g == null ? groupAgain(t, i, earlier) : 0;
      if (again > 0) {
        // "the monitoring project Steppe Count said ... According to Steppe Count, ...": the group
        // an apposition named before, named again by the same words
        spans.add(new TokenSpan(i, i + again));
        names.add(groupNamed(t, i, again, earlier));
        i += again;
        continue;
      }
      if (m == null && i + 2 < t.size() && and.has(t.get(i + 1)) && t.get(i).isCapitalized()) {
        // "US and South Korean officials": the first adjective shares the second name's noun
        PhraseIndex.Match<Source> second = lex.sources.longest(t, i + 2);
        if (second != null) {
          PhraseIndex.Match<Source> first = lex.sources.longest(List.of(t.get(i), t.get(i + 1 + second.length)), 0);
          if (first != null && first.length == 2 && !first.value.equals(second.value)) {
            spans.add(new TokenSpan(i, i + 1));
            names.add(first.value);
            i++;
            continue;
          }
        }
      }
      if (m == null && g == null) {
        int listed = sharedNounList(t, i, names, spans);
        if (listed > i) {
          i = listed; // "South Korean, U.S. and Ukrainian intelligence": each place's body of the noun
          continue;
        }
      }
      if (m != null && m.value.kind() == SourceKind.MEDIA_OUTLET && i + m.length < t.size()
          && homeNouns.has(t.get(i + m.length)) && !t.get(i + m.length).isCapitalized()) {
        m = null; // "from the Fergana valley": the place an outlet is named after
      }
      if (m != null && adjectiveOfArticleName(t, i, m)) {
        m = null; // "Independent demographers estimate": an adjective, not "The Independent"
      }
      if (m != null && endsInReport(t, i, m)) {
        m = lex.sources.longest(t, i, i + m.length - 1); // "Western intelligence estimates that ..."
      }
      if (m != null && (g == null || m.length > g.length
          || m.length == g.length && !otherCountryAfter(t, i + m.length, m.value))) {
        int end = i + m.length;
        for (int j = i + 1; j < i + m.length; j++) {
          // "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War": a longer
          // name of the same body inside the match ends it
          PhraseIndex.Match<Source> inner = lex.sources.longest(t, j);
          if (inner != null && inner.value.equals(m.value) && j + inner.length > end) {
            end = j + inner.length;
          }
        }
        int sub = m.value.kind() == SourceKind.MEDIA_OUTLET ? 0 : subBody(t, end); // an outlet's office is the outlet
        spans.add(new TokenSpan(i, end + sub));
        names.add(sub == 0 ? m.value : Source.of(m.value.name() + " " + Token.text(t, end + 2, end + sub), m.value.kind()));
        i = end + sub;
        continue;
      }
      if (g != null && g.value.startsWith(KIND_KEYWORD) && i > 0 && otherQualifiers.has(t.get(i - 1))) {
        i += g.length; // "по подсчётам местных журналистов": other journalists than the outlet named before
        continue;
      }
      if (g != null && namedAfter(t, i + g.length)) {
        i += g.length; // "проєкт «Хочу жити»", "проекта «Беларускі Гаюн»": the name the generic word describes
        continue;
      }
      if (g != null && i + 1 < t.size()) {
        // "the General Staff of Ukraine": a full name after the article beats the generic one
        PhraseIndex.Match<Source> full = lex.sources.longest(t, i + 1);
        if (full != null && full.length + 1 >= g.length) {
          i++;
          continue;
        }
        // "The Ministry of Foreign Affairs": a longer generic name after the article beats "the Ministry"
        PhraseIndex.Match<String> longer = lex.genericSources.longest(t, i + 1);
        if (longer != null && longer.length + 1 > g.length) {
          i++;
          continue;
        }
      }
      if (g == null && t.get(i).isCapitalized()
          && (t.get(i).text.length() >= 4 || t.get(i).text.length() == SHORT_SURNAME
              && (i > 0 && firstNameAfterQuote(t, i) || bySurname(t.get(i), earlier) != null))
          && (i > 0 ? speaks(t, i) || afterCue(t, i) || interviewed(t, i) : opens(t))
          && lex.places.longest(t, i) == null) {
        Source named = bySurname(t.get(i), earlier);
        if (named == null && i == 0 && m == null && firstNameOnly(t)) {
          named = Source.of(t.get(0).text, SourceKind.OFFICIAL); // "Serhiy said 14 men ...": a feature's first-name speaker
        }
        if (named == null && i > 0 && m == null && firstNameAfterQuote(t, i)) {
          named = Source.of(t.get(i).text, SourceKind.OFFICIAL); // "'... 40 men ...,' Oksana said": the quote's speaker
        }
        if (named == null && m == null && interviewed(t, i) && oneWordName(t, i)) {
          named = Source.of(t.get(i).text, SourceKind.OFFICIAL); // "We spoke to Yusupova by video link"
        }
        if (named == null && i > 0 && m == null && firstNameAfterCue(t, i)) {
          named = Source.of(t.get(i).text, SourceKind.OFFICIAL); // "according to Marina, ...", "said Irina, a nurse"
        }
        if (named != null) {
          // "Olga Romanova ... Romanova's group estimates": a person's surname named in full earlier
          spans.add(new TokenSpan(i, i + 1));
          names.add(named);
          i++;
          continue;
        }
      }
      if (m == null && g == null && cityOwners.has(t.get(i))) {
        int n = cityBody(t, i);
        String city = n > 0 ? city(t) : null;
        if (city != null) {
          spans.add(new TokenSpan(i, i + n));
          names.add(Source.of(city + " " + (t.get(i).key.equals(CITY) ? "" : titled(t, i, i + 3) + " ")
              + titled(t, i + 3, i + n), SourceKind.GOVERNMENT));
          i += n;
          continue;
        }
      }
      if (m == null && g == null && home != null && regionOwners.has(t.get(i))) {
        int n = cityBody(t, i); // "the governor's office said": the office of the document's region
        if (n > 0) {
          spans.add(new TokenSpan(i, i + n));
          names.add(Source.of(home + " " + titled(t, i, i + n), SourceKind.GOVERNMENT));
          i += n;
          continue;
        }
      }
      if (m == null && g == null && townAdministration(t, i)) {
        String city = city(t);
        if (city != null) {
          spans.add(new TokenSpan(i, i + 2)); // "In Shadrinsk, ..., the town administration said": "Shadrinsk administration"
          names.add(Source.of(city + " " + t.get(i + 1).key, SourceKind.GOVERNMENT));
          i += 2;
          continue;
        }
      }
      int owned = m == null && g == null ? ownedBody(t, i) : 0;
      if (owned > 0) {
        // "Yemen's internationally recognised government": the country's own body, as the table or
        // the formal name writes it
        PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, i);
        String head = t.get(i + owned - 1).key;
        Source body = ofCountry(head, p.value.origin, t, i, owned);
        String formal = body == null ? lex.formalBodyName(head, p.value.origin) : null;
        int seat = body == null ? seat(t, i + owned) : 0;
        if (body != null || formal != null) {
          // a name the table does not know spans its head and seat only: the country's word before
          // still says whose people the sentence counts ("the Sri Lankan embassy ... trace 288 men")
          spans.add(new TokenSpan(body == null ? i + owned - 1 : i, i + owned + seat));
          names.add(body != null ? body : Source.of(seat > 0 ? formal + " " + Token.text(t, i + owned, i + owned + seat)
              : formal, SourceKind.GOVERNMENT)); // "Embassy of Tajikistan in Moscow"
          i += owned + seat;
          continue;
        }
      }
      int ofRegion = m == null && g == null && i > 0 && the.has(t.get(i - 1)) ? ofRegionBody(t, i) : 0;
      if (ofRegion > 0 && placedAsSpeaker(t, i, ofRegion, true)) {
        spans.add(new TokenSpan(i, ofRegion)); // "the military commissariat of the Oryol Region said"
        names.add(Source.of(regionFirst(t, i, ofRegion), SourceKind.GOVERNMENT));
        i = ofRegion;
        continue;
      }
      if (m == null && g == null) {
        String region = regionBody(t, i, earlier);
        if (region != null) {
          spans.add(new TokenSpan(i, i + 2));
          names.add(Source.of(region, SourceKind.GOVERNMENT));
          i += 2;
          continue;
        }
        int n = home == null ? 0 : homeRegionBody(t, i);
        if (n > 0) {
          int from = t.get(i + 1).is("'") ? i + 3 : i + 1;
          spans.add(new TokenSpan(i, i + n));
          names.add(Source.of(home + " " + Token.text(t, from, i + n), SourceKind.GOVERNMENT));
          i += n;
          continue;
        }
      }
      if (m == null && g == null) {
        // "the Supreme Court of Uzbekistan said", "Sabina Tamang, a lawyer for the families, said":
        // a body or a person the table does not know
        int body = bodyWords.isEmpty() ? 0 : bodyName(t, i);
        int person = body > 0 || nameStops.isEmpty() ? 0 : personName(t, i);
        if (person == 0 && body == 0 && (i == 0 || afterDateline(t, i)) && !nameStops.isEmpty()) {
          person = openingSubject(t, i); // "Oksana Hrytsenko keeps ...": named, not yet speaking
        }
        int n = Math.max(body, person);
        if (n > 0) {
          String country = body > 0 ? possessor(t, i) : null;
          if (body > 0 && country == null) {
            country = openingCountry(t, i);
          }
          boolean stateWork = body > 0 && bodyKind(t, i, i + n) != SourceKind.RESEARCH_OR_NGO
              && (stateFunctionWords.anyIn(t, i, i + n) || nationalWords.has(t.get(i)));
          if (body > 0 && country == null && hints.size() == 1 && nationalWords.has(t.get(i)) && !namesCountry(t)) {
            country = lex.countryName(hints.get(0)); // "the State Judicial Administration" in a story about one country
          }
          Origin story = stateWork && country == null ? unnamedHint(t, hints) : null;
          if (story != null) {
            country = lex.countryName(story); // "the Office of the Attorney General" in a story about Nepal
          }
          if (country != null && Token.text(t, i, i + n).contains(country)) {
            country = null; // "In Bosnia and Herzegovina, the Prosecutor's Office of Bosnia and Herzegovina": named already
          }
          boolean regional = body > 0 && country == null && home != null && regionalBefore(t, i);
          spans.add(new TokenSpan(regional ? i - 1 : i, i + n));
          String name = body > 0 ? countryFirst(t, i, i + n) : Token.text(t, i, i + n);
          if (regional) {
            name = home + " " + name; // "the regional Ministry of Social Protection" of the document's region
          }
          // "Iraq's Ministry of Interior" is the "Iraq Ministry of Interior", as the table names
          // ministries; other bodies take the country last ("State Committee ... of Kyrgyzstan")
          names.add(Source.of(country == null ? name
              : countryFirstHeads.has(t.get(i)) || stateWork && countryFirstTails.has(t.get(i + n - 1))
                  ? country + " " + name : name + " of " + country,
              body > 0 ? bodyKind(t, i, i + n) : SourceKind.OFFICIAL));
          i += n;
          continue;
        }
      }
      int demonym = m == null && g == null ? demonymAfterThe(t, i) : 0;
      PhraseIndex.Match<String> dg = demonym == 0 ? null
          : lex.genericSources.longest(withoutDemonym(t, i, demonym), 0);
      Source ofDemonym = dg != null && dg.length > 1
          ? earlierOfCountry(dg.value, lex.places.longest(t, i + 1).value.origin, earlier) : null;
      if (ofDemonym != null) {
        spans.add(new TokenSpan(i, i + demonym + dg.length)); // "the Kazakh ministry said"
        names.add(ofDemonym);
        i += demonym + dg.length;
        continue;
      }
      Source shortForm = m == null && g == null ? shortForm(t, i, earlier) : null;
      if (shortForm != null) {
        spans.add(new TokenSpan(i, i + 1)); // "the International Legion ... according to the legion"
        names.add(shortForm);
        i++;
        continue;
      }
      if (g != null && i > 0 && placePrepositions.has(t.get(i - 1)) && lex.places.longest(t, i) != null) {
        i += g.length; // "lawmakers in Seoul", "an institute in Seoul estimates": a place, not a speaker
        continue;
      }
      if (g != null) {
        Origin owner = owner(t, i);
        if (owner == null) {
          owner = ownerAfter(t, i + g.length);
        }
        if (owner == null && !abroadBodies.contains(g.value)) {
          owner = seatAfter(t, i + g.length); // "the defence ministry in Kyiv says"
        }
        Origin opening = owner == null ? openingPlace(t, i) : null; // "In Yemen, the government said"
        if (owner == null && opening == null) {
          opening = capitalOf; // "Kathmandu says": the government of the capital's country
        }
        if (owner == null && opening == null && !hints.isEmpty() && countryAnaphorBefore(t, i)) {
          opening = hints.get(0); // "Uzbekistan has charged ..., the country's prosecutor general's office said"
        }
        Source resolved = owner != null ? ofCountry(g.value, owner, t, i, g.length)
            : opening != null ? ofCountry(g.value, opening, t, i, g.length) : null;
        Origin formalOwner = owner != null ? owner : opening;
        String formal = resolved == null && formalOwner != null ? lex.formalBodyName(g.value, formalOwner) : null;
        if (formal != null) {
          resolved = Source.of(formal, SourceKind.GOVERNMENT); // "Colombia's foreign ministry"
        }
        if (resolved == null && owner == null) {
          resolved = resolve(g.value, earlier, hints, t, i, g.length);
        }
        if (resolved != null) {
          spans.add(new TokenSpan(i, i + g.length));
          names.add(resolved);
          i += g.length;
        } else {
          i++;
        }
        continue;
      }
      i++;
    }
  }

  /**
   * How many tokens a country's demonym takes after "the" at token {@code i} ("the Kazakh
   * ministry"), or 0.
   */
  private int demonymAfterThe(List<Token> t, int i) {
    if (!the.has(t.get(i)) || i + 2 >= t.size() || !t.get(i + 1).isCapitalized()) {
      return 0;
    }
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, i + 1);
    return p != null && p.value.demonym && p.value.origin.isCountry() && i + 1 + p.length < t.size() ? p.length : 0;
  }

  /** The tokens from {@code i} on without the {@code n} tokens of the demonym after its "the". */
  private static List<Token> withoutDemonym(List<Token> t, int i, int n) {
    List<Token> out = new ArrayList<>(t.size() - i - n);
    out.add(t.get(i));
    out.addAll(t.subList(i + 1 + n, t.size()));
    return out;
  }

  /**
   * The body named earlier whose name has {@code keyword} and names {@code origin}'s country ("the
   * Kazakh ministry" after the Kazakhstan Ministry of Internal Affairs), or null.
   */
  private Source earlierOfCountry(String keyword, Origin origin, Iterable<Source> earlier) {
    if (keyword.startsWith(KIND_KEYWORD)) {
      return null;
    }
    for (Source s : earlier) {
      String name = s.name().toLowerCase(Locale.ROOT);
      if (name.contains(keyword) && namesPlace(name, origin)) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether a one-word match is an outlet's name without the article its name has ("The
   * Independent") and, with no article in the text either, describes the lower-case noun after it
   * ("Independent demographers", "Independent outlet Meduza"), not a verb or a report of its own.
   */
  private boolean adjectiveOfArticleName(List<Token> t, int i, PhraseIndex.Match<Source> m) {
    if (m.length != 1 || m.value.kind() != SourceKind.MEDIA_OUTLET || !m.value.name().startsWith("The ")
        || i > 0 && the.has(t.get(i - 1)) || i + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(i + 1);
    return next.isWord() && !next.isCapitalized() && !sayVerbs.has(next) && !reportNouns.has(next)
        && !auxiliaries.has(next);
  }

  /**
   * The body among the last {@value #SURNAME_REACH} named earlier whose name's head noun is the
   * word at {@code i} after "the", placed as a speaker ("the legion said", "according to the
   * council" after the International Legion or the Security Council), or null: a body's short form
   * later in the text. Persons and outlets have no such noun.
   */
  private Source shortForm(List<Token> t, int i, Iterable<Source> earlier) {
    if (i == 0 || !the.has(t.get(i - 1)) || !t.get(i).isWord() || t.get(i).isAllCaps()
        || lex.genericSources.longest(t, i - 1) != null || !placedAsSpeaker(t, i, i + 1, true)) {
      // "the group says": a generic name, whose own rule finds its body or none
      return null;
    }
    int n = 0;
    for (Source s : earlier) {
      if (n++ >= SURNAME_REACH) {
        break;
      }
      if (s.kind() != SourceKind.OFFICIAL && s.kind() != SourceKind.MEDIA_OUTLET
          && t.get(i).key.equals(headNoun(s.name()))) {
        return s;
      }
    }
    return null;
  }

  /**
   * The head noun of a body's name of two words or more, in lower case: the word before its first
   * linking word ("International Legion of Ukraine": "legion"), or its last word; null for one word.
   */
  private String headNoun(String name) {
    String[] w = name.split(" ");
    if (w.length < 2) {
      return null;
    }
    for (int k = 1; k < w.length; k++) {
      if (!w[k].isEmpty() && Character.isLowerCase(w[k].charAt(0)) && nameLinks.contains(w[k])) {
        return w[k - 1].toLowerCase(Locale.ROOT);
      }
    }
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }

  /**
   * Adds the bodies of a list of places that share the noun of the name that ends the list after
   * "and" ("South Korean, U.S., and Ukrainian intelligence agencies": the places before "Ukrainian"
   * with "intelligence"; not "Ukraine, Nepal's ministry") and returns where that last name starts; {@code i} when no list starts at
   * {@code i} or no place of it has a body of the noun in the source table.
   */
  private int sharedNounList(List<Token> t, int i, List<Source> names, List<TokenSpan> spans) {
    List<TokenSpan> items = null; // made at the list's first place: most tokens start none
    int k = i;
    while (k < t.size()) {
      PhraseIndex.Match<Lexicon.Place> p = t.get(k).isCapitalized() ? lex.places.longest(t, k) : null;
      if (p == null) {
        return i;
      }
      PhraseIndex.Match<Source> last = items == null || !and.has(t.get(k - 1)) ? null : lex.sources.longest(t, k);
      if (last != null && last.length > p.length && t.get(k + p.length).isWord()) {
        List<Token> noun = t.subList(k + p.length, k + last.length);
        int before = names.size();
        for (TokenSpan item : items) {
          List<Token> composed = new ArrayList<>(t.subList(item.start(), item.end()));
          composed.addAll(noun);
          PhraseIndex.Match<Source> body = lex.sources.longest(composed, 0);
          if (body != null && body.length == composed.size() && !names.contains(body.value)) {
            spans.add(item);
            names.add(body.value);
          }
        }
        return names.size() > before ? k : i;
      }
      if (items == null) {
        items = new ArrayList<>();
      }
      items.add(new TokenSpan(k, k + p.length));
      k += p.length;
      int sep = k;
      while (k < t.size() && k - sep < 2 && (t.get(k).is(",") || and.has(t.get(k)))) {
        k++;
      }
      if (k == sep) {
        return i;
      }
    }
    return i;
  }

  /**
   * Whether the name matched at {@code i} ends in a say-verb that reports a clause or a figure after
   * it ("Western intelligence estimates that Russia ..."): the name is the shorter one before the
   * verb when the table knows it too.
   */
  private boolean endsInReport(List<Token> t, int i, PhraseIndex.Match<Source> m) {
    int last = i + m.length - 1;
    if (m.length < 2 || last + 1 >= t.size() || !sayVerbs.has(t.get(last))
        || !(that.has(t.get(last + 1)) || t.get(last + 1).isNumber())) {
      return false;
    }
    PhraseIndex.Match<Source> shorter = lex.sources.longest(t, i, last);
    return shorter != null && shorter.value.equals(m.value);
  }

  /**
   * The source among the last {@value #SURNAME_REACH} named earlier that has a personal name of two
   * words ("Olga Romanova", not "BBC Russian"), or a person's name the table does not know,
   * ending in the token ("Romanova"), or that is the token itself, or null.
   */
  private static Source bySurname(Token x, Iterable<Source> earlier) {
    int n = 0;
    for (Source s : earlier) {
      if (n++ >= SURNAME_REACH) {
        break;
      }
      if (s.kind() == SourceKind.OFFICIAL && s.aliases().isEmpty() && s.name().startsWith(x.text + " ")
          && s.name().indexOf(' ') == s.name().lastIndexOf(' ')) {
        return s; // "Oksana Hrytsenko keeps ... Oksana says": a first name, of a person the table does not know
      }
      if (s.kind() == SourceKind.OFFICIAL && s.aliases().isEmpty() && s.name().equals(x.text)) {
        return s; // "'...,' Perez said. ... Perez says": the one word a person was named by before
      }
      for (String alias : namesOf(s)) {
        int space = alias.lastIndexOf(' ');
        if (space > 1 && alias.length() - space - 1 == x.text.length() && alias.endsWith(x.text)
            && Character.isUpperCase(alias.charAt(0)) && Character.isLowerCase(alias.charAt(1))
            && (alias.indexOf(' ') == space || s.kind() == SourceKind.OFFICIAL && s.aliases().isEmpty())) {
          // "Samuel Okudzeto Ablakwa ... Ablakwa said": a person the table does not know, named in full before
          return s;
        }
      }
    }
    return null;
  }

  /**
   * The length of a person's name that starts at token {@code i} and that the text places as a
   * speaker, or 0: {@value #NAME_MIN} to {@value #NAME_MAX} capitalised words, none a title, a
   * body's word, a place, a month or a known name, not after "the" or inside a longer run of
   * capitals, and just before a say-verb or an apposition (", a lawyer for ...,"), or just after a
   * say-verb or "according to".
   */
  private int personName(List<Token> t, int i) {
    if (!name(t, i) && !initial(t, i)) {
      return 0;
    }
    if (i > 0 && (the.has(t.get(i - 1))
        || placePrepositions.has(t.get(i - 1)) && !interviewed(t, i) && !afterCue(t, i) || name(t, i - 1)
        || t.get(i - 1).isWord() && t.get(i - 1).isAllCaps())) {
      // "The Village Council said", "a recruiter in St Petersburg quoted", "WARBE Development ...";
      // not "according to X", whose "to" names the speaker, not a place
      return 0;
    }
    NameRun run = nameRun(t, i);
    int k = run.end();
    int words = run.words();
    if (words == 1 && aged(t, k) && placedAsSpeaker(t, i, k + 3, false)) {
      return 1; // "said Yoandri, 32,", "Abdullah, 23, said": one name with an age set off by commas
    }
    if (words < NAME_MIN || words > NAME_MAX || initial(t, k - 2)
        || k < t.size() && t.get(k).isWord() && t.get(k).isCapitalized()) {
      return 0;
    }
    return placedAsSpeaker(t, i, k, false) || interviewed(t, i) ? k - i : 0; // "We spoke to X by video link"
  }

  /**
   * The persons' names the sentence writes in full, whatever their role ("Kamala Thapa's son",
   * "the minister, Joseph Kwame Mensah, met"): runs of {@value #NAME_MIN} to {@value #NAME_MAX}
   * name words that no name word precedes and no capitalised word follows, and that are no place,
   * body or title. A later sentence may call the person by the last word alone.
   */
  public List<String> fullNames(List<Token> t) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!name(t, i) || i > 0 && (name(t, i - 1) || the.has(t.get(i - 1)))) {
        i++;
        continue;
      }
      NameRun run = nameRun(t, i);
      int k = run.end();
      if (run.words() >= NAME_MIN && run.words() <= NAME_MAX && !initial(t, k - 2)
          && !(k < t.size() && t.get(k).isWord() && t.get(k).isCapitalized())) {
        out.add(Token.text(t, i, k));
      }
      i = Math.max(k, i + 1);
    }
    return out;
  }

  /** The capitalised words of a person's name from a token: where they end and how many there are. */
  private record NameRun(int end, int words) {}

  /** The run of name words from token {@code i}, at most one more than {@value #NAME_MAX}. */
  private NameRun nameRun(List<Token> t, int i) {
    int k = i;
    int words = 0;
    while (k < t.size() && words <= NAME_MAX) {
      if (initial(t, k)) {
        k += 2; // "K. Suresh Menon"
      } else if (name(t, k) && lex.places.longest(t, k) == null && lex.sources.longest(t, k) == null
          && lex.genericSources.longest(t, k) == null) {
        k++;
        while (k + 1 < t.size() && t.get(k).is("-") && !t.get(k).spaceBefore && t.get(k + 1).isWord()
            && !t.get(k + 1).spaceBefore) {
          k += 2; // "Lee Seong-kweun": a hyphen joins the parts of one word
        }
      } else {
        break;
      }
      words++;
    }
    return new NameRun(k, words);
  }

  /**
   * The length of a person's full name that opens the sentence as the subject of a verb of the
   * scene, not of speech ("Oksana Hrytsenko keeps ...", "Oksana Hrytsenko, 47, works ..."), or 0: a
   * feature's protagonist, whom a later "she said" refers to.
   */
  private int openingSubject(List<Token> t, int i) {
    if (!name(t, i)) {
      return 0;
    }
    NameRun run = nameRun(t, i);
    int k = run.end();
    if (run.words() == 1 && i == 0 && lex.places.longest(t, i) == null && lex.nouns.longest(t, i) == null
        && !pronouns.has(t.get(i))) {
      int verb = afterWhoClause(t, k);
      return verb > 0 && sceneVerb(t, verb) ? 1 : 0; // "Zorin, who denied nothing, described ..."
    }
    if (run.words() < NAME_MIN || run.words() > NAME_MAX) {
      return 0;
    }
    int verb = aged(t, k) ? k + 3 : k;
    if (verb + 1 < t.size() && auxiliaries.has(t.get(verb))) {
      verb++; // "X has represented migrants for years"
    }
    return verb < t.size() && sceneVerb(t, verb) ? k - i : 0;
  }

  /** The most tokens of a "who" clause set off by commas after a surname. */
  static final int WHO_CLAUSE_MAX = 12;

  /**
   * The index after the closing comma of a "who" clause that opens at the comma at {@code k}
   * (", who did not deny leaving his unit,"), or 0.
   */
  private int afterWhoClause(List<Token> t, int k) {
    if (k + 2 >= t.size() || !t.get(k).is(",") || !whoWords.has(t.get(k + 1))) {
      return 0;
    }
    for (int c = k + 2; c < t.size() - 1 && c <= k + WHO_CLAUSE_MAX; c++) {
      if (t.get(c).is(",")) {
        return c + 1;
      }
      if (t.get(c).isNumber() || !t.get(c).isWord()) {
        return 0;
      }
    }
    return 0;
  }

  /** The most tokens of a dateline before the text it opens ("KHARKIV, Ukraine -"). */
  static final int DATELINE_MAX = 6;

  /**
   * Whether a dateline ends just before token {@code i}: a place in capitals, perhaps a comma and
   * capitalised words, then a dash ("LVIV, Ukraine - Oksana Hrytsenko keeps ...").
   */
  private static boolean afterDateline(List<Token> t, int i) {
    if (i < 2 || i > DATELINE_MAX || !t.get(0).isAllCaps() || !t.get(i - 1).is("-") && !t.get(i - 1).is("\u2014")) {
      return false;
    }
    for (int k = 1; k < i - 1; k++) {
      if (!t.get(k).is(",") && !(t.get(k).isWord() && t.get(k).isCapitalized())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code k} is a lower-case verb of the scene in the present or the past
   * ("keeps", "moved"): a word that ends so and is no noun the lexicon knows ("officials").
   */
  private boolean sceneVerb(List<Token> t, int k) {
    Token x = t.get(k);
    String w = x.text;
    return x.isWord() && !x.isCapitalized() && w.length() > 3 && (w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed"))
        && !sayVerbs.has(x) && !personTitles.has(x) && lex.nouns.longest(t, k) == null;
  }

  /** Whether "spoke to" or "an interview with" stands somewhere in the sentence, before a capitalised word. */
  public boolean interviews(List<Token> t) {
    for (int i = 2; i < t.size(); i++) {
      if (t.get(i).isCapitalized() && interviewed(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "spoke to" or "an interview with" stands just before token {@code i}: a person is named there. */
  private boolean interviewed(List<Token> t, int i) {
    return i > 1 && interviewLinks.has(t.get(i - 1)) && interviewVerbs.has(t.get(i - 2));
  }

  /**
   * Whether the sentence opens with one word that can only be a person's name, before a say-verb
   * and the figure or clause it reports, or before an apposition ("Serhiy said 14 ...", "Dmytro
   * says he ...", "Serhiy, a deserter, said"): no noun the lexicon knows, no plural, no word that
   * stops a name, no pronoun.
   */
  private boolean firstNameOnly(List<Token> t) {
    Token x = t.get(0);
    if (t.size() < 4 || !name(t, 0) || x.text.endsWith("s") || lex.nouns.longest(t, 0) != null || pronouns.has(x)) {
      return false;
    }
    int a = aged(t) ? 4 : 2; // "Serhiy, 41, a deserter,": the age set off by commas
    Token after = t.get(a);
    return sayVerbs.has(t.get(1)) && (after.isNumber() || that.has(after) || personPronouns.has(after))
        || t.get(a - 1).is(",") && (indefinites.has(after) // "Serhiy said 14", "Dmytro says he", "Serhiy, a deserter,"
            || a == 4 && sayVerbs.has(after)); // "Serhiy, 41, said"
  }

  /** Whether a person's age follows the first word, set off by commas ("Serhiy, 41, ..."). */
  private static boolean aged(List<Token> t) {
    return t.size() > 5 && t.get(1).is(",") && t.get(2).isNumber() && t.get(3).is(",");
  }

  /**
   * Whether token {@code i} is a first name alone that speaks a quote just closed: "'...,' Oksana
   * said", "'...?' said Oksana, who ...". Not a plural, a noun, a pronoun, a title or full name ("said Brigadier General X") or a word
   * for Russia ("Moscow said").
   */
  private boolean firstNameAfterQuote(List<Token> t, int i) {
    Token x = t.get(i);
    if (!name(t, i) || x.text.endsWith("s") || lex.nouns.longest(t, i) != null || pronouns.has(x) || russiaWords.has(x)
        || i + 1 < t.size() && t.get(i + 1).isCapitalized()) {
      return false;
    }
    int quote = sayVerbs.has(t.get(i - 1)) ? i - 2 : i - 1;
    boolean verb = quote == i - 2 || i + 1 < t.size() && sayVerbs.has(t.get(i + 1));
    return verb && quote >= 1 && t.get(quote).is("\"") && closesQuote(t.get(quote - 1));
  }

  /**
   * Whether token {@code i} is a first name alone set off by a comma after a cue: "according to
   * Marina, the recruiters ...", or after a say-verb before an apposition ("said Irina, a nurse
   * whose ..."). Not a plural, a noun, a pronoun or a word for Russia.
   */
  private boolean firstNameAfterCue(List<Token> t, int i) {
    if (!oneWordName(t, i) || i + 2 >= t.size() || !t.get(i + 1).is(",")) {
      return false;
    }
    Token after = t.get(i + 2);
    return sayVerbs.has(t.get(i - 1)) ? appositiveStarts.has(after) && !the.has(after)
        : i > 1 && according.has(t.get(i - 2)) && t.get(i - 1).is("to");
  }

  /**
   * Whether token {@code i} is a person's one name word, no other capitalised word after it: not a
   * plural, a noun, a pronoun or a word for Russia.
   */
  private boolean oneWordName(List<Token> t, int i) {
    Token x = t.get(i);
    return name(t, i) && !x.text.endsWith("s") && lex.nouns.longest(t, i) == null && !pronouns.has(x)
        && !russiaWords.has(x) && !(i + 1 < t.size() && t.get(i + 1).isCapitalized());
  }

  /** ",", "?", "!": the mark that ends a quote before its speaker. */
  private static boolean closesQuote(Token x) {
    return x.is(",") || x.is("?") || x.is("!");
  }

  /**
   * Whether the name at tokens {@code from} to {@code to} stands as a speaker: just before a
   * say-verb or an apposition (", a lawyer for ...,"), or just after a say-verb or "according to"
   * (and, with {@code afterThe}, "according to the" or "citing the").
   */
  private boolean placedAsSpeaker(List<Token> t, int from, int to, boolean afterThe) {
    int at = afterHome(t, to);
    if (at == to && aged(t, to)) {
      at = to + 2; // "Meera Devi, 41, said", "X, 29, whose son ..., said": the age's closing comma
    }
    // "X, a lawyer for ..., said"; "Bhim Thapa from Rolpa district, said"; "The region's head, X, said":
    // a name that is itself set off by commas speaks through the verb after its closing one
    boolean before = at < t.size() && (sayVerbs.has(t.get(at))
        || t.get(at).is(",") && at + 1 < t.size() && (appositiveStarts.has(t.get(at + 1))
            || (at > to || from > 0 && t.get(from - 1).is(",")) && sayVerbs.has(t.get(at + 1))
            || countryTitleSays(t, at + 1) || citingAsideSays(t, at + 1)));
    return before || afterCue(t, from) || from > 0 && personTitles.has(t.get(from - 1)) && afterCue(t, from - 1)
        || kinAfterSay(t, from) >= 0
        || afterCueAndTitle(t, from)
        || afterThe && from > 2 && the.has(t.get(from - 1)) && according.has(t.get(from - 3))
            && t.get(from - 2).is("to")
        || afterThe && accordingToReport(t, from)
        || afterThe && from > 2 && the.has(t.get(from - 1)) && citing.has(t.get(from - 2))
        || quotedAs(t, from, to, afterThe);
  }

  /**
   * Whether the name at tokens {@code from} to {@code to} is the object of a verb of quoting that
   * "as" and a say-verb follow ("RBC quotes the Sverdlovsk regional government as saying", "Interfax
   * quoted Ivan Petrov as saying"): the party quoted speaks, the outlet relays it.
   */
  private boolean quotedAs(List<Token> t, int from, int to, boolean afterThe) {
    int verb = afterThe && from > 1 && the.has(t.get(from - 1)) ? from - 2 : from - 1;
    return verb >= 0 && quotedVerbs.has(t.get(verb)) && to + 1 < t.size() && quotedAs.has(t.get(to))
        && sayVerbs.has(t.get(to + 1));
  }

  /** The most tokens of a "citing" aside set off by commas after a name ("citing figures from the embassy in Moscow"). */
  private static final int CITING_ASIDE_MAX = 12;

  /**
   * Whether a "citing" or "quoting" aside starts at token {@code a} and a say-verb that is no
   * "citing" follows its closing comma, perhaps after auxiliaries ("X, citing figures from the
   * embassy, said ..."): the name before the aside speaks.
   */
  private boolean citingAsideSays(List<Token> t, int a) {
    if (a >= t.size() || !citing.has(t.get(a))) {
      return false;
    }
    for (int c = a + 1; c < t.size() - 1 && c <= a + CITING_ASIDE_MAX; c++) {
      Token x = t.get(c);
      if (x.is(",")) {
        int v = pastAuxiliaries(t, c + 1);
        return sayVerbs.has(t.get(v)) && !citing.has(t.get(v));
      }
      if (x.isNumber() && !x.isYear() || !x.isWord() && !x.is("'") && !x.is("\"") && !x.is("-")) {
        return false;
      }
    }
    return false;
  }

  /** The first token from {@code v} that is no auxiliary ("has", "had been"), at most the sentence's last. */
  private int pastAuxiliaries(List<Token> t, int v) {
    while (v < t.size() - 1 && auxiliaries.has(t.get(v))) {
      v++;
    }
    return v;
  }

  /** Whether the sentence names a country or its people ("Ukraine", "Kazakh"). */
  private boolean namesCountry(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      PhraseIndex.Match<Lexicon.Place> p = t.get(k).isCapitalized() ? lex.places.longest(t, k) : null;
      if (p != null && p.value.origin.isCountry()) {
        return true;
      }
    }
    return false;
  }

  /** The most tokens of a country's title set off by commas after a name ("Ukraine's commissioner for ..."). */
  private static final int COUNTRY_TITLE_MAX = 10;

  /**
   * Whether a title that a country's possessive opens starts at token {@code a} and a say-verb
   * follows its closing comma ("X, Ukraine's commissioner for missing persons, told a briefing").
   */
  private boolean countryTitleSays(List<Token> t, int a) {
    PhraseIndex.Match<Lexicon.Place> p = a < t.size() && t.get(a).isCapitalized() ? lex.places.longest(t, a) : null;
    int k = p == null ? -1 : a + p.length + 2;
    if (p == null || p.value.demonym || !p.value.origin.isCountry() || k >= t.size() || !possessiveBefore(t, k)
        || !t.get(k).isWord() || t.get(k).isCapitalized()) {
      return false;
    }
    for (int c = k + 1; c < t.size() - 1 && c <= k + COUNTRY_TITLE_MAX; c++) {
      Token x = t.get(c);
      if (x.is(",")) {
        return sayVerbs.has(t.get(pastAuxiliaries(t, c + 1)));
      }
      if (x.isNumber() || !x.isWord()) {
        return false;
      }
    }
    return false;
  }

  /** The most lower-case words of a title between a cue and a person's name ("acting regional governor"). */
  static final int TITLE_MAX = 3;

  /**
   * Whether a say-verb or "according to" stands before the lower-case words of a title that end
   * just before token {@code from} ("according to acting governor X", "said regional deputy X"): no
   * article, preposition or report noun among them.
   */
  private boolean afterCueAndTitle(List<Token> t, int from) {
    if (from < 2 || !personTitles.has(t.get(from - 1)) && !titleNouns.has(t.get(from - 1))) {
      return false;
    }
    for (int b = from - 1; b >= Math.max(1, from - TITLE_MAX); b--) {
      Token x = t.get(b);
      if (!x.isWord() || x.isCapitalized() || the.has(x) || placePrepositions.has(x) || byFrom.has(x)
          || reportNouns.has(x) || sayVerbs.has(x) || according.has(x) || x.is("to") || that.has(x)) {
        return false;
      }
      if (afterCue(t, b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the say-verb before a relative's noun and its possessive that end just before the
   * name at token {@code from}, perhaps with a comma between ("said his mother, X", "says her
   * husband X"), or -1: the relative named is the speaker. "told his mother X" is -1: she hears.
   */
  int kinAfterSay(List<Token> t, int from) {
    int k = from > 0 && t.get(from - 1).is(",") ? from - 2 : from - 1;
    if (k < 2 || !kinNouns.has(t.get(k)) || !kinPossessives.has(t.get(k - 1)) || !sayVerbs.has(t.get(k - 2))
        || toldVerbs.has(t.get(k - 2))) {
      return -1; // not "told his mother X", who hears
    }
    return k - 2;
  }

  /** The most words of a person's home after "from" ("from Rolpa district"). */
  private static final int HOME_MAX = 4;

  /**
   * The index after a person's home that follows the name at {@code to} ("Bhim Thapa from Rolpa
   * district, said"), perhaps after an age or a comma ("X, 29, from the Fergana valley, said"):
   * "from", capitalised words and a home's noun; {@code to} with none.
   */
  int afterHome(List<Token> t, int to) {
    int from = to;
    if (aged(t, to)) {
      from = to + 3; // "Dilshod Karimov, 29, from the Fergana valley, said"
    } else if (to + 1 < t.size() && t.get(to).is(",") && homeLinks.has(t.get(to + 1))) {
      from = to + 1; // "Dilshod Karimov, from the Fergana valley, said"
    }
    int home = homeAfter(t, from);
    return home > from ? home : to;
  }

  /** The index after a home that "from" at {@code to} opens ("from [the] Rolpa district"), or {@code to}. */
  private int homeAfter(List<Token> t, int to) {
    int k = to + 1;
    if (k + 1 < t.size() && the.has(t.get(k)) && !t.get(k).isCapitalized()) {
      k++; // "from the Fergana valley"
    }
    boolean placeOnly = to < t.size() && placeHomeLinks.has(t.get(to));
    if (k >= t.size() || !homeLinks.has(t.get(to)) && !placeOnly || !t.get(k).isCapitalized()) {
      return to;
    }
    int first = k;
    while (k < t.size() && k <= to + HOME_MAX && t.get(k).isWord()
        && (t.get(k).isCapitalized() && !the.has(t.get(k)) || homeNouns.has(t.get(k)))) {
      k++;
    }
    for (int j = first; placeOnly && j < k; j++) {
      if (lex.sources.longest(t, j) != null || lex.genericSources.longest(t, j) != null || bodyWords.has(t.get(j))) {
        return to; // "X of Memorial", "X of the Supreme Court": a member of a body, not a person's home
      }
    }
    return k;
  }

  /** Whether a say-verb or "according to" stands just before token {@code at}: "citing X", "according to X". */
  private boolean afterCue(List<Token> t, int at) {
    return at > 0 && sayVerbs.has(t.get(at - 1)) || at > 1 && according.has(t.get(at - 2)) && t.get(at - 1).is("to");
  }

  /**
   * "according to figures the X ...", "according to data from the X": a report's maker after "according to";
   * also after an article, the report's noun and a short phrase of words that ends in "by" or "from"
   * ("according to a report released on Wednesday by the X", "according to a new study published
   * this week by X").
   */
  private boolean accordingToReport(List<Token> t, int from) {
    int k = from - 1;
    if (k >= 0 && the.has(t.get(k))) {
      k--;
    }
    boolean by = k >= 0 && byFrom.has(t.get(k));
    if (by) {
      k--;
    }
    boolean report = false;
    while (k >= 0 && reportNouns.has(t.get(k)) && t.get(k).isWord()) {
      report = true;
      k--;
    }
    if (report && k >= 1 && t.get(k).is("to") && according.has(t.get(k - 1))) {
      return true;
    }
    if (!by) {
      return false;
    }
    // "according to a report released on Wednesday by": words only, back to "according to"
    int stop = Math.max(1, from - REPORT_PHRASE_MAX);
    for (int j = k; j >= stop; j--) {
      if (!t.get(j).isWord() || sayVerbs.has(t.get(j)) && !reportParticiples.has(t.get(j)) && !reportNouns.has(t.get(j))) {
        return false;
      }
      if (t.get(j).is("to") && according.has(t.get(j - 1))) {
        return report;
      }
      report |= reportNouns.has(t.get(j));
    }
    return false;
  }

  /** The most tokens between "according to" and a report's maker ("according to a report released on Wednesday by the"). */
  static final int REPORT_PHRASE_MAX = 12;

  /**
   * The name of a body the table does not know, with a country's adjective that opens a ministry's
   * name written as the country ("Iraqi Ministry of Interior" is the "Iraq Ministry of Interior"), as
   * the table names most countries' ministries; the adjectives the table keeps ("Russian") stay, and
   * so do those of other bodies' proper names ("South African Police Service").
   */
  private String countryFirst(List<Token> t, int from, int to) {
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, from, to);
    String country = p != null && p.value.demonym && from + p.length < to && !keptDemonyms.has(t.get(from))
        && countryFirstHeads.has(t.get(from + p.length)) ? lex.countryName(p.value.origin) : null;
    return country == null ? Token.text(t, from, to) : country + " " + Token.text(t, from + p.length, to);
  }

  /**
   * The length of a body's name that starts at token {@code i} and that the text places as a
   * speaker, or 0: capitalised words, with small linking words inside ("of", "for"), one of them a
   * body's word ("Court"), no part of it a name the table or the generic names know, not inside a
   * longer run of capitals; placed as {@link #personName} places a person.
   */
  private int bodyName(List<Token> t, int i) {
    if (!t.get(i).isCapitalized() || the.has(t.get(i))
        || i > 0 && t.get(i - 1).isWord() && t.get(i - 1).isCapitalized() && !the.has(t.get(i - 1))) {
      return 0; // "The Tatarstan Recruitment Office": the name starts after the article
    }
    int k = i;
    int last = -1;
    boolean body = false;
    while (k < t.size() && k - i < BODY_MAX) {
      Token x = t.get(k);
      PhraseIndex.Match<String> generic = lex.genericSources.longest(t, k);
      if (lex.sources.longest(t, k) != null && !hyphenJoined(t, i, k)
          || generic != null && !(generic.length == 1 && k > i && x.isCapitalized())) {
        return 0; // but "Royal Oman Police": one generic word ends a longer name
      }
      if (x.isWord() && x.isCapitalized()) {
        body |= bodyWords.has(x);
        last = k;
      } else if (x.is("-") && last == k - 1 && !x.spaceBefore && k + 1 < t.size() && t.get(k + 1).isWord()
          && t.get(k + 1).isCapitalized() && !t.get(k + 1).spaceBefore) {
        last = k; // "Pan-African Migrant Rights Network": a hyphen joins the parts of one word
      } else if (possessiveInside(t, k, last)) {
        k++;
        last = k; // "Prosecutor's Office of ...": a body's word in the possessive opens the name
      } else if (x.isWord() && last >= i && bodyLowerWords.has(x) && lex.places.longest(t, i) == null) {
        body |= bodyWords.has(x); // "the Sverdlovsk regional government": not "the Russian regional government"
        last = k;
      } else if (!(nameLinks.has(x) && k > i && !x.isCapitalized())) {
        break;
      }
      k++;
    }
    if (!body || last < i + 1 || k < t.size() && k - i >= BODY_MAX) {
      return 0;
    }
    int end = last + 1;
    if (titledPerson(t, i, end)) {
      return 0; // "Prosecutor Milagros Quispe said": a person after her title, no body
    }
    return placedAsSpeaker(t, i, end, true) || placedAsSpeaker(t, i, afterAcronym(t, end), false) ? end - i : 0;
  }

  /**
   * Whether an apostrophe and "s" at token {@code k} follow the body's word at {@code last}, just
   * before, and a capitalised word follows them ("Prosecutor's Office"): a possessive inside a name.
   */
  private boolean possessiveInside(List<Token> t, int k, int last) {
    return last == k - 1 && k + 2 < t.size() && (t.get(k).is("'") || t.get(k).is("\u2019"))
        && !t.get(k).spaceBefore && t.get(k + 1).is("s") && !t.get(k + 1).spaceBefore
        && bodyWords.has(t.get(k - 1)) && t.get(k + 2).isWord() && t.get(k + 2).isCapitalized();
  }

  /**
   * Whether token {@code k}, after the start {@code i} of a name, is the second half of a hyphenated
   * word ("Atlantic" in "Centre for Euro-Atlantic Studies"): a table's name there is part of the
   * longer name, not a name of its own.
   */
  private static boolean hyphenJoined(List<Token> t, int i, int k) {
    return k - 2 >= i && t.get(k - 1).is("-") && !t.get(k - 1).spaceBefore && !t.get(k).spaceBefore
        && t.get(k - 2).isWord();
  }

  /**
   * Whether the capitalised words {@code [i, end)} are a title of words that stop a name
   * ("Prosecutor", "Chief Prosecutor") and then {@value #NAME_MIN} to {@value #NAME_MAX} words of a
   * person's name, none a body's word: "Prosecutor Milagros Quispe", not "Prosecutor General's
   * Office" or "Prosecutor's Office of Lima".
   */
  private boolean titledPerson(List<Token> t, int i, int end) {
    int k = i;
    while (k < end && t.get(k).isWord() && t.get(k).isCapitalized() && nameStops.has(t.get(k))) {
      k++;
    }
    if (k == i || end - k < NAME_MIN || end - k > NAME_MAX) {
      return false;
    }
    for (int j = k; j < end; j++) {
      if (!name(t, j) || bodyWords.has(t.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index after an acronym in brackets at {@code k} ("Rapid Action Battalion (RAB) said"), or
   * {@code k} with none.
   */
  private static int afterAcronym(List<Token> t, int k) {
    return k + 3 < t.size() && t.get(k).is("(") && t.get(k + 1).isWord() && t.get(k + 1).isAllCaps()
        && t.get(k + 2).is(")") ? k + 3 : k;
  }

  /**
   * "In the Perm region, ..., the regional government said": the name of a region's government
   * placed as a speaker, from the one region the sentence names ("Perm regional government") or
   * opens with ("In Tatarstan, ..."), else the same body of a region named earlier in the document
   * ("The Samara region will pay ..., the regional government said. ... The regional government
   * said 1,240 ..."), or null. A region the sentence writes as a name, its noun capitalised ("the
   * Oryol Region"), names the body so ("Oryol Region government").
   */
  private String regionBody(List<Token> t, int i, Iterable<Source> earlier) {
    if (i == 0 || !the.has(t.get(i - 1)) || i + 1 >= t.size() || !regionAdjectives.has(t.get(i))
        || !regionBodies.has(t.get(i + 1)) || !placedAsSpeaker(t, i, i + 2, true)) {
      return null;
    }
    String region = null;
    boolean named = false; // whether the region's noun is written as a name's word ("the Oryol Region")
    String noun = null; // the region's noun as written
    for (int k = 0; k + 1 < t.size(); k++) {
      if (regionNouns.has(t.get(k + 1)) && t.get(k).isWord() && t.get(k).isCapitalized() && !the.has(t.get(k))
          && lex.places.longest(t, k) == null) {
        if (region != null && !region.equals(t.get(k).text)) {
          return null; // two regions: which one's government is not clear
        }
        region = t.get(k).text;
        named = t.get(k + 1).isCapitalized() && !t.get(k + 1).isAllCaps();
        noun = t.get(k + 1).text;
      }
    }
    if (region == null) {
      region = openingRegion(t);
    }
    if (named) {
      return region + " " + noun + " " + t.get(i + 1).key;
    }
    String body = " " + t.get(i).key + " " + t.get(i + 1).key;
    return region != null ? region + body : namedBefore(body, earlier);
  }

  /**
   * The index after "military commissariat of the Oryol Region" at token {@code i}: one to {@value
   * #SUB_BODY_MAX} words ending in a region's body word, the owner's link, an optional "the" and a
   * region's name as the text writes it ({@link #regionNameEnd}); or 0.
   */
  private int ofRegionBody(List<Token> t, int i) {
    int k = i;
    while (k < t.size() && k < i + SUB_BODY_MAX && t.get(k).isWord() && !homeRegionBodies.has(t.get(k))
        && !sayVerbs.has(t.get(k)) && !ownerLinks.has(t.get(k))) {
      k++;
    }
    if (k >= t.size() || !homeRegionBodies.has(t.get(k)) || k + 2 >= t.size() || !ownerLinks.has(t.get(k + 1))) {
      return 0;
    }
    int from = the.has(t.get(k + 2)) ? k + 3 : k + 2;
    int end = regionNameEnd(t, from);
    return end > from ? end : 0;
  }

  /**
   * The index after a region's name at {@code from} as a text writes it: one to {@value #REGION_MAX}
   * capitalised words, the last a formal region noun ("Altai Krai") or a region noun capitalised as
   * a name's word ("Oryol Region"); {@code from} with none.
   */
  private int regionNameEnd(List<Token> t, int from) {
    if (from >= t.size() || the.has(t.get(from))) {
      return from;
    }
    for (int k = from; k < t.size() && k <= from + REGION_MAX; k++) {
      Token x = t.get(k);
      if (!x.isWord() || !x.isCapitalized()) {
        return from;
      }
      if (k > from && (formalRegionNouns.has(x) || regionNouns.has(x) && !x.isAllCaps())) {
        return k + 1;
      }
    }
    return from;
  }

  /**
   * "Government of the Tambov Region" or "military commissariat of the Oryol Region" in tokens
   * {@code [from, to)}, written region first as the names of a region's bodies are ("Tambov Region
   * Government", "Oryol Region military commissariat"); null when the tokens are not a region's
   * body's words, its owner's link and the region's name.
   *
   * @param t the tokens, not null
   * @param from the first token of the name
   * @param to the index after its last
   */
  public String regionOwned(List<Token> t, int from, int to) {
    return ofRegionBody(t, from) == to ? regionFirst(t, from, to) : null;
  }

  /** The name of the region's body at {@code [from, to)} ({@link #ofRegionBody}), the region first. */
  private String regionFirst(List<Token> t, int from, int to) {
    int k = from;
    while (!ownerLinks.has(t.get(k))) {
      k++;
    }
    int region = the.has(t.get(k + 1)) ? k + 2 : k + 1;
    return Token.text(t, region, to) + " " + Token.text(t, from, k);
  }

  /**
   * The length of "regional military enlistment office" or "okrug's social policy department" at
   * token {@code i}, after "the": a region's adjective or possessive and up to
   * {@value #SUB_BODY_MAX} lower-case words ending in a region's body word, placed as a speaker
   * itself or through its press service ("the regional government's press service said"); or 0.
   */
  private int homeRegionBody(List<Token> t, int i) {
    if (i == 0 || !the.has(t.get(i - 1)) || !regionAdjectives.has(t.get(i)) && !formalRegionNouns.has(t.get(i))
        || t.get(i).isCapitalized()) {
      return 0;
    }
    int from = i + 3 < t.size() && t.get(i + 1).is("'") && t.get(i + 2).is("s") ? i + 3 : i + 1;
    int end = 0;
    for (int k = from; k < t.size() && k < from + SUB_BODY_MAX; k++) {
      Token x = t.get(k);
      if (!x.isWord() || x.isCapitalized() || sayVerbs.has(x)) {
        break;
      }
      if (homeRegionBodies.has(x)) {
        end = k + 1;
        break;
      }
    }
    if (end == 0) {
      return 0;
    }
    if (placedAsSpeaker(t, i, end, true)) {
      return end - i;
    }
    int own = afterPossessive(t, end);
    return own > end && own + 1 < t.size() && sayVerbs.has(t.get(own)) ? end - i : 0;
  }

  /** The index after "'s press service" at {@code k}: the possessive and its lower-case words, or {@code k}. */
  private int afterPossessive(List<Token> t, int k) {
    if (k + 2 >= t.size() || !t.get(k).is("'") || !t.get(k + 1).is("s")) {
      return k;
    }
    int j = k + 2;
    while (j < t.size() && j < k + 2 + SUB_BODY_MAX && t.get(j).isWord() && !t.get(j).isCapitalized()
        && !sayVerbs.has(t.get(j))) {
      j++;
    }
    return j;
  }

  /** Whether "the" and a lower-case region adjective stand before token {@code i} ("the regional Ministry of ..."). */
  private boolean regionalBefore(List<Token> t, int i) {
    return i > 1 && regionAdjectives.has(t.get(i - 1)) && !t.get(i - 1).isCapitalized() && the.has(t.get(i - 2));
  }

  /** The most tokens of a region's name before its formal noun ("Khanty - Mansi Autonomous"). */
  private static final int REGION_MAX = 5;

  /**
   * The region a document is about, as the first sentence that names one in full writes it
   * ("Perm Krai", "Khanty-Mansi Autonomous Okrug", "Irkutsk Region"): capitalised words ending in a
   * formal region noun or in a region noun capitalised as a name's word, not written in capitals
   * ("ULYANOVSK REGION" in a masthead); or null.
   */
  public String homeRegion(List<Token> t) {
    for (int k = 1; k < t.size(); k++) {
      if (!formalRegionNouns.has(t.get(k)) && (!regionNouns.has(t.get(k)) || t.get(k).isAllCaps())
          || !t.get(k).isCapitalized()) {
        continue;
      }
      int b = k;
      while (b > 0 && k - b < REGION_MAX && (t.get(b - 1).isWord() && t.get(b - 1).isCapitalized()
          && !the.has(t.get(b - 1)) || t.get(b - 1).is("-") && b > 1)) {
        b--;
      }
      if (b < k && t.get(b).isWord() && lex.places.longest(t, b) == null) {
        return Token.text(t, b, k + 1);
      }
    }
    return null;
  }

  /** The most capitalised words of a region's name before a lower-case region noun ("Nizhny Novgorod region"). */
  private static final int LOOSE_REGION_MAX = 3;

  /**
   * The regions a sentence names by capitalised words and a lower-case region noun after "the",
   * a place preposition or a country's possessive ("the Kemerovo region", "in Penza region",
   * "Russia's Sverdlovsk region") or at its very start, as a headline does
   * ("Nizhny Novgorod region raises ..."), written as regions' names ("Kemerovo Region"), once for
   * each time named. A document that names no region in full has its bodies named after the one
   * such region it names most often.
   */
  public List<String> looseRegions(List<Token> t) {
    List<String> out = new ArrayList<>(1);
    for (int k = 1; k < t.size(); k++) {
      Token noun = t.get(k);
      if (!regionNouns.has(noun) || noun.isCapitalized()) {
        continue;
      }
      int b = k;
      while (b > 0 && k - b < LOOSE_REGION_MAX && t.get(b - 1).isWord() && t.get(b - 1).isCapitalized()
          && !the.has(t.get(b - 1))) {
        b--;
      }
      if (b < k && (b == 0 || the.has(t.get(b - 1)) || placePrepositions.has(t.get(b - 1)) || possessor(t, b) != null)
          && lex.places.longest(t, b) == null) {
        out.add(Token.text(t, b, k) + " " + Character.toUpperCase(noun.text.charAt(0)) + noun.text.substring(1));
      }
    }
    return out;
  }

  /** The name of the newest earlier source that ends with {@code body} after one word ("Samara regional government"), or null. */
  private static String namedBefore(String body, Iterable<Source> earlier) {
    for (Source s : earlier) {
      String name = s.name();
      if (name.endsWith(body) && name.indexOf(' ') == name.length() - body.length()) {
        return name;
      }
    }
    return null;
  }

  /**
   * The region an opening "In Tatarstan, ..." names: one capitalised word that is no country's name
   * and no demonym, or null.
   */
  private String openingRegion(List<Token> t) {
    if (t.size() < 4 || !placePrepositions.has(t.get(0)) || !t.get(1).isWord() || !t.get(1).isCapitalized()
        || the.has(t.get(1)) || !t.get(2).is(",")) {
      return null;
    }
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, 1);
    if (p != null && (p.value.demonym || !p.value.origin.isCountry()
        || t.get(1).text.equals(lex.countryName(p.value.origin)))) {
      return null; // "In Russia, the regional government said": no region named
    }
    return t.get(1).text;
  }

  /** The owner word that stands for the city itself ("the city's police"), not one of its offices. */
  private static final String CITY = "city";

  /** The most capitalised words of a city's name ("St Petersburg"). */
  private static final int CITY_MAX = 3;

  /**
   * The length of "city's police department" or "mayor's office" at token {@code i}, after "the":
   * the owner, its possessive and one to {@value #SUB_BODY_MAX} lower-case words ending in a body's
   * word, placed as a speaker; or 0.
   */
  private int cityBody(List<Token> t, int i) {
    if (i == 0 || !the.has(t.get(i - 1)) || i + 3 >= t.size() || !t.get(i + 1).is("'") || !t.get(i + 2).is("s")) {
      return 0;
    }
    int end = 0;
    for (int k = i + 3; k < t.size() && k < i + 3 + SUB_BODY_MAX; k++) {
      Token x = t.get(k);
      if (!x.isWord() || x.isCapitalized()) {
        break;
      }
      if (bodyWords.has(x)) {
        end = k + 1;
      }
    }
    return end > 0 && placedAsSpeaker(t, i - 1, end, false) ? end - i : 0;
  }

  /**
   * The one city the sentence places: capitalised words after a place preposition ("in St
   * Petersburg"), or opening the sentence before a comma ("Moscow, the richest region, ..."), that
   * the place and source tables do not know; null with none or several.
   */
  /**
   * Whether "the town administration" or "the city administration" stands at token {@code i}, after
   * "the", placed as a speaker: the administration of the one city the sentence places.
   */
  private boolean townAdministration(List<Token> t, int i) {
    return i > 0 && i + 1 < t.size() && the.has(t.get(i - 1)) && townWords.has(t.get(i)) && !t.get(i).isCapitalized()
        && townBodies.has(t.get(i + 1)) && placedAsSpeaker(t, i - 1, i + 2, false);
  }

  private String city(List<Token> t) {
    String found = null;
    for (int k = 0; k < t.size(); k++) {
      boolean opening = k == 0 && !placePrepositions.has(t.get(0)); // "In Shadrinsk, ...": the place after "In"
      if (!opening && (k == 0 || !placePrepositions.has(t.get(k - 1)))) {
        continue;
      }
      int e = k;
      while (e < t.size() && e - k < CITY_MAX && t.get(e).isWord() && t.get(e).isCapitalized() && !the.has(t.get(e))
          && !months.has(t.get(e))) {
        e++;
      }
      if (e == k || opening && (e >= t.size() || !t.get(e).is(",")) || e < t.size() && t.get(e).isWord()
          && t.get(e).isCapitalized() || lex.places.longest(t, k) != null || lex.sources.longest(t, k) != null
          || lex.genericSources.longest(t, k) != null) {
        continue;
      }
      String name = Token.text(t, k, e);
      if (found != null && !found.equals(name)) {
        return null;
      }
      found = name;
    }
    return found;
  }

  /** The words {@code [from, to)} with capital initials: "police department" as "Police Department". */
  private static String titled(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      String w = t.get(k).text;
      b.append(k > from && t.get(k).spaceBefore ? " " : "")
          .append(t.get(k).isWord() && (k == from || t.get(k).spaceBefore)
              ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w); // "Mayor's", not "Mayor'S"
    }
    return b.toString();
  }

  /**
   * The length of "'s human rights office" after a known body's name at {@code end}: the
   * possessive, one to {@value #SUB_BODY_MAX} lower-case words and a sub-body's head word; or 0.
   */
  private int subBody(List<Token> t, int end) {
    if (end + 3 >= t.size() || !t.get(end).is("'") || !t.get(end + 1).is("s")) {
      return 0;
    }
    for (int k = end + 2; k < t.size() && k <= end + 2 + SUB_BODY_MAX; k++) {
      Token x = t.get(k);
      if (!x.isWord() || x.isCapitalized()) {
        return 0;
      }
      if (subBodyHeads.has(x)) {
        return k > end + 2 ? k + 1 - end : 0;
      }
    }
    return 0;
  }

  /**
   * The country whose name stands in the possessive just before token {@code i} ("Kyrgyzstan's State
   * Committee for National Security"), as written, or null: a body the table does not know is named
   * with it ("State Committee for National Security of Kyrgyzstan").
   */
  private String possessor(List<Token> t, int i) {
    if (i < 3 || !t.get(i - 1).is("s") || !t.get(i - 2).is("'")) {
      return null;
    }
    for (int j = Math.max(0, i - 2 - NAME_MAX); j < i - 2; j++) {
      PhraseIndex.Match<Lexicon.Place> p = t.get(j).isCapitalized() ? lex.places.longest(t, j) : null;
      if (p != null && j + p.length == i - 2 && !p.value.demonym && p.value.origin.isCountry()) {
        return Token.text(t, j, i - 2);
      }
    }
    return null;
  }

  /**
   * The country an opening "In Uzbekistan, ..." names, as written, for a body the table does not
   * know at token {@code i} after it whose name names no place ("the Supreme Court said"), or null.
   */
  private String openingCountry(List<Token> t, int i) {
    PhraseIndex.Match<Lexicon.Place> p = opening(t, i);
    if (p == null) {
      return null;
    }
    for (int k = i; k < t.size() && (t.get(k).isCapitalized() || nameLinks.has(t.get(k))); k++) {
      if (lex.places.longest(t, k) != null) {
        return null; // "the Supreme Court of Uzbekistan" names its country itself
      }
    }
    int c = openingStart(t);
    return Token.text(t, c, c + p.length);
  }

  /** The country an opening "In Yemen, ..." names before token {@code i}, or null. */
  private Origin openingPlace(List<Token> t, int i) {
    PhraseIndex.Match<Lexicon.Place> p = opening(t, i);
    return p == null ? null : p.value.origin;
  }

  /**
   * The country's name that an opening "In Uzbekistan, ..." or "In neighbouring Kyrgyzstan, ..."
   * before token {@code i} has, or null.
   */
  private PhraseIndex.Match<Lexicon.Place> opening(List<Token> t, int i) {
    int c = openingStart(t);
    if (t.size() < c + 3 || c < 0) {
      return null;
    }
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, c);
    return p == null || p.value.demonym || !p.value.origin.isCountry() || c + p.length >= i
        || !t.get(c + p.length).is(",") ? null : p;
  }

  /**
   * Where the capitalised place of an opening preposition starts: after "In" ("In Uzbekistan"), or
   * after one lower-case word ("In neighbouring Kyrgyzstan"); -1 when neither.
   */
  private int openingStart(List<Token> t) {
    if (t.size() < 3 || !placePrepositions.has(t.get(0))) {
      return -1;
    }
    if (t.get(1).isCapitalized()) {
      return 1;
    }
    return t.get(1).isWord() && !t.get(1).isNumber() && t.get(2).isCapitalized() ? 2 : -1;
  }

  /** The most lower-case words before a sub-body's head word ("human rights office"). */
  static final int SUB_BODY_MAX = 3;

  /** The most words of a body's name that the source table does not know. */
  static final int BODY_MAX = 9;

  /** Whether an age set off by commas starts at token {@code k}: ", 32,". */
  static boolean aged(List<Token> t, int k) {
    return k + 3 < t.size() && t.get(k).is(",") && t.get(k + 1).isDigitsOnly() && t.get(k + 1).text.length() <= 2
        && t.get(k + 2).is(",");
  }

  /** An initial before a name: one capital letter and a full stop ("K. Suresh Menon"). */
  private boolean initial(List<Token> t, int k) {
    return k >= 0 && k + 2 < t.size() && t.get(k).isWord() && t.get(k).text.length() == 1
        && t.get(k).isCapitalized() && t.get(k + 1).is(".") && name(t, k + 2);
  }

  /** A capitalised word that may be part of a person's name. */
  private boolean name(List<Token> t, int k) {
    Token x = t.get(k);
    if (!x.isWord() || !x.isCapitalized() || x.isAllCaps() || x.text.length() < 2 || nameStops.has(x)
        || personTitles.has(x) || months.has(x)) {
      return false;
    }
    for (int c = 1; c < x.text.length(); c++) {
      if (!Character.isLetter(x.text.charAt(c)) && x.text.charAt(c) != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * The body of the place the clause from token {@code from} to the figure at {@code at} names
   * first, for a sentence whose speaker is several places' bodies of one noun ("Surgut district pays
   * 500,000 ..., and Nizhnevartovsk offers 300,000, the district administrations said"): the place's
   * capitalised words and a home noun right after them, then the body's noun ("Surgut district
   * administration", "Nizhnevartovsk administration"); or null when the clause names no place.
   */
  public Source placeBody(List<Token> t, int from, int at, String noun) {
    int k = from;
    while (k < at && !(t.get(k).isWord() && t.get(k).isCapitalized() && !the.has(t.get(k)) && !t.get(k).isNumber())) {
      k++;
    }
    if (k == at) {
      return null;
    }
    int e = k + 1;
    while (e + 1 < at && t.get(e).is("-") && !t.get(e).spaceBefore && t.get(e + 1).isCapitalized()) {
      e += 2; // "Leninsk-Kuznetsky"
    }
    while (e < at && t.get(e).isWord() && t.get(e).isCapitalized()) {
      e++;
    }
    if (e < at && homeNouns.has(t.get(e)) && !t.get(e).isCapitalized()) {
      e++; // "Surgut district"
    }
    return Source.of(Token.text(t, k, e) + " " + noun, SourceKind.GOVERNMENT);
  }

  /**
   * "Otieno, who served ...", "Otieno said": a sentence that opens with a word and then a say-verb, a
   * possessive or an apposition; the word may be a surname named in full earlier.
   */
  private boolean opens(List<Token> t) {
    int a = aged(t) ? 4 : 2; // "Otieno, 52, a driver, said"
    return t.size() > 2 && (t.get(1).is("'") || sayVerbs.has(t.get(1))
        || t.get(a - 1).is(",") && (appositiveStarts.has(t.get(a)) && !the.has(t.get(a)) || a == 4 && sayVerbs.has(t.get(a))));
  }

  /** "Romanova said", "Romanova's group estimates", "said Romanova": a word placed as a speaker. */
  private boolean speaks(List<Token> t, int i) {
    return i + 1 < t.size() && (t.get(i + 1).is("'") || sayVerbs.has(t.get(i + 1))) || sayVerbs.has(t.get(i - 1));
  }

  private static List<String> namesOf(Source s) {
    List<String> all = new java.util.ArrayList<>(s.aliases().size() + 1);
    all.add(s.name());
    all.addAll(s.aliases());
    return all;
  }

  private Source resolve(String keyword, Iterable<Source> earlier, List<Origin> hints, List<Token> t,
      int from, int length) {
    if (keyword.startsWith(KIND_KEYWORD)) {
      // "издание", "журналісти": the latest body of a kind ("@media_outlet"), whatever its name;
      // "відомство": of one of several kinds ("@government,intelligence_service")
      List<String> kinds = List.of(keyword.substring(KIND_KEYWORD.length()).toUpperCase(Locale.ROOT).split(","));
      for (Source s : earlier) {
        if (kinds.contains(s.kind().name())) {
          return s;
        }
      }
      return null;
    }
    Source named = latestWithKeyword(keyword, earlier);
    Origin lost = sideOfLosses(t);
    if (lost != null && (named == null || namesPlace(named.name().toLowerCase(Locale.ROOT), lost))) {
      Source reporter = ofCountry(keyword, lost.equals(RUSSIA) ? UKRAINE : RUSSIA, t, from, length);
      if (reporter != null) {
        return reporter; // "The General Staff reported 1,020 Russian losses": Ukraine's, as Russia does not count its own
      }
    }
    if (named != null) {
      return named; // "British defence intelligence ... the Ministry of Defence said Russian casualties"
    }
    Source home = homeKeywords.contains(keyword) ? ofFirstCountry(keyword, t, from, length) : null;
    if (home != null) {
      return home;
    }
    Source sameSide = ofLatestSide(keyword, earlier, t, from, length);
    Source third = abroadKeywords.contains(keyword) ? ofThirdCountry(keyword, hints, t, from, length) : null;
    if (third != null) {
      return third;
    }
    for (Origin o : hints) {
      if (sameSide != null && (o.equals(RUSSIA) || o.equals(UKRAINE))) {
        // "Ukraine's Defence Ministry said ... Russia lost 1,300, the General Staff said": a side of
        // the war that the figure is about does not report it; the side of the bodies just named does
        break;
      }
      Source s = ofCountry(keyword, o, t, from, length);
      if (s != null) {
        return s;
      }
    }
    if (sameSide != null) {
      return sameSide; // "the Office of the Prosecutor General of Ukraine ... The Ministry of Defence says"
    }
    List<Map.Entry<String, Source>> withKeyword = lex.sourcesWithKeyword(keyword);
    if (withKeyword.size() == 1) {
      return withKeyword.get(0).getValue();
    }
    // "The Interior Ministry said" in a story that names no such body: the one body of the two sides
    // of the war with the keyword when it is Russia's, though other countries' bodies have it too
    // (not "the Defence Ministry", which both sides have; not "the police" of a story about Kenya,
    // which the source table knows only in Ukraine)
    Source russian = null;
    int sides = 0;
    for (Map.Entry<String, Source> e : withKeyword) {
      boolean ofRussia = namesPlace(e.getKey(), RUSSIA);
      if (ofRussia || namesPlace(e.getKey(), UKRAINE)) {
        sides++;
        russian = ofRussia ? e.getValue() : russian;
      }
    }
    return sides == 1 ? russian : null;
  }

  /**
   * The latest of the sources named earlier (newest first) whose name has the keyword, not followed
   * by a word that makes it another body ({@link #otherBody}), or null.
   */
  private Source latestWithKeyword(String keyword, Iterable<Source> earlier) {
    for (Source s : earlier) {
      String name = s.name().toLowerCase(Locale.ROOT);
      int at = name.indexOf(keyword);
      if (at >= 0 && !otherBody(name, at + keyword.length())) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether the word that starts after a space at {@code end} of a lower-case {@code name} makes it
   * another body than the keyword before it names ("department of foreign employment").
   */
  private boolean otherBody(String name, int end) {
    if (end >= name.length() || name.charAt(end) != ' ') {
      return false;
    }
    int next = name.indexOf(' ', end + 1);
    return keywordOtherBodies.contains(name.substring(end + 1, next < 0 ? name.length() : next));
  }

  /**
   * The body of the country the sentence names first, before the body, when that country is
   * neither Russia nor Ukraine, as the table names it or by its formal name: a body that acts at
   * home, named without its country after the country's own people or authorities ("Kyrgyz
   * authorities have detained 38 citizens returning from the war in Ukraine, the prosecutor
   * general's office said"); null when the sentence names Russia or Ukraine first, or no country
   * before the body.
   */
  private Source ofFirstCountry(String keyword, List<Token> t, int from, int length) {
    for (int k = 0; k < from; k++) {
      PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, k);
      if (p == null || !p.value.origin.isCountry()) {
        continue;
      }
      Origin first = p.value.origin;
      if (first.equals(RUSSIA) || first.equals(UKRAINE)) {
        return null;
      }
      Source known = ofCountry(keyword, first, t, from, length);
      if (known != null) {
        return known;
      }
      String formal = lex.formalBodyName(keyword, first);
      return formal == null ? null : Source.of(formal, SourceKind.GOVERNMENT);
    }
    return null;
  }

  /**
   * The body that speaks for its citizens abroad of the one country other than Russia and Ukraine
   * that the sentence names, as the table names it or by its formal name ("At least 11 Ugandans
   * were killed in Ukraine, according to the foreign ministry" is Uganda's ministry: a third
   * country's citizens are counted by their own state), also when the sentence names Russia as
   * where the men went ("the Nepal embassy in Moscow helped 31 men leave the Russian army"); null
   * when the sentence names no such country of the hints, or several. A name the
   * table lacks is built only in the country-first style of ministries ("Uganda Ministry of Foreign
   * Affairs").
   */
  private Source ofThirdCountry(String keyword, List<Origin> hints, List<Token> t, int from, int length) {
    Origin third = null;
    for (Origin o : hints) {
      if (!o.isCountry() || o.equals(RUSSIA) || o.equals(UKRAINE) || o.equals(third) || !namedIn(t, o)) {
        continue;
      }
      if (third != null) {
        return null;
      }
      third = o;
    }
    if (third == null) {
      return null;
    }
    Source known = ofCountry(keyword, third, t, from, length);
    if (known != null) {
      return known;
    }
    String formal = lex.formalBodyName(keyword, third);
    return formal == null || !formal.startsWith(lex.countryName(third) + " ") ? null
        : Source.of(formal, SourceKind.GOVERNMENT);
  }

  /**
   * The kind of a body the table does not know, named by tokens {@code from} to {@code to}: a group
   * of citizens when a word of its name says so ("Prabashi Adhikar Forum", which "the group" then
   * stands for), else other.
   */
  private SourceKind bodyKind(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (groupBodyWords.has(t.get(k))) {
        return SourceKind.RESEARCH_OR_NGO;
      }
    }
    return SourceKind.OTHER;
  }

  /**
   * The one country among {@code hints} that the sentence does not name: the country the story is
   * about, whose state's body a sentence about men sent "to Moscow" still names; or null.
   */
  private Origin unnamedHint(List<Token> t, List<Origin> hints) {
    Origin found = null;
    for (Origin o : hints) {
      if (o.isCountry() && !namedIn(t, o)) {
        if (found != null && !found.equals(o)) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /** Whether a place or demonym of {@code origin} is among the tokens. */
  private boolean namedIn(List<Token> t, Origin origin) {
    for (int k = 0; k < t.size(); k++) {
      PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, k);
      if (p != null && p.value.origin.equals(origin)) {
        return true;
      }
    }
    return false;
  }

  /** The most lower-case words between a country's possessive and its body's head ("internationally recognised"). */
  static final int OWNED_WORDS_MAX = 2;

  /**
   * The length of a country's possessive, at most {@value #OWNED_WORDS_MAX} lower-case words and a
   * body's head word at token {@code i} ("Yemen's internationally recognised government"), or of a
   * country's adjective and the head word ("Yemeni government"), or 0.
   */
  private int ownedBody(List<Token> t, int i) {
    if (ownedHeads.isEmpty() || !t.get(i).isCapitalized()) {
      return 0;
    }
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, i);
    int k = p == null ? -1 : i + p.length;
    if (p != null && p.value.demonym && p.value.origin.isCountry() && k < t.size() && ownedHeads.has(t.get(k))) {
      return headEnds(t, k + 1) ? k + 1 - i : 0; // "the Yemeni government said", not "a Yemeni government minister"
    }
    if (p == null || p.value.demonym || !p.value.origin.isCountry() || k + 2 >= t.size() || !t.get(k).is("'")
        || !t.get(k + 1).is("s")) {
      return 0;
    }
    for (int j = k + 2; j < t.size() && j <= k + 2 + OWNED_WORDS_MAX; j++) {
      Token x = t.get(j);
      if (ownedHeads.has(x)) {
        return headEnds(t, j + 1) ? j + 1 - i : 0;
      }
      if (!x.isWord() || x.isCapitalized()) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether a body's head word ends its noun phrase before token {@code k}: no lower-case noun
   * follows it ("government minister"), only a verb that reports, an auxiliary or no word.
   */
  private boolean headEnds(List<Token> t, int k) {
    return k >= t.size() || !t.get(k).isWord() || t.get(k).isCapitalized() || sayVerbs.has(t.get(k))
        || auxiliaries.has(t.get(k)) || k > 0 && seatedHeads.has(t.get(k - 1)) && t.get(k).is("in");
  }

  /**
   * The length of the seat after the body whose head ends before token {@code k} ("in Moscow", "in
   * St Petersburg"): "in" and up to {@value #CITY_MAX} capitalised words that name no country, or 0.
   */
  private int seat(List<Token> t, int k) {
    if (k < 1 || k + 1 >= t.size() || !seatedHeads.has(t.get(k - 1)) || !t.get(k).is("in")) {
      return 0;
    }
    int e = k + 1;
    while (e < t.size() && e <= k + CITY_MAX && t.get(e).isWord() && t.get(e).isCapitalized() && !the.has(t.get(e))) {
      e++;
    }
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, k + 1);
    boolean country = p != null && (p.value.demonym || Token.text(t, k + 1, k + 1 + p.length).equals(lex.countryName(p.value.origin)));
    return e > k + 1 && !country ? e - k : 0; // "in Moscow", not "in Russia"
  }

  /**
   * The side of the war (Russia or Ukraine) whose losses the sentence counts, named within
   * {@value #LOSS_SIDE_REACH} words before a loss word ("1,020 Russian losses", "Russia lost",
   * "Ukrainian forces had lost"); null when it names neither side so, or both.
   */
  private Origin sideOfLosses(List<Token> t) {
    Origin side = null;
    for (int k = 1; k < t.size(); k++) {
      if (!lossWords.has(t.get(k))) {
        continue;
      }
      for (int j = k - 1; j >= Math.max(0, k - LOSS_SIDE_REACH); j--) {
        PhraseIndex.Match<Lexicon.Place> p = t.get(j).isWord() ? lex.places.longest(t, j, k) : null;
        if (p != null && (p.value.origin.equals(RUSSIA) || p.value.origin.equals(UKRAINE))) {
          if (side != null && !side.equals(p.value.origin)) {
            return null; // "Russian and Ukrainian losses": both sides
          }
          side = p.value.origin;
          break;
        }
        if (t.get(j).isPunct() && !t.get(j).is("'")) {
          break;
        }
      }
    }
    return side;
  }

  /** How many words before a loss word the side whose losses it counts may stand ("Russian forces had lost"). */
  private static final int LOSS_SIDE_REACH = 3;

  /** How many of the sources named earlier may give a generic name its side of the war. */
  static final int SIDE_REACH = 3;

  /**
   * The body with the keyword of the side of the war (Russia or Ukraine) that the latest of the
   * last {@value #SIDE_REACH} sources named earlier belongs to, or null.
   */
  private Source ofLatestSide(String keyword, Iterable<Source> earlier, List<Token> t, int from, int length) {
    int n = 0;
    for (Source s : earlier) {
      if (n++ >= SIDE_REACH) {
        break;
      }
      String name = s.name().toLowerCase(Locale.ROOT);
      Origin side = namesPlace(name, UKRAINE) ? UKRAINE : namesPlace(name, RUSSIA) ? RUSSIA : null;
      if (side != null) {
        return ofCountry(keyword, side, t, from, length);
      }
    }
    return null;
  }

  /**
   * The body of {@code origin} whose name has the keyword and most of the generic name's other
   * words ("the foreign ministry" of Russia is the Russian Foreign Ministry, not the Russian
   * Foreign Intelligence Service), or null.
   */
  private Source ofCountry(String keyword, Origin origin, List<Token> t, int from, int length) {
    Source best = null;
    int bestWords = -1;
    int bodies = 0;
    for (Map.Entry<String, Source> e : lex.sourcesWithKeyword(keyword)) {
      if (!namesPlace(e.getKey(), origin)) {
        continue;
      }
      bodies++;
      int words = 0;
      for (int k = from; k < from + length; k++) {
        if (t.get(k).isWord() && t.get(k).text.length() > 3 && !t.get(k).key.equals(keyword)
            && e.getKey().contains(t.get(k).text.toLowerCase(Locale.ROOT))) {
          words++;
        }
      }
      if (words > bestWords) {
        best = e.getValue();
        bestWords = words;
      }
    }
    // "the ministry" of a country with several: none of them, unless other words pick one
    return bodies > 1 && bestWords == 0 ? null : best;
  }

  private boolean namesPlace(String name, Origin origin) {
    for (String w : lex.canonicalPlaceWords(origin)) {
      if (w.length() > 3 && name.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "of" and a capitalised word that is no place start at token {@code k}: the rest of a
   * body's own name after its head noun ("the Ministry of Sport"), not the country that owns it.
   */
  private boolean ownName(List<Token> t, int k) {
    return k + 1 < t.size() && ownerLinks.has(t.get(k)) && t.get(k + 1).isWord() && t.get(k + 1).isCapitalized()
        && lex.places.longest(t, k + 1) == null;
  }

  /** Whether a name starts at token {@code k}: a capital, a quotation mark, or "of" and a capital. */
  private boolean namedNext(List<Token> t, int k) {
    return k < t.size() && (t.get(k).isWord() && t.get(k).isCapitalized() || t.get(k).is("\"")
        || ownerLinks.has(t.get(k)) && k + 1 < t.size() && t.get(k + 1).isCapitalized());
  }

  /**
   * Whether the tokens name a group beside a noun of organisation ("The charity Sadaqa runs ..."),
   * which later short forms ("the charity's records") may stand for.
   */
  public boolean namesGroup(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      if (groups.afterNoun(t, i) != null || (t.get(i).isCapitalized() || t.get(i).is("\""))
          && groups.beforeApposition(t, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The span of a group's name at token {@code i} that a noun of organisation stands beside, the
   * noun ending the generic name {@code g} ("the group Nadezhda") or standing at {@code i}; null when none.
   */
  private TokenSpan groupName(List<Token> t, int i, PhraseIndex.Match<String> g) {
    TokenSpan named = groups.afterNoun(t, g != null ? i + g.length - 1 : i);
    return named == null && g == null ? groups.beforeApposition(t, i) : named;
  }

  /** The source named before whose name the {@code n} tokens from {@code i} repeat ({@link #groupAgain}). */
  private static Source groupNamed(List<Token> t, int i, int n, Iterable<Source> earlier) {
    String name = Token.text(t, i, i + n);
    for (Source s : earlier) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalStateException("no source named before as " + name);
  }

  /**
   * How many tokens from {@code i} on repeat the name of a group the table does not know that a
   * sentence before named ({@code earlier}: a name of two words or more, with no alias, found there
   * by its noun in apposition or its frame), word for word and capitalised, not followed by another
   * capitalised word; 0 when none.
   */
  private static int groupAgain(List<Token> t, int i, Iterable<Source> earlier) {
    if (!t.get(i).isWord() || !t.get(i).isCapitalized()) {
      return 0;
    }
    for (Source s : earlier) {
      if (!s.aliases().isEmpty() || s.name().indexOf(' ') < 0 || !s.name().startsWith(t.get(i).text)) {
        continue;
      }
      for (int e = i + 1; e <= t.size() && e - i <= GroupNames.NAME_MAX; e++) {
        if (Token.text(t, i, e).equals(s.name())) {
          return e < t.size() && t.get(e).isWord() && t.get(e).isCapitalized() ? 0 : e - i;
        }
      }
    }
    return 0;
  }

  /** Whether a name of the source table follows token {@code k} in quotation marks ("«Хочу жити»"). */
  private boolean namedAfter(List<Token> t, int k) {
    return k + 1 < t.size() && t.get(k).is("\"") && lex.sources.longest(t, k + 1) != null;
  }

  /**
   * Whether a country that {@code named}'s canonical name does not name follows it ("Минобороны
   * Эстонии", where the short name alone is Russia's): then the name is the generic one of that
   * country's body.
   */
  private boolean otherCountryAfter(List<Token> t, int end, Source named) {
    Origin after = ownerAfter(t, end);
    return after != null && !namesPlace(named.name().toLowerCase(Locale.ROOT), after);
  }

  /**
   * The country named right after a generic name ("il ministero dell'Interno siriano", "МЗС
   * Кенії", "the interior ministry of Uzbekistan"), or null.
   */
  private Origin ownerAfter(List<Token> t, int end) {
    int at = end + 1 < t.size() && ownerLinks.has(t.get(end)) ? end + 1 : end; // "the interior ministry of Uzbekistan"
    PhraseIndex.Match<Lexicon.Place> p = at < t.size() ? lex.places.longest(t, at) : null;
    return p != null && p.value.origin.isCountry() ? p.value.origin : null;
  }

  /**
   * The country of the place a generic name is said to sit in, right after it, when a say-verb
   * follows ("the defence ministry in Kyiv says", "the police in Moscow said"), or null ("the
   * government in Dushanbe has never published a figure" names no speaker); not for bodies that
   * sit abroad ("the embassy in Moscow" is another country's), which the caller leaves out.
   */
  private Origin seatAfter(List<Token> t, int end) {
    if (end + 1 >= t.size() || !seatLinks.has(t.get(end))) {
      return null;
    }
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, end + 1);
    return p != null && p.value.origin.isCountry() && speaksAfter(t, end + 1 + p.length) ? p.value.origin : null;
  }

  /** Whether "the country's" stands just before token {@code i}. */
  private boolean countryAnaphorBefore(List<Token> t, int i) {
    return i >= 4 && possessiveBefore(t, i) && countryNouns.has(t.get(i - 3)) && the.has(t.get(i - 4));
  }

  /** Whether a possessive "'s" stands just before token {@code i}. */
  private static boolean possessiveBefore(List<Token> t, int i) {
    return i >= 2 && t.get(i - 1).is("s") && (t.get(i - 2).is("'") || t.get(i - 2).is("\u2019"));
  }

  /**
   * The country of a capital that a generic name is, when the name has a formal body of a country
   * ("Kathmandu", "Colombo": the government); else null ("Kyiv", which stands for a body named
   * earlier).
   */
  private Origin capital(List<Token> t, int i, PhraseIndex.Match<String> g) {
    PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, i);
    if (p == null || p.length != g.length) {
      return null;
    }
    return lex.formalBodyName(g.value, p.value.origin) == null ? null : p.value.origin;
  }

  /** Whether a say-verb follows at {@code v}, with at most one auxiliary before it ("has confirmed"). */
  private boolean speaksAfter(List<Token> t, int v) {
    int k = v < t.size() && auxiliaries.has(t.get(v)) ? v + 1 : v;
    return k < t.size() && sayVerbs.has(t.get(k));
  }

  /**
   * The country the words just before a generic name give it ("Kazakhstan's foreign ministry",
   * "the Kazakh foreign ministry"), or null.
   */
  private Origin owner(List<Token> t, int i) {
    int end = i;
    if (possessiveBefore(t, end)) {
      end -= 2;
    }
    for (int j = Math.max(0, end - 4); j < end; j++) {
      PhraseIndex.Match<Lexicon.Place> p = lex.places.longest(t, j);
      if (p != null && j + p.length == end) {
        return p.value.origin;
      }
    }
    return null;
  }
}

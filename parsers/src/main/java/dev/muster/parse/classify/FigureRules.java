package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.Qualifier;
import dev.muster.parse.lexicon.Lexicon;
import dev.muster.parse.quantity.QuantityMention;
import dev.muster.parse.token.PhraseIndex;
import dev.muster.parse.token.Token;
import dev.muster.parse.token.Words;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Decides what one quantity counts and whose people they are: money is pay (unless the sentence
 * is about a state's budget); a count's head noun, the measure words of its clause, the figure
 * before it (for lists and breakdowns: "96 have come home and 12 have been killed", "South and
 * East Asia (771)") and the places around it give its measure and origins. A quantity that counts
 * things, or nothing the rules know, is no figure.
 *
 * <p>Immutable and thread-safe.
 */
final class FigureRules {

  /** Russia, the origin of Russia's own forces, made once. */
  static final Origin RUSSIA = Origin.of("RU");
  private static final Origin UKRAINE = Origin.of("UA");

  private final Lexicon lex;
  private final Words andWord;
  private final Words ofWord;
  /** "among": besides "of", a word that opens a sentence splitting a whole before a pronoun ("Among those arrested, ..."). */
  private final Words splitOpeners;
  private final Words withWord;
  /** "region", "republic": a word after a place's name that is part of it ("Sverdlovsk region"). */
  private final Words regionNouns;
  private final HeadNouns heads;
  private final Triggers triggers;
  private final Places places;
  private final Captors captors;
  private final Words ownForceNouns;
  private final Words stateMoney;
  private final Words payWords;
  /** "capital": a firm's own funds, when a word of {@link #firmFundsOwners} stands before it. */
  private final Words firmFunds;
  /** "declared", "registered", "charter": words that make the funds after them a firm's. */
  private final Words firmFundsOwners;
  private final Words otherMoney;
  private final Words nationalPay;
  /** "ТЦК", "ЗСУ": Ukraine's own draft offices and army; people they draft or sign up are Ukraine's. */
  private final Words ukraineDraftBodies;
  private final Words citizenNouns;
  /** "bodies": nouns of the dead's remains, whose people an "of" phrase after them names ("bodies of Russian troops"). */
  private final Words remainsNouns;
  /** "agents", "traffickers": go-betweens who send others to the war, whose country the story's people's is not. */
  private final Words goBetweenNouns;
  /** "arrested", "detained": besides {@link #chargeWords}, what is done to the go-betweens counted. */
  private final Words goBetweenArrests;
  /** "trafficking", "smuggling": crimes of sending others, after "with", "for" or "of" in a charge. */
  private final Words goBetweenCrimes;
  /** "with", "for": the words that link a charge to its crime ("charged with trafficking"). */
  private final Words chargeLinks;
  /** "connazionali", "Landsleute": people of the country named before them. */
  private final Words compatriots;
  private final Words possessives;
  /** "deported", "expelled": people sent out of the country, who are foreigners there. */
  private final Words deportedWords;
  /** "our": the people of whoever speaks ("33 of our citizens"). */
  private final Words firstPersonPossessives;
  private final Words others;
  private final Words listJoins;
  private final Words partJoins;
  private final Words partitivePronouns;
  /** "were", "had": finite auxiliaries, which give a part appended to its whole a verb of its own. */
  private final Words finiteAux;
  private final Words clauseBreaks;
  private final Plans plans;
  /** "were", "are": the verbs after a part's "of them" that say who the people were. */
  private final Words identityVerbs;
  private final Words comparatives;
  private final Words countNouns;
  /** People nouns whose origin may follow them as a bare place name ("громадян Китаю"). */
  private final Words placeAfterNoun;
  /** "МИД", "polizia": bodies a country in the genitive after them owns ("МИД Индии"). */
  private final Words countryBodies;
  /** "foreign": after a people noun that takes its origin after it, foreign people ("combattenti stranieri"). */
  private final Words foreignWords;
  private final Words naturalisedWords;
  private final Words decreeWords;
  private final Words decreeSets;
  private final Words draftWords;
  private final Words contractWords;
  /** "кожен із них отримує ...": the word for "each" before "of them", whose pay is the people's before. */
  private final Words each;
  /** The measures whose own-force figures are Russia's by default in the language ("recruited" in Russian). */
  private final Words homeMeasures;
  /**
   * The people a payment is made to ("recruits", "families"), in a language whose payments take
   * the story's country only from a sentence that names them; empty where any payment may take it.
   */
  private final Words payees;
  /** "pay", "offered": a clause with one of these before an amount names its own payer. */
  private final Words payVerbs;
  /** "inmates", "convicts": prisoners recruited from colonies, Russia's own unless a private army took them. */
  private final Words convictNouns;
  /** "war": after a convict noun and "of", captives, not convicts ("prisoners of war"). */
  private final Words convictNotOf;
  /** "residents": people of a place, whose capitalised word before them ("Omsk residents") is never a private army. */
  private final Words residentNouns;
  /** Russia's own regions and cities ("Tver", "Omsk"), whose residents are Russia's people. */
  private final Words russianRegions;
  /** Ukraine's own regions and cities ("Kharkiv", "Lviv"), whose residents are Ukraine's. */
  private final Words ukrainianRegions;
  /** "the": an article between "of" and a region's name. */
  private final Words articles;
  /** ":", "–", "—", "-": the mark between a list line's label and its value ("Nepal: 14", "Cuba – 9"). */
  private final Words labelSeparators;
  /** "of", "the": lower-case words inside a place label ("Republic of Cuba – 9"). */
  private final Words labelJoiners;
  /** "Wagner": a private army, whose fighters' nationality the text does not give. */
  private final Words privateArmies;
  /**
   * "ministry", "Storm": the state's own recruiters of convicts, whose naming beside a private army
   * ("first by Wagner and then by the Defence Ministry") makes the convicts Russia's recruits.
   */
  private final Words stateRecruiters;
  /** "entered": with Russians and another country after it, people who left Russia. */
  private final Words entryVerbs;
  /** "crossed", "arriving": verbs of people who reached a border or another country. */
  private final Words crossingVerbs;
  /** "the country": the country of the state that counted the people entering it. */
  private final Words countryNouns;
  private final Words theWord;
  /** "stopped": verbs of guards or police stopping people. */
  private final Words stopVerbs;
  /** "took", "taken": verbs of taking whose complement after the people may make them prisoners. */
  private final Words takeVerbs;
  /** "prisoner", "captive": the complement after the people of a verb of taking ("took 260 soldiers prisoner"). */
  private final Words prisonerComplements;
  /** "trying", "attempting": words of people caught in an attempt. */
  private final Words attemptWords;
  /** "border", "frontier": where guards stop people on their way out. */
  private final Words stopPlaces;
  /** "at", "near", "the": the words of a phrase of place before its border ("at or near the border"). */
  private final Words stopPlaceWords;
  /** "to", "into": prepositions before the army a figure's people were sent to. */
  private final Words inductionPrepositions;
  /** "troops", "army", "units": the army as a whole, where the drafted are sent. */
  private final Words inductionPlaces;
  /** "troops number about 50,000", "crews, numbering several hundred": the verb that counts people before it. */
  private final Words numberVerbs;
  /** Words between a count verb and its number: "numbered in the thousands". */
  private final Words numberVerbFillers;
  /** "another", "further", "additional": the words before a number added to a count. */
  private final Words increments;
  /** "more": the word after a number added to a count ("some 45,000 more"). */
  private final Words incrementsAfter;
  /** "than", "as": after "more", a comparison, not a number added ("two more than last year"). */
  private final Words comparisonWords;
  /** "USD", "RUB": currencies an amount in which says nothing of whose pay it is. */
  private final Words unsaidCurrencies;
  /**
   * Currencies a plain name never means, as they are not quoted abroad ("kpw": plain "won" in a story
   * about North Korea is still the South's); written out ("North Korean won") they are read.
   */
  private final Words unquotedCurrencies;
  /** "convicted", "charges", "proceedings": words of a criminal case, whose people are counted as other. */
  private final Words chargeWords;
  /** "for", "of", "with": the words between such a word and the offence it names ("convicted of fighting"). */
  private final Words offencePrepositions;
  private final Yardsticks yardsticks;
  private final ReportingCounts reportingCounts;
  private final CivilianPay civilianPay;
  private final Coffins coffins;
  private final Refuge refuge;
  private final SentToEnlist sentToEnlist;
  private final AmongTheWhole amongTheWhole;
  private final SignedContracts signedContracts;
  private final ReceivedCitizenship receivedCitizenship;

  FigureRules(Lexicon lex, HeadNouns heads, Triggers triggers, Places places) {
    this.lex = lex;
    this.andWord = lex.optionalWords("classify.and");
    this.ofWord = lex.optionalWords("classify.of");
    this.splitOpeners = lex.optionalWords("classify.split-openers");
    this.withWord = lex.optionalWords("classify.with");
    this.regionNouns = lex.optionalWords("classify.population-places");
    this.heads = heads;
    this.triggers = triggers;
    this.places = places;
    this.ownForceNouns = lex.optionalWords("classify.own-force-nouns");
    this.stateMoney = lex.optionalWords("classify.state-money");
    this.payWords = lex.optionalWords("classify.pay-words");
    this.firmFunds = lex.optionalWords("classify.firm-funds");
    this.firmFundsOwners = lex.optionalWords("classify.firm-funds-owners");
    this.captors = new Captors(lex);
    this.otherMoney = lex.optionalWords("classify.other-money");
    this.nationalPay = lex.optionalWords("classify.national-pay");
    this.ukraineDraftBodies = lex.optionalWords("classify.ukraine-draft-bodies");
    this.citizenNouns = lex.optionalWords("classify.citizen-nouns");
    this.remainsNouns = lex.optionalWords("classify.remains-nouns");
    this.goBetweenNouns = lex.optionalWords("classify.go-between-nouns");
    this.goBetweenArrests = lex.optionalWords("classify.go-between-arrests");
    this.goBetweenCrimes = lex.optionalWords("classify.go-between-crimes");
    this.chargeLinks = lex.optionalWords("classify.charge-links");
    this.compatriots = lex.optionalWords("classify.compatriot-nouns");
    this.possessives = lex.optionalWords("classify.possessives");
    this.deportedWords = lex.optionalWords("classify.deported-words");
    this.firstPersonPossessives = lex.optionalWords("classify.first-person-possessives");
    this.others = lex.optionalWords("classify.others");
    this.listJoins = lex.optionalWords("classify.list-joins");
    this.partJoins = lex.optionalWords("classify.part-joins");
    this.partitivePronouns = lex.optionalWords("classify.partitive-pronouns");
    this.identityVerbs = lex.optionalWords("classify.identity-verbs");
    this.finiteAux = lex.optionalWords("classify.finite-aux");
    this.clauseBreaks = lex.optionalWords("classify.clause-breaks");
    this.plans = new Plans(lex);
    this.comparatives = lex.optionalWords("classify.comparatives");
    this.countNouns = lex.optionalWords("classify.count-nouns");
    this.placeAfterNoun = lex.optionalWords("classify.place-after-noun");
    this.countryBodies = lex.optionalWords("classify.country-bodies");
    this.foreignWords = lex.optionalWords("classify.foreign-words");
    this.naturalisedWords = lex.optionalWords("classify.naturalised");
    this.decreeWords = lex.optionalWords("classify.decree-words");
    this.decreeSets = lex.optionalWords("classify.decree-sets");
    this.draftWords = lex.optionalWords("classify.draft-words");
    this.contractWords = lex.optionalWords("classify.contract-words");
    this.each = lex.optionalWords("classify.each");
    this.homeMeasures = lex.optionalWords("classify.own-force-measures");
    this.payees = lex.optionalWords("classify.payees");
    this.payVerbs = lex.optionalWords("classify.pay-verbs");
    this.convictNouns = lex.optionalWords("classify.convict-nouns");
    this.convictNotOf = lex.optionalWords("classify.convict-not-of");
    this.residentNouns = lex.optionalWords("classify.resident-nouns");
    this.russianRegions = lex.optionalWords("document.russian-regions");
    this.ukrainianRegions = lex.optionalWords("classify.ukrainian-regions");
    this.articles = lex.optionalWords("classify.region-articles");
    this.labelSeparators = lex.optionalWords("classify.label-separators");
    this.labelJoiners = lex.optionalWords("classify.label-joiners");
    this.privateArmies = lex.optionalWords("classify.private-armies");
    this.stateRecruiters = lex.optionalWords("classify.state-recruiters");
    this.entryVerbs = lex.optionalWords("classify.entry-verbs");
    this.crossingVerbs = lex.optionalWords("classify.crossing-verbs");
    this.countryNouns = lex.optionalWords("classify.country-nouns");
    this.theWord = lex.optionalWords("classify.the");
    this.inductionPrepositions = lex.optionalWords("classify.induction-prepositions");
    this.stopVerbs = lex.optionalWords("classify.stop-verbs");
    this.takeVerbs = lex.optionalWords("classify.take-verbs");
    this.prisonerComplements = lex.optionalWords("classify.prisoner-complements");
    this.attemptWords = lex.optionalWords("classify.attempt-words");
    this.stopPlaces = lex.optionalWords("classify.stop-places");
    this.stopPlaceWords = lex.optionalWords("classify.stop-place-words");
    this.inductionPlaces = lex.optionalWords("classify.induction-places");
    this.numberVerbs = lex.optionalWords("classify.number-verbs");
    this.numberVerbFillers = lex.optionalWords("classify.number-verb-fillers");
    this.increments = lex.optionalWords("classify.increments");
    this.incrementsAfter = lex.optionalWords("classify.increments-after");
    this.comparisonWords = lex.optionalWords("classify.comparisons");
    this.unsaidCurrencies = lex.optionalWords("classify.unsaid-currencies");
    this.unquotedCurrencies = lex.optionalWords("classify.unquoted-currencies");
    this.chargeWords = lex.optionalWords("classify.charge-words");
    this.offencePrepositions = lex.optionalWords("classify.offence-prepositions");
    this.coffins = new Coffins(lex);
    this.refuge = new Refuge(lex);
    this.sentToEnlist = new SentToEnlist(lex);
    this.amongTheWhole = new AmongTheWhole(lex);
    this.signedContracts = new SignedContracts(lex);
    this.receivedCitizenship = new ReceivedCitizenship(lex);
    this.yardsticks = new Yardsticks(lex);
    this.reportingCounts = new ReportingCounts(lex);
    this.civilianPay = new CivilianPay(lex);
  }

  /**
   * Reads the quantity {@code q} of a sentence, whose clause runs from token {@code lo} to
   * {@code hi}; null when it is no figure.
   *
   * @param inName whether a token is part of a source's name
   * @param previous the figure before it in the sentence or, for the first, in the paragraph; or null
   * @param previousIsOutside whether {@code previous} is in an earlier sentence
   * @param hints the countries the story is about, for whose "rupees" an amount is
   * @param storyCountries the countries the story names often, the most often first, with how often
   */
  Reading read(List<Token> t, QuantityMention q, int lo, int hi, IntPredicate inName, Figure previous,
      int index, boolean previousIsOutside, List<Origin> hints, List<Map.Entry<Origin, Integer>> storyCountries) {
    if (q.isMoney()) {
      if (notAboutManpower(t) || firmFunds(t, q) || otherMoneyBefore(t, q) || yardsticks.averageWage(t, q.first())
          || yardsticks.averageWageSentence(t) || civilianPay.of(t, q.first(), q.end())
          || yardsticks.exchangeRate(t, q)) {
        return null;
      }
      QuantityMention money = q;
      boolean guessed = false; // "rupees" of no country the sentence or the story names
      Optional<Origin> country = Optional.empty(); // whose "CFA francs" they are
      String shared = q.unit().getCurrencyCode();
      if (sharedName(t, q) && !t.get(q.first()).is("₹") && bareCurrencyName(t, q)) {
        country = rupeeOf(q.unit(), t, hints).or(() -> mostNamedRupee(q.unit(), storyCountries));
        money = q.withUnit(country.flatMap(o -> rupeeOf(q.unit(), o))
            .filter(c -> !unquotedCurrencies.contains(c.getCurrencyCode().toLowerCase(java.util.Locale.ROOT)))
            .orElse(q.unit()));
        guessed = country.isEmpty() && GUESSED_WHEN_UNSAID.contains(shared);
      }
      TreeSet<Origin> paid = places.peopleInClause(t, money, lo, hi, inName);
      // "кожен із них отримує мільйон гривень": the people counted before, whatever the text says of them
      boolean counted = paid.isEmpty() && previous != null && eachOfThem(t, lo, q.first());
      if (counted) {
        paid.addAll(previous.origins());
      } else if (paid.isEmpty() && previous != null && !previousIsOutside && previous.measure() == Measure.PAYMENT
          && previous.originExplicit() && !previous.origins().isEmpty() && !anyIn(t, payVerbs, lo, q.first())) {
        // "promised Cubans $2,000 a month and a bonus of 195,000 roubles": one package, the same
        // payees, unless the amount's own clause pays it ("..., and regions pay 200,000 roubles")
        paid.addAll(previous.origins());
      }
      // "Anwerber versprechen ein Handgeld von 2.000 US-Dollar": the sentence names nobody paid, so
      // the money takes no country from the story
      boolean unnamed = !payees.isEmpty() && paid.isEmpty() && !anyIn(t, payees, 0, t.size())
          && places.peopleInClause(t, money, 0, t.size(), inName).isEmpty()
          // "Russian intermediaries paid the firm $1,200 for every man": a go-between's outlay
          || paid.isEmpty() && places.paidByGoBetween(t, money, lo, inName);
      boolean explicit = !paid.isEmpty() || counted;
      if (paid.isEmpty() && !guessed) {
        // "a one-off payment of 1 million hryvnias": Ukraine's pay; "CFA francs" in a story about Cameroon
        QuantityMention paidIn = money;
        country.or(() -> issuer(paidIn)).ifPresent(paid::add);
      }
      return new Reading(money, Measure.PAYMENT, Figure.originsOf(paid), explicit, money.end(), unnamed, false);
    }
    if (yardsticks.population(t, q.first()) || yardsticks.inhabitants(t, q.first(), q.end())
        || yardsticks.populous(t, q) || yardsticks.yearlyFlow(t, q) || reportingCounts.of(t, q.first(), q.end())) {
      return null;
    }
    boolean listed = previous != null && !previousIsOutside;
    NounPhrase np = heads.read(t, q, hi, previous != null, listed, index);
    Lexicon.Noun head = np.head();
    int headAt = np.headAt();
    int k = np.end();
    if (head != null && HeadNouns.isThing(head)) {
      return null;
    }
    boolean foreign = np.foreign() || head != null && head.nounClass == Lexicon.NounClass.FOREIGN;
    // origin from the noun phrase and what follows: "recruits from former Soviet republics"
    int after = headAt >= 0 ? Math.max(k, headAt + 1) : q.end();
    TreeSet<Origin> from = places.fromPlace(t, after, hi);
    if (from.isEmpty() && headAt >= 0 && after < hi && ofWord.has(t.get(after)) && citizenNouns.has(t.get(headAt))) {
      places.readPlaces(t, after + 1, hi, from); // "citizens of Egypt"
    }
    if (from.isEmpty() && headAt >= 0 && after < hi && ofWord.has(t.get(after))) {
      places.forceCountry(t, after + 1, hi, from); // "14 servicemen of the Armed Forces of Ukraine surrendered"
    }
    if (from.isEmpty() && headAt >= 0 && after < hi && ofWord.has(t.get(after)) && remainsNouns.has(t.get(headAt))) {
      // "Kyiv transferred 31 bodies of Russian troops": whose dead they are, not who hands them over
      places.readPlaces(t, after + 1, hi, from);
    }
    if (from.isEmpty() && headAt >= 0 && citizenNouns.has(t.get(headAt))) {
      Origin home = regionCountry(t, headAt, after, hi); // "residents of the Tver region", "Kharkiv residents"
      if (home != null) {
        from.add(home);
      }
    }
    if (from.isEmpty() && headAt >= 0) {
      from.addAll(places.countedCountries(t, after, hi)); // "citizens of 32 countries": foreign
    }
    if (from.isEmpty() && headAt >= 0 && after < hi && placeAfterNoun.has(t.get(headAt))) {
      // "громадян Китаю", "солдатів КНДР": a place in the genitive; "migranti dell'Asia centrale"
      int at = after + 1 < hi && ofWord.has(t.get(after)) ? after + 1 : after;
      places.readPlaces(t, at, hi, from);
      if (from.isEmpty()) {
        from.addAll(places.countedCountriesAt(t, at, hi)); // "громадян 36 країн Африки"
      }
      foreign |= from.isEmpty() && foreignWords.has(t.get(after)); // "combattenti stranieri"
    }
    if (from.isEmpty() && headAt >= 1 && possessives.has(t.get(headAt - 1))) {
      from.addAll(places.possessorCountry(t, q.first())); // "the Sri Lankan government believes 400 of its citizens"
    }
    if (from.isEmpty() && headAt >= 1 && firstPersonPossessives.has(t.get(headAt - 1))
        && (citizenNouns.has(t.get(headAt)) || compatriots.has(t.get(headAt)))) {
      from.addAll(places.speakerCountry(t, q.first())); // "\"33 of our citizens have died,\" said Nepal's ministry"
    }
    if (from.isEmpty() && headAt == q.end() && citizenNouns.has(t.get(headAt))) {
      from.addAll(places.possessiveCountry(t, q.first())); // "Kyrgyzstan's police arrested 12 citizens"
      if (from.isEmpty()) {
        from.addAll(places.bodyCountry(t, q.first(), countryBodies)); // "МЗС Індії визнає 127 громадян"
      }
    }
    if (from.isEmpty() && headAt == q.end() && compatriots.has(t.get(headAt))) {
      from.addAll(places.possessorCountry(t, q.first())); // "Nuova Delhi ha confermato la morte di 12 connazionali"
    }
    boolean elliptic = false;
    if (q.first() > 0 && t.get(q.first() - 1).is("(")) {
      TreeSet<Origin> bracketOrigin = places.placeBefore(t, q.first() - 1);
      if (!bracketOrigin.isEmpty()) {
        from.addAll(bracketOrigin);
        elliptic = listed;
      }
    }
    if (head == null && from.isEmpty() && placeLabel(t, q)) {
      from.addAll(places.labelPlaces(t, q.first() - 1)); // "- Nepal: 1,560", "Other countries: 112"
    }
    if (head != null && headAt >= 0 && others.has(t.get(headAt)) && previous != null || np.partitive()
        || np.distributive() && listed) {
      elliptic = true;
    }
    // "Latin America with 147", "former Soviet republics with 486"
    if (head == null && q.first() > 0 && withWord.has(t.get(q.first() - 1)) && from.isEmpty()) {
      from.addAll(places.placeBefore(t, q.first() - 1));
    }
    Measure measure = null;
    if (head == null) {
      // a bare number: "72 from Africa", "South and East Asia (771)", "and 2,700 injured"
      Measure adjacent = triggers.adjacent(t, q.end(), hi);
      Measure copula;
      Lexicon.Noun apposition;
      int counted;
      TreeSet<Origin> nop = numberOfPeople(t, q, lo);
      boolean breakdown = !from.isEmpty();
      if (nop != null) {
        from.addAll(nop);
      }
      boolean cue = listed && q.first() > 0 && ellipsisCue(t, q.first());
      if (!from.isEmpty()) {
        elliptic = previous != null && (!previousIsOutside || breakdown && !previous.origins().isEmpty()
            && previous.measure() != Measure.PAYMENT);
        if (!elliptic && adjacent == null && triggers.nearest(t, q, lo, hi, false) == null) {
          return null;
        }
      } else if (adjacent != null) {
        measure = adjacent;
        // "96 have come home and 12 have been killed": the list shares its people, as does a part
        // of the figure before with a verb of its own ("..., of whom about 3,000 were killed")
        elliptic = cue || partOfPrevious(t, q, previous, previousIsOutside);
      } else if (cue || listed && q.first() > 0 && partJoins.has(t.get(q.first() - 1))) {
        elliptic = true; // "600 have been recruited, including 40 who were later killed"
      } else if ((copula = triggers.copulaAfterMeasureNoun(t, q, lo)) != null) {
        measure = copula;
      } else if (triggers.isCopula(t, triggers.copulaBefore(t, q.first())) && setByDecree(t)) {
        measure = Measure.FORCE_TARGET; // "a decree setting the armed forces' personnel at 2,389,130"
      } else if (plans.sizeToBe(t, q.first(), lo) || plans.resized(t, q.first(), lo) || plans.resizedBy(t, q.first(), lo)
          || plans.aimedBare(t, q.first(), lo) && (q.magnitude() || q.value().compareTo(BigDecimal.TEN) >= 0)) {
        // "the armed forces should number 2,389,130", "build the contingent up to 30,000", "had hoped for several thousand"
        measure = Measure.FORCE_TARGET;
      } else if ((counted = countedBefore(t, q, lo)) >= 0) {
        // "troops in Kursk number about 50,000", "the wounded numbered in the thousands"
        PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, counted, q.first());
        if (nm != null && !HeadNouns.isThing(nm.value)) {
          head = nm.value;
        } else {
          measure = lex.triggers.longest(t, counted, q.first()).value;
        }
      } else if (incrementBefore(t, q.first()) && (copula = triggers.nearest(t, q, lo, hi, false)) != null
          && copula != Measure.PAYMENT) {
        measure = copula; // "a further 170,000, bringing the total to 1,320,000 servicemen"
      } else if ((triggers.refersToFigure(t, q) || triggers.pronounBeforeCopula(t, q)) && previous != null) {
        elliptic = true; // "put the figure at between 14,000 and 15,000", "and they averaged 1,420 a day"
      } else if ((apposition = appositionHead(t, q)) != null) {
        head = apposition;
      } else if ((copula = partitiveMeasure(t, q)) != null) {
        measure = copula; // "Of the confirmed dead, more than 20,000 were volunteers"
      } else if (partOfPrevious(t, q, previous, previousIsOutside)) {
        // "10,000 soldiers were in Russia, of whom around 8,000 had moved to Kursk"; "... 6,000
        // engineers. Of those, 1,000 are deminers"
        elliptic = true;
      } else if ((copula = triggers.governingVerb(t, q, lo)) != null) {
        measure = copula; // "killed 40 and wounded 120": the verb before the number counts it
      } else if ((copula = triggers.labelOfValue(t, q, lo)) != null) {
        measure = copula; // "Russian personnel losses to date: 338,270": the line's label says what it counts
      } else if (previous != null && !q.words() && (incrementBefore(t, q.first()) || incrementAfter(t, q.end()))) {
        // "the office has registered some 45,000 more", "this year they signed another 1,200"; not
        // "opened another one" (a thing the noun after it names)
        elliptic = true;
      } else if (nop == null) {
        return null;
      } // else "the number of Sri Lankans who went ranges from ..."
    }
    Measure m = measure(t, q, lo, hi, head, headAt, k, elliptic, previous, listed, measure, np.partitive());
    if (m == null || m == Measure.PAYMENT) {
      return null;
    }
    Measure narrowed = m == Measure.CASUALTIES ? triggers.narrowedLoss(t, q.first(), headAt >= 0 ? k : q.end(), lo, hi)
        : null;
    if (narrowed != null) {
      m = narrowed; // "has lost 90,000 men killed": the participle after the people says which losses
    }
    Measure labelled = m == Measure.SERVING && head != null && head.measure == Measure.SERVING
        ? triggers.labelOfSoldiers(t, q, lo, k) : null;
    if (labelled != null) {
      m = labelled; // "Russian losses as of 3 May: about 980,000 personnel": the label says what befell them
    }
    if (previous != null && !previousIsOutside && previous.measure() != Measure.PAYMENT
        && previous.measure() != Measure.OTHER && appendedPart(t, q, hi, previous.measure(), m)) {
      // "detained 42 people ..., three of them Russian citizens": who the part are, not what befell them
      m = previous.measure();
    }
    Measure whole = partitiveMeasure(t, q);
    if (whole != null) {
      m = whole; // "Of the confirmed dead, 20,000 were volunteers and 13,000 mobilised men"
    }
    if ((m == Measure.RECRUITED || m == Measure.SERVING || m == Measure.OTHER) && (plans.sizeOfPlan(t, q.first(), lo)
        || plans.planOf(t, q.first(), lo) || plans.resized(t, q.first(), lo) || plans.sizeToBe(t, q.first(), lo)
        || plans.resizedBy(t, q.first(), lo))) {
      // "the plan for this year is 3,000 volunteers": what was planned, not who came; "raised the
      // number of servicemen by 180,000": the change a force was given
      m = Measure.FORCE_TARGET;
    }
    // "intends to station 20,000 more troops", "was asked to find 900 recruits" (not "plans to send
    // 3,000 engineers to the border": soldiers moved, not a force grown)
    if ((m == Measure.RECRUITED || m == Measure.SERVING && plans.grows(t, q.end(), headAt))
        && plans.aimedSize(t, q.first(), lo)) {
      m = Measure.FORCE_TARGET;
    }
    if ((m == Measure.SERVING || m == Measure.OTHER) && setByDecree(t)) {
      m = Measure.FORCE_TARGET; // "a decree setting the armed forces' personnel at 2,389,130"
    }
    // "... entered Mongolia after the call-up": the draft is why they left
    if ((m == Measure.OTHER || m == Measure.CONSCRIPTED) && np.origins().equals(Figure.originsOf(Set.of(RUSSIA)))
        && entersAbroad(t, headAt >= 0 ? k : q.end(), hi)) {
      m = Measure.FLED; // "about 98,000 Russians entered Kazakhstan", "had entered the country"
    }
    if (m == Measure.OTHER && np.origins().equals(Figure.originsOf(Set.of(RUSSIA)))
        && crossesOut(t, headAt >= 0 ? k : q.end(), hi)) {
      m = Measure.FLED; // "4,870 Russian citizens crossed at Verkhny Lars"
    }
    // "had sent 8,700 conscripts to the troops", "the autumn call-up sent 90,000 men to units" (not
    // "conscripts sent to the border", who serve there)
    if (m == Measure.SERVING && (head != null && head.measure == Measure.CONSCRIPTED
        && inducted(t, headAt >= 0 ? k : q.end(), hi) || draftOpens(t, q.first()))) {
      m = Measure.CONSCRIPTED;
    }
    // "650,000 men registered for temporary protection", "went home to avoid a summons": they left;
    // not when a verb of the clause says what became of them ("who had gone abroad returned")
    int np0 = headAt >= 0 ? k : q.end();
    boolean otherSaid = otherSaid(t, np0, hi);
    // "1,090 foreigners among the 111,387 Russian military dead"; not "women among the prisoners were freed"
    // "among" is read first: a cheap test on one token before the scan of the rest of the sentence
    Measure among = m == Measure.OTHER && headAt >= 0 ? amongTheWhole.after(t, k) : null;
    if (among != null && !otherSaid(t, np0, t.size())) {
      m = among;
    }
    if (m == Measure.OTHER && refuge.avoided(t, q.end())
        || (m == Measure.OTHER && !otherSaid || m == Measure.CONSCRIPTED && head != null && head.measure == Measure.CONSCRIPTED)
        && refuge.sought(t, q.first(), np0, hi, headAt)) {
      m = Measure.FLED; // "conscripts given refugee status": the head names who they were, not what befell them
    }
    if ((m == Measure.OTHER || m == Measure.CONSCRIPTED) && refuge.helpedToAvoid(t, q.first(), np0)) {
      m = Measure.FLED; // "schemes that helped almost 3,000 men evade service"
    }
    Measure harmed = m == Measure.OTHER && otherSaid ? returnedHarmed(t, np0, hi) : null;
    if (harmed != null) {
      m = harmed; // "more than 700 residents have come home wounded"
    }
    if (m == Measure.SERVING && ((head == null || head.measure == null) && sentToEnlist.sent(t, q.first(), np0, hi)
        || sentToEnlist.sentFormer(t, q.first(), np0, hi))) {
      m = Measure.RECRUITED; // "the network sent at least 35 young men to Russia", "14 former soldiers to join"
    }
    if (m == Measure.OTHER && !otherSaid && signedContracts.after(t, np0, hi)) {
      m = Measure.RECRUITED; // "3,870 men aged 18 to 24 have signed the one-year contracts"
    }
    // "3,270 people received a Russian passport", "at least 140 Arab recruits had received one": a
    // head that names who they were (recruits, fighters) gives way to what they were given
    if ((m == Measure.OTHER && !otherSaid || (m == Measure.RECRUITED || m == Measure.SERVING) && head != null
        && head.measure == m) && receivedCitizenship.after(t, q.first(), np0, hi)) {
      m = Measure.CITIZENSHIP_GRANTED;
    }
    if ((m == Measure.OTHER && !otherSaid || m == Measure.CONSCRIPTED) && refuge.driven(t, q.first(), np0, hi, headAt,
        m == Measure.OTHER)) {
      m = Measure.FLED; // "mobilisation drove several hundred thousand men abroad"
    }
    if (m != Measure.CAPTURED && takenPrisoner(t, q.first(), headAt >= 0 ? k : q.end(), hi)) {
      m = Measure.CAPTURED; // "took 260 Russian soldiers prisoner": what the verb made of the people it names
    }
    if ((m == Measure.OTHER || m == Measure.FLED) && stoppedTrying(t, q.first(), headAt >= 0 ? k : q.end(), hi)) {
      m = Measure.DETAINED; // "guards stopped 640 men trying to cross": held on the way out, not gone
    }
    if (m == Measure.RECRUITED && draftByDecree(t)) {
      m = Measure.CONSCRIPTED; // "signed the decree for the spring call-up, ordering 150,000 men into service"
    }
    if (m == Measure.DETAINED && draftedNext(t, headAt >= 0 ? k : q.end(), hi)) {
      m = Measure.CONSCRIPTED; // "had been caught and handed draft notices": what was done to them last
    }
    if ((m == Measure.SERVING || m == Measure.RECRUITED || m == Measure.FLED || m == Measure.CONSCRIPTED)
        && chargedFor(t, q, lo, hi, m)) {
      m = Measure.OTHER; // "convicted of fighting for Russia", "prosecuted for evading mobilisation": cases
    }
    if (m == Measure.OTHER && yardsticks.placeHas(t, q.first())) {
      return null; // "The Philippines has 2.2 million workers overseas": the place's people, no figure
    }
    // origin
    // "73 naturalised Russian citizens from Central Asia": the place they come from, not their passport's
    boolean passportOnly = !from.isEmpty() && headAt > q.end() && naturalisedBefore(t, q.end(), headAt);
    TreeSet<Origin> origins = new TreeSet<>(passportOnly ? from : np.origins());
    if (origins.isEmpty()) {
      origins.addAll(from);
    }
    if (origins.isEmpty() && !elliptic && goBetweens(t, q, lo, hi, headAt, k)) {
      // "the court sentenced six recruitment agents", "prosecutors charged 26 people with human
      // trafficking": the go-betweens, whom neither the arresting country nor the story's people name
      return new Reading(q, m, Figure.originsOf(origins), false, headAt >= 0 ? k : q.end(), true, false);
    }
    boolean inherited = false;
    if (origins.isEmpty() && listed && q.first() > 0 && partJoins.has(t.get(q.first() - 1))
        && previous.originExplicit() && isOutcome(previous.measure())) {
      origins.addAll(previous.origins()); // "1,000 Russian soldiers killed, including 200 convicts"
    }
    if (origins.isEmpty() && listed && lossSibling(t, q, lo, m, head, previous)) {
      origins.addAll(previous.origins()); // "Ukraine's dead at 70,000 and 400,000 wounded": the same side's losses
    }
    boolean naturalised = places.citizenshipOfRussia(t, after, hi);
    if (origins.isEmpty() && (naturalised || (elliptic || head == null) && m != Measure.CITIZENSHIP_GRANTED
        && places.holdsRussianCitizenship(t, after, hi))) {
      // "41 of them turned out to hold Russian passports", "of those held, 87 men who had received
      // Russian passports": a part of a group, naturalised, whose country the text says is none to
      // give, whatever the group's
      return new Reading(q, m, Figure.originsOf(origins), true, k, true, false);
    }
    // "Wagner took 50,000, ... 32,000 of them came home": a private army's people take no country
    if (origins.isEmpty() && elliptic && !naturalised && previous != null && !(anyIn(t, privateArmies, 0, t.size())
        && previous.origins().contains(RUSSIA))) {
      origins.addAll(previous.origins());
      inherited = !previous.originExplicit();
    }
    if (origins.isEmpty() && headAt > q.end() && naturalisedBefore(t, q.end(), headAt)) {
      // "30,000 naturalised migrants", "3,000 naturalised citizens": no country named, none given
      return new Reading(q, m, Figure.originsOf(origins), false, k, true,
          headAt >= 0 && ownForceNouns.has(t.get(headAt)));
    }
    if (origins.isEmpty() && foreign && !naturalised) {
      origins.addAll(places.placeAnaphor(t, q));
      if (origins.isEmpty()) {
        origins.add(Origin.FOREIGN);
      }
    }
    if (origins.isEmpty() && !naturalised && anyIn(t, deportedWords, k, Math.min(hi, k + DEPORTED_REACH))) {
      origins.add(Origin.FOREIGN); // "Nineteen people are to be deported": only foreigners are
    }
    if (origins.isEmpty() && m == Measure.CAPTURED) {
      // "8,000 of our people held in Russia", "Russia still holds thousands of our people"
      captors.prisonersOf(t, q.end()).or(() -> captors.heldBy(t, q.first())).ifPresent(origins::add);
    }
    if (origins.isEmpty() && m == Measure.KILLED) {
      captors.prisonersOf(t, q.end()).ifPresent(origins::add); // "206 have died in Russian captivity"
    }
    if (origins.isEmpty() && m != Measure.DETAINED) {
      origins.addAll(places.clauseOrigin(t, q, inName)); // the arresting side is not the arrested
    }
    if (origins.isEmpty() && head == null && foreignMeasureBefore(t, q, lo)) {
      origins.add(Origin.FOREIGN); // "total foreign recruitment exceeds 15,000"
    }
    // "new recruits": a noun of several words counts by its last
    boolean ownForceNoun = head == null || headAt >= 0 && (ownForceNouns.has(t.get(headAt))
        || k - 1 > headAt && ownForceNouns.has(t.get(k - 1)));
    if (origins.isEmpty() && m != Measure.DETAINED) {
      origins.addAll(places.scene(t)); // "In Nepal, police hold 60 agents": the arresting country's, not theirs
    }
    if (origins.isEmpty() && ownForceNoun && m != Measure.CAPTURED && m != Measure.OTHER && m != Measure.FLED) {
      // "в Україні мобілізували 27 тисяч осіб"; not "бежали в Грузию", where they went
      origins.addAll(places.ownScene(t, lo, hi));
    }
    if (origins.isEmpty() && ownForceNoun && (m == Measure.CONSCRIPTED || m == Measure.RECRUITED)
        && anyIn(t, ukraineDraftBodies, lo, hi)) {
      origins.add(UKRAINE); // "ТЦК щомісяця мобілізують 27 тисяч осіб"
    }
    boolean explicit = !origins.isEmpty() && !inherited;
    // "20,000 Wagner fighters": a private army's name before the noun says nothing of nationality
    boolean namedForce = headAt > q.end() && t.get(headAt - 1).isCapitalized()
        && lex.places.longest(t, headAt - 1, headAt) == null && !residentNouns.has(t.get(headAt));
    // "Wagner recruited around 50,000 prisoners. ... 32,000 of them had returned": a private army's
    // convicts, and the part of them the next sentence counts, take no country from the story; not
    // when the state took them too ("180,000 prisoners recruited, first by Wagner and then by the
    // Defence Ministry")
    boolean privateConvicts = headAt >= 0 && convictNouns.has(t.get(headAt)) && anyIn(t, privateArmies, 0, t.size())
        && !anyIn(t, stateRecruiters, 0, t.size());
    if (origins.isEmpty() && !naturalised && m == Measure.CITIZENSHIP_GRANTED && !namesRussia(t, after, hi)) {
      // "1,100 volunteers had received citizenship": who is given it was foreign (not "received
      // Russian passports", which names the citizens they became)
      origins.add(Origin.FOREIGN);
    } else if (origins.isEmpty() && !namedForce && !naturalised && ownForces(m, head, t, headAt, privateConvicts)) {
      origins.add(RUSSIA); // refined per document later
      explicit = false;
    }
    boolean partOfUnplaced = elliptic && previous != null && previous.noOriginWanted()
        && previous.origins().isEmpty() && previous.measure() != Measure.DETAINED;
    return new Reading(q, m, Figure.originsOf(origins), explicit, headAt >= 0 ? k : q.end(),
        naturalised || m == Measure.DETAINED
            || origins.isEmpty() && (namedForce || privateConvicts || partOfUnplaced), ownForceNoun);
  }

  /**
   * Whether a predicate of drafting joined by "and" follows the figure's detention in its clause,
   * with no number or comma between ("caught and handed draft notices", "detained 400 migrants and
   * served them with summonses"; not "detained 600 and handed 27 of them summonses", nor "detained
   * 900, and summonses were served to 70 of them").
   */
  private boolean draftedNext(List<Token> t, int from, int hi) {
    for (int k = from; k < Math.min(hi, from + DRAFT_REACH); k++) {
      Token x = t.get(k);
      if (x.isNumber() || x.is(",") || x.is(";") || x.is(":")) {
        return false;
      }
      if (!andWord.has(x)) {
        continue;
      }
      for (int j = k + 1; j < Math.min(hi, k + 1 + DRAFT_REACH / 2); j++) {
        if (t.get(j).isNumber()) {
          return false;
        }
        PhraseIndex.Match<Measure> m = lex.triggers.longest(t, j);
        if (m != null && m.value == Measure.CONSCRIPTED) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether a verb of taking stands right before the number at {@code first} and a prisoner
   * complement right after its noun phrase, which ends at {@code end} ("took 260 Russian soldiers
   * prisoner", "have taken more than 70 enemy troops prisoner"; not "at least 190 former prisoner
   * recruits", where the word is part of the noun phrase).
   */
  private boolean takenPrisoner(List<Token> t, int first, int end, int hi) {
    return first > 0 && takeVerbs.has(t.get(first - 1)) && end < hi && prisonerComplements.has(t.get(end));
  }

  /** How far after a word of a criminal case the preposition of its offence may stand ("charges against more than 30 citizens for"). */
  private static final int CHARGE_REACH = 8;
  /** How far after that preposition the offence's measure word may start ("for desertion or leaving their units"). */
  private static final int OFFENCE_REACH = 3;

  /**
   * Whether the measure {@code m} of the figure {@code q} is the offence of a criminal case in its
   * clause: a word of a case, a preposition a few words after it, and a measure word of {@code m}
   * right after that ("convicted of fighting for Russia to 14", "charges against more than 40
   * citizens for fighting", "proceedings against 3,400 servicemen for desertion or leaving their
   * units", "cases of soldiers leaving their units"); not when the number is the offence's own
   * object ("convicted of luring 45 men": the men lured).
   */
  private boolean chargedFor(List<Token> t, QuantityMention q, int lo, int hi, Measure m) {
    for (int c = lo; c < hi; c++) {
      if (!chargeWords.has(t.get(c))) {
        continue;
      }
      for (int j = c + 1; j < Math.min(hi, c + 1 + CHARGE_REACH); j++) {
        if (clauseBreaks.has(t.get(j))) {
          break;
        }
        if (!offencePrepositions.has(t.get(j))) {
          continue;
        }
        for (int o = j + 1; o < Math.min(hi, j + 1 + OFFENCE_REACH); o++) {
          PhraseIndex.Match<Measure> offence = lex.triggers.longest(t, o, hi);
          if (offence == null) {
            continue;
          }
          boolean object = q.first() >= j && q.first() <= o + offence.length;
          if (offence.value == m && !object) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** How far after its noun phrase a word of attempt may stand ("men of draft age trying to"). */
  private static final int ATTEMPT_REACH = 5;
  /** How far after its noun phrase the border people were stopped at may stand ("of conscription age at or near the border"). */
  private static final int STOP_PLACE_REACH = 9;

  /**
   * Whether a verb of stopping stands right before the number at {@code first} and a word of
   * attempt after its noun phrase ("stopped 640 men trying to cross", "had stopped 90 men of call-up
   * age attempting to leave"), or a border that a phrase of place after them ends on ("stopped 8,700
   * men at or near the border", "stop dozens of men on the frontier", "near the Hungarian border";
   * not "stopped 14 young men at the coach station", "at a bus station near the border"): the people
   * were held at the border, not let go.
   */
  private boolean stoppedTrying(List<Token> t, int first, int from, int hi) {
    if (first == 0 || !stopVerbs.has(t.get(first - 1))) {
      return false;
    }
    if (anyIn(t, attemptWords, from, Math.min(hi, from + ATTEMPT_REACH))) {
      return true;
    }
    boolean inPlace = false;
    for (int k = from; k < Math.min(hi, from + STOP_PLACE_REACH); k++) {
      Token x = t.get(k);
      if (x.is(",") || x.is(";") || x.isNumber()) {
        return false;
      }
      if (stopPlaces.has(x)) {
        return inPlace;
      }
      if (stopPlaceWords.has(x)) {
        inPlace = true;
      } else if (inPlace && !x.isCapitalized()) {
        return false; // "at a bus station near the border": the place is the station
      }
    }
    return false;
  }

  /** How far after its noun phrase the army a figure's people were sent to may stand ("to their units"). */
  private static final int INDUCTION_REACH = 6;

  /**
   * Whether the clause after a noun phrase sends its people into the army as a whole: "to" or
   * "into" and, over an article or possessive, a word of the force ("to the troops", "into the
   * army", "to their units"), not a place ("to the border", "to the front").
   */
  private boolean inducted(List<Token> t, int from, int hi) {
    for (int k = from; k + 1 < Math.min(hi, from + INDUCTION_REACH); k++) {
      if (!inductionPrepositions.has(t.get(k))) {
        continue;
      }
      int j = k + 1;
      if (j + 1 < hi && (theWord.has(t.get(j)) || possessives.has(t.get(j)))) {
        j++;
      }
      return inductionPlaces.has(t.get(j));
    }
    return false;
  }

  /** How many words may open a sentence before its word of the draft ("The spring call-up"). */
  private static final int DRAFT_SUBJECT_REACH = 4;

  /**
   * Whether the sentence opens on "the" and a word of the draft before the number at {@code first}
   * ("The autumn call-up sent ..."): the draft is the clause's subject, and whoever it sends is
   * drafted (not "Of those 300,000 mobilised, 150,000 are at the front").
   */
  private boolean draftOpens(List<Token> t, int first) {
    if (first == 0 || !theWord.has(t.get(0))) {
      return false;
    }
    for (int k = 1; k < Math.min(first, DRAFT_SUBJECT_REACH); k++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k);
      if (m != null && m.value == Measure.CONSCRIPTED && k + m.length <= first) {
        return true;
      }
    }
    return false;
  }

  /** How far after a detained figure the drafting that follows its detention may stand. */
  private static final int DRAFT_REACH = 10;

  /**
   * Whether the verb group after a noun phrase says its people entered another country: an entry
   * verb, over auxiliaries, then a country other than Russia or Ukraine, or "the country" of the
   * state that counted them.
   */
  private boolean entersAbroad(List<Token> t, int from, int hi) {
    for (int k = from; k < Math.min(hi, from + ENTRY_REACH); k++) {
      if (!entryVerbs.has(t.get(k))) {
        continue;
      }
      int j = k + 1;
      if (j < hi && theWord.has(t.get(j))) {
        j++;
      }
      if (j >= hi) {
        return false;
      }
      if (countryNouns.has(t.get(j))) {
        return true;
      }
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, j, hi);
      return pm != null && abroad(pm.value);
    }
    return false;
  }

  /**
   * The harm a word of return says its people came back with, right after it ("have come home
   * wounded", "returned maimed", "came back dead"); null when the return says none.
   */
  private Measure returnedHarmed(List<Token> t, int from, int to) {
    for (int j = from; j < to; j++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, j, to);
      if (m == null || m.value != Measure.OTHER) {
        continue;
      }
      int next = j + m.length;
      PhraseIndex.Match<Measure> harm = next < to ? lex.triggers.longest(t, next, to) : null;
      if (harm != null && isOutcome(harm.value) && harm.value != Measure.CAPTURED) {
        return harm.value;
      }
      j = next - 1;
    }
    return null;
  }

  /** Whether a phrase of the trigger list that counts people as other stands from {@code from} to {@code to} ("returned"). */
  private boolean otherSaid(List<Token> t, int from, int to) {
    for (int j = from; j < to; j++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, j, to);
      if (m != null && m.value == Measure.OTHER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of crossing or arriving follows a noun phrase ending at {@code from}, before
   * {@code hi}, with no place of Russia after it, in a sentence that names another country
   * ("Georgia says 4,870 Russian citizens crossed at Verkhny Lars", "... 10,000 Russians a day are
   * arriving at its only open crossing"): Russians arriving somewhere else have left Russia.
   */
  private boolean crossesOut(List<Token> t, int from, int hi) {
    for (int k = from; k < Math.min(hi, from + CROSSING_REACH); k++) {
      if (crossingVerbs.has(t.get(k))) {
        return !namesRussia(t, k + 1, hi) && namesAbroad(t);
      }
    }
    return false;
  }

  /** Whether the sentence names a country other than Russia or Ukraine (not by its people). */
  private boolean namesAbroad(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, t.size());
      if (pm != null && abroad(pm.value)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place, named as a place and not by its people, is a country other than Russia or Ukraine. */
  private static boolean abroad(Lexicon.Place p) {
    return !p.demonym && !p.origin.equals(RUSSIA) && !p.origin.equals(UKRAINE) && !p.origin.equals(Origin.FOREIGN);
  }

  /** How far after its noun phrase a verb of crossing may stand ("a day are now arriving"). */
  private static final int CROSSING_REACH = 6;

  /** Whether a place of Russia is named from token {@code from} to {@code to}. */
  private boolean namesRussia(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, to);
      if (pm != null && pm.value.origin.equals(RUSSIA)) {
        return true;
      }
    }
    return false;
  }

  /** How far after its noun phrase an entry verb may stand ("had already entered"). */
  private static final int ENTRY_REACH = 4;

  /** How many words after a figure's noun phrase a word of deportation may stand ("were ordered to be deported"). */
  private static final int DEPORTED_REACH = 6;

  /** Whether a token of {@code t[from, to)} is one of {@code words}. */
  /**
   * Whether the people counted are go-betweens who send others to the war: a go-between noun ends
   * their noun phrase ("six recruitment agents"), or people (or a bare number) are charged or
   * sentenced in the clause for a crime of sending others ("charged 26 people with human
   * trafficking", "12 people have been charged with trafficking").
   */
  private boolean goBetweens(List<Token> t, QuantityMention q, int lo, int hi, int headAt, int k) {
    if (headAt >= 0 && (goBetweenNouns.has(t.get(headAt)) || k - 1 > headAt && goBetweenNouns.has(t.get(k - 1)))) {
      return true;
    }
    for (int j = Math.max(lo + 1, q.end()); j < Math.min(hi, q.end() + GO_BETWEEN_REACH); j++) {
      if (goBetweenCrimes.has(t.get(j)) && (ofWord.has(t.get(j - 1)) || chargeLinks.has(t.get(j - 1))
          || j >= 2 && (ofWord.has(t.get(j - 2)) || chargeLinks.has(t.get(j - 2))))) {
        int from = Math.max(lo, q.first() - GO_BETWEEN_REACH);
        return anyIn(t, chargeWords, from, j) || anyIn(t, goBetweenArrests, from, j);
      }
    }
    return false;
  }

  /** How many tokens from the number a charge word and the crime of sending others may stand. */
  private static final int GO_BETWEEN_REACH = 12;

  static boolean anyIn(List<Token> t, Words words, int from, int to) {
    return words.anyIn(t, from, to);
  }

  /** Whether {@code t[from, to)} says "each of them" ("кожен із них", "каждый из них"). */
  private boolean eachOfThem(List<Token> t, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      if (each.has(t.get(k)) && ofWord.has(t.get(k + 1)) && partitivePronouns.has(t.get(k + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence drafts people by decree: a decree word and a word of the draft ("call-up",
   * "conscription"), with no word of contracts or volunteering (those people sign up).
   */
  private boolean draftByDecree(List<Token> t) {
    boolean decree = false;
    boolean draft = false;
    for (int k = 0; k < t.size(); k++) {
      Token x = t.get(k);
      if (contractWords.has(x)) {
        return false;
      }
      decree |= decreeWords.has(x);
      // "call-up" is three tokens
      draft |= draftWords.has(x) || k + 2 < t.size() && t.get(k + 1).is("-")
          && draftWords.contains(x.key + "-" + t.get(k + 2).key);
    }
    return decree && draft;
  }

  /**
   * Whether the sentence sets a size by decree: a decree word ("decree", "order") and a verb that
   * sets or changes a number ("setting", "increases", "adds", "were to number").
   */
  private boolean setByDecree(List<Token> t) {
    boolean decree = false;
    boolean sets = false;
    for (Token x : t) {
      decree |= decreeWords.has(x);
      sets |= decreeSets.has(x);
    }
    return decree && sets;
  }

  /**
   * The measure of the whole a sentence opens by splitting ("Of the confirmed dead, ...", "Of those
   * killed, ...", "Among those arrested, ..."), for the figures after its comma; null when it opens
   * otherwise.
   */
  private Measure partitiveMeasure(List<Token> t, QuantityMention q) {
    if (t.isEmpty() || !ofWord.has(t.get(0))
        && !(splitOpeners.has(t.get(0)) && t.size() > 1 && partitivePronouns.has(t.get(1)))) {
      return null;
    }
    int comma = -1;
    for (int k = 1; k < Math.min(t.size(), 8); k++) {
      if (t.get(k).is(",")) {
        comma = k;
        break;
      }
      if (t.get(k).isNumber()) {
        return null;
      }
    }
    if (comma < 0 || q.first() <= comma) {
      return null;
    }
    for (int k = 1; k < comma; k++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, comma);
      if (m != null && m.value != Measure.PAYMENT && m.value != Measure.OTHER) {
        return isOutcome(m.value) || !outcomeAfter(t, comma + 1) ? m.value : null;
      }
    }
    return null;
  }

  /**
   * Whether a word from {@code from} on says what became of the people: "Of those sent, 4,700 have
   * been killed or wounded" counts the killed and wounded, not the people sent; "Of those detained,
   * 45 were handed summonses" counts men called up.
   */
  private boolean outcomeAfter(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) {
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k);
      if (m != null && (isOutcome(m.value) || m.value == Measure.CONSCRIPTED)
          && !(m.value == Measure.CITIZENSHIP_GRANTED && triggers.describesPeople(t, k + m.length, t.size()))) {
        return true; // not "300 were naturalised citizens", who they were
      }
    }
    return false;
  }

  /** Killed, wounded, both, or taken prisoner: what becomes of people already counted. */
  /**
   * Whether a loss with no people noun of its own ("400,000 wounded", "with 60,000 killed") follows
   * a loss of the same sentence whose side the text names, with no other place after it: the
   * second is the same side's ("46,000 Ukrainian soldiers killed and about 380,000 wounded").
   */
  private boolean lossSibling(List<Token> t, QuantityMention q, int lo, Measure m, Lexicon.Noun head,
      Figure previous) {
    if (m == Measure.CAPTURED || !isOutcome(m) || previous.measure() == Measure.CAPTURED
        || !isOutcome(previous.measure()) || !previous.originExplicit() || previous.origins().isEmpty()
        || head != null && head.nounClass != Lexicon.NounClass.MEASURE_NOUN) {
      return false;
    }
    for (int k = Math.max(0, lo); k < q.first(); k++) {
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, q.first());
      if (pm != null && !previous.origins().contains(pm.value.origin)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOutcome(Measure m) {
    return m == Measure.KILLED || m == Measure.WOUNDED || m == Measure.CASUALTIES || m == Measure.CAPTURED;
  }

  /** Whether a word of {@code t[from, to)} says the people are naturalised ("naturalised migrants"). */
  private boolean naturalisedBefore(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (naturalisedWords.has(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The measure of a count; null when it is no figure. */
  private Measure measure(List<Token> t, QuantityMention q, int lo, int hi, Lexicon.Noun head, int headAt, int k,
      boolean elliptic, Figure previous, boolean listed, Measure found, boolean partitive) {
    Measure m = found;
    if (m == null && head != null && head.nounClass == Lexicon.NounClass.MEASURE_NOUN) {
      // "killed or wounded ..., including some 600 dead": the part's own noun, not the whole's words
      Measure combo = q.first() > 0 && partJoins.has(t.get(q.first() - 1)) ? null
          : triggers.nearest(t, q, lo, hi, true);
      // "80 prisoners of war were returned", "brought back 25 bodies": returned people are counted as
      // other; "the killing of 120 prisoners of war": the verb before says what became of them
      Measure before = triggers.verbBefore(t, q.first(), lo);
      // "171 prisoners of war have died in captivity": what befell the captives, after their noun
      Measure after = verbGroupAfter(t, k, hi);
      m = combo == Measure.CASUALTIES ? combo : after == Measure.OTHER || before == Measure.OTHER ? Measure.OTHER
          : before == Measure.KILLED ? before
          : harmed(after) && (head.measure == Measure.CAPTURED || head.measure == Measure.DETAINED) ? after
          : head.measure;
    }
    if (m == null && listed && q.first() > 0 && partJoins.has(t.get(q.first() - 1)) && previous != null
        && (head == null || head.measure == null || isOutcome(previous.measure())
            || previous.measure() == Measure.FORCE_TARGET)) {
      // "arrested 19 people over the recruitment, including four agents": the words before
      // "including" are the whole's; the part has its own only after it; "fixes the authorised strength
      // at 210,000, including 150,000 servicemen": a part of a target is planned too
      Measure forward = triggers.forward(t, q, hi);
      if (forward != null && (isOutcome(previous.measure()) || previous.measure() == Measure.SERVING)
          && !isOutcome(forward) && triggers.forwardDescribes(t, q, hi)) {
        // "111,000 servicemen killed, including 18,000 former prisoners recruited from colonies",
        // "18,000 foreigners fight, among them some hundreds of Cubans lured by job offers": a
        // participle right after the part's noun says who they are, not what became of them
        forward = null;
      }
      m = forward != null ? forward : previous.measure();
    }
    if (m == null && partitive && previous != null && isOutcome(previous.measure()) && saysWhoTheyWere(t, q.end(), hi)) {
      // "1,200 soldiers killed ... 300 of them were convicts recruited in prisons": the part is of
      // the dead, and the words after its copula only say who they were
      m = previous.measure();
    }
    if (m == null && partitive && previous != null) {
      // "Several hundred of those held signed contracts": the whole's own participle after "those"
      // names the whole; the verb after it is the part's
      m = verbAfterWhole(t, q.end(), hi, previous.measure());
    }
    if (m == null && partitive && previous != null) {
      // "handed summonses to 58 of them", "41 of them ... were handed summonses": a part with a verb
      // of its own in its clause, either side, is counted by it; the whole's words stand before lo
      m = triggers.nearest(t, q, lo, hi, false);
    }
    if (m == null && elliptic && previous != null) {
      // "14 were killed and another 31 could not be traced": the part's own verb, after it or right
      // before it, beats the measure of the figure before
      Measure forward = triggers.forward(t, q, hi);
      Measure own = forward != null ? forward : triggers.governingVerb(t, q, lo);
      m = own != null ? own : previous.measure();
    }
    if (m == null && head != null && head.measure != null && headAt >= 0
        && head.nounClass != Lexicon.NounClass.MEASURE_NOUN) {
      // "155 ausländische Kriegsgefangene, die für Russland gekämpft haben": a noun with its own
      // measure beats the words of a relative clause about it
      int relative = triggers.relativeStart(t, k, hi);
      if (relative < hi) {
        Measure main = triggers.nearest(t, q, lo, relative, false, k);
        m = main != null ? main : head.measure;
      }
    }
    if (m == null) {
      int headEnd = headAt >= 0 && head.nounClass != Lexicon.NounClass.MEASURE_NOUN ? k : q.end();
      m = triggers.nearest(t, q, lo, hi, false, headEnd);
    }
    if (m == null && head != null && head.measure == null && listed && q.first() > 0 && ellipsisCue(t, q.first())) {
      m = previous.measure(); // "120 Kyrgyz, 80 Kazakh and 240 Uzbek citizens": one list, one measure
    }
    if (m == null && head != null && head.measure != null) {
      m = head.measure;
    }
    if (m == null && elliptic) {
      m = triggers.nearest(t, q, 0, t.size(), false);
    }
    if ((m == null || m == Measure.OTHER) && coffins.after(t, q, hi)) {
      m = Measure.KILLED; // "two came home in coffins": the dead brought back
    }
    if (m == null) {
      boolean significant = q.qualifier() != Qualifier.EXACT || q.magnitude() || !q.words()
          && q.value().compareTo(BigDecimal.TEN) >= 0;
      return significant ? Measure.OTHER : null;
    }
    return m;
  }

  /** How many words may stand between the whole's participle and the part's verb ("held by police signed"). */
  private static final int WHOLE_PARTICIPLE_REACH = 4;

  /**
   * The measure of the part's own verb after its "of those" and a participle that names the whole
   * ("of those held signed contracts", "of those detained were handed call-up papers"): a contract
   * signed, or a measure word after a participle of the whole's own measure; null otherwise.
   */
  private Measure verbAfterWhole(List<Token> t, int end, int hi, Measure whole) {
    if (end + 2 >= hi || !ofWord.has(t.get(end)) || !partitivePronouns.has(t.get(end + 1))) {
      return null;
    }
    int from = end + 2;
    PhraseIndex.Match<Measure> participle = lex.triggers.longest(t, from, hi);
    boolean named = participle != null && participle.value == whole;
    if (named) {
      from += participle.length;
    }
    int reach = Math.min(hi, from + WHOLE_PARTICIPLE_REACH);
    if (signedContracts.after(t, from, reach)) {
      return Measure.RECRUITED; // "of those held signed contracts with the Defence Ministry"
    }
    for (int j = from; named && j < reach; j++) {
      if (!t.get(j).isWord()) {
        return null;
      }
      PhraseIndex.Match<Measure> verb = lex.triggers.longest(t, j, hi);
      if (verb != null && verb.value == Measure.CITIZENSHIP_GRANTED && triggers.describesPeople(t, j + verb.length, hi)) {
        return null; // "of those detained were naturalised Russian citizens": who they were
      }
      if (verb != null) {
        return verb.value;
      }
    }
    return null;
  }

  /** How many modifiers may stand before the people noun of a part appended to its whole ("two of them serving officers"). */
  private static final int APPENDED_MODIFIERS = 3;

  /**
   * Whether the figure {@code q} is a part appended to the figure before it after a comma, "of them"
   * and words with no finite verb that say who the part are ("detained 42 people ..., three of them
   * Russian citizens", "two of them serving officers of draft offices", "120 of them Nepalis"), or,
   * under a whole of {@code whole}'s outcome, how they came to the war ("killed, 30 of them recruited
   * from prisons", when its own measure {@code own} is a recruitment or call-up).
   */
  private boolean appendedPart(List<Token> t, QuantityMention q, int hi, Measure whole, Measure own) {
    int end = q.end();
    if (q.first() == 0 || !t.get(q.first() - 1).is(",") || end + 2 >= hi || !ofWord.has(t.get(end))
        || !partitivePronouns.has(t.get(end + 1))) {
      return false;
    }
    int stop = end + 2;
    while (stop < hi && !t.get(stop).is(",") && !t.get(stop).is(".") && !clauseBreaks.has(t.get(stop))) {
      if (finiteAux.has(t.get(stop))) {
        return false; // "four of them were later released": the part's own verb
      }
      stop++;
    }
    if (isOutcome(whole) && (own == Measure.RECRUITED || own == Measure.CONSCRIPTED)) {
      return true;
    }
    for (int k = end + 2; k < Math.min(stop, end + 3 + APPENDED_MODIFIERS); k++) {
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k, stop);
      if (nm != null && nm.value.nounClass == Lexicon.NounClass.PERSON) {
        return true;
      }
      PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k, stop);
      if (pm != null && pm.value.demonym && Places.isPlural(t.get(k + pm.length - 1))) {
        return true; // "120 of them Nepalis"
      }
    }
    return false;
  }

  /** How many words may stand between an identity verb and the people noun it names ("were mostly former Wagner convicts"). */
  private static final int IDENTITY_REACH = 4;

  /**
   * Whether, after a part's "of them" ending at {@code end}, a form of "be" names who the people
   * were ("of them were volunteers", "of those were ex-convicts from penal colonies"), not what
   * became of them ("were killed", "were prisoners of war").
   */
  private boolean saysWhoTheyWere(List<Token> t, int end, int hi) {
    int k = end;
    if (k + 1 < hi && ofWord.has(t.get(k)) && partitivePronouns.has(t.get(k + 1))) {
      k += 2;
    }
    if (k >= hi || !identityVerbs.has(t.get(k))) {
      return false;
    }
    for (int j = k + 1; j < Math.min(hi, k + 1 + IDENTITY_REACH); j++) {
      if (!t.get(j).isWord()) {
        return false;
      }
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, j, hi);
      if (nm != null) {
        return nm.value.isPeople();
      }
      if (lex.triggers.longest(t, j, hi) != null) {
        return false; // "were later killed", "were taken prisoner"
      }
    }
    return false;
  }

  /**
   * The measure of the verb group just after a measure noun, or null: it may say the people came
   * back ("80 prisoners of war were returned in a swap", "40 POWs freed on Friday"), who are counted
   * as other, or that they died or were hurt ("171 prisoners of war have died in captivity", "40
   * POWs were wounded").
   */
  private Measure verbGroupAfter(List<Token> t, int from, int hi) {
    for (int k = from; k < Math.min(hi, from + 4); k++) {
      if (t.get(k).is(",")) {
        return null;
      }
      PhraseIndex.Match<Measure> m = lex.triggers.longest(t, k, hi);
      if (m != null) {
        return m.value;
      }
    }
    return null;
  }

  /** Whether {@code m} says people died or were hurt. */
  private static boolean harmed(Measure m) {
    return m == Measure.KILLED || m == Measure.WOUNDED;
  }

  /** "10,000 soldiers ..., of whom around 8,000 ...", "... engineers. Of those, 1,000 ...": a part of the figure before. */
  private boolean partOfPrevious(List<Token> t, QuantityMention q, Figure previous, boolean previousIsOutside) {
    return previous != null && (!previousIsOutside || opensSentence(t, q.first())) && partitiveBefore(t, q.first());
  }

  /** Whether "of whom", "of them," or "among those" stands just before the figure. */
  private boolean partitiveBefore(List<Token> t, int first) {
    int k = first - 1;
    if (k >= 0 && t.get(k).is(",")) {
      k--;
    }
    return k >= 1 && partitivePronouns.has(t.get(k)) && (ofWord.has(t.get(k - 1)) || partJoins.has(t.get(k - 1)));
  }

  /** Whether a word of a measure follows the number in its clause ("31 of them were wounded"). */
  boolean measuredAfter(List<Token> t, QuantityMention q) {
    return triggers.forward(t, q, t.size()) != null;
  }

  /** Whether the number refers to an earlier figure with a figure noun ("the previous record, 41,980"). */
  boolean refersToFigure(List<Token> t, QuantityMention q) {
    return triggers.refersToFigure(t, q);
  }

  /** Where the figure noun that refers {@code q} to an earlier figure stands, or -1. */
  int figureNounAt(List<Token> t, QuantityMention q) {
    return triggers.figureNounAt(t, q);
  }

  /** Whether a pronoun is the subject of the copula before {@code q} ("On Thursday it stood at 862,530"). */
  boolean pronounBeforeCopula(List<Token> t, QuantityMention q) {
    return triggers.pronounBeforeCopula(t, q);
  }

  /** Whether {@code q} refers to an earlier figure with a figure noun of a rate ("the September average at about 950"). */
  boolean refersToRate(List<Token> t, QuantityMention q) {
    return triggers.refersToRate(t, q);
  }

  /** Whether {@code q} refers to an earlier figure with a figure noun that names nothing after it ("the total at 1,500"). */
  boolean totalsEarlier(List<Token> t, QuantityMention q) {
    return triggers.totalsEarlier(t, q);
  }

  /**
   * Whether a number is the whole value of a list item labelled with a place: "- Nepal: 1,560",
   * "• Sri Lanka: about 460.", "- Republic of Cuba – 9" (a label separator before it, and only a
   * full stop after it), or with other countries: "Other countries: 112".
   */
  boolean placeLabel(List<Token> t, QuantityMention q) {
    int colon = q.first() - 1;
    if (colon < 1 || !labelSeparators.has(t.get(colon)) || q.end() < t.size() - 1
        || q.end() == t.size() - 1 && !t.get(q.end()).is(".")) {
      return false;
    }
    boolean others = places.otherCountries(t, colon); // "Other countries: 112"
    int words = 0;
    for (int k = 0; k < colon; k++) {
      Token x = t.get(k);
      if (x.isWord() && !x.isCapitalized() && words > 0 && labelJoiners.has(x)) {
        continue; // "Republic of Cuba", "Democratic People's Republic of Korea"
      }
      if (x.isNumber()
          || x.isWord() && (!x.isCapitalized() && !(others && words > 0) || ++words > ListLabels.LABEL_WORDS)) {
        return false;
      }
    }
    return words > 0 && !places.labelPlaces(t, colon).isEmpty();
  }

  /** Whether the partitive before a figure opens its sentence: "Of those, 1,000 are deminers". */
  private static boolean opensSentence(List<Token> t, int first) {
    int k = first - 1;
    if (k >= 0 && t.get(k).is(",")) {
      k--;
    }
    for (int j = 0; j < k - 1; j++) {
      if (t.get(j).isWord() || t.get(j).isNumber()) {
        return false;
      }
    }
    return k >= 1;
  }

  /** Whether the token before a figure joins it to a list with the figure before it. */
  private boolean ellipsisCue(List<Token> t, int first) {
    Token b = t.get(first - 1);
    if (b.isCapitalized() && first >= 2 && (andWord.has(t.get(first - 2)) || t.get(first - 2).is(","))) {
      return true; // "the target for Chelyabinsk is 10,000 and Perm 9,000"
    }
    if (withWord.has(b) && first >= 3) {
      // "followed by Sverdlovsk region with 4,356 and Tatarstan with 4,103": a named place of the
      // list the figure before opened, whether or not the places table knows it
      int name = first - 2;
      if (regionNouns.has(t.get(name)) && !t.get(name).isCapitalized()) {
        name--;
      }
      return t.get(name).isCapitalized() && t.get(name).isWord();
    }
    return listJoins.has(b) || b.is(",") || first >= 2 && t.get(first - 2).is(",") && comparatives.has(b)
        || first >= 2 && increments.has(b) && listJoins.has(t.get(first - 2)); // "..., а ще 380 тисяч"
  }

  /**
   * Where the people that a count verb before a bare number counts start ("Russian troops in Kursk
   * number about 50,000", "crews, possibly numbering several hundred", "the wounded numbered in the
   * thousands"): the nearest people noun or measure word before the verb in its clause; -1 when
   * no such verb or none of them.
   */
  private int countedBefore(List<Token> t, QuantityMention q, int lo) {
    int v = q.first() - 1;
    while (v > lo && numberVerbFillers.has(t.get(v))) {
      v--;
    }
    if (v <= lo || !numberVerbs.has(t.get(v)) || !t.get(v).isWord()) {
      return -1;
    }
    for (int k = v - 1; k >= Math.max(lo, v - 8); k--) {
      Token x = t.get(k);
      if (x.isNumber() || x.is(";") || x.is(":")) {
        return -1;
      }
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k, v);
      if (nm != null && !HeadNouns.isThing(nm.value)) {
        return k;
      }
      if (nm == null && lex.triggers.longest(t, k, v) != null) {
        for (int j = Math.max(lo, k - 2); j < k; j++) {
          PhraseIndex.Match<Measure> longer = lex.triggers.longest(t, j, v);
          if (longer != null && j + longer.length > k) {
            return j; // "the death toll runs into": the longer measure word that ends here
          }
        }
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the figure is added to one told before it: "another 57 men", "a further 170,000", "two
   * more drowned" (not "two more than"), which then happened at the same time.
   */
  boolean addedTo(List<Token> t, QuantityMention q) {
    int e = q.end();
    return incrementBefore(t, q.first()) || e < t.size() && incrementsAfter.has(t.get(e))
        && (e + 1 >= t.size() || !comparisonWords.has(t.get(e + 1)));
  }

  /** "another 6,000", "a further 170,000", "an additional 2,500": a number added to a count. */
  private boolean incrementBefore(List<Token> t, int first) {
    return first >= 1 && increments.has(t.get(first - 1))
        && (first < 2 || !t.get(first - 2).isNumber());
  }

  /** Whether "more" ends the clause after a bare number: "some 45,000 more", not "45,000 more than". */
  private boolean incrementAfter(List<Token> t, int end) {
    return end < t.size() && incrementsAfter.has(t.get(end)) && (end + 1 >= t.size() || t.get(end + 1).isPunct());
  }

  /** "the most recruits, about 812": a number set off by a comma after a people noun. */
  private Lexicon.Noun appositionHead(List<Token> t, QuantityMention q) {
    int b = q.first() - 1;
    if (b < 1 || !t.get(b).is(",") || q.end() < t.size() && !(t.get(q.end()).is(",") || t.get(q.end()).is("."))) {
      return null;
    }
    for (int len = 2; len >= 1; len--) {
      int s = b - len;
      if (s < 0) {
        continue;
      }
      PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, s, b);
      if (nm != null && nm.length == len && !HeadNouns.isThing(nm.value)) {
        return nm.value;
      }
    }
    return null;
  }

  /**
   * Whether a measure word that "foreign" qualifies stands before a bare number in its clause:
   * "foreign recruitment exceeds 15,000", "overseas enlistment reached 3,000".
   */
  private boolean foreignMeasureBefore(List<Token> t, QuantityMention q, int lo) {
    for (int k = q.first() - 2; k >= Math.max(lo, q.first() - 8); k--) {
      if (t.get(k).isNumber()) {
        return false;
      }
      if (foreignWords.has(t.get(k)) && lex.triggers.longest(t, k + 1, q.first()) != null) {
        return true;
      }
    }
    return false;
  }

  /** "the true number of Sri Lankans who went ranges from a few thousand to 15,000". */
  private TreeSet<Origin> numberOfPeople(List<Token> t, QuantityMention q, int lo) {
    int b = triggers.copulaBefore(t, q.first());
    if (!triggers.isCopula(t, b)) {
      return null;
    }
    for (int k = b - 1; k >= Math.max(lo + 1, b - 14); k--) {
      if (ofWord.has(t.get(k)) && countNouns.has(t.get(k - 1))) {
        TreeSet<Origin> out = new TreeSet<>();
        PhraseIndex.Match<Lexicon.Place> pm = lex.places.longest(t, k + 1);
        if (pm != null && pm.value.demonym) {
          out.add(pm.value.origin);
          return out;
        }
        PhraseIndex.Match<Lexicon.Noun> nm = lex.nouns.longest(t, k + 1);
        if (nm != null && nm.value.nounClass == Lexicon.NounClass.FOREIGN) {
          out.add(Origin.FOREIGN); // "the number of migrants detained ... exceeded 9,000"
        }
        return nm != null && !HeadNouns.isThing(nm.value) ? out : null;
      }
    }
    return null;
  }

  /**
   * Whether the figure counts Russia's own forces; {@code privateArmy} tells whether its people
   * noun names convicts in a sentence that names a private army.
   */
  private boolean ownForces(Measure m, Lexicon.Noun head, List<Token> t, int headAt, boolean privateArmy) {
    // "the deaths of 24,000 former prisoners", "1,200 inmates signed contracts": Russia's convicts,
    // unless a private army took them
    boolean convicts = headAt >= 0 && convictNouns.has(t.get(headAt)) && !privateArmy;
    switch (m) {
      case CONSCRIPTED:
      case FORCE_TARGET:
      case FLED:
        return true;
      case CASUALTIES:
      case KILLED:
      case WOUNDED:
        return (head == null || headAt >= 0 && ownForceNouns.has(t.get(headAt))) && !privateArmy || convicts;
      case RECRUITED:
        // the inmates sign up ("1,200 inmates have signed contracts"); not "it recruited 50,000
        // inmates", whose recruiter may be a private army named before
        if (convicts && !recruiterBefore(t, headAt)) {
          return true;
        }
        return !privateArmy && homeRecruits(m, head, t, headAt); // "ЧВК «Вагнер» завербовала 50 тысяч заключённых"
      case OTHER:
        // "1,100 former prisoners convicted of desertion": Russia's convicts who served; not prisoners of war
        return convicts && !(headAt + 2 < t.size() && ofWord.has(t.get(headAt + 1)) && convictNotOf.has(t.get(headAt + 2)))
            || homeRecruits(m, head, t, headAt);
      default:
        return homeRecruits(m, head, t, headAt);
    }
  }

  /** Whether a measure word stands shortly before the people noun at {@code headAt}: "recruited 50,000 inmates". */
  private boolean recruiterBefore(List<Token> t, int headAt) {
    for (int k = Math.max(0, headAt - RECRUITER_REACH); k < headAt; k++) {
      if (lex.triggers.longest(t, k, headAt) != null) {
        return true;
      }
    }
    return false;
  }

  /** How far before the people noun its recruiting verb may stand ("recruited about 50,000 inmates"). */
  private static final int RECRUITER_REACH = 5;

  /** "контракт подписали 490 тысяч человек": in Russian, recruits are Russia's unless the text says otherwise. */
  private boolean homeRecruits(Measure m, Lexicon.Noun head, List<Token> t, int headAt) {
    return homeMeasures.contains(m.name().toLowerCase(java.util.Locale.ROOT))
        && (head == null || headAt >= 0 && ownForceNouns.has(t.get(headAt)));
  }


  /**
   * Whether the words just before an amount, in its clause, make it no one's pay though pay is
   * named elsewhere in the sentence: "the national average wage of 89,000 roubles", "a flat costs
   * 6 million roubles", "plans to spend 13.5 trillion roubles on defence".
   */
  private boolean otherMoneyBefore(List<Token> t, QuantityMention q) {
    for (int k = q.first() - 1; k >= Math.max(0, q.first() - OTHER_MONEY_REACH); k--) {
      Token x = t.get(k);
      if (x.is(",") || x.is(";") || x.is("(") || x.is(":")) {
        return false;
      }
      if (otherMoney.has(x)) {
        return true;
      }
      if (payWords.has(x)) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
          if (nationalPay.has(t.get(j))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** How far before an amount the words that name what it is may stand. */
  private static final int OTHER_MONEY_REACH = 8;

  /**
   * The country whose currency an amount is in, when the currency is one country's and not one of
   * the language's {@code classify.unsaid-currencies} (dollars, euros and roubles, which are paid
   * to anyone): money paid to nobody named in hryvnias or rupees is that country's people's.
   */
  private Optional<Origin> issuer(QuantityMention money) {
    String code = money.unit().getCurrencyCode();
    if (unsaidCurrencies.isEmpty() || unsaidCurrencies.contains(code.toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    String country = code.substring(0, 2);
    return COUNTRIES.contains(country) ? Optional.of(Origin.of(country)) : Optional.empty();
  }

  /** The ISO 3166-1 country codes, which the first two letters of a single country's currency code are. */
  private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

  /** "Russia's military budget will reach $145 billion": money that is not pay. */
  private boolean notAboutManpower(List<Token> t) {
    return stateMoney.inNone(t, payWords);
  }

  /** How many tokens before an amount a firm's funds may be named ("capital is", "capital of"). */
  private static final int FIRM_FUNDS_REACH = 3;

  /**
   * Whether the amount {@code q} is a firm's own funds: a word of {@code classify.firm-funds}
   * ("capital") with a word of {@code classify.firm-funds-owners} ("declared", "registered",
   * "charter") before it, a few tokens before the amount ("a declared capital of 50 million rials",
   * "its charter capital is 5 million roubles"); not "the capital" as a city.
   */
  private boolean firmFunds(List<Token> t, QuantityMention q) {
    for (int k = q.first() - 1; k >= Math.max(1, q.first() - FIRM_FUNDS_REACH); k--) {
      if (firmFunds.has(t.get(k)) && firmFundsOwners.has(t.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the amount's currency has a plain name other countries' currencies share ("rupees",
   * "shillings", "pesos", "CFA francs"), is not one of those paid to anyone (dollars), and is not
   * written as its own code ("KGS 40,000").
   */
  private boolean sharedName(List<Token> t, QuantityMention q) {
    String code = q.unit().getCurrencyCode();
    if (t.get(q.first()).toString().equals(code) || t.get(q.end() - 1).toString().equals(code)) {
      return false;
    }
    return !unsaidCurrencies.contains(code.toLowerCase(java.util.Locale.ROOT)) && CurrencyFamilies.isShared(q.unit());
  }

  /**
   * The plain names whose amount is nobody's when no country says whose they are: "rupees", "rials",
   * "riyals", "dirhams", "dinars" (not "shillings", Kenya's).
   */
  private static final Set<String> GUESSED_WHEN_UNSAID = Set.of("INR", "YER", "SAR", "AED", "IQD");

  /** Whether the amount's currency is written by its plain name, no country's adjective before it ("8 million shillings"). */
  private static boolean bareCurrencyName(List<Token> t, QuantityMention q) {
    if (q.end() < 2 || !t.get(q.end() - 1).isWord()) {
      return true;
    }
    int before = q.end() - 2;
    if (before > q.first() && t.get(before).isWord() && t.get(before).isAllCaps()) {
      before--; // "2 million CFA francs": the name is "CFA francs"
    }
    return !t.get(before).isCapitalized();
  }

  /**
   * The country whose money plain "rupees" are: Nepal or Sri Lanka in a sentence about those
   * countries; Uganda's for plain "shillings" in one about Uganda.
   */
  private Optional<Origin> rupeeOf(Currency shared, List<Token> t, List<Origin> hints) {
    List<Origin> where = new java.util.ArrayList<>(places.countries(t));
    where.addAll(hints); // the sentence's countries first, then the story's
    for (Origin o : where) {
      if (rupeeOf(shared, o).isPresent()) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The country named most often among {@code
   * countries} (most often first, with how often each is named) that has a currency of the plain
   * name {@code shared} ("rupees" in a story
   * set in Indian villages that names India and Russia), or none when another country with one is
   * named as often.
   */
  private static Optional<Origin> mostNamedRupee(Currency shared, List<Map.Entry<Origin, Integer>> countries) {
    Map.Entry<Origin, Integer> found = null;
    for (Map.Entry<Origin, Integer> e : countries) {
      if (rupeeOf(shared, e.getKey()).isEmpty()) {
        continue;
      }
      if (found != null) {
        return found.getValue() > e.getValue() ? Optional.of(found.getKey()) : Optional.empty();
      }
      found = e;
    }
    return found == null ? Optional.empty() : Optional.of(found.getKey());
  }

  /** The currency of the plain name {@code shared} in country {@code o}, if it has one. */
  private static Optional<Currency> rupeeOf(Currency shared, Origin o) {
    return CurrencyFamilies.of(shared, o);
  }


  /**
   * The country of the region a people noun at {@code headAt} belongs to, or null: Russia for one
   * of its regions and Ukraine for one of its own, named after "of" ("residents of the Tver
   * region", "natives of Kharkiv") or as the word before the noun ("Omsk residents"). Border and
   * occupied regions whose people either side may count are in neither list.
   */
  private Origin regionCountry(List<Token> t, int headAt, int after, int hi) {
    int at = -1;
    if (after < hi && ofWord.has(t.get(after))) {
      at = after + 1 < hi && articles.has(t.get(after + 1)) ? after + 2 : after + 1;
    }
    if (at < 0 || at >= hi) {
      at = headAt - 1;
    }
    if (at < 0 || !t.get(at).isCapitalized()) {
      return null;
    }
    if (russianRegions.has(t.get(at))) {
      return RUSSIA;
    }
    return ukrainianRegions.has(t.get(at)) ? UKRAINE : null;
  }
}

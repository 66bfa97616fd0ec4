package dev.muster.reconcile;

import dev.muster.Estimate;
import dev.muster.Source;
import dev.muster.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who signed the decree a figure comes from: a figure stated in a sentence about a decree
 * ("Vladimir Putin has signed a decree increasing the armed forces by 180,000 ..., the Kremlin
 * said") is the signer's, whoever relays it. Immutable constants only.
 *
 * <p>The signer is the person the sentence says signed the decree ("X signed a decree", "a
 * decree signed by X", "X's decree"), or else the innermost named person
 * ({@link SourceKind#OFFICIAL}) of the figure's attribution chain. Names are resolved against the people of the
 * parser's source table ("Putin" is "Vladimir Putin"); a name it does not know is kept as
 * written.
 */
final class Decrees {

  private static final String NAME = "((?:[A-Z][\\p{L}'’.-]+ ){0,3}[A-Z][\\p{L}'’-]+)";
  private static final Pattern DECREE = Pattern.compile("\\b(?:decrees?|ukaz|executive order)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final List<Pattern> SIGNED = List.of(
      Pattern.compile(NAME + "(?:, [^,]{1,60},)? (?:has |had |have )?(?:just |formally )?signed"
          + " (?:a |an |the |his |another )?(?:[\\w-]+ ){0,2}(?:decrees?|ukaz|executive order)"),
      Pattern.compile("(?:decrees?|ukaz|executive order),? (?:was |has been |had been )?signed by "
          + NAME),
      Pattern.compile(NAME + "['’]s (?:[\\w-]+ ){0,2}(?:decrees?|ukaz|executive order)"));
  private static final Set<String> TITLES = Set.of("President", "Prime", "Minister", "Russian",
      "Ukrainian", "Belarusian", "Chechen", "Mr", "Mr.", "Leader", "Governor", "Mayor", "Head", "Defence", "Defense",
      "The", "Then", "On", "In", "And", "But");
  private static final String TABLE = "/dev/muster/parse/lexicon/sources.tsv";
  private static final Map<String, Source> PEOPLE = people();

  private Decrees() {}

  /** Returns the signer of the decree the estimate's sentence is about, if it names one. */
  static Optional<Source> signer(Estimate e) {
    String text = e.evidence().text();
    if (!DECREE.matcher(text).find()) {
      return Optional.empty();
    }
    for (Pattern p : SIGNED) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        Optional<Source> s = person(m.group(1));
        if (s.isPresent()) {
          return s;
        }
      }
    }
    List<Source> chain = e.attribution().chain();
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (chain.get(i).kind() == SourceKind.OFFICIAL) {
        return Optional.of(chain.get(i));
      }
    }
    return Optional.empty();
  }

  /** Returns the person a written name stands for, titles dropped; empty for no name. */
  static Optional<Source> person(String written) {
    List<String> words = new ArrayList<>(Arrays.asList(written.trim().split(" ")));
    for (int i = 0; i < words.size(); i++) {
      Source known = PEOPLE.get(String.join(" ", words.subList(i, words.size()))
          .toLowerCase(Locale.ROOT));
      if (known != null) {
        return Optional.of(known);
      }
    }
    while (!words.isEmpty() && TITLES.contains(words.get(0))) {
      words.remove(0);
    }
    return words.isEmpty() ? Optional.empty()
        : Optional.of(Source.of(String.join(" ", words), SourceKind.OFFICIAL));
  }

  /** Reads the named people of the parser's source table, by every name in lower case. */
  private static Map<String, Source> people() {
    Map<String, Source> byName = new HashMap<>();
    try (InputStream in = Decrees.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + TABLE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || f.length < 2 || !f[1].trim().equals("OFFICIAL")) {
          continue;
        }
        List<String> aliases = new ArrayList<>();
        for (String a : f.length > 2 ? f[2].split("\\|") : new String[0]) {
          if (!a.isBlank()) {
            aliases.add(a.trim());
          }
        }
        Source s = Source.builder().name(f[0].trim()).kind(SourceKind.OFFICIAL)
            .addAllAliases(aliases).build();
        byName.put(s.name().toLowerCase(Locale.ROOT), s);
        aliases.forEach(a -> byName.putIfAbsent(a.toLowerCase(Locale.ROOT), s));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return Map.copyOf(byName);
  }
}

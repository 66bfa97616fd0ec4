package dev.muster.parse.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each furniture rule's first-character guard must admit every line its pattern matches, or a
 * rule edited without its guard would silently stop firing.
 */
class FurnitureRuleGuardTest {

  private static final List<String> SEEDS = List.of(
      "Related stories", "Most read", "You may also like:", "Trending now", "Top stories",
      "Latest news", "Popular posts", "Recommended for you", "More from The Kyiv Desk",
      "Dear readers, we need you", "A message from the editor",
      "Read also:", "See also", "Watch more", "More on this story", "Also read",
      "Related: the draft in Buryatia", "Listen: the podcast", "Watch - the interview",
      "5 hours ago", "an hour ago", "Updated 3 days ago", "twelve minutes ago", "Posted one week ago",
      "Follow us on Telegram", "Subscribe to our channel", "Sign up for our newsletter", "Stay updated",
      "Get the latest", "Join us on X", "Support independent journalism", "Donate today",
      "Become a member", "Newsletter",
      "Copyright 2024 Muster", "© 2024 Muster", "Skip to content", "Share this", "Tags: war",
      "Topics: mobilisation", "Filed under Europe", "Click here", "Advertisement",
      "By John Smith", "Words by Anna Lee", "Written by Jo Bloggs", "Reporting by Sam Reed",
      "Published 12 March 2024", "Updated: 3 May 2024", "Posted on 5 June 2024",
      "Last updated 1 May 2024",
      "BRENT 80.5 1.2 (1.5%)",
      "Anna Petrova is a reporter covering the Caucasus", "He is an editor at the desk",
      "Photo: Jane Doe", "(Image: Reuters)", "Credit: AP", "Video by Jo Smith", "Footage: Channel One",
      "You might also like", "Recent posts", "Related articles", "More stories", "Most popular",
      "Latest stories", "Popular stories", "Recommended", "Read more", "Watch: the video",
      "Related | the draft", "a message from the team", "Dear friends", "Dear reader",
      "Share on Facebook", "Share: X", "Tag: war", "Illustration: Jo Smith", "Picture: AP",
      "Photograph by Jo", "Credits: AP", "(Photo: AP)", "Photos by Jo Smith and Ann Lee",
      "Updated 2 hours ago", "Published one day ago", "an hour ago", "eleven days ago",
      "12 mins ago", "Follow @muster on X", "Follow The Desk on Telegram", "Sign up now",
      "Stay informed", "Get our newsletter", "Join our team", "Support our reporting",
      "Become a patron", "ABC 1.2 +0.1 (8.3%)", "My passion for journalism started here",
      "Skip to main content", "Filed under War", "Click here to read", "Advertisement  ",
      "Copyright", "Written by A and B", "About the author", "About the writer: Jo Smith covers",
      "ABOUT THE AUTHORS", "about the writers", "About the author:", "About The Author: Jo");

  /** Characters that case folding may map onto ASCII ones, or that look like them. */
  private static final String FOLDING = "\u00e9\u017f\u212a\u0131\u0130\u00a9\u00c0\u2019";

  /**
   * Each seed as it is, in upper and lower case, and with each of its first fourteen characters
   * replaced by every printable ASCII character, by a few non-ASCII ones and by its other case.
   */
  private static List<String> variants() {
    List<String> out = new ArrayList<>();
    for (String s : SEEDS) {
      out.add(s);
      out.add(s.toUpperCase(Locale.ROOT));
      out.add(s.toLowerCase(Locale.ROOT));
      for (int at = 0; at < Math.min(14, s.length()); at++) {
        String before = s.substring(0, at);
        String after = s.substring(at + 1);
        for (char c = ' '; c < 127; c++) {
          out.add(before + c + after);
        }
        for (char c : FOLDING.toCharArray()) {
          out.add(before + c + after);
        }
        char c = s.charAt(at);
        out.add(before + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + after);
      }
    }
    return out;
  }

  @Test
  void everyGuardAdmitsWhatItsPatternMatches() {
    List<String> lines = variants();
    for (FurnitureRules.Rule rule : FurnitureRules.ENGLISH.rules()) {
      int matched = 0;
      for (String line : lines) {
        if (rule.pattern().matcher(line).lookingAt()) {
          matched++;
          assertTrue(rule.may(line), () -> "guard " + rule.beginnings() + " of " + rule.pattern() + " rejects '" + line + "'");
        }
      }
      int m = matched;
      assertTrue(m > 0, () -> "no sample line matches " + rule.pattern());
    }
  }

  /** Seed lines edited near their start (where the guards look) must never be rejected by a guard whose pattern accepts them. */
  @Test
  void everyGuardAdmitsEditedLinesItsPatternMatches() {
    String alphabet = " :|-aeiorstuwAEIORSTUW0" + FOLDING;
    for (FurnitureRules.Rule rule : FurnitureRules.ENGLISH.rules()) {
      int matched = checkGuard(7L, SEEDS, (random, line) -> {
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
          int at = random.nextInt(Math.min(16, line.length()));
          switch (random.nextInt(3)) {
            case 0 -> line.deleteCharAt(at);
            case 1 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            default -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          }
          if (line.length() == 0) {
            line.append('a');
          }
        }
      }, t -> rule.pattern().matcher(t).lookingAt(), rule::may);
      assertTrue(matched > 0, () -> "no edited line matches " + rule.pattern());
    }
  }

  /** The guards are worth having: an ordinary article line passes none of them. */
  @Test
  void guardsRejectOrdinaryLines() {
    for (String line : List.of("The ministry said 1,500 men had signed contracts.",
        "Russia recruited about 30,000 foreigners in 2024, officials say.",
        "In March, the regional governor announced new payments.")) {
      List<FurnitureRules.Rule> admitting = FurnitureRules.ENGLISH.rules().stream().filter(r -> r.may(line)).toList();
      assertTrue(admitting.isEmpty(), () -> admitting.size() + " guards admit '" + line + "'");
    }
  }

  private static final List<String> BIOS = List.of(
      "Anna Petrova is a reporter covering the Caucasus.", "He is an editor at the desk.",
      "She was a correspondent in Kyiv for five years", "They are a team", "They has been a writer",
      "Mary Jane O'Neil-Smith works as a freelance photographer.", "John Smith has been the analyst since 2019",
      "My passion for journalism began early.", "Olena Kovalenko-Bondar was the researcher behind it",
      "Dmitry Ivanov Sergeyevich Petrov Junior is a columnist", "It is a reporter's job", "Anna Maria Lopez Garcia is a writer");

  /** The bio rule's guard ({@link Furniture#mayBeBio}) must admit every line its pattern finds, here and mutated. */
  @Test
  void bioGuardAdmitsWhatTheBioPatternFinds() {
    String alphabet = " aeisBHSMT'-.,\u2019\u00e9x";
    int matched = checkGuard(20261123L, BIOS, (random, line) -> {
      for (int e = random.nextInt(3); e > 0; e--) {
        int at = random.nextInt(line.length());
        if (random.nextBoolean()) {
          line.deleteCharAt(at);
        } else {
          line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
    }, t -> FurnitureRules.ENGLISH.bio.pattern().matcher(t).lookingAt(), FurnitureRules.ENGLISH.bio::may);
    assertTrue(matched > 5_000, () -> "only " + matched + " generated lines match the bio pattern");
  }

  /**
   * Mutates 20,000 lines drawn from {@code seeds} with a generator seeded by {@code seed}, asserts
   * that {@code guard} admits each one {@code pattern} accepts, and returns how many it accepts.
   */
  private static int checkGuard(long seed, List<String> seeds,
      java.util.function.BiConsumer<java.util.Random, StringBuilder> mutate,
      java.util.function.Predicate<String> pattern, java.util.function.Predicate<String> guard) {
    java.util.Random random = new java.util.Random(seed);
    int matched = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      mutate.accept(random, line);
      String t = line.toString();
      if (pattern.test(t)) {
        matched++;
        assertTrue(guard.test(t), () -> "the guard rejects '" + t + "'");
      }
    }
    return matched;
  }

  private static final List<String> NOTICES = List.of("All rights reserved.", "We use cookies to improve it",
      "This website uses cookies", "this site uses cookies", "Accept all cookies", "Cookie policy",
      "cookie settings", "Manage cookie preferences", "(c) 2024 Muster. All Rights Reserved");

  /**
   * {@link FurnitureRules#mayBeBoilerplate} must admit every line in which the boilerplate pattern
   * finds a phrase: in any case, with the Kelvin sign for a 'k' and the long s for an 's', inside
   * other text.
   */
  @Test
  void boilerplateGuardAdmitsWhatTheBoilerplatePatternFinds() {
    String alphabet = " vkKVrRcC\u212a\u017fs.";
    int matched = checkGuard(42L, NOTICES, (random, line) -> {
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        int r = random.nextInt(10);
        line.setCharAt(k, r == 0 ? Character.toUpperCase(c) : r == 1 ? Character.toLowerCase(c)
            : c == 'k' && r == 2 ? '\u212a' : c == 's' && r == 2 ? '\u017f' : c);
      }
      if (random.nextBoolean()) {
        line.insert(random.nextInt(line.length()), alphabet.charAt(random.nextInt(alphabet.length())));
      }
      line.insert(0, "Text before, ".substring(random.nextInt(13)));
    }, t -> FurnitureRules.ENGLISH.boilerplateAnywhere.matcher(t).find(), FurnitureRules.ENGLISH::mayBeBoilerplate);
    assertTrue(matched > 10_000, () -> "only " + matched + " generated lines hold a boilerplate phrase");
    assertTrue(!FurnitureRules.ENGLISH.mayBeBoilerplate("Over 1,500 recruits served in the regiment"));
  }
}

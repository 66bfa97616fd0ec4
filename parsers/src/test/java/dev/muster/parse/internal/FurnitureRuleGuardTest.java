package dev.muster.parse.internal;

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
      "Photo: Jane Doe", "(Image: Reuters)", "Credit: AP", "Video by Jo Smith", "Footage: Channel One");

  private static List<String> variants() {
    List<String> out = new ArrayList<>();
    for (String s : SEEDS) {
      out.add(s);
      out.add(s.toUpperCase(Locale.ROOT));
      out.add(s.toLowerCase(Locale.ROOT));
      for (char c = ' '; c < 127; c++) {
        out.add(c + s.substring(1));
      }
      out.add('\u00e9' + s.substring(1));
    }
    return out;
  }

  @Test
  void everyGuardAdmitsWhatItsPatternMatches() {
    List<String> lines = variants();
    for (Furniture.Rule rule : Furniture.RULES) {
      int matched = 0;
      for (String line : lines) {
        if (rule.pattern().matcher(line).lookingAt()) {
          matched++;
          assertTrue(rule.may(line), () -> "guard '" + rule.starts() + "' of " + rule.pattern() + " rejects '" + line + "'");
        }
      }
      int m = matched;
      assertTrue(m > 0, () -> "no sample line matches " + rule.pattern());
    }
  }
}

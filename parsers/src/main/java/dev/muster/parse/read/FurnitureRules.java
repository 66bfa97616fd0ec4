package dev.muster.parse.read;

import dev.muster.parse.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The page-furniture rules of one language, loaded from its lexicon's {@code furniture.tsv}: the
 * line rules of {@link Furniture} (headers of related-article blocks, appeals, link lines, "N days
 * ago", author bios, subscription and boilerplate lines, bylines, tickers, image credits) as
 * regular expressions, each with the literal beginnings that reject most lines before it runs,
 * and the words of the cheap tests before the expressions that are not anchored at a line's start.
 *
 * <p>Immutable and thread-safe.
 */
final class FurnitureRules {

  private static final List<String> RULE_NAMES = List.of("RELATED_HEADER", "DEAR_READERS", "MESSAGE_FROM",
      "LINK_HEADER_ONLY", "LINK_LINE", "TIME_AGO", "BIO", "SUBSCRIPTION", "BOILERPLATE_START", "BYLINE",
      "PUBLISHED", "TICKER", "CREDIT", "ABOUT_AUTHOR");

  /** The rules of English pages (after the names: class initialisation runs in text order). */
  static final FurnitureRules ENGLISH = load("en");

  final Rule relatedHeader;
  final Rule dearReaders;
  final Rule messageFrom;
  final Rule linkHeaderOnly;
  final Rule linkLine;
  final Rule timeAgo;
  final Rule bio;
  final Rule subscription;
  final Rule boilerplateStart;
  final Rule byline;
  final Rule published;
  final Rule ticker;
  final Rule credit;
  /** "About the author": a header whose paragraph, or the rest of its line, is the author's bio. */
  final Rule aboutAuthor;
  /** Boilerplate found anywhere in a short line ("All rights reserved", cookie notices). */
  final Pattern boilerplateAnywhere;
  /** A bio line that needs no name before it ("My passion for journalism"). */
  final Pattern passion;
  private final List<String> bioVerbs;
  private final String bioOpening;
  /** The last words of a time-ago line ("ago", "Stunden", "fa"), in lower case. */
  private final List<String> timeAgoEnds;
  private final List<Anchor> boilerplateAnchors;
  private final List<Rule> rules;

  private FurnitureRules(Map<String, String[]> rows, Map<String, List<String>> words, String where) {
    this.bioVerbs = required(words, "bio-verbs", where).stream().map(v -> v + " ").toList();
    this.bioOpening = required(words, "bio-opening", where).get(0);
    this.timeAgoEnds = required(words, "time-ago-end", where).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    List<Anchor> anchors = new ArrayList<>();
    for (String k : required(words, "boilerplate-keywords", where)) {
      anchors.add(Anchor.of(k.toLowerCase(Locale.ROOT)));
    }
    this.boilerplateAnchors = List.copyOf(anchors);
    Map<String, Rule> byName = new HashMap<>();
    for (String name : RULE_NAMES) {
      String[] f = rows.get(name);
      if (f == null) {
        throw new IllegalStateException(where + ": no rule " + name + "; expected a row " + name
            + "<TAB>beginnings<TAB>expression");
      }
      Predicate<String> also = switch (name) {
        case "TIME_AGO" -> this::endsWithTimeAgo;
        case "BIO" -> this::mayBeBio;
        case "TICKER" -> t -> t.indexOf('%') > 0;
        default -> null;
      };
      byName.put(name, new Rule(name, Pattern.compile(f[2]), beginnings(f[1]), also));
    }
    relatedHeader = byName.get("RELATED_HEADER");
    dearReaders = byName.get("DEAR_READERS");
    messageFrom = byName.get("MESSAGE_FROM");
    linkHeaderOnly = byName.get("LINK_HEADER_ONLY");
    linkLine = byName.get("LINK_LINE");
    timeAgo = byName.get("TIME_AGO");
    bio = byName.get("BIO");
    subscription = byName.get("SUBSCRIPTION");
    boilerplateStart = byName.get("BOILERPLATE_START");
    byline = byName.get("BYLINE");
    published = byName.get("PUBLISHED");
    ticker = byName.get("TICKER");
    credit = byName.get("CREDIT");
    aboutAuthor = byName.get("ABOUT_AUTHOR");
    rules = RULE_NAMES.stream().map(byName::get).toList();
    boilerplateAnywhere = Pattern.compile(required(rows, "BOILERPLATE_ANYWHERE", where)[2]);
    passion = Pattern.compile(required(rows, "PASSION", where)[2]);
  }

  /** Loads the rules of {@code language} from its lexicon folder. */
  static FurnitureRules load(String language) {
    String where = "/dev/muster/parse/lexicon/" + language + "/furniture.tsv";
    Map<String, String[]> rows = new HashMap<>();
    Map<String, List<String>> words = new HashMap<>();
    LexiconFile.read(where, 2, f -> {
      if (Character.isUpperCase(f[0].charAt(0))) {
        if (f.length < 3) {
          throw new IllegalArgumentException("rule " + f[0] + " has no expression");
        }
        rows.put(f[0], f);
      } else {
        words.put(f[0], List.of(f[1].split("\\|")));
      }
    });
    return new FurnitureRules(rows, words, where);
  }

  private static <V> V required(Map<String, V> map, String key, String where) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalStateException(where + ": no row " + key);
    }
    return v;
  }

  /** The beginnings of a rule row: |-separated, "[a-z]" for any letter, empty for none. */
  private static List<String> beginnings(String field) {
    if (field.equals("[a-z]")) {
      List<String> letters = new ArrayList<>();
      for (char c = 'a'; c <= 'z'; c++) {
        letters.add(String.valueOf(c));
      }
      return letters;
    }
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  /** The anchored rules, in the order {@link Furniture} tries them. */
  List<Rule> rules() {
    return rules;
  }

  /**
   * The cheap test of {@link #bio}: the line starts with the bio opening, or a bio verb follows
   * one of the line's first four spaces, since the one to four words before the verb hold no space.
   */
  boolean mayBeBio(String t) {
    if (t.startsWith(bioOpening)) {
      return true;
    }
    int p = -1;
    for (int k = 0; k < 4; k++) {
      p = t.indexOf(' ', p + 1);
      if (p < 0) {
        return false;
      }
      for (String verb : bioVerbs) {
        if (t.startsWith(verb, p + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The cheap test of {@link #timeAgo} (used whole, so its expression ends at the line's end):
   * the line ends with one of the time-ago words, perhaps before a full stop, in any case.
   */
  boolean endsWithTimeAgo(String t) {
    int n = t.length();
    if (n > 0 && t.charAt(n - 1) == '.') {
      n--;
    }
    for (String end : timeAgoEnds) {
      if (endsWith(t, n, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t[0, n)} ends with {@code word} (lower-case ASCII letters), in any case. */
  private static boolean endsWith(String t, int n, String word) {
    int w = word.length();
    if (n < w) {
      return false;
    }
    for (int i = 0; i < w; i++) {
      if ((t.charAt(n - w + i) | 0x20) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cheap test before {@link #boilerplateAnywhere}: every line it finds contains one of the
   * boilerplate keywords (ignoring case), so the line must have one around an occurrence of the
   * keyword's rarest letter, found by a fast scan.
   */
  boolean mayBeBoilerplate(String t) {
    for (Anchor a : boilerplateAnchors) {
      if (a.in(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A keyword and the letter of it that is rarest in text, with every character that equals that
   * letter ignoring case (the Kelvin sign is a 'k').
   */
  private record Anchor(String keyword, int at, char[] forms) {
    /** Letters from the commonest to the rarest in English and most Latin-script text. */
    private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

    static Anchor of(String keyword) {
      int at = 0;
      for (int i = 1; i < keyword.length(); i++) {
        if (BY_FREQUENCY.indexOf(keyword.charAt(i)) > BY_FREQUENCY.indexOf(keyword.charAt(at))) {
          at = i;
        }
      }
      char c = keyword.charAt(at);
      StringBuilder forms = new StringBuilder();
      for (char x = 0; x < Character.MAX_VALUE; x++) {
        if (Character.toLowerCase(x) == c || Character.toUpperCase(x) == Character.toUpperCase(c)) {
          forms.append(x);
        }
      }
      return new Anchor(keyword, at, forms.toString().toCharArray());
    }

    /** Whether the keyword is in {@code t} ignoring case. */
    boolean in(String t) {
      // String.indexOf of one character is a vectorised scan, several times faster than a loop
      // over the characters that tests each one
      for (char f : forms) {
        for (int p = t.indexOf(f); p >= 0; p = t.indexOf(f, p + 1)) {
          int start = p - at;
          if (start >= 0 && t.regionMatches(true, start, keyword, 0, keyword.length())) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * A line rule anchored at the line's start, with the literal beginnings its matches can have
   * (ASCII, lower case, compared ignoring case; every line the pattern accepts starts with one of
   * them): a line that starts with none is rejected without running the pattern. A non-ASCII
   * character of the line is taken to agree with any character of a beginning, since case folding
   * can map it onto an ASCII one (the Kelvin sign onto 'k'). {@code also} is a further cheap test
   * that every line the pattern accepts passes ("a ticker line has a '%'"), or null for none
   * (most rules: then the call site of {@code also} sees only the few rules that have one).
   */
  record Rule(String name, Pattern pattern, List<String> beginnings, Predicate<String> also, String[][] byFirst) {
    Rule(String name, Pattern pattern, List<String> beginnings, Predicate<String> also) {
      this(name, pattern, List.copyOf(beginnings), also, index(beginnings));
    }

    /** The beginnings by their first character, for those that start with an ASCII one. */
    private static String[][] index(List<String> beginnings) {
      String[][] byFirst = new String[128][];
      for (String b : beginnings) {
        char c = b.charAt(0);
        if (c < 128) {
          String[] old = byFirst[c] == null ? new String[0] : byFirst[c];
          String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
          grown[old.length] = b;
          byFirst[c] = grown;
        }
      }
      return byFirst;
    }

    boolean matches(String t) {
      return may(t) && pattern.matcher(t).matches();
    }

    boolean lookingAt(String t) {
      return may(t) && pattern.matcher(t).lookingAt();
    }

    boolean may(String t) {
      if (t.isEmpty()) {
        return also == null || also.test(t);
      }
      char c = t.charAt(0);
      if (c >= 128) {
        for (String b : beginnings) {
          if (beginsWith(t, b)) {
            return also == null || also.test(t);
          }
        }
        return false;
      }
      String[] candidates = byFirst[c >= 'A' && c <= 'Z' ? c + 32 : c];
      if (candidates != null) {
        for (String b : candidates) {
          if (beginsWith(t, b)) {
            return also == null || also.test(t);
          }
        }
      }
      return false;
    }

    private static boolean beginsWith(String t, String beginning) {
      if (t.length() < beginning.length()) {
        return false;
      }
      for (int i = 0; i < beginning.length(); i++) {
        char c = t.charAt(i);
        if (c < 128 && (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != beginning.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

}

package dev.muster.parse.attribution;

import dev.muster.Source;
import dev.muster.parse.token.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a sentence attributes its figures to: the sources in attribution frames, every source name
 * in the sentence (framed or not) with its token span, and whether the sentence has an anaphoric
 * speaker ("it said") that refers back to an earlier source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param found the framed sources, in text order
 * @param names every source named, framed or not, in text order
 * @param spans the token span of each of {@code names}
 * @param anaphor whether nothing is framed but a speaker refers back ("the ministry said")
 * @param citingOnly whether every framed source is an inner one ("citing X")
 */
public record SentenceAttribution(List<Attributed> found, List<Source> names, List<TokenSpan> spans,
    boolean anaphor, boolean citingOnly) {

  private static final Role[] ROLES = Role.values();
  /** A sentence that names no source. */
  public static final SentenceAttribution NONE =
      new SentenceAttribution(List.of(), List.of(), List.of(), false, false);

  public SentenceAttribution {
    found = List.copyOf(found);
    names = List.copyOf(names);
    spans = List.copyOf(spans);
  }

  /** Whether no source is framed and no speaker refers back. */
  public boolean isEmpty() {
    return found.isEmpty() && !anaphor;
  }

  /** The framed sources, outermost first, each once. */
  public List<Source> chain() {
    if (found.isEmpty()) {
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    for (Role r : ROLES) {
      for (Attributed f : found) {
        if (f.role() == r && !out.contains(f.source())) {
          out.add(f.source());
        }
      }
    }
    return out;
  }

  /** Whether token {@code k} is part of a source's name. */
  public boolean inName(int k) {
    for (int i = 0; i < spans.size(); i++) { // indexed: no iterator per token asked
      if (spans.get(i).contains(k)) {
        return true;
      }
    }
    return false;
  }
}

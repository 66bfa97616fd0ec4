package dev.muster.parse.classify;

import dev.muster.Measure;
import dev.muster.Origin;
import dev.muster.parse.quantity.QuantityMention;
import java.util.SortedSet;

/**
 * What {@link FigureRules} make of one quantity: its measure and origins, and what the later
 * rules of the sentence and the document need to know about it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param quantity the quantity, its currency refined ("rupees" of Nepal)
 * @param measure what is counted
 * @param origins where the people counted come from
 * @param originExplicit whether the origins were said for this figure
 * @param headEnd the token after the figure's noun phrase, where a rate may follow
 * @param noOriginWanted whether the figure must not get a default origin
 * @param ownForceNoun whether it counts soldiers or losses (or is bare)
 */
record Reading(QuantityMention quantity, Measure measure, SortedSet<Origin> origins, boolean originExplicit,
    int headEnd, boolean noOriginWanted, boolean ownForceNoun) {}

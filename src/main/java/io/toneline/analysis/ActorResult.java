package io.toneline.analysis;

import io.toneline.analysis.actors.ActorType;
import io.toneline.analysis.timeline.Shift;
import io.toneline.analysis.timeline.Stretch;
import io.toneline.analysis.timeline.TrajectoryPoint;

import java.util.List;

/**
 * An actor of the article and how its tone moves.
 *
 * @param id stable id (same text, same id)
 * @param name canonical name
 * @param type country, person, organization or other
 * @param iso for states, the ISO 3166-1 alpha-2 code (XK for Kosovo); else null
 * @param aliases the distinct forms under which it appears or was declared
 * @param affiliation id of the state or organisation it acts for, if the text says
 * @param roles for people, the titles the text names them with, lower case ("president", "foreign
 *     minister"); role references such as "the Iranian president" resolve through them
 * @param mentionCount mentions in the whole article, headings and boilerplate included
 * @param score mean tone over the body paragraphs that mention it; null when none does
 * @param trajectory tone per scored paragraph, in order
 * @param shifts turns of tone between stretches (change of side), with confidence and evidence
 * @param arc the actor's stretches in order, each with its typical level
 * @param derivedFrom for a state, the people acting for it whose tone it took in paragraphs that did not
 *     name it (officials count for their state); empty when none
 * @param arcSummary the arc in one line, e.g. "hostile p1–p3 → cooperative p5–p7" (paragraph indices)
 */
public record ActorResult(
        String id,
        String name,
        ActorType type,
        String iso,
        List<String> aliases,
        String affiliation,
        List<String> roles,
        int mentionCount,
        Double score,
        List<TrajectoryPoint> trajectory,
        List<Shift> shifts,
        List<Stretch> arc,
        String arcSummary,
        List<String> derivedFrom) {}

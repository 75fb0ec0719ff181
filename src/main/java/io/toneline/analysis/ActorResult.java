package io.toneline.analysis;

import io.toneline.analysis.actors.ActorType;
import io.toneline.analysis.timeline.Shift;
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
 * @param shifts lasting changes of tone
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
        List<Shift> shifts) {}

package io.toneline.analysis.actors;

import java.util.List;
import java.util.Locale;

/**
 * How a titled name is written where it stands: in capitals as a transcript's speaker label, inside a
 * title-case headline, or alone on a signature line. {@link PersonFinder} asks before it takes a name.
 * Pure functions.
 */
final class NameShapes {

    private NameShapes() {}

    /**
     * "SECRETARY KERRY:", "FOREIGN MINISTER DAVUTOGLU:": a name written in capitals, as transcripts label
     * their speakers, is the same name as "Davutoglu" elsewhere in the article.
     */
    static List<String> capitalisedOnce(List<String> name) {
        boolean shouting = name.stream().allMatch(w -> w.length() > 1 && w.chars().noneMatch(Character::isLowerCase));
        if (!shouting) {
            return name;
        }
        return name.stream().map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * A signature or byline line, "Ambassador Michele J. Sison": the title opens the line, the name closes it,
     * and the name has an initial or is all the line holds after the title. Such a line names a person.
     */
    static boolean signature(String view, int titleStart, int nameEnd, List<String> name) {
        int from = view.lastIndexOf('\n', titleStart) + 1;
        int to = view.indexOf('\n', nameEnd);
        boolean wholeLine = view.substring(from, titleStart).isBlank()
                && view.substring(nameEnd, to < 0 ? view.length() : to).isBlank();
        return wholeLine && name.stream().anyMatch(w -> w.length() == 1);
    }

    /**
     * True when [start, end) sits in a line written in title case ("Belarus President Races Sanctions") and
     * the name appears nowhere else: in a headline every word is capitalised, so "Races Sanctions" is no name.
     */
    static boolean headlineOnly(String view, int start, int end) {
        int from = view.lastIndexOf('\n', start) + 1;
        int to = view.indexOf('\n', end);
        String line = view.substring(from, to < 0 ? view.length() : to).strip();
        if (line.isEmpty() || ".!?:;\"”'’)".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false; // a sentence, not a headline
        }
        long lower = java.util.Arrays.stream(line.split("\\s+"))
                .filter(w -> w.length() > 3 && Character.isLowerCase(w.codePointAt(0))).count();
        if (lower > 0) {
            return false;
        }
        String name = view.substring(start, end);
        int first = view.indexOf(name);
        return first >= from && view.indexOf(name, first + 1) < 0 && (first + name.length() <= from + line.length());
    }
}

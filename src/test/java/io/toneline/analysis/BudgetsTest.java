package io.toneline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.text.Paragraph;
import io.toneline.analysis.text.Segmenter;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lower bounds of a request's cost from named mentions: body paragraphs only, references not counted. */
class BudgetsTest {

    private static final ActorFinder FINDER = new ActorFinder(Gazetteer.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two states in one paragraph                     | Russia and Ukraine met.                                  | 2 | 7
            a heading is not counted                        | Russia Warns Ukraine $ Russia met Ukraine on Monday.     | 2 | 9
            a reference is not counted before it is resolved | Russia and Ukraine met. $ Both sides agreed.             | 2 | 7
            no actor, no cost                               | The weather was fine.                                    | 0 | 0
            """)
    void countsNamedMentionsInBodyParagraphs(String name, String text, long targets, long tokens) {
        String t = text.replace(" $ ", "\n\n");
        List<Paragraph> paragraphs = Segmenter.split(t);
        List<Actor> named = FINDER.find(t, List.of(), false);
        assertEquals(new Budgets.Cost(targets, tokens), Budgets.of(paragraphs, named, 160));
    }
}

package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.Gazetteer;

import static io.toneline.analysis.actors.ActorFinderTest.FINDER;
import static io.toneline.analysis.actors.ActorFinderTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Caller actors, roll-up, organisations, id stability and the no-overlap guarantee. */
class ActorFinderRulesTest {

    private static final String ARTICLE = """
            Russian President Vladimir Putin said on Monday that Moscow would not back down.

            US President Joe Biden said the Biden administration would send more aid to Kyiv, and
            US officials said the Pentagon was ready. NATO Secretary-General Mark Rutte agreed.

            China's Foreign Minister Wang Yi urged restraint. The Chinese foreign ministry said Beijing
            opposed sanctions, while the Russian Defence Ministry accused Ukrainian forces of shelling.

            Putin's government has denied the claims. Mr Putin spoke to Xi Jinping's envoy, Reuters reported.
            """;

    static Stream<Arguments> callerActors() {
        return Stream.of(
                // a new actor, found by name and alias, ignoring case
                Arguments.of("Redstone Group fighters left. Redstone said so.",
                        List.of(ActorSpec.of("Redstone Group", "Redstone")), "actor-redstone-group=Redstone Group|Redstone"),
                Arguments.of("the redstone group and REDSTONE.",
                        List.of(ActorSpec.of("Redstone Group", "Redstone")), "actor-redstone-group=redstone group|REDSTONE"),
                // extending a gazetteer entry: the name merges, the alias is new
                Arguments.of("Russia and Rossiya and Moscow.",
                        List.of(ActorSpec.of("Russia", "Rossiya")), "russia=Russia|Rossiya|Moscow"),
                // overriding detection on overlapping spans: the caller's alias wins
                Arguments.of("The Kremlin Watchers met.",
                        List.of(ActorSpec.of("Watch Group", "Kremlin Watchers")), "actor-watch-group=Kremlin Watchers"),
                Arguments.of("President Vladimir Putin spoke.",
                        List.of(ActorSpec.of("Putin camp", "Vladimir Putin")), "actor-putin-camp=Vladimir Putin"),
                // caller acronyms stay case-sensitive, and a merged "US" keeps the gazetteer's rule
                Arguments.of("Tell us about the US and AfD and afd.",
                        List.of(ActorSpec.of("US"), ActorSpec.of("AfD")), "united-states=US; actor-afd=AfD|afd"),
                // never mentioned: still reported, last, in spec order
                Arguments.of("Russia acted.", List.of(ActorSpec.of("Ghost B"), ActorSpec.of("Ghost A")),
                        "russia=Russia; actor-ghost-b=; actor-ghost-a="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callerActors")
    void callerActorsExtendAndOverride(String text, List<ActorSpec> specs, String expected) {
        assertEquals(expected, render(FINDER.find(text, specs, false)));
    }

    @Test
    void mergedCallerActorKeepsGazetteerIdentityAndDeclaredAliases() {
        Actor russia = FINDER.find("Moscow acted.", List.of(ActorSpec.of("russia", "Rossiya")), false).get(0);
        assertEquals("russia", russia.id());
        assertEquals("Russia", russia.name());
        assertEquals(ActorType.COUNTRY, russia.type());
        assertEquals(List.of("Moscow", "russia", "Rossiya"), russia.aliases());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            US President Joe Biden spoke. The Biden administration agreed. => united-states=US President Joe Biden|The Biden administration
            Russian President Vladimir Putin spoke. Putin said. Russia agreed. => russia=Russian President Vladimir Putin|Putin|Russia
            NATO Secretary-General Mark Rutte warned. => nato=NATO Secretary-General Mark Rutte
            Russia's Foreign Ministry protested. => russia=Russia|Foreign Ministry
            Mr Smith said the Ukrainian Emergencies Ministry was ready. => person-smith=Mr Smith; ukraine=Ukrainian Emergencies Ministry
            """)
    void rollUpFoldsAffiliatedActorsIntoStates(String text, String expected) {
        assertEquals(expected, render(FINDER.find(text, List.of(), true)));
    }

    @Test
    void withoutRollUpGovernmentBodiesKeepTheirAffiliation() {
        List<Actor> actors = FINDER.find("Russia's Foreign Ministry protested.", List.of(), false);
        assertEquals("russia=Russia; org-foreign-ministry=Foreign Ministry", render(actors));
        assertEquals("russia", actors.get(1).affiliation());
        assertEquals(ActorType.ORGANIZATION, actors.get(1).type());
    }

    @Test
    void aBodyNamedAfterTheStateWithItsArticleIsAffiliatedToo() {
        List<Actor> actors = FINDER.find("But the Philippines Supreme Court ruled on Tuesday.", List.of(), false);
        assertEquals("philippines", actors.get(0).affiliation(), render(actors));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            Goldman Sachs Group shares fell.                     => org-goldman-sachs-group=Goldman Sachs Group
            The Ministry of Foreign Affairs said.                => org-ministry-of-foreign-affairs=Ministry of Foreign Affairs
            The Bank of England raised rates.                    => org-bank-of-england=Bank of England
            Officials told Reuters and the Associated Press.     => org-reuters=Reuters; org-associated-press=Associated Press
            The Communist Party met.                             => org-communist-party=Communist Party
            The European Commission met.                         => eu=The European Commission
            He joined the party in May.                          => ``
            """)
    void organisations(String text, String expected) {
        assertEquals(expected == null ? "" : expected, render(FINDER.find(text, List.of(), false)));
    }

    /** Movements and parties no gazetteer lists, learnt from how the article introduces them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            Mozambique's former rebel group, Renamo, ended the deal. Renamo officials left. => mozambique=Mozambique; group-renamo=Renamo|Renamo
            The deal with the ruling Frelimo party held. Renamo fought Frelimo.             => org-frelimo=Frelimo|Frelimo
            Fighters of the rebel Seleka movement entered the capital.                      => group-seleka=Seleka
            The opposition party, the Justice Party, won seats.                             => org-justice-party=Justice Party
            One of the leaders of the M23 rebel group, Bertrand Bisimwa, spoke.             => m23=M23
            The rebel group, Hamas, fired rockets.                                          => hamas=Hamas
            The group said Renamo was strong. Frelimo agreed.                               => ``
            Libya's rebel Transitional National Council met. The Libyan opposition agreed.  => libya=Libya; group-transitional-national-council=Transitional National Council|Libyan opposition
            The rebel National Council met. The Libyan opposition agreed.                   => org-national-council=National Council; group-libyan-opposition=Libyan opposition
            The Saudi-led coalition struck. Saudi coalition commanders agreed.             => group-saudi-led-coalition=Saudi-led coalition|Saudi coalition
            The Syrian coalition met in Istanbul.                                           => syria=Syrian
            Envoys of the Syrian government and the Western-backed opposition met.         => syria=Syrian government; group-syrian-opposition=the Western-backed opposition
            The opposition walked out of the talks.                                         => ``
            The Iranian government and the Iraqi government met the opposition.           => iran=Iranian government; iraq=Iraqi government
            The Chinese, however, are not getting relief from sanctions.                    => china=Chinese
            The Taiwanese will receive two frigates.                                        => taiwan=Taiwanese
            He speaks Chinese, and she speaks French.                                       => ``
            The British-based Syrian Observatory reported clashes.                          => syria=Syrian
            The ruling party, Monday, met.                                                  => ``
            """)
    void movementsLearntFromTheirIntroduction(String text, String expected) {
        assertEquals(expected == null ? "" : expected, render(FINDER.find(text, List.of(), false)));
    }

    /** People named before their title, in an apposition; the state inside it is their affiliation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            Last weekend, Markus Loening, Germany's highest ranking envoy to Minsk, spoke. Loening left. => person-markus-loening=Markus Loening|Loening; germany=Germany; belarus=Minsk
            Mauricio Macri, the president of Argentina, told reporters.                  => person-mauricio-macri=Mauricio Macri; argentina=Argentina
            Militias loyal to ex-president Ali Abdullah Saleh fought on.                  => person-ali-abdullah-saleh=ex-president Ali Abdullah Saleh
            He met Larry Kudlow, assistant to the president, on Monday.                  => ``
            The head of U.S. Central Command, General James Mattis, arrived.             => united-states=U.S.; person-james-mattis=General James Mattis
            In New York, the city's mayor spoke.                                         => ``
            `Belarus President Races Sanctions\n\nThe vote was disputed.`               => belarus=Belarus
            `Ambassador Michele J. Sison\n\nThe vote was disputed.`                     => person-michele-j-sison=Ambassador Michele J. Sison
            `Russian President Vladimir Putin Warns NATO\n\nVladimir Putin spoke.`      => person-vladimir-putin=Russian President Vladimir Putin|Vladimir Putin; nato=NATO
            Chief of Staff, Marshall Khalifa Haftar, President of the House Aguila Saleh Issa, met. => ``
            """)
    void peopleNamedBeforeTheirTitle(String text, String expected) {
        assertEquals(expected == null ? "" : expected, render(FINDER.find(text, List.of(), false)));
    }

    @Test
    void idsAreStableAcrossRunsAndFinders() {
        String first = render(FINDER.find(ARTICLE, List.of(ActorSpec.of("Redstone")), false));
        String again = render(new ActorFinder(Gazetteer.load()).find(ARTICLE, List.of(ActorSpec.of("Redstone")), false));
        assertEquals(first, again);
        List<String> ids = FINDER.find(ARTICLE, List.of(), false).stream().map(Actor::id).toList();
        assertEquals(List.of("person-vladimir-putin", "russia", "person-joe-biden", "united-states", "ukraine",
                "person-mark-rutte", "person-wang-yi", "china", "person-xi-jinping", "org-reuters"), ids);
    }

    @Test
    void articleWithoutRollUp() {
        List<Actor> actors = FINDER.find(ARTICLE, List.of(), false);
        Actor putin = actors.get(0);
        assertEquals("russia", putin.affiliation());
        assertEquals(List.of("Russian President Vladimir Putin", "Mr Putin"),
                putin.mentions().stream().map(Mention::text).toList());
        Actor russia = actors.get(1);
        assertEquals(List.of("Moscow", "Russian Defence Ministry", "Putin's government"),
                russia.mentions().stream().map(Mention::text).toList());
        assertNull(russia.affiliation());
    }

    @Test
    void mentionsNeverOverlapAndPointIntoTheText() {
        for (boolean rollUp : new boolean[] {false, true}) {
            List<Actor> actors = FINDER.find(ARTICLE, List.of(ActorSpec.of("Kyiv aid", "aid to Kyiv")), rollUp);
            List<Mention> all = new ArrayList<>();
            int lastFirst = -1;
            for (Actor a : actors) {
                assertTrue(a.mentions().get(0).start() >= lastFirst, "actors sorted by first mention");
                lastFirst = a.mentions().get(0).start();
                for (int i = 0; i < a.mentions().size(); i++) {
                    Mention m = a.mentions().get(i);
                    assertEquals(m.text(), ARTICLE.substring(m.start(), m.end()));
                    assertTrue(i == 0 || a.mentions().get(i - 1).start() < m.start(), "mentions sorted");
                }
                all.addAll(a.mentions());
            }
            all.sort(Comparator.comparingInt(Mention::start));
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).end() <= all.get(i).start(), all.get(i - 1) + " overlaps " + all.get(i));
            }
        }
    }

    @Test
    void namesBrokenAcrossWrappedLinesAreFound() {
        assertEquals("united-states=the White\nHouse", render(FINDER.find("He met the White\nHouse team.", List.of(), false)));
        assertEquals("", render(FINDER.find("He met the White\n\nHouse team.", List.of(), false)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Jordan Bardella led the polls.|",
        "The player Michael Jordan retired.|",
        "Chad Smith played drums.|",
        "Jordan and Chad signed an accord.|jordan=Jordan; chad=Chad",
        "Chad President Mahamat Deby spoke.|person-mahamat-deby=Chad President Mahamat Deby",
        "Jordan Valley farmers protested.|",
        "Officials in Georgia said so.|georgia=Georgia",
        "Kerry returns to Jordan Saturday.|jordan=Jordan"})
    void stateNamesThatAreAlsoPeoplesNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected, render(FINDER.find(text, List.of(), false)));
    }

    @Test
    void emptyAndNullText() {
        assertEquals(List.of(), FINDER.find("", null, false));
        assertEquals(List.of(), FINDER.find(null, List.of(), true));
    }
}

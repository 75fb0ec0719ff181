package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.Gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toneline.analysis.text.Segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text in, the actor each reference that is not a name resolves to out ("" = stays unresolved). */
class ReferenceResolverTest {

    private static final ActorFinder FINDER = new ActorFinder(Gazetteer.load());

    /** "reference=actor(s)" for every resolved mention, in text order; "|" between paragraphs is a break. */
    private static String resolve(String text) {
        String t = text.replace(" | ", "\n\n");
        List<Actor> actors = FINDER.references().resolve(t, Segmenter.split(t), FINDER.find(t, List.of(), false));
        TreeMap<Integer, List<String>> byStart = new TreeMap<>();
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                if (m.resolved()) {
                    byStart.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(a.id());
                    // the source must be a named mention of the same actor
                    assertEquals(true, a.mentions().stream().anyMatch(n -> !n.resolved()
                            && n.start() == m.source().start() && n.end() == m.source().end()), m.toString());
                }
            }
        }
        List<String> out = new ArrayList<>();
        byStart.forEach((start, ids) -> out.add(t.substring(start).split("[ ,.]")[0] + "…=" + String.join("+",
                ids.stream().sorted().toList())));
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // plural references: the two actors of the current interaction
        "\"Chad and Sudan signed a ceasefire on Monday, and both sides pledged to respect it.\"|both…=chad+sudan",
        "\"Ethiopia and Eritrea reopened their border. The two countries had fought a war.\"|The…=eritrea+ethiopia",
        "\"Israel struck Gaza as talks with Hamas stalled. Both sides blamed each other.\"|Both…=hamas+israel",
        "\"Cambodia and Thailand clashed again. $ The neighbours agreed to talks on Friday.\"|The…=cambodia+thailand",
        "\"President Emmanuel Macron met Chancellor Olaf Scholz. The two leaders agreed on a plan.\"|The…=person-emmanuel-macron+person-olaf-scholz",
        // a person counts as the state they act for when it is named too
        "\"Russia and Ukraine met in Istanbul, where Russian President Vladimir Putin's envoy spoke. Both sides agreed to swap prisoners.\"|Both…=russia+ukraine",
        // must not resolve: three states in play, or none
        "\"Iran, Iraq and Syria met. Both sides agreed.\"|",
        "\"The strike divided the union. Both sides dug in.\"|",
        "\"The two countries signed a deal.\"|",
        // numbered groups: as many parties as the number says
        "\"Saudi Arabia, Bahrain and the UAE recalled their envoys from Qatar. $ The three countries said Doha broke its word.\"|The…=bahrain+saudi-arabia+united-arab-emirates",
        "\"President Joe Biden, President Emmanuel Macron and Chancellor Olaf Scholz met. The three leaders agreed.\"|The…=person-emmanuel-macron+person-joe-biden+person-olaf-scholz",
        // must not resolve: a number that does not fit the parties in play
        "\"Saudi Arabia and Bahrain recalled their envoys. The three countries said so.\"|",
        "\"Iran, Iraq, Syria and Turkey met. The three nations agreed.\"|",
        // pronouns: the one person in the sentence so far or the one before
        "\"Iranian President Masoud Pezeshkian spoke in New York on Tuesday. He called for talks.\"|He…=person-masoud-pezeshkian",
        "\"Prime Minister Keir Starmer visited Kyiv. $ He promised more aid.\"|He…=person-keir-starmer",
        // must not resolve: two people, or a capitalised name Toneline does not know
        "\"President Joe Biden met President Xi Jinping. He said the talks were frank.\"|",
        "\"President Joe Biden met Jane Goodall. She praised him.\"|",
        // movements: the one movement named before
        "\"M23 fighters seized Goma. The rebels then advanced south.\"|The…=m23",
        "\"Boko Haram and ISWAP clashed in Borno. The militants lost dozens.\"|",
        "\"Pro-Russian separatists seized Donetsk. $ The separatists rejected the truce.\"|The…=group-pro-russian-separatists",
        "\"The Syrian opposition and Syrian rebels met. The opposition left early.\"|",
        // roles: the one person named before with that title (and that state, when the phrase names one)
        "\"Iranian President Masoud Pezeshkian met Iraq's leaders. $ The Iranian president said talks would go on.\"|The…=person-masoud-pezeshkian",
        "\"Russian Foreign Minister Sergei Lavrov arrived in Ankara. Later, Russia's foreign minister praised Turkey.\"|Russia's…=person-sergei-lavrov",
        "\"Kremlin spokesman Dmitry Peskov spoke on Monday. $ The Kremlin spokesman said Moscow was ready.\"|The…=person-dmitry-peskov",
        "\"French President Emmanuel Macron visited Algeria. The president of France laid a wreath.\"|The…=person-emmanuel-macron",
        "\"President William Ruto hosted the talks. The president urged calm.\"|The…=person-william-ruto",
        "\"Foreign Minister Sergei Lavrov met Turkey's envoy. The minister said little.\"|The…=person-sergei-lavrov",
        // must not resolve: two presidents in play, another state's president, no person named, a deputy, "a"
        "\"President Joe Biden met President Xi Jinping in Lima. The president said the talks were frank.\"|",
        "\"President Joe Biden spoke to France. The French president said nothing.\"|",
        "\"The Iranian president said talks would go on.\"|",
        "\"Foreign Minister Sergei Lavrov arrived in Ankara. Later, Turkey's foreign minister spoke.\"|",
        "\"Deputy Foreign Minister Sergei Ryabkov spoke. The foreign minister was away.\"|",
        "\"President William Ruto hosted the talks. A president must listen.\"|",
        "\"President William Ruto hosted the talks. The President Samia Suluhu said little.\"|",
        // across paragraphs: the two parties named up to three body paragraphs before
        "\"Japan protested to China over the ships. $ The ships left on Friday. $ Both sides held secret talks.\"|Both…=china+japan",
        "\"Japan protested to China. $ The weather was calm. $ The sea was quiet. $ The harbour was empty. $ Both sides met.\"|",
        // a pronoun opening a paragraph: the one person of the whole paragraph before
        "\"Prime Minister Keir Starmer visited Kyiv. The visit was short. $ He promised more aid.\"|He…=person-keir-starmer",
        "\"Prime Minister Keir Starmer met Chancellor Olaf Scholz. The visit was short. $ He promised more aid.\"|",
        // the armed movement under another word
        "\"M23 fighters seized Goma. $ The guerrillas then advanced south.\"|The…=m23",
        // the sentence so far decides when it names one person, whoever the sentence before named
        "\"Spokeswoman Jen Psaki said talks would go on. $ Secretary Kerry said he believed a deal was near. $ On Monday, he met the negotiators.\"|he…=person-kerry; he…=person-kerry",
        "\"President Donald Trump said he raised the U.S. election with Russian President Vladimir Putin but he did not criticize him.\"|he…=person-donald-trump",
        // a pronoun of the other gender: "she" is no Mr. Gadhafi; "both sides" is not the U.S. and its State Department
        "\"Momentum is with the forces seeking the ouster of Mr. Gadhafi. And she warned that the end was near.\"|",
        "\"The U.S. Department of State expressed concern, calling on both sides to exercise restraint.\"|",
        // "he said" after a quote: the person who last said something, not the one spoken of
        "\"Defense Minister Diego Molano said Colombia was proud of the designation by President Joe Biden. $ \"\"We plan to deepen our ties,\"\" he said.\"|he…=person-diego-molano",
        "\"Defense Minister Diego Molano met President Joe Biden. $ \"\"We plan to deepen our ties,\"\" he said.\"|",
        // transcripts: a speaker label opens a turn; the label and the speaker's I, me and my are the speaker
        "\"Foreign Minister Ahmet Davutoglu met Secretary Kerry. $ SECRETARY KERRY: Thank you. I think the minister will start. $ FOREIGN MINISTER DAVUTOGLU: Thank you, John. $ Today I met my colleague.\"|I…=person-kerry; the…=person-ahmet-davutoglu; I…=person-ahmet-davutoglu; my…=person-ahmet-davutoglu",
        // a statement signed with a title in its byline: the signer's I, not what the statement quotes
        "\"Ambassador Michele J. Sison $ Thank you, Mr. President. I assure you of our support. As one victim said, \"\"I forgive.\"\"\"|I…=person-michele-j-sison",
        "\"By Jane Doe $ Talks went on. \"\"I am hopeful,\"\" a diplomat said.\"|",
        // must not resolve: a label that names nobody known, or the numeral of a war
        "\"QUESTION: Did I hear that right? $ Secretary Kerry said World War I was long ago.\"|",
        // the bare plural, for the article's one movement; a coalition of states is no movement
        "\"Pro-Russian separatists rejected the truce. $ Kyiv said rebels attacked a border post.\"|rebels…=group-pro-russian-separatists",
        "\"The Saudi-led coalition struck Houthi positions. $ Rebels still control Sanaa.\"|Rebels…=houthis",
        "\"Colombia and the FARC agreed. $ The deal gives former rebels some power.\"|rebels…=farc",
        "\"M23 fighters seized Goma, and the rebels then advanced south.\"|the…=m23",
        // must not resolve: after a name or a describing word, or with two movements in play
        "\"M23 fighters seized Goma. Shi'ite rebels fought on.\"|",
        "\"M23 and the Houthis fought. Rebels advanced.\"|",
        "\"Hezbollah fighters crossed the border. A kidnapping by rebels fighting in Syria followed.\"|",
        // nobody named in the paragraph so far: the parties the story names together most often
        "\"Colombia and the leftist FARC rebels agreed to a cease-fire. $ U.S. spokesman John Kirby said the United States congratulated President Juan Manuel Santos. $ The cease-fire is the last step before both sides sign a deal.\"|both…=colombia+farc",
        "\"Fighting between Thailand and Cambodia went on. $ Each side blamed the other.\"|Each…=cambodia+thailand",
        "\"India and Pakistan held talks. $ \"\"We must mend ties between our two countries,\"\" an official said.\"|our…=india+pakistan",
        "\"Saudi Arabia, Bahrain and the UAE met. $ Qatar was not there. Kuwait was. $ Oman was not. $ Egypt was. $ The three countries said so.\"|The…=bahrain+saudi-arabia+united-arab-emirates",
        // one of the pair named nearby: the story's pair that holds it
        "\"Prime Minister Abiy Ahmed and President Isaias Afwerki met. $ The border reopened. $ Abiy traveled to Asmara, where the two leaders signed the agreement.\"|the…=person-abiy-ahmed+person-isaias-afwerki",
        "\"Prime Minister Abiy Ahmed and President Isaias Afwerki met. $ President William Ruto spoke, and the two leaders signed a deal.\"|",
        // must not resolve: two pairs named together as often, or a pair only in apposition
        "\"Chad and Sudan met. Niger and Mali met. $ Both sides agreed.\"|",
        "\"Chad, the host, spoke to Sudan. $ The rain fell. $ The sea was quiet. $ The port was shut. $ Both sides agreed.\"|",
        // a role named with its state before the person is named: the one such person of the article
        "\"Indonesia's foreign minister is in Bangkok. Indonesian Foreign Minister Marty Natalegawa said talks would begin.\"|Indonesia's…=person-marty-natalegawa",
        "\"Ukraine's newly elected president spoke. Ukrainian President Petro Poroshenko ordered a truce.\"|Ukraine's…=person-petro-poroshenko",
        "\"Protests grew in Belarus, and the country's president faced pressure. Belarusian President Alexander Lukashenko said nothing.\"|the…=person-alexander-lukashenko",
        "\"Russian President Vladimir Putin met Erdogan. $ The Russian head of state said the plan needs action.\"|The…=person-vladimir-putin",
        // "leader" after a state: its one head of state or of government the article named
        "\"Japanese Prime Minister Fumio Kishida met President Joe Biden. $ Biden thanked the Japanese leader.\"|the…=person-fumio-kishida",
        "\"German Chancellor Olaf Scholz flew to Kyiv. Germany's leader promised more help.\"|Germany's…=person-olaf-scholz",
        // "top diplomat": the state's foreign minister or secretary of state
        "\"U.S. Secretary of State Antony Blinken left for Cairo. $ The top U.S. diplomat met Egyptian officials.\"|The…=person-antony-blinken",
        "\"Chinese Foreign Minister Wang Yi spoke. China's top diplomat urged restraint.\"|China's…=person-wang-yi",
        // must not resolve: a former holder, two holders, a verb between state and title, no state before
        "\"Russia's former president spoke. Russian President Vladimir Putin said nothing.\"|",
        "\"Iran's foreign minister spoke. Iranian Foreign Minister Abbas Araghchi and Iranian Foreign Minister Javad Zarif met.\"|",
        "\"White House officials said the president would act.\"|",
        // must not resolve: "leader" without a state, with a movement before it, or with two leaders of that state
        "\"German Chancellor Olaf Scholz flew to Kyiv. The leader promised more help.\"|",
        "\"Hamas leader Ismail Haniyeh spoke. The Hamas leader said the truce held.\"|",
        "\"Russian President Vladimir Putin and Russian Prime Minister Mikhail Mishustin met. The Russian leader spoke.\"|",
        "\"U.S. Secretary of State Antony Blinken left for Cairo. $ A top U.S. diplomat met Egyptian officials.\"|",
        "\"The country's president faced pressure. President Alexander Lukashenko of Belarus said nothing.\"|",
        // plural roles over a list of states: each state's one holder, named before or after
        "\"The presidents of Sudan and South Sudan agreed to a buffer zone. $ Sudanese President Omar al-Bashir and South Sudan's President Salva Kiir met again.\"|The…=person-omar-al-bashir+person-salva-kiir",
        "\"The foreign ministers of India and Pakistan met. Indian Foreign Minister Subrahmanyam Jaishankar spoke.\"|The…=person-subrahmanyam-jaishankar",
        // bodies named in full, then by their body word
        "\"The Permanent Court of Arbitration ruled against China. China said the court had no right to rule.\"|the…=pca",
        "\"The Gulf Cooperation Council met in Riyadh. $ The six-member Council urged Qatar to comply.\"|The…=gcc",
        // must not resolve: two courts named, a court never named, another name after the word
        "\"The Supreme Court and the Constitutional Court disagreed. The court ruled on Monday.\"|",
        "\"China said the court had no right to rule.\"|",
        "\"The Gulf Cooperation Council met. The Council of Europe objected.\"|",
        "\"India and Pakistan resumed talks. $ Ties between the nuclear-armed neighbors improved.\"|the…=india+pakistan",
        "\"Chad and Sudan signed a deal. $ The central African neighbors had signed five others.\"|The…=chad+sudan",
        "\"Chad and Sudan signed a deal. $ The countries share a long border.\"|The…=chad+sudan",
        "\"Sudan and South Sudan met in Addis Ababa. $ The sides are now focused on security.\"|The…=south-sudan+sudan",
        // must not resolve: other countries, or the sides of something
        "\"Chad and Sudan signed a deal. $ The countries of the region welcomed it.\"|",
        "\"Chad and Sudan signed a deal. $ Troops lined the sides of the road.\"|",
        // "they" after two people named together
        "\"President Jane Roe and Chancellor John Doe reached a deal. $ After talks in Moscow, they announced a ceasefire.\"|they…=person-jane-roe+person-john-doe",
        // must not resolve: not joined by "and", a third person, or a name before the pronoun
        "\"President Jane Roe met Chancellor John Doe. $ They announced a ceasefire.\"|",
        "\"President Jane Roe and Chancellor John Doe met Premier Ann Poe. $ They announced a ceasefire.\"|",
        "\"President Jane Roe and Chancellor John Doe reached a deal. $ In Geneva, Russian officials said they objected.\"|",
        // a paragraph that is one quotation continues the speaker of the paragraph before
        "\"The talks failed, Foreign Minister Jane Roe said. $ “We will not sign this text, and my government agrees.”\"|We…=person-jane-roe; my…=person-jane-roe",
        "\"Foreign Minister Jane Roe spoke on Monday. He added that the talks had failed. $ “We will not sign this text.”\"|He…=person-jane-roe; We…=person-jane-roe",
        // must not resolve: nobody spoke in the paragraph before, or the quote is attributed inside
        "\"Foreign Minister Jane Roe arrived in Geneva. $ “We will not sign this text.”\"|",
        "\"The talks failed, Foreign Minister Jane Roe said. $ “We will not sign,” the envoy said. “Never.”\"|",
    })
    void resolves(String text, String expected) {
        assertEquals(expected == null ? "" : expected, resolve(text.replace(" $ ", " | ")));
    }

    @org.junit.jupiter.api.Test
    void manyPairPronounsInOneParagraphAllResolve() {
        String text = "President Jane Roe and Chancellor John Doe met. They agreed.".repeat(3_000);
        List<Actor> actors = FINDER.references().resolve(text, Segmenter.split(text), FINDER.find(text, List.of(), false));
        Actor roe = actors.stream().filter(a -> a.id().equals("person-jane-roe")).findFirst().orElseThrow();
        assertEquals(3_000, roe.mentions().stream().filter(m -> m.text().equals("They")).count());
    }

    @org.junit.jupiter.api.Test
    void manyRoleReferencesInOneParagraphAllResolve() {
        // one long paragraph of role references: each resolves, and the work stays linear in the text
        String text = "President William Ruto spoke." + " The president agreed.".repeat(5_000);
        List<Actor> actors = FINDER.references().resolve(text, Segmenter.split(text), FINDER.find(text, List.of(), false));
        Actor ruto = actors.stream().filter(a -> a.id().equals("person-william-ruto")).findFirst().orElseThrow();
        assertEquals(5_000, ruto.mentions().stream().filter(Mention::resolved).count());
    }
}

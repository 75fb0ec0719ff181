package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.Gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Detection tables. Results render as "id=mention|mention; id=..." in first-mention order. */
class ActorFinderTest {

    static final ActorFinder FINDER = new ActorFinder(Gazetteer.load());

    static String render(List<Actor> actors) {
        return actors.stream()
                .map(a -> a.id() + "=" + a.mentions().stream().map(Mention::text).collect(Collectors.joining("|")))
                .collect(Collectors.joining("; "));
    }

    static String find(String text) {
        return render(FINDER.find(text, List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            Moscow said the Kremlin would respond. Russia denied it and the Russian government protested. => russia=Moscow|the Kremlin|Russia|Russian government
            The Kremlin rejected the claim. => russia=The Kremlin
            When the Soviet Union collapsed, Georgia reclaimed its liberty. => soviet-union=Soviet Union; georgia=Georgia
            Soviet troops left Afghanistan in 1989. => soviet-union=Soviet troops; afghanistan=Afghanistan
            The two countries, former Soviet republics, fought over the region. => ``
            NATO bombed the former Yugoslavia. => nato=NATO; yugoslavia=Yugoslavia
            Gazprom cut gas deliveries to Ukraine. => gazprom=Gazprom; ukraine=Ukraine
            He praised the Revolutionary Guard crew. => irgc=the Revolutionary Guard
            Kremlin officials were silent. => russia=Kremlin officials
            The US and the UK imposed sanctions. => united-states=US; united-kingdom=UK
            Let us hope the US agrees. => united-states=US
            He told us that USA Today and the BUS were late. => united-states=USA
            The U.S. Treasury acted. => united-states=U.S.
            US officials said so. => united-states=US officials
            A statement from the White House came late. => united-states=the White House
            White House aides spoke to Washington reporters. => united-states=White House|Washington
            South Korea and Korea and North Korea. => south-korea=South Korea|Korea; north-korea=North Korea
            Russian oil and Chinese exports rose. => russia=Russian; china=Chinese
            Russian-backed forces advanced. => russia=Russian
            A Russian was detained. He spoke in Russian. => ``
            The Chinese foreign ministry said. => china=Chinese foreign ministry
            Trade across Latin America and the South China Sea. => ``
            The EU and Brussels and the European Commission agreed. => eu=EU|Brussels|the European Commission
            NATO and Nato and the UN and the United Nations Security Council. => nato=NATO|Nato; un=UN; un-security-council=United Nations Security Council
            Talks in Kyiv and Kiev. => ukraine=Kyiv|Kiev
            The Élysée and the Elysee agreed. => france=The Élysée|the Elysee
            Iran’s leaders met. => iran=Iran
            KYIV, March 12 - RUSSIA WARNS NATO. => ukraine=KYIV; russia=RUSSIA; nato=NATO
            TRUMP TELLS US TO LEAVE, WHO SAID. => ``
            The WHO and the US. => who=WHO; united-states=US
            The Palestinians rejected the plan. => palestine=Palestinians
            Saudis and Emiratis met Israelis. => saudi-arabia=Saudis; united-arab-emirates=Emiratis; israel=Israelis
            The Saudi-led coalition struck Sanaa. => group-saudi-led-coalition=Saudi-led coalition; yemen=Sanaa
            Pro-Russian separatists rejected the truce. => group-pro-russian-separatists=Pro-Russian separatists
            Russian-backed fighters and pro-Russian separatists held the town. => group-pro-russian-separatists=Russian-backed fighters|pro-Russian separatists
            Pakistani militants attacked the base. => group-pakistani-militants=Pakistani militants
            Somali insurgent groups and Palestinian factions met. => group-somali-insurgent-groups=Somali insurgent groups; group-palestinian-factions=Palestinian factions
            Well-backed fighters and Free militants. => ``
            The Syrian opposition met Syrian officials. => group-syrian-opposition=Syrian opposition; syria=Syrian officials
            The truce excludes the Nusra Front. Jabhat al-Nusra fought on. => al-nusra-front=the Nusra Front|Jabhat al-Nusra
            We support the P5+1 talks, said the Friends of Syria group. => p5-plus-1=P5+1; friends-of-syria=Friends of Syria group
            A well-led coalition and Free rebels. => ``
            The central African states met. => ``
            """)
    void gazetteerMentions(String text, String expected) {
        assertEquals(expected == null ? "" : expected, find(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            Russian President Vladimir Putin spoke. Later Putin said no. => person-vladimir-putin=Russian President Vladimir Putin|Putin
            China's Foreign Minister Wang Yi met Mr Wang. => person-wang-yi=China's Foreign Minister Wang Yi|Mr Wang
            NATO Secretary-General Mark Rutte warned. Rutte said. => person-mark-rutte=NATO Secretary-General Mark Rutte|Rutte
            US Secretary of State Jane Roe arrived. Roe's visit was short. => person-jane-roe=US Secretary of State Jane Roe|Roe
            President Putin spoke. Vladimir Putin then left. => person-vladimir-putin=President Putin|Vladimir Putin
            Kremlin spokesman Dmitry Peskov said. => person-dmitry-peskov=Kremlin spokesman Dmitry Peskov
            He criticised the late Hugo Chavez and his allies. => person-hugo-chavez=Hugo Chavez
            Rhodes spoke to Aung San Suu Kyi on Monday. => person-aung-san-suu-kyi=Aung San Suu Kyi
            U.S. Secretary of State Antony Blinken flew in. => person-antony-blinken=U.S. Secretary of State Antony Blinken
            Former US President Barack Obama's book sold. => person-barack-obama=US President Barack Obama
            President George W. Bush spoke. Bush left. => person-george-w-bush=President George W. Bush|Bush
            German Chancellor Olaf Scholz's plan failed. => person-olaf-scholz=German Chancellor Olaf Scholz
            Mr. Smith and Dr Jones met. => person-smith=Mr. Smith; person-jones=Dr Jones
            The president said nothing. => ``
            General Motors and the General Assembly met. => un-general-assembly=the General Assembly
            Chinese President Xi Jinping met Xi again. => person-xi-jinping=Chinese President Xi Jinping|Xi
            Saudi Crown Prince Mohammed bin Salman spoke. => person-mohammed-bin-salman=Saudi Crown Prince Mohammed bin Salman
            Ethiopian Prime Minister Abiy Ahmed arrived. Abiy said peace had come. => person-abiy-ahmed=Ethiopian Prime Minister Abiy Ahmed|Abiy
            President Abiy Ahmed met Prime Minister Abiy Tesfaye. Abiy spoke. => person-abiy-ahmed=President Abiy Ahmed; person-abiy-tesfaye=Prime Minister Abiy Tesfaye
            Modi urged his Pakistani counterpart Nawaz Sharif to act. Sharif agreed. => person-nawaz-sharif=Pakistani counterpart Nawaz Sharif|Sharif
            Prime Minister Samak Sundaravej spoke. Later Samak Sundarvej left. => person-samak-sundaravej=Prime Minister Samak Sundaravej|Samak Sundarvej
            Prime Minister Jane Kimber spoke. Kimbel later left. => person-jane-kimber=Prime Minister Jane Kimber
            President Bashar al-Assad spoke. Assad left. => person-bashar-al-assad=President Bashar al-Assad|Assad
            President Abdel Fattah el-Sisi met al-Jazeera reporters. => person-abdel-fattah-el-sisi=President Abdel Fattah el-Sisi
            Secretary of Defense Lloyd J. Austin III arrived. Austin said. => person-lloyd-j-austin-iii=Secretary of Defense Lloyd J. Austin III|Austin
            Their leader, Jane Doe, escaped. Doe said. => person-jane-doe=leader, Jane Doe|Doe
            He called his counterpart, who was away. => ``
            The leader, a former general, spoke. => ``
            Veteran diplomat John Roe mediated. Roe said. => person-john-roe=diplomat John Roe|Roe
            Trade adviser Ann Poe spoke. => person-ann-poe=adviser Ann Poe
            AU chief executive Jane Roe spoke. => person-jane-roe=AU chief executive Jane Roe
            Deputy Foreign Minister Jane Roe spoke. => person-jane-roe=Deputy Foreign Minister Jane Roe
            A Taliban spokesman, Jane Roe, spoke. => person-jane-roe=Taliban spokesman, Jane Roe
            China's State Councilor Jane Roe spoke. => person-jane-roe=China's State Councilor Jane Roe
            Jane Roe, deputy head of Iran's maritime agency, spoke. => person-jane-roe=Jane Roe; iran=Iran
            The official Xinhua news agency said. => org-xinhua=Xinhua
            """)
    void people(String text, String expected) {
        assertEquals(expected == null ? "" : expected, find(text));
    }

    @Test
    void personCarriesAffiliation() {
        List<Actor> actors = FINDER.find("Russian President Vladimir Putin spoke. Putin said no.", List.of(), false);
        assertEquals(1, actors.size());
        Actor putin = actors.get(0);
        assertEquals(ActorType.PERSON, putin.type());
        assertEquals("russia", putin.affiliation());
        assertEquals("Vladimir Putin", putin.name());
        assertEquals(2, putin.mentions().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            US President Joe Biden spoke. The Biden administration agreed. => person-joe-biden=US President Joe Biden; united-states=The Biden administration
            Russian President Vladimir Putin spoke. Putin's government fell. => person-vladimir-putin=Russian President Vladimir Putin; russia=Putin's government
            The Trump administration acted. Trump said. => person-trump=The Trump administration|Trump
            Russian President Vladimir Putin spoke. The Putin government fell. => person-vladimir-putin=Russian President Vladimir Putin; russia=The Putin government
            The Labour government acted. => ``
            """)
    void governmentsOfPeople(String text, String expected) {
        assertEquals(expected == null ? "" : expected, find(text));
    }
}

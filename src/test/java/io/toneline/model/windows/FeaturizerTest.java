package io.toneline.model.windows;

import io.toneline.model.TargetSpan;
import io.toneline.model.ToneInput;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Character spans map to the right WordPiece tokens, whatever characters come before them. */
class FeaturizerTest {

    static HuggingFaceTokenizer tokenizer;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("ai.djl.offline", "true");
        tokenizer = HuggingFaceTokenizer.newInstance(Path.of("model/toneline-tsc/tokenizer.json"),
                Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Café owners love Macron.                  | Macron  | macro ##n
            👍👍 great, Macron’s plan                  | Macron  | macro ##n
            Ukraine’s 🇺🇦 army held; Russia’s did not | Russia  | russia
            Zoë met Putin in Moscow                   | Moscow  | moscow
            the   Kremlin   said                      | Kremlin | k ##rem ##lin
            """)
    void mapsSpansToTokens(String text, String mention, String expectedTokens) {
        int start = text.indexOf(mention);
        Featurizer f = new Featurizer(tokenizer, 160, 101, 102);
        List<Window> windows = f.windows(0, new ToneInput(text, List.of(new TargetSpan(start, start + mention.length()))));
        assertEquals(1, windows.size());
        Window w = windows.get(0);
        int[] r = w.mentionTokens()[0];
        Encoding enc = tokenizer.encode(text, false, false);
        StringBuilder got = new StringBuilder();
        for (int i = r[0]; i < r[1]; i++) {
            got.append(got.isEmpty() ? "" : " ").append(enc.getTokens()[i - 1]);
        }
        assertEquals(expectedTokens, got.toString());
        assertEquals(101, w.ids()[0]);
        assertEquals(102, w.ids()[w.length() - 1]);
    }
}

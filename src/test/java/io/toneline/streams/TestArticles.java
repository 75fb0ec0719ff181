package io.toneline.streams;

/** Short article messages for the stream tests: one news sentence of five kinds, numbered. */
final class TestArticles {

    private static final String[] SENTENCES = {
        "Russia and Ukraine agreed to resume talks in Istanbul next week.",
        "The United States imposed new sanctions on Iran over its missile program.",
        "China and Japan signed a trade agreement after years of tension.",
        "India accused Pakistan of violating the ceasefire along the Line of Control.",
        "Turkey offered to mediate between Israel and Hamas.",
    };

    private TestArticles() {}

    /**
     * @param i its number
     * @return the JSON body of {@code POST /v1/analyses}
     */
    static String article(int i) {
        return "{\"text\": \"" + SENTENCES[i % SENTENCES.length] + " Edition " + i + ".\", \"title\": \"Wire " + i + "\"}";
    }
}

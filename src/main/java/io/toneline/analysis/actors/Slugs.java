package io.toneline.analysis.actors;

import java.text.Normalizer;
import java.util.Locale;

/** Deterministic lowercase ASCII slugs for actor ids. */
final class Slugs {

    private Slugs() {
    }

    /**
     * "Élysée Palace" → "elysee-palace". Names with no Latin letters at all get a hex digest of the name
     * instead, which is still stable because {@link String#hashCode()} is specified.
     */
    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }
}

package io.toneline.model;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the model directory whatever the working directory: an absolute path is taken as is; a
 * relative one is looked up in the working directory, then next to the application and in the
 * directories above it (so that {@code java -jar <repo>/target/quarkus-app/quarkus-run.jar} started from
 * anywhere finds {@code <repo>/model/toneline-tsc}, and an image that puts the model beside
 * {@code quarkus-app} finds it too).
 */
public final class ModelLocation {

    private ModelLocation() {}

    /** How many directories above the application's code to look in. */
    private static final int LEVELS_UP = 4;

    /**
     * @param configured the configured directory ({@code toneline.model.dir})
     * @return the directory that holds {@code metadata.json}
     * @throws IllegalStateException naming every place looked at, when none holds a model
     */
    public static Path resolve(String configured) {
        List<Path> tried = candidates(Path.of(configured), codeLocation());
        for (Path p : tried) {
            if (Files.isRegularFile(p.resolve("metadata.json"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("no tone model (metadata.json) found for toneline.model.dir=" + configured
                + "; looked in " + tried + ". Set toneline.model.dir (or TONELINE_MODEL_DIR) to the directory that "
                + "holds model.pt, tokenizer.json and metadata.json");
    }

    /**
     * @param configured the configured directory
     * @param code where the application's code lies, or null
     * @return the places to look, in order
     */
    static List<Path> candidates(Path configured, Path code) {
        if (configured.isAbsolute()) {
            return List.of(configured);
        }
        Set<Path> out = new LinkedHashSet<>();
        out.add(Path.of("").toAbsolutePath().resolve(configured).normalize());
        for (Path dir = code; dir != null && out.size() <= LEVELS_UP + 1; dir = dir.getParent()) {
            out.add(dir.resolve(configured).normalize());
        }
        return new ArrayList<>(out);
    }

    private static Path codeLocation() {
        try {
            Path p = Path.of(ModelLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null; // nothing beyond the working directory to try
        }
    }
}

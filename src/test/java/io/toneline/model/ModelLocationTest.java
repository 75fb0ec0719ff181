package io.toneline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModelLocationTest {

    @Test
    void anAbsolutePathIsTheOnlyCandidate() {
        assertEquals(List.of(Path.of("/srv/model")), ModelLocation.candidates(Path.of("/srv/model"), Path.of("/app")));
    }

    @Test
    void aRelativePathIsLookedUpInTheWorkingDirectoryThenAboveTheCode() {
        List<Path> c = ModelLocation.candidates(Path.of("model/toneline-tsc"),
                Path.of("/repo/target/quarkus-app/app"));
        assertEquals(Path.of("").toAbsolutePath().resolve("model/toneline-tsc"), c.get(0));
        assertTrue(c.contains(Path.of("/repo/model/toneline-tsc")), c.toString());
        assertTrue(c.contains(Path.of("/repo/target/quarkus-app/model/toneline-tsc")), c.toString());
    }

    @Test
    void findsTheShippedModelAndNamesThePlacesItLookedIn() {
        assertTrue(ModelLocation.resolve("model/toneline-tsc").resolve("model.pt").toFile().isFile());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelLocation.resolve("/nowhere"));
        assertTrue(e.getMessage().contains("/nowhere"), e.getMessage());
    }
}

package io.toneline.model;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready} is DOWN until the tone model is loaded and warmed up; UP names the model, its
 * version, the engine (DJL's PyTorch and its version), the precision and the CPU flags it was chosen from.
 */
@Readiness
@ApplicationScoped
public class ModelReadiness implements HealthCheck {

    private final ToneService tones;

    /** @param tones the model service */
    public ModelReadiness(ToneService tones) {
        this.tones = tones;
    }

    /** {@inheritDoc} */
    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("tone-model");
        if (tones.isReady()) {
            ToneModel model = tones.model();
            return b.up().withData("model", model.info().name()).withData("version", model.info().version())
                    .withData("engine", model.engineDescription()).withData("precision", model.precision().id())
                    .withData("cpu", model.cpu().describe()).build();
        }
        if (tones.failure() != null) {
            return b.down().withData("error", tones.failure()).build();
        }
        return b.down().withData("state", "loading").build();
    }
}

package io.toneline.analysis;

import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;

import java.util.List;

/** Scores target mentions in texts; in the service this is the shared, batched tone model. */
@FunctionalInterface
public interface TargetScorer {

    /**
     * @param inputs texts with their target spans
     * @return per input, per target (in order), its tone
     */
    List<List<TargetTone>> score(List<ToneInput> inputs);
}

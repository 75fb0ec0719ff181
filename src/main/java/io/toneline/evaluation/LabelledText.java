package io.toneline.evaluation;

import io.toneline.model.Polarity;
import io.toneline.model.ToneInput;

import java.util.List;

/**
 * A text with all its annotated targets: one encoder pass scores them together.
 *
 * @param input the text and its target spans
 * @param gold the annotated class of each target, in the same order
 */
public record LabelledText(ToneInput input, List<Polarity> gold) {}

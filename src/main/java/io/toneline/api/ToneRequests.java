package io.toneline.api;

import io.toneline.analysis.Analysis;
import io.toneline.analysis.ToneValues;
import io.toneline.model.Figures;
import io.toneline.analysis.timeline.ToneLabel;
import io.toneline.config.TonelineConfig;
import io.toneline.errors.InvalidInputException;
import io.toneline.errors.TooLargeException;
import io.toneline.errors.UnprocessableException;
import io.toneline.model.TargetSpan;
import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;

import java.util.ArrayList;
import java.util.List;

/** Checks {@code /v1/tone} requests against the limits and maps them to and from the model's records. */
final class ToneRequests {

    private ToneRequests() {}

    static List<ToneInput> toInputs(ToneRequest body, TonelineConfig.Limits limits) {

        if (body == null) {
            throw new InvalidInputException("the request body is empty; send {\"items\": [...]}");
        }
        List<ToneRequest.Item> items = body.items();
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items: must hold at least one item");
        }
        // sizes before any per-element work, so that a huge request costs no more than reading it
        if (items.size() > limits.maxItems()) {
            throw new UnprocessableException("too many items: " + items.size() + " (at most "
                    + limits.maxItems() + " per request, toneline.limits.max-items)");
        }
        long chars = 0;
        for (int i = 0; i < items.size(); i++) {
            ToneRequest.Item item = items.get(i);
            if (item == null || item.text() == null || item.targets() == null) {
                throw new InvalidInputException("items[" + i + "]: must be an object with \"text\" and \"targets\"");
            }
            chars += item.text().length();
        }
        if (chars > limits.maxTotalChars()) {
            throw new TooLargeException("the items hold " + chars + " characters; the limit is "
                    + limits.maxTotalChars() + " per request (toneline.limits.max-total-chars)");
        }
        long targets = items.stream().mapToLong(i -> i.targets().size()).sum();
        if (targets > limits.maxTargets()) {
            throw new UnprocessableException("too many targets: " + targets + " (at most " + limits.maxTargets()
                    + " per request, toneline.limits.max-targets)");
        }
        List<ToneInput> inputs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ToneRequest.Item item = items.get(i);
            if (item.text().length() > limits.maxTextChars()) {
                throw new TooLargeException("items[" + i + "].text has " + item.text().length()
                        + " characters; the limit is " + limits.maxTextChars());
            }
            List<TargetSpan> spans = new ArrayList<>(item.targets().size());
            for (int j = 0; j < item.targets().size(); j++) {
                ToneRequest.Span s = item.targets().get(j);
                if (s == null || s.start() == null || s.end() == null) {
                    throw new InvalidInputException("items[" + i + "].targets[" + j
                            + "]: must be an object with \"start\" and \"end\"");
                }
                if (s.start() < 0 || s.end() > item.text().length() || s.start() >= s.end()) {
                    throw new UnprocessableException("items[" + i + "].targets[" + j + "] = [" + s.start() + ", "
                            + s.end() + ") is not a non-empty span inside the text (length " + item.text().length()
                            + "); use character offsets with 0 <= start < end <= length");
                }
                spans.add(new TargetSpan(s.start(), s.end()));
            }
            inputs.add(new ToneInput(item.text(), spans));
        }
        return inputs;
    }

    static ToneResponse toResponse(List<List<TargetTone>> scored, Analysis.ModelRef model) {
        List<ToneResponse.Item> items = new ArrayList<>(scored.size());
        for (List<TargetTone> item : scored) {
            items.add(new ToneResponse.Item(item.stream().map(ToneRequests::toTarget).toList()));
        }
        return new ToneResponse(items, model);
    }

    private static ToneResponse.Target toTarget(TargetTone t) {
        double score = Figures.round(t.score());
        return new ToneResponse.Target(t.span().start(), t.span().end(), score, ToneLabel.of(t.relations()),
                ToneValues.Levels.of(t.relations()), ToneValues.Sentiment.of(t.sentiment()));
    }
}

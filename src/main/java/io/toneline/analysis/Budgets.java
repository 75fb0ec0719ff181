package io.toneline.analysis;

import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.Mention;
import io.toneline.analysis.text.Paragraph;
import io.toneline.analysis.text.ParagraphKind;
import io.toneline.model.RequestBudget;

import java.util.Arrays;
import java.util.List;

/**
 * Lower bounds of a request's cost from its named mentions alone (before references are resolved,
 * which only adds mentions), so that the request budget can refuse early: the targets that will be
 * scored in body paragraphs, and the tokens of the body paragraphs that hold at least one of them.
 * Linear in the mentions and paragraphs.
 */
final class Budgets {

    private Budgets() {}

    /** Per body paragraph, how many named mentions lie wholly inside it. */
    private static int[] perParagraph(List<Paragraph> paragraphs, List<Actor> named) {
        int total = 0;
        for (Actor a : named) {
            total += a.mentions().size();
        }
        int[] starts = new int[total];
        int[] ends = new int[total];
        int k = 0;
        for (Actor a : named) {
            for (Mention m : a.mentions()) {
                starts[k] = m.start();
                ends[k++] = m.end();
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(starts[x], starts[y]));
        int[] counts = new int[paragraphs.size()];
        int next = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph par = paragraphs.get(p);
            while (next < total && starts[order[next]] < par.start()) {
                next++;
            }
            for (; next < total && starts[order[next]] < par.end(); next++) {
                if (ends[order[next]] <= par.end() && par.kind() == ParagraphKind.BODY) {
                    counts[p]++;
                }
            }
        }
        return counts;
    }

    /**
     * @param targets named mentions inside body paragraphs, a lower bound of the targets that will be scored
     * @param tokens estimated tokens of the body paragraphs that hold a named mention
     */
    record Cost(long targets, long tokens) {}

    /**
     * @param paragraphs the article's paragraphs
     * @param named actors with their named mentions
     * @param windowTokens tokens per model window
     * @return the lower bounds of the request's cost
     */
    static Cost of(List<Paragraph> paragraphs, List<Actor> named, int windowTokens) {
        int[] counts = perParagraph(paragraphs, named);
        long targets = 0;
        long tokens = 0;
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] > 0) {
                Paragraph par = paragraphs.get(p);
                targets += counts[p];
                tokens += RequestBudget.estimateTokens(par.end() - par.start(), counts[p], windowTokens);
            }
        }
        return new Cost(targets, tokens);
    }
}

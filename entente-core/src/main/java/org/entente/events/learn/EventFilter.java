package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.text.Sentence;
import org.entente.text.parse.DependencyParse;
import org.entente.text.parse.DependencyParser;

/**
 * The learned filter over a sentence's emitted events: an event whose probability of being a real act of its class
 * ({@link FilterModel}, trained by {@code ./entente train-filter}) is below the model's threshold is dropped; a kept
 * event records the filter and its score in its {@code rules} ("learned-filter:0.734"). Every modality is judged. The rules catch what they can
 * name (a retold act, a game report); this catches the rest the annotated train split shows coded wrongly: a word's
 * other sense, an opinion, a capability, a proposal. Thread-safe: the model is read once and never changed.
 */
public final class EventFilter {
    public static final String RULE = "learned-filter";

    private final FilterModel model;

    public EventFilter(FilterModel model) {
        this.model = model;
    }

    /** The shipped model (events/filter-model.tsv), read once. */
    public static EventFilter standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventFilter STANDARD = new EventFilter(FilterModel.bundled());
    }

    public FilterModel model() {
        return model;
    }

    /**
     * The probability that {@code e}, emitted from {@code sentence} of {@code article} with the sentence's other
     * events {@code sentenceEvents}, is a real act of its class.
     */
    public double score(Article article, Sentence sentence, EventMention e, List<EventMention> sentenceEvents) {
        return model.probability(FilterFeatures.of(article, sentence, e, sentenceEvents));
    }

    /** As {@link #score(Article, Sentence, EventMention, List)}, with the sentence's parse (null: none was made). */
    public double score(Article article, Sentence sentence, DependencyParse parse, EventMention e,
                        List<EventMention> sentenceEvents) {
        return model.probability(FilterFeatures.of(article, sentence, parse, e, sentenceEvents));
    }

    /**
     * Whether the filter judges {@code e}: every event of the rules, whatever its modality (the scorer counts a
     * future or hypothetical event like an asserted one, and on the team's train split they were right less often
     * than asserted ones; the modality is one of the features). Events of the learned proposer are not judged:
     * their model chose them.
     */
    public static boolean judges(EventMention e) {
        // a proposed event was chosen by the proposer's own model and threshold; the filter never saw one in training
        return !EventProposer.proposed(e);
    }

    /**
     * The events of the sentence the model keeps, each judged one with the filter and its score added to its
     * rules; events it does not judge pass unchanged.
     */
    public List<EventMention> keep(Article article, Sentence sentence, List<EventMention> events) {
        return keep(article, sentence, sentence.document().get(DependencyParser.PARSES, sentence.index()), events);
    }

    /**
     * As {@link #keep(Article, Sentence, List)}, with the parse the coder made of the sentence so far ({@code parse},
     * null where it made none): the filter reads it and never parses a sentence itself.
     */
    public List<EventMention> keep(Article article, Sentence sentence, DependencyParse parse,
                                   List<EventMention> events) {
        List<EventMention> kept = new ArrayList<>(events.size());
        for (EventMention e : events) {
            if (!judges(e)) {
                kept.add(e);
                continue;
            }
            double p = score(article, sentence, parse, e, events);
            if (p >= model.threshold()) {
                kept.add(withScore(e, p));
            }
        }
        return kept;
    }

    private static EventMention withScore(EventMention e, double p) {
        List<String> rules = new ArrayList<>(e.rules());
        rules.add(RULE + ":" + String.format(Locale.ROOT, "%.3f", p));
        return new EventMention(e.article(), e.articleId(), e.date(), e.source(), e.target(), e.sourceCountry(),
                e.targetCountry(), e.code(), e.root(), e.quad(), e.goldstein(), e.plover(), e.modality(), e.sentence(),
                e.text(), e.span(), e.sourceSpan(), e.verbSpan(), e.targetSpan(), e.location(), e.historical(),
                e.saidBy(), e.pattern(), rules);
    }
}

package org.entente.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.events.model.CameoCode;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.syntax.SentenceView;
import org.entente.ingest.Article;
import org.entente.text.Token;

/**
 * The proposer's root model reviewing the pattern rules' events: where it gives the event's trigger word "no event"
 * a probability of at least the drop threshold, the event is dropped; where it gives another root at least the
 * re-root threshold, the event takes that root's general code (with its QuadClass, Goldstein and PLOVER type) and
 * records the change in its rules ("learned-reroot:04>19:0.812"). Both thresholds are chosen on dev by
 * {@code ./entente train-proposer} and kept in the root model; above 1 means never. Proposed events are not reviewed:
 * the model chose them.
 */
public final class RootReview {
    /** The rule of events/rules.tsv. */
    public static final String RULE = "learned-reroot";
    static final String REROOT = "reroot";
    static final String DROP = "drop";

    private final EventProposer proposer;
    private final CameoTable cameo;
    private final double reroot;
    private final double drop;

    public RootReview(EventProposer proposer, CameoTable cameo) {
        this(proposer, cameo, proposer.rootModel().param(REROOT, 1.01), proposer.rootModel().param(DROP, 1.01));
    }

    RootReview(EventProposer proposer, CameoTable cameo, double reroot, double drop) {
        this.proposer = proposer;
        this.cameo = cameo;
        this.reroot = reroot;
        this.drop = drop;
    }

    /** The sentence's events after the review, in order (the same list when nothing changed). */
    public List<EventMention> review(Article article, SentenceView s, List<EventMention> events) {
        if (reroot > 1 && drop > 1) {
            return events; // switched off by its thresholds (see ProposerTrainer.review)
        }
        List<EventMention> out = new ArrayList<>(events.size());
        boolean changed = false;
        for (EventMention e : events) {
            EventMention r = review(article, s, e);
            changed |= r != e;
            if (r != null) {
                out.add(r);
            }
        }
        return changed ? out : events;
    }

    /** One event after the review: itself, re-rooted, or null when dropped. */
    EventMention review(Article article, SentenceView s, EventMention e) {
        if (EventProposer.proposed(e) || e.verbSpan() == null) {
            return e;
        }
        int t = tokenAt(s, e.verbSpan().start());
        if (t < 0) {
            return e;
        }
        LinearModel m = proposer.rootModel();
        double[] p = m.probabilities(ProposerFeatures.trigger(article, s, t, proposer.triggers()));
        int none = m.labels().indexOf(EventProposer.NONE);
        if (p[none] >= drop) {
            return null;
        }
        int best = -1;
        for (int k = 0; k < p.length; k++) {
            if (k != none && (best < 0 || p[k] > p[best])) {
                best = k;
            }
        }
        String root = m.labels().get(best);
        if (root.equals(e.root()) || p[best] < reroot) {
            return e;
        }
        CameoCode c = cameo.get(root + "0");
        if (c == null) {
            return e;
        }
        List<String> rules = new ArrayList<>(e.rules());
        rules.add(String.format(Locale.ROOT, "%s:%s>%s:%.3f", RULE, e.root(), root, p[best]));
        return new EventMention(e.article(), e.articleId(), e.date(), e.source(), e.target(), e.sourceCountry(),
                e.targetCountry(), c.code(), c.root(), c.quad(), c.goldstein(), c.plover(), e.modality(), e.sentence(),
                e.text(), e.span(), e.sourceSpan(), e.verbSpan(), e.targetSpan(), e.location(), e.historical(),
                e.saidBy(), e.pattern(), rules);
    }

    private static int tokenAt(SentenceView s, int start) {
        List<Token> tokens = s.sentence().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > start && tokens.get(i).start() <= start) {
                return i;
            }
        }
        return -1;
    }
}

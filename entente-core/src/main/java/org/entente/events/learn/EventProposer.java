package org.entente.events.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.events.model.ActorUnit;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.syntax.SentenceView;
import org.entente.ingest.Article;

/**
 * The learned proposer: events for the words of a sentence the pattern rules did not code. For each trigger word
 * ({@link Triggers}) no emitted rule event came from, the root model ({@code events/proposer-roots.tsv}) gives the
 * probability of each CAMEO root or of no event; where the likeliest root is at least the threshold chosen on dev and
 * the sentence has no event of that root yet, the role model ({@code events/proposer-roles.tsv}) picks the doer and
 * the one acted upon among the sentence's actor units (or none). The coder turns each proposal into a candidate and
 * runs it through the rest of the chain (modality, date, place, dyads, evidence), as it does a pattern's match.
 * Both models are trained by {@code ./entente train-proposer} on the team's annotated train split. Thread-safe.
 */
public final class EventProposer {
    /** The rule of events/rules.tsv that records a proposal in an event's provenance. */
    public static final String RULE = "learned-proposal";
    static final String ROOTS_RESOURCE = "/events/proposer-roots.tsv";
    static final String ROLES_RESOURCE = "/events/proposer-roles.tsv";
    static final String NONE = "none";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    /** The parameter of the root model holding the threshold chosen on dev. */
    static final String THRESHOLD = "propose";

    /**
     * One proposed event: the trigger token, the root, its probability, and the doer and the one acted upon
     * (null where the model chose none).
     */
    public record Proposal(int trigger, String root, double probability, ActorUnit source, ActorUnit target) {
    }

    private final LinearModel roots;
    private final LinearModel roles;
    private final Triggers triggers;
    private final double threshold;

    public EventProposer(LinearModel roots, LinearModel roles, Triggers triggers, double threshold) {
        this.roots = roots;
        this.roles = roles;
        this.triggers = triggers;
        this.threshold = threshold;
    }

    /** The shipped models over {@code patterns}, at the shipped threshold. */
    public static EventProposer standard(PatternDictionary patterns) {
        return new EventProposer(Holder.ROOTS, Holder.ROLES, new Triggers(patterns),
                Holder.ROOTS.param(THRESHOLD, 1.01));
    }

    private static final class Holder {
        static final LinearModel ROOTS = LinearModel.resource(ROOTS_RESOURCE);
        static final LinearModel ROLES = LinearModel.resource(ROLES_RESOURCE);
    }

    /** Whether {@code e} came from a proposal (its provenance names the proposer). */
    public static boolean proposed(org.entente.events.model.EventMention e) {
        for (String r : e.rules()) {
            if (r.startsWith(RULE)) {
                return true;
            }
        }
        return false;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * The proposals for sentence {@code s} of {@code article}: triggers not in {@code taken} (the words of the rule
     * candidates that became events), roots not in {@code told} (the roots the sentence's rule events already have), one
     * proposal per root, likeliest first within the sentence order.
     */
    public List<Proposal> propose(Article article, SentenceView s, Set<Integer> taken, Set<String> told) {
        List<Proposal> out = new ArrayList<>();
        if (s.units().isEmpty()) {
            return out;
        }
        Set<String> have = new HashSet<>(told);
        for (int t : triggers.of(s)) {
            if (taken.contains(t)) {
                continue;
            }
            double[] p = roots.probabilities(ProposerFeatures.trigger(article, s, t, triggers));
            int best = -1;
            for (int k = 0; k < p.length; k++) {
                if (!roots.labels().get(k).equals(NONE) && (best < 0 || p[k] > p[best])) {
                    best = k;
                }
            }
            if (best < 0 || p[best] < threshold || have.contains(roots.labels().get(best))) {
                continue;
            }
            String root = roots.labels().get(best);
            // a passive that names no doer ("X was accused of") has none: its subject is what was done to
            boolean noDoer = ProposerFeatures.passive(s, t) && !ProposerFeatures.agentAfter(s, t);
            ActorUnit source = noDoer ? null : pick(s, t, root, SOURCE, null);
            ActorUnit target = pick(s, t, root, TARGET, source);
            have.add(root);
            out.add(new Proposal(t, root, p[best], source, target));
        }
        return out;
    }

    /**
     * The unit the role model likes best for {@code role} among those whose likeliest role it is (never
     * {@code other}), or null when no unit's likeliest role is {@code role}.
     */
    private ActorUnit pick(SentenceView s, int t, String root, String role, ActorUnit other) {
        int k = roles.labels().indexOf(role);
        ActorUnit best = null;
        double bestP = -1;
        for (ActorUnit u : s.units()) {
            if (u == other || u.first() <= t && t <= u.last()) {
                continue;
            }
            double[] p = roles.probabilities(ProposerFeatures.role(s, t, u, root));
            boolean likeliest = true;
            for (int j = 0; j < p.length; j++) {
                likeliest &= p[j] <= p[k];
            }
            if (likeliest && p[k] > bestP) {
                best = u;
                bestP = p[k];
            }
        }
        return best;
    }

    /** The trigger words this proposer considers (for training and the miss breakdown). */
    public Triggers triggers() {
        return triggers;
    }

    LinearModel rootModel() {
        return roots;
    }

    LinearModel roleModel() {
        return roles;
    }
}

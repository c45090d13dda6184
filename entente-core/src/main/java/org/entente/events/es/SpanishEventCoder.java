package org.entente.events.es;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.actors.ActorMention;
import org.entente.events.model.CameoCode;
import org.entente.events.model.CameoTable;
import org.entente.events.EventCoder;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.model.Span;
import org.entente.events.syntax.Lexicon;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.Sentence;
import org.entente.text.Token;
import org.entente.text.es.SpanishData;
import org.entente.text.es.SpanishWords;
import org.entente.text.es.VerbForms;

/**
 * Codes events in Spanish sentences (tokens tagged by the Spanish front end, actors by the Spanish recognizer).
 * For each sentence, in order:
 * <ol>
 *   <li>verbs: every VERB token whose dictionary verb has a code here ({@link SpanishVerbCodes}; a multi-word verb
 *       only when its following words are there);</li>
 *   <li>complements: a finite verb followed by an infinitive ("acordaron reabrir", "planea atacar") is one event: a
 *       control verb ({@code es/control-verbs.tsv}) yields to the infinitive and lends it its modality, any other
 *       verb keeps the event and the infinitive codes nothing; so does an infinitive after "de" or "por" in the
 *       clause of a coded verb ("acusó a Argelia de apoyar", "criticó a Hungría por bloquear");</li>
 *   <li>roles in the verb's clause ({@link SpanishRoles}); a verb with neither source nor target codes nothing, nor
 *       does an infinitive or gerund without a target;</li>
 *   <li>modality ({@link SpanishModality});</li>
 *   <li>one mention per (source, target, code) in a sentence.</li>
 * </ol>
 * Thread-safe.
 */
public final class SpanishEventCoder implements EventCoder {
    /** Words between a finite verb and an infinitive that keep them one act ("acusó a X de apoyar"). */
    private static final Set<String> COMPLEMENT_LINKS = Lexicon.spanish("event-coder.complement-links");

    private final VerbForms forms;
    private final SpanishVerbCodes codes;
    private final SpanishModality modality = new SpanishModality();
    private final CameoTable cameo;
    private final Map<String, Modality> controlVerbs = new HashMap<>();

    public SpanishEventCoder(VerbForms forms, SpanishVerbCodes codes, CameoTable cameo) {
        this.forms = forms;
        this.codes = codes;
        this.cameo = cameo;
        for (SpanishData.Row r : SpanishData.read("control-verbs.tsv", 2)) {
            controlVerbs.put(SpanishWords.plain(r.field(0)), Modality.parse(r.field(1)));
        }
    }

    public static SpanishEventCoder standard() {
        return new SpanishEventCoder(VerbForms.standard(), SpanishVerbCodes.standard(), CameoTable.standard());
    }

    /** A coded verb occurrence: its token, infinitive, code, and the modality a control verb lends it. */
    private record Trigger(int token, String verb, SpanishVerbCodes.Coding coding, Modality lent) {
    }

    @Override
    public List<EventMention> code(Document article, List<ActorMention> actors) {
        List<EventMention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<ActorMention> here = new ArrayList<>();
            for (ActorMention a : actors) {
                if (a.sentence() == s.index()) {
                    here.add(a);
                }
            }
            if (!here.isEmpty()) {
                codeSentence(article.article(), s, here, out);
            }
        }
        return out;
    }

    private void codeSentence(Article article, Sentence s, List<ActorMention> actors, List<EventMention> out) {
        List<Token> tokens = s.tokens();
        List<String> plain = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            plain.add(SpanishWords.plain(t.text()));
        }
        Set<String> seen = new HashSet<>();
        for (Trigger t : triggers(tokens)) {
            SpanishClause clause = SpanishClause.around(tokens, t.token());
            SpanishRoles.Roles roles = SpanishRoles.find(tokens, t.token(), clause, actors);
            if (roles.source() == null && roles.target() == null) {
                continue;
            }
            if (roles.target() == null && VerbForms.nonFinite(tokens.get(t.token()).text()) && !roles.passive()) {
                continue; // "para lograr una tregua": a purpose with no one it is aimed at
            }
            CameoCode code = known(t.coding().code());
            if (code == null) {
                continue;
            }
            ActorMention src = roles.source();
            ActorMention tgt = roles.target();
            String key = (src == null ? "-" : src.code()) + "|" + (tgt == null ? "-" : tgt.code()) + "|" + code.code();
            if (!seen.add(key)) {
                continue;
            }
            Token verb = tokens.get(t.token());
            out.add(new EventMention(article.name(), article.id(), article.date(), src == null ? null : src.code(),
                    tgt == null ? null : tgt.code(), src == null ? null : src.country(),
                    tgt == null ? null : tgt.country(), code.code(), code.root(), code.quad(), code.goldstein(),
                    code.plover(), modality.of(tokens, plain, t.token(), clause, t.lent()), s.index(), s.text(),
                    new Span(s.start(), s.end()), src == null ? null : new Span(src.start(), src.end()),
                    new Span(verb.start(), verb.end()), tgt == null ? null : new Span(tgt.start(), tgt.end()), null,
                    false, null, t.coding().where(), List.of()));
        }
    }

    /** The coded verbs of a sentence after the complement step. */
    private List<Trigger> triggers(List<Token> tokens) {
        List<Trigger> found = new ArrayList<>();
        Modality lend = null;
        int lendUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!"VERB".equals(tok.pos())) {
                continue;
            }
            List<VerbForms.Verb> verbs = verbsAt(tokens, i);
            if (verbs.isEmpty()) {
                continue;
            }
            int complement = complementOf(tokens, i);
            Modality control = verbs.stream().map(v -> controlVerbs.get(v.infinitive())).filter(m -> m != null)
                    .findFirst().orElse(null);
            if (control != null && complement >= 0) {
                lend = control;
                lendUntil = complement;
                continue; // "planea atacar": the attack is the event
            }
            if (!found.isEmpty() && contentInfinitive(tokens, i, found.get(found.size() - 1).token())) {
                continue; // "acusó a Argelia de apoyar ...": what the accusation is about, not an event of its own
            }
            List<String> after = stemsAfter(tokens, i);
            SpanishVerbCodes.Coding coding = null;
            String infinitive = null;
            for (VerbForms.Verb v : verbs) { // "medió": mediar (coded) before medir (not)
                coding = codes.code(v.infinitive(), after);
                infinitive = v.infinitive();
                if (coding != null) {
                    break;
                }
            }
            if (coding != null) {
                found.add(new Trigger(i, infinitive, coding, i == lendUntil ? lend : null));
                if (complement >= 0) {
                    i = complement; // "acordaron reabrir": the agreement is the event, the infinitive its content
                }
            }
        }
        return found;
    }

    /** An infinitive after "de" or "por" in the clause of an earlier coded verb ("criticó a Hungría por bloquear"). */
    private static boolean contentInfinitive(List<Token> tokens, int i, int earlier) {
        String before = i > 0 ? SpanishWords.plain(tokens.get(i - 1).text()) : "";
        return (before.equals("de") || before.equals("por")) && VerbForms.nonFinite(tokens.get(i).text())
                && SpanishClause.around(tokens, i).contains(earlier);
    }

    private List<VerbForms.Verb> verbsAt(List<Token> tokens, int i) {
        List<VerbForms.Verb> out = new ArrayList<>();
        for (VerbForms.Verb v : forms.of(tokens.get(i).text())) {
            boolean follows = true;
            for (int k = 0; k < v.following().size() && follows; k++) {
                follows = i + 1 + k < tokens.size()
                        && SpanishWords.plain(tokens.get(i + 1 + k).text()).equals(v.following().get(k));
            }
            if (follows) {
                out.add(v);
            }
        }
        return out;
    }

    /** The index of an infinitive verb complementing a finite verb at {@code i} ("planea atacar", "amenazó con
     * anexionar"), or -1. */
    private static int complementOf(List<Token> tokens, int i) {
        if (VerbForms.nonFinite(tokens.get(i).text()) && !tokens.get(i).text().matches("(?i).*(ad|id)[oa]s?")) {
            return -1;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 2; k++) {
            Token t = tokens.get(k);
            if ("VERB".equals(t.pos()) && SpanishWords.plain(t.text()).matches(".*(ar|er|ir)(se)?")) {
                return k;
            }
            if (!COMPLEMENT_LINKS.contains(SpanishWords.plain(t.text()))) {
                return -1;
            }
        }
        return -1;
    }

    private static List<String> stemsAfter(List<Token> tokens, int verb) {
        SpanishClause clause = SpanishClause.around(tokens, verb);
        List<String> out = new ArrayList<>();
        for (int k = verb + 1; k < clause.to(); k++) {
            out.add(SpanishWords.stem(tokens.get(k).text()));
        }
        return out;
    }

    /** The code, or its nearest parent the CAMEO table knows (the source has a few codes CAMEO 1.1b3 lacks). */
    private CameoCode known(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            if (cameo.contains(c)) {
                return cameo.get(c);
            }
        }
        return null;
    }
}

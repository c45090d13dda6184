package org.entente.events;

import org.entente.events.matching.PatternDictionary;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;

/** Codes our own test sentences with hand-made actor mentions, so the coder is tested apart from the recognizer. */
public final class CoderFixture {
    public static final EventCoder CODER;

    static {
        try {
            Path p = Path.of(CoderFixture.class.getResource("/events/test-patterns.tsv").toURI());
            // the hand rules under test, without the learned rules (filter, proposer): the filter's model knows the bundled patterns' ids, not
            // the test patterns', and is measured on annotated news instead (events.learn)
            CODER = new RuleEventCoder(PatternDictionary.load(List.of(p), CameoTable.standard(), false),
                    CameoTable.standard(), org.entente.events.learn.LearnedRules.ALL);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CoderFixture() {
    }

    /** {@code actors}: surface text -> actor code (country = first three letters, role = the rest). */
    public static List<EventMention> code(String text, LocalDate date, Map<String, String> actors) {
        Article article = new Article("t", "test", null, null, null, date, null, "en", text, Map.of());
        Document analyzed = TextAnalyzer.shared().analyze(article);
        return CODER.code(analyzed, mentions(analyzed, actors));
    }

    public static List<ActorMention> mentions(Document analyzed, Map<String, String> actors) {
        List<ActorMention> out = new ArrayList<>();
        String text = analyzed.article().text();
        for (Map.Entry<String, String> e : actors.entrySet()) {
            int from = 0;
            int at;
            while ((at = text.indexOf(e.getKey(), from)) >= 0) {
                from = at + e.getKey().length();
                int end = from;
                for (Sentence s : analyzed.sentences()) {
                    if (at < s.start() || end > s.end()) {
                        continue;
                    }
                    int first = -1;
                    int last = -1;
                    for (int i = 0; i < s.tokens().size(); i++) {
                        var t = s.tokens().get(i);
                        if (t.start() < end && t.end() > at) {
                            if (first < 0) {
                                first = i;
                            }
                            last = i;
                        }
                    }
                    if (first >= 0) {
                        String code = e.getValue();
                        // "PERCVL@role": a role word the recognizer placed ("women" before "in Lima")
                        boolean placedRole = code.endsWith("@role");
                        code = code.replace("@role", "");
                        // "PER@demonym", "PER@people": a nationality the recognizer codes as the bare country
                        // ("Peruvian", "Peruvians"), of that kind
                        String nationality = code.endsWith("@demonym") ? "demonym" : code.endsWith("@people")
                                ? "people" : null;
                        code = code.replaceAll("@(demonym|people)$", "");
                        // "---REB": a bare role word with no country, as the recognizer gives for "rebels"
                        boolean bare = code.startsWith("---");
                        String country = code.length() >= 3 && !code.startsWith("IGO") && !bare
                                ? code.substring(0, 3) : null;
                        String role = code.length() > 3 ? code.substring(3) : null;
                        String kind = nationality != null ? nationality
                                : e.getKey().matches("Lima|Beijing|Moscow|Cusco|Osorno") ? "capital"
                                : bare || placedRole ? "role" : role == null ? "country" : "person";
                        out.add(new ActorMention(s.index(), at, end, first, last, e.getKey(), code, country, role,
                                "test:" + e.getKey(), kind, 1.0, "test"));
                    }
                }
            }
        }
        return out;
    }
}

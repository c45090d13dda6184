package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.ingest.Article;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Reads ../shared at run time (system property entente.shared); skipped when it is absent. */
class SharedDataTest {
    private static Path shared(String rel) {
        String base = System.getProperty("entente.shared", "../shared");
        Path p = Path.of(base, rel);
        assumeTrue(Files.exists(p), "no " + p);
        return p;
    }

    @Test
    void seedArticleActorsAsOfItsDate() throws Exception {
        Path seed = shared("corpus/seed/duran-2016-11-russia-china.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Article a = new Article("seed", seed.getFileName().toString(), null, null, null, LocalDate.of(2016, 11, 22),
                null, "en", text, Map.of());
        List<ActorMention> ms = ActorRecognizer.standard(List.of()).recognize(TextAnalyzer.shared().analyze(a));
        assertEquals(Set.of("RUSGOV"), codesOf(ms, "person:vladimir-putin"));
        assertEquals(Set.of("CHNGOV"), codesOf(ms, "person:xi-jinping"));
        assertEquals(Set.of("USAGOV"), codesOf(ms, "person:barack-obama"));
        assertEquals(Set.of("JPNGOV"), codesOf(ms, "person:shinzo-abe"));
        Set<String> trumpRows = ms.stream().filter(m -> "person:donald-trump".equals(m.entityId()))
                .map(ActorMention::source).collect(Collectors.toSet());
        assertEquals(1, trumpRows.size());
        assertTrue(KnowledgeBase.bundled().entries().stream().anyMatch(e -> trumpRows.contains(e.source())
                && e.title().startsWith("President-elect")), trumpRows.toString());
        List<ActorMention> pair = ms.stream().filter(m -> m.text().toLowerCase().contains("two countries")).toList();
        assertTrue(pair.size() >= 2, "the two countries");
        int first = pair.get(0).start();
        assertEquals(Set.of("RUS", "CHN"), pair.stream().filter(m -> m.start() == first)
                .map(ActorMention::country).collect(Collectors.toSet()));
    }

    private static Set<String> codesOf(List<ActorMention> ms, String entity) {
        return ms.stream().filter(m -> entity.equals(m.entityId())).map(ActorMention::code).collect(Collectors.toSet());
    }

    @Test
    void devActorTestsMeetTheBar() {
        ActorEvalResult r = ActorEval.score(shared("eval/dev/actor_tests.jsonl"));
        assertTrue(r.countryAccuracy() >= 0.95, r.summary());
        assertTrue(r.roleAccuracy() >= 0.85, r.summary());
    }
}

package org.entente.events.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer of the labelled Spanish sentences, and the coder's figures on them as a floor against regressions. */
class LabelledSentencesTest {
    private static final Path LABELLED = Path.of("entente-core/src/test/resources/es/labelled-sentences.tsv");

    @TempDir
    Path dir;

    private static EventMention event(String src, String tgt, String code) {
        return new EventMention("a", "a", null, src, tgt, src == null ? null : src.substring(0, 3),
                tgt == null ? null : tgt.substring(0, 3), code, code.substring(0, 2), 1, 0, "X", Modality.ASSERTED,
                0, "", null, null, null, null, null, false, null, "test");
    }

    @Test
    void scoresSourceCountryTargetCountryAndRoot() throws Exception {
        Path f = dir.resolve("l.tsv");
        Files.writeString(f, "# comment\nA\ttune\tRUSGOV\tUKR\t190\tasserted\tuna frase\n"
                + "B\ttune\t-\t-\t-\t-\totra frase\n");
        List<LabelledSentences.Labelled> gold = LabelledSentences.read(f);
        LabelledSentences.Score s = LabelledSentences.score(gold, List.of(
                List.of(event("RUSMIL", "UKR", "195"), event("RUS", null, "190")), List.of(event("ESP", "FRA", "040"))));
        assertEquals(1, s.labelled());
        assertEquals(3, s.predicted());
        assertEquals(1, s.matched());
        assertEquals(0, s.codeAgrees(), "195 is not 190, though the root agrees");
        assertEquals(1, s.modalityAgrees());
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }

    @Test
    void aMalformedRowIsNamedWithItsLine() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "A\ttune\tRUS\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelledSentences.read(f));
        assertTrue(e.getMessage().contains("bad.tsv:1"), e.getMessage());
    }

    /** Floors a little under the figures measured when this test was written (tune F1 0.730, heldout 0.716; docs/languages.md). */
    @Test
    void theCoderKeepsItsFiguresOnBothHalves() throws Exception {
        List<LabelledSentences.Labelled> all = LabelledSentences.read(LABELLED);
        assertTrue(all.size() >= 60, "at least 60 labelled sentences");
        Pipeline pipeline = Pipeline.standard(List.of(), List.of());
        for (String split : List.of("tune", "heldout")) {
            List<LabelledSentences.Labelled> gold = new ArrayList<>();
            List<List<EventMention>> coded = new ArrayList<>();
            for (LabelledSentences.Labelled l : all) {
                if (l.split().equals(split)) {
                    gold.add(l);
                    coded.add(pipeline.process(new Article(l.id(), l.id(), null, null, null,
                            LocalDate.of(2024, 5, 1), null, "es", l.sentence(), Map.of())).events());
                }
            }
            LabelledSentences.Score s = LabelledSentences.score(gold, coded);
            double floor = split.equals("tune") ? 0.65 : FLOOR_HELDOUT;
            assertTrue(s.f1() >= floor, split + ": F1 " + s.f1() + " under " + floor);
        }
    }

    private static final double FLOOR_HELDOUT = 0.65;
}

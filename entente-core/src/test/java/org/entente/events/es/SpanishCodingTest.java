package org.entente.events.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spanish path end to end (language routing, front end, actor names, the knowledge base's people, verb
 * dictionary, roles, modality) on sentences written for this test, none of them in the labelled set.
 */
class SpanishCodingTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(List.of(), List.of());
    }

    private static CodedArticle code(String text) {
        return pipeline.process(new Article("t", "t.txt", null, null, null, LocalDate.of(2024, 5, 1), null, "es", text,
                Map.of()));
    }

    private static EventMention only(String text) {
        List<EventMention> events = code(text).events();
        assertEquals(1, events.size(), text + " -> " + events);
        return events.get(0);
    }

    private static void assertEvent(String text, String source, String target, String root, Modality modality) {
        EventMention e = only(text);
        assertEquals(source, e.sourceCountry(), text);
        assertEquals(target, e.targetCountry(), text);
        assertEquals(root, e.root(), text + " coded " + e.code() + " by " + e.pattern());
        assertEquals(modality, e.modality(), text);
    }

    @Test
    void subjectVerbAndMarkedTarget() {
        assertEvent("Marruecos condenó a Israel por el ataque.", "MAR", "ISR", "11", Modality.ASSERTED);
        assertEvent("Japón no negociará con Corea del Norte.", "JPN", "PRK", "04", Modality.NEGATED);
    }

    @Test
    void roleAndCountryMakeOneActorAndPlacesAreNotTargets() {
        EventMention e = only("Las fuerzas armadas de Turquía bombardearon posiciones kurdas en Siria.");
        assertEquals("TURMIL", e.source());
        assertEquals(null, e.target(), "'en Siria' is where, not whom");
        assertEquals("19", e.root());
    }

    @Test
    void passiveTakesItsSourceFromPor() {
        EventMention e = only("El embajador francés fue convocado por el Gobierno de Argelia.");
        assertEquals("DZAGOV", e.source());
        assertEquals("FRAGOV", e.target());
    }

    @Test
    void conditionalHedgedAndPlannedEvents() {
        List<EventMention> events = code("Si Rusia invade Moldavia, Rumanía pedirá ayuda a la OTAN.").events();
        EventMention invasion = events.stream().filter(e -> "RUS".equals(e.sourceCountry())).findFirst().orElseThrow();
        assertEquals(Modality.HYPOTHETICAL, invasion.modality());
        assertEquals("MDA", invasion.targetCountry());
        EventMention appeal = events.stream().filter(e -> "ROU".equals(e.sourceCountry())).findFirst().orElseThrow();
        assertEquals(Modality.FUTURE, appeal.modality());
        assertEquals("IGOWSTNAT", appeal.target());
        assertEvent("Según la agencia, Irán podría expulsar a los inspectores de la ONU.", "IRN", null, "17",
                Modality.UNCERTAIN);
        assertEvent("El primer ministro de India visitará Washington el próximo mes.", "IND", "USA", "04",
                Modality.FUTURE);
    }

    @Test
    void peopleComeFromTheKnowledgeBaseAsOfTheDate() {
        EventMention e = only("Xi Jinping criticó a Joe Biden por las sanciones.");
        assertEquals("CHNGOV", e.source());
        assertEquals("USAGOV", e.target());
    }

    @Test
    void coordinatedSubjectsAreEachOthersPartners() {
        EventMention e = only("Colombia y Ecuador firmaron un tratado de cooperación.");
        assertEquals("COL", e.sourceCountry());
        assertEquals("ECU", e.targetCountry());
    }

    @Test
    void noActorsNoEventsAndEvidencePointsIntoTheText() {
        assertTrue(code("Lluvias intensas afectaron a la región durante el fin de semana.").events().isEmpty());
        String text = "MADRID — Portugal criticó a Venezuela por la detención de un periodista.";
        EventMention e = code(text).events().get(0);
        assertEquals("Portugal", text.substring(e.sourceSpan().start(), e.sourceSpan().end()));
        assertEquals("criticó", text.substring(e.verbSpan().start(), e.verbSpan().end()));
        assertEquals("Venezuela", text.substring(e.targetSpan().start(), e.targetSpan().end()));
        assertTrue(e.pattern().startsWith("es/"), e.pattern());
    }

    @Test
    void aRunOnSentenceOfAWholePageStillCodesEveryPart() {
        String part = "Chile criticó a Perú por la pesca ilegal y ";
        String text = part.repeat(2000) + "nada más.";
        List<EventMention> events = code(text).events();
        assertEquals(1, events.size(), "one sentence, one (source, target, code)");
        assertEquals("CHL", events.get(0).sourceCountry());
        assertEquals("PER", events.get(0).targetCountry());
    }
}

package org.entente.text.es;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.entente.text.Sentence;
import org.entente.text.Token;
import org.junit.jupiter.api.Test;

/** The Spanish front end on sentences written for this test. */
class SpanishFrontEndTest {
    private static final SpanishAnalyzer ANALYZER = SpanishAnalyzer.standard();

    @Test
    void sentencesEndAtStopsButNotAtAbbreviationsOrNumbers() {
        String text = "El Sr. Pérez llegó a EE.UU. el lunes. Pagó 2.500 euros.\n\n¿Volverá pronto? Nadie lo sabe";
        List<String> s = ANALYZER.analyze(text).stream().map(Sentence::text).collect(Collectors.toList());
        assertEquals(List.of("El Sr. Pérez llegó a EE.UU. el lunes.", "Pagó 2.500 euros.", "¿Volverá pronto?",
                "Nadie lo sabe"), s);
    }

    @Test
    void tokensCarryOffsetsIntoTheText() {
        String text = "Hoy, «Chile» firmó.";
        for (SpanishToken t : SpanishTokenizer.tokenize(text, 0, text.length())) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(List.of("Hoy", ",", "«", "Chile", "»", "firmó", "."), SpanishTokenizer.tokenize(text, 0,
                text.length()).stream().map(SpanishToken::text).collect(Collectors.toList()));
    }

    private static String tags(String sentence) {
        return ANALYZER.analyze(sentence).get(0).tokens().stream().map(t -> t.text() + "/" + t.pos())
                .collect(Collectors.joining(" "));
    }

    @Test
    void verbsAreFoundInTheirFormsAndNounsAreNot() {
        // regular preterite, strong preterite, future, and the noun forms of the same stems
        assertEquals("Perú/PROPN impuso/VERB un/DET arancel/NOUN y/CCONJ firmó/VERB el/DET acuerdo/NOUN ./PUNCT",
                tags("Perú impuso un arancel y firmó el acuerdo."));
        assertEquals("Lima/PROPN no/ADV enviará/VERB ayuda/NOUN militar/NOUN ./PUNCT",
                tags("Lima no enviará ayuda militar."));
        assertEquals("VERB", ANALYZER.analyze("Chile pidió calma.").get(0).tokens().get(1).pos());
        assertEquals("pedir", ANALYZER.analyze("Chile pidió calma.").get(0).tokens().get(1).lemma());
        assertEquals("NOUN", ANALYZER.analyze("Hubo negociaciones largas.").get(0).tokens().get(1).pos());
    }

    @Test
    void stemsIgnoreAccentsAfterStemming() {
        assertEquals(SpanishWords.stem("reunir"), SpanishWords.stem("reunió"));
        assertEquals("nacion", SpanishWords.plain("Nación"));
    }
}

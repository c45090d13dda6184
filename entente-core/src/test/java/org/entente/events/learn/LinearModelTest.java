package org.entente.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The multi-class linear model's text form and scores. */
class LinearModelTest {
    private static final String TEXT = """
            # a model written for this test
            labels\tnone\t04\t19
            param\tpropose\t0.500000
            bias\t0.500000\t-1.000000\t-1.000000
            lemma=meet\t-1.000000\t3.000000\t0.000000
            lemma=shell\t-1.000000\t0.000000\t3.000000
            """;

    @Test
    void theTextFormReadsBackToTheSameModel() {
        LinearModel m = LinearModel.parse(TEXT, "test");
        assertEquals(TEXT, m.text());
        assertEquals(List.of("none", "04", "19"), m.labels());
        assertEquals(0.5, m.param("propose", 1.01));
        assertEquals(1.01, m.param("reroot", 1.01));
    }

    @Test
    void aFeatureRaisesItsLabelAndTheProbabilitiesSumToOne() {
        LinearModel m = LinearModel.parse(TEXT, "test");
        double[] meet = m.probabilities(List.of("lemma=meet", "unknown=feature"));
        double[] plain = m.probabilities(List.of());
        assertEquals(1.0, meet[0] + meet[1] + meet[2], 1e-9);
        assertTrue(meet[1] > meet[0] && meet[1] > meet[2], java.util.Arrays.toString(meet));
        assertTrue(plain[0] > plain[1], java.util.Arrays.toString(plain));
    }

    @Test
    void weightsAreRoundedAsWrittenAndZeroRowsLeftOut() {
        LinearModel m = new LinearModel(List.of("none", "04"), Map.of("a", new double[] {0.1234567, -0.1234564},
                "zero", new double[] {0, 0}), new double[] {0, 0}, Map.of(), List.of());
        assertEquals("labels\tnone\t04\nbias\t0.000000\t0.000000\na\t0.123457\t-0.123456\n", m.text());
        assertEquals(1, m.features());
    }

    @Test
    void aMalformedModelIsRefusedNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearModel.parse("labels\tnone\t04\nbias\t0\n", "model.tsv"));
        assertTrue(e.getMessage().startsWith("model.tsv:2:"), e.getMessage());
        IllegalArgumentException noLabels = assertThrows(IllegalArgumentException.class,
                () -> LinearModel.parse("x\t1\t2\n", "model.tsv"));
        assertTrue(noLabels.getMessage().contains("model.tsv:1"), noLabels.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LinearModel.parse("labels\tnone\t04\n", "model.tsv"));
    }
}

package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class PosModelsTest {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static InputStream model() {
        return PosModelsTest.class.getResourceAsStream(MODEL);
    }

    @Test
    void rewritesTheBeamAndKeepsTheModel() throws IOException {
        POSModel shipped;
        POSModel greedy;
        try (InputStream a = model(); InputStream b = model()) {
            shipped = new POSModel(a);
            greedy = PosModels.load(b, 1);
        }
        assertEquals("3", shipped.getManifestProperty("BeamSize"));
        assertEquals("1", greedy.getManifestProperty("BeamSize"));
        String[] words = "The foreign ministers of both countries will meet in Geneva next week to discuss sanctions ."
                .split(" ");
        assertArrayEquals(new POSTaggerME(shipped, POSTagFormat.PENN).tag(words),
                new POSTaggerME(greedy, POSTagFormat.PENN).tag(words));
    }
}

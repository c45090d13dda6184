package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The argmax decoder must give exactly the tags of OpenNLP's own (beam of one) tagger. */
class GreedyPosTaggerTest {
    private static POSModel model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = PosModels.load(in, 1);
        }
    }

    private static void same(POSTaggerME plain, GreedyPosTagger fast, String[] words) {
        assertArrayEquals(plain.tag(words), fast.tag(words), String.join(" ", words));
    }

    @Test
    void takesTheFastPathAndAgreesOnHandWrittenSentences() {
        GreedyPosTagger fast = new GreedyPosTagger(model);
        assertTrue(fast.fast(), "the shipped model should allow the argmax decoder");
        assertTrue(fast.ownFeatures(), "PosContext should reproduce the shipped model's features");
        POSTaggerME plain = new POSTaggerME(model, POSTagFormat.PENN);
        String[] sentences = {
            "The foreign ministers of both countries will meet in Geneva next week to discuss sanctions .",
            "Russia 's President Vladimir Putin said on Tuesday that Moscow would not recognise the vote .",
            "Protesters threw stones at police , who fired tear gas and rubber bullets .",
            "Exports rose 4.5 % to $ 1.2 bn in Q3 , officials said .",
            "?",
            "",
        };
        for (String s : sentences) {
            same(plain, fast, s.isEmpty() ? new String[0] : s.split(" "));
        }
    }

    @Test
    void agreesWithPosTaggerMeOnRealNews() throws IOException {
        Path corpus = Path.of(System.getProperty("entente.shared", "../shared"), "corpus", "articles.jsonl");
        assumeTrue(Files.exists(corpus), "shared corpus not present");
        GreedyPosTagger fast = new GreedyPosTagger(model);
        POSTaggerME plain = new POSTaggerME(model, POSTagFormat.PENN);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; n < 100 && (line = r.readLine()) != null; n++) {
                List<Sentence> sentences = TextAnalyzer.shared().document(json.readTree(line).path("text").asText())
                        .sentences();
                for (Sentence s : sentences) {
                    String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                    same(plain, fast, words);
                    String[] tags = plain.tag(words);
                    for (int i = 0; i < words.length; i++) {
                        String[][] both = fast.contexts(words.clone(), i, tags);
                        assertArrayEquals(both[0], both[1], "features of token " + i + " in " + s.text());
                    }
                }
            }
        }
    }
}

package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The memo must never change what OpenNLP's tokenizer says, only how often it is asked. */
class MemoTokenizerTest {
    private static TokenizerModel model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
    }

    private static void same(MemoTokenizer memo, TokenizerME plain, String sentence) {
        assertArrayEquals(plain.tokenizePos(sentence), memo.tokenizePos(sentence), sentence);
    }

    @Test
    void agreesWithTokenizerMeOnHardCases() {
        MemoTokenizer memo = new MemoTokenizer(new TokenizerME(model));
        TokenizerME plain = new TokenizerME(model);
        String[] sentences = {
            "The U.S.-led coalition didn't say whether it cannot, or won't, meet on Dec. 3rd.",
            "Exports rose 4.5% to $1.2bn (about £950m) in Q3, officials said \"on Monday\".",
            "Mr. Li's e-mail -- sent at 10:30 a.m. -- reached the ministry's office.",
            "  Leading and trailing   spaces\tand\u00a0no-break spaces  ",
            "a b c , . ! ?",
            "",
        };
        for (int pass = 0; pass < 2; pass++) { // second pass answers from the memo
            for (String s : sentences) {
                same(memo, plain, s);
            }
        }
    }

    @Test
    void agreesWithTokenizerMeOnRealNews() throws IOException {
        Path corpus = Path.of(System.getProperty("entente.shared", "../shared"), "corpus", "articles.jsonl");
        assumeTrue(Files.exists(corpus), "shared corpus not present");
        MemoTokenizer memo = new MemoTokenizer(new TokenizerME(model));
        TokenizerME plain = new TokenizerME(model);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; n < 150 && (line = r.readLine()) != null; n++) {
                for (String paragraph : json.readTree(line).path("text").asText().split("\n")) {
                    same(memo, plain, paragraph);
                }
            }
        }
    }
}

package org.entente.events;

import java.util.Map;
import org.entente.ingest.Article;
import org.entente.text.TextAnalyzer;

class DebugMain {
    public static void main(String[] args) {
        for (String t : args) {
            var a = TextAnalyzer.shared().analyze(new Article("t", "t", null, null, null, null, null, "en", t, Map.of()));
            a.sentences().forEach(s -> s.tokens().forEach(k -> System.out.print(k.text() + "/" + k.pos() + "/" + k.lemma() + " ")));
            System.out.println();
        }
    }
}

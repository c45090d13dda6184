package org.entente.events;

import java.time.LocalDate;
import java.util.Map;

class DebugMain {
    public static void main(String[] args) {
        for (String t : args) {
            var evs = CoderFixture.code(t, LocalDate.of(2020, 3, 11), Map.of("Norway", "NOR", "Chile", "CHL"));
            var a = org.entente.text.TextAnalyzer.shared().analyze(new org.entente.ingest.Article("t", "t", null, null, null, null, null, "en", t, Map.of()));
            a.sentences().forEach(s -> s.tokens().forEach(k -> System.out.print(k.text() + "/" + k.pos() + " ")));
            System.out.println();
            evs.forEach(System.out::println);
        }
    }
}

package org.entente.events;

import org.entente.events.matching.Pattern;
import org.entente.events.matching.PatternDictionary;
import org.entente.events.matching.PatternLoader;
import org.entente.events.model.CameoTable;
import org.entente.events.syntax.SentenceView;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The pre-match filter drops exactly the patterns a required word of which the sentence lacks, keeping order. */
class PatternFilterTest {
    private static final String PATTERNS = String.join("\n",
            "040\tmeet with +",
            "040\tmeet * in (the) capital",
            "036\tmeet|visit * to discuss|negotiate * ceasefire",
            "042\tvisit +",
            "043\t~ visit by $ to +",
            "040\tmeet (secretly) +",
            "040\tmeet !not +");

    private static PatternDictionary dictionary() {
        PatternLoader loader = new PatternLoader(CameoTable.standard());
        return new PatternDictionary(loader.parse("test.tsv", PATTERNS, 0));
    }

    private static SentenceView view(String text) {
        Sentence s = TextAnalyzer.shared().sentences(text).get(0);
        return new SentenceView(s, List.of());
    }

    private static List<String> texts(List<Pattern> patterns) {
        return patterns.stream().map(Pattern::text).toList();
    }

    @Test
    void keepsOnlyPatternsWhoseRequiredWordsOccurInPrecedenceOrder() {
        PatternDictionary d = dictionary();
        SentenceView s = view("The minister met with his counterpart to discuss a ceasefire.");
        assertEquals(List.of("meet|visit * to discuss|negotiate * ceasefire", "meet with +", "meet (secretly) +",
                        "meet !not +"),
                texts(d.verbPatterns("met", "meet", s)));
        // optional and negated words are not required; "capital" is
        assertEquals(List.of("meet (secretly) +", "meet !not +"),
                texts(d.verbPatterns("met", "meet", view("They met the president."))));
        assertEquals(List.of("visit +"), texts(d.verbPatterns("visits", "visit", view("She visits Paris."))));
        assertEquals(List.of(), texts(d.nounPatterns("visit", "visit", view("The visit ended."))));
        assertEquals(List.of("~ visit by $ to +"),
                texts(d.nounPatterns("visit", "visit", view("The visit by Xi to Moscow ended."))));
    }

    @Test
    void unfilteredMergeEqualsTheFilteredOneWhenEveryWordIsPresent() {
        PatternDictionary d = dictionary();
        SentenceView s = view("They met with officials in the capital to discuss a ceasefire.");
        List<Pattern> all = PatternDictionary.merge(d.verbPatterns("met"), d.verbPatterns("meet"));
        assertEquals(texts(all), texts(d.verbPatterns("met", "meet", s)));
    }
}

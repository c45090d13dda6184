package org.entente.events.context;

import org.entente.events.CoderFixture;

import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Modality from cues in scope of the event's verb; every sentence is written for this test. */
public class ModalityTest {
    private static final Map<String, String> ACTORS = Map.of("Norway", "NOR", "Chile", "CHL", "Lima", "PER");

    public static Modality modalityOf(String sentence) {
        List<EventMention> events = CoderFixture.code(sentence, LocalDate.of(2020, 3, 11), ACTORS);
        EventMention e = events.stream().filter(x -> x.source() != null && x.source().equals("NOR")).findFirst()
                .orElseThrow(() -> new AssertionError("no event in: " + sentence));
        return e.modality();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Norway visited Chile.|ASSERTED",
        "Norway did not visit Chile.|NEGATED",
        "Norway will not visit Chile.|NEGATED",
        "Norway never visited Chile.|NEGATED",
        // the tokenizer leaves a contraction whole
        "Norway didn't visit Chile.|NEGATED",
        "Norway hasn’t visited Chile.|NEGATED",
        "Norway refused to visit Chile.|NEGATED",
        "Norway denied that it had visited Chile.|NEGATED",
        // a denial governs the act in its complement, whoever denies it
        "Chile denied that Norway visited Lima.|NEGATED",
        "Officials denied reports that Norway visited Chile.|NEGATED",
        "Norway will visit Chile.|FUTURE",
        "Norway plans to visit Chile.|FUTURE",
        "Norway is set to visit Chile.|FUTURE",
        "Norway promised to visit Chile.|FUTURE",
        "Norway wants to visit Chile.|FUTURE",
        "Norway visits Chile next year.|FUTURE",
        "If Norway visits Chile, trade will grow.|HYPOTHETICAL",
        "Unless Norway visits Chile, trade will shrink.|HYPOTHETICAL",
        "Analysts ask whether Norway will visit Chile.|HYPOTHETICAL",
        // the condition scopes over a temporal clause fronted inside it
        "Analysts ask whether, as talks go on, Norway will visit Chile.|HYPOTHETICAL",
        "Analysts ask whether as talks go on, Norway will visit Chile.|HYPOTHETICAL",
        "As talks go on, Norway will visit Chile.|FUTURE",
        "Norway would visit Chile under other rules.|HYPOTHETICAL",
        "Norway could visit Chile.|HYPOTHETICAL",
        "Did Norway visit Chile?|HYPOTHETICAL",
        "Norway hopes to visit Chile.|HYPOTHETICAL",
        "Norway apparently visited Chile.|UNCERTAIN",
        "Norway reportedly visited Chile.|UNCERTAIN",
        "Norway almost certainly visited Chile.|UNCERTAIN",
        "It seems that Norway visited Chile.|UNCERTAIN",
        "Norway may visit Chile.|UNCERTAIN",
        // scope: the cue belongs to another clause
        "Critics did not expect it, but Norway visited Chile.|ASSERTED",
        "Norway refused to comment and visited Chile.|ASSERTED",
        // a bare verb after "and" has no tense of its own: the modal before the first verb governs it
        "Norway will attend a fair and visit Chile.|FUTURE",
        "Norway must attend a fair and visit Chile.|HYPOTHETICAL",
        "Norway must have attacked Chile.|UNCERTAIN",
        "Norway accused Peru of attacking Chile.|UNCERTAIN",
        // a temporal clause takes the modality of the clause it depends on
        "Norway will be ready when it visits Chile.|FUTURE",
    })
    void cueInScope(String sentence, Modality expected) {
        assertEquals(expected, modalityOf(sentence), sentence);
    }
}

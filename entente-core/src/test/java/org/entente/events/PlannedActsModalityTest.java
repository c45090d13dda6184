package org.entente.events;

import org.entente.events.model.Modality;

import static org.entente.events.context.ModalityTest.modalityOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X is to visit Y" is a plan; a relative clause's cues stay in it. Sentences written for this test. */
class PlannedActsModalityTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Norway is to visit Chile in May.|FUTURE",
        "Norway and Lima are to visit Chile.|FUTURE",
        // "is to" before a noun is no plan
        "Norway, which is to blame, visited Chile.|ASSERTED",
        // the cues of an enclosed relative clause are its own
        "Norway, which never liked the idea, visited Chile.|ASSERTED",
        "Norway, which may object, visited Chile.|ASSERTED",
        "Norway, which had refused for years, finally visited Chile.|ASSERTED",
        // but a cue of the main clause after the relative still counts
        "Norway, which had agreed, did not visit Chile.|NEGATED",
    })
    void cueInScope(String sentence, Modality expected) {
        assertEquals(expected, modalityOf(sentence), sentence);
    }
}

package org.entente.events;

import org.entente.events.matching.PatternDictionary;
import org.entente.events.matching.PatternException;
import org.entente.events.model.CameoTable;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;

import static org.entente.events.roles.RolesTest.code;
import static org.entente.events.roles.RolesTest.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acts of giving told from the receiver's side; all sentences are written for these tests. */
class ReceivedActsTest {
    @Test
    void theGiverAfterTheVerbIsTheSourceAndTheSubjectTheTarget() {
        // '$' in "receive * weapon from $": the giver follows the verb; the receiver is the subject
        assertEquals("PERGOV>PERREB:072", triples(code("Peruvian guerrillas received rifles and weapons from the"
                + " Peruvian army.", "Peruvian guerrillas", "PERREB", "Peruvian army", "PERGOV")));
        assertEquals("NOR>CHL:070", triples(code("Chile received 40 million dollars in aid from Norway.",
                "Chile", "CHL", "Norway", "NOR")));
        // a pronoun receiver is resolved as a pronoun doer would be
        assertEquals("NOR>CHL:070", triples(code("Chile said it received aid from Norway.",
                "Chile", "CHL", "Norway", "NOR")));
    }

    @Test
    void aReceiverThatDeclinesDoesNotMakeTheGiverRefuse() {
        // "will not accept aid from Norway" is a negated gift of Norway's, not Norway refusing to give
        List<EventMention> events = code("Chile will not receive aid from Norway.", "Chile", "CHL", "Norway", "NOR");
        assertEquals("NOR>CHL:070", triples(events));
        assertEquals(Modality.NEGATED, events.get(0).modality());
    }

    @Test
    void thePassiveOfGivingWithANamedAgentHasTheSubjectAsRecipient() {
        assertEquals("NOR>CHLREB:072", triples(code("Chilean rebels were given weapons by Norway.",
                "Chilean rebels", "CHLREB", "Norway", "NOR")));
    }

    @Test
    void aVerbPatternWithBothSlotsIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "070\treceive + * aid from $\n");
        PatternException e = assertThrows(PatternException.class,
                () -> PatternDictionary.load(List.of(file), CameoTable.standard(), false));
        assertTrue(e.getMessage().contains("mine.tsv:1"), e.getMessage());
    }
}

package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void userFilesAddActorsAndPeople() throws Exception {
        Path orgs = dir.resolve("mine.tsv");
        Files.writeString(orgs, "# my groups\nnames\tcode\tkind\tstart\tend\tnote\nNorthern Front|the Front\tXYZREB\torg\t\t\t\n"
                .replace("XYZ", "MLI"));
        Path people = dir.resolve("people.tsv");
        Files.writeString(people, "name\taliases\tcountry\trole\tstart\tend\ttitle\n"
                + "Ada Quillfeather\tQuillfeather\tNOR\tGOV\t2030-01-01\t\tMinister of Testing\n");
        ActorRecognizer r = ActorRecognizer.standard(List.of(orgs, people));
        ActorMention front = ActorRecognizerTest.run(r, "The Northern Front attacked.", null).get(0);
        assertEquals("MLIREB", front.code());
        assertEquals(orgs + ":3", front.source());
        assertEquals("NORGOV", ActorRecognizerTest.run(r, "Quillfeather spoke.", "2031-01-01").get(0).code());
        assertEquals("NORELI", ActorRecognizerTest.run(r, "Quillfeather spoke.", "2029-01-01").get(0).code());
    }

    @Test
    void aBrokenLineFailsTheWholeFileNamingFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "names\tcode\tkind\n" + "Good Group\tMLIREB\torg\n" + "Bad Group\tMLIXX\torg\n");
        DictionaryException e = assertThrows(DictionaryException.class, () -> ActorRecognizer.standard(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("MLIXX"), e.getMessage());
    }

    @Test
    void otherMistakesAreNamedToo() throws Exception {
        assertFails("names\tcode\tkind\nX\tRUSGOV\tplanet\n", ":2: unknown kind");
        assertFails("names\tcode\tkind\tstart\nX\tRUSGOV\torg\t2020-13\n", ":2: ");
        assertFails("names\tcode\tkind\tstart\tend\nX\tRUSGOV\torg\t2020\t2019\n", ":2: start");
        assertFails("name\taliases\tcountry\trole\tstart\nX\t-\tRussia\tGOV\t2020\n", ":2: bad country");
        assertFails("just some text\n", ":1: missing header");
        assertFails("# only a comment\n", ":1: empty dictionary");
        assertFails("names\tcode\tkind\nonly-two-columns\tRUS\n", ":2: want 3 to 6");
    }

    private void assertFails(String content, String expected) throws Exception {
        Path f = Files.createTempFile(dir, "dict", ".tsv");
        Files.writeString(f, content);
        DictionaryException e = assertThrows(DictionaryException.class, () -> KnowledgeBase.load(List.of(f)));
        assertTrue(e.getMessage().startsWith(f.toString()) && e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.tsv");
        DictionaryException e = assertThrows(DictionaryException.class, () -> KnowledgeBase.load(List.of(missing)));
        assertTrue(e.getMessage().startsWith(missing + ":0: cannot read"), e.getMessage());
    }
}

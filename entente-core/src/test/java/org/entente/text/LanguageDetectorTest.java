package org.entente.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** OpenNLP's detector on sentences written for this test, and the short-text rule. */
class LanguageDetectorTest {
    @Test
    void detectsTheLanguagesOfTheMixedSamples() {
        assertEquals("es", LanguageDetector.detect("El Gobierno anunció el martes que enviará ayuda humanitaria a la"
                + " región afectada por las inundaciones.").language());
        assertEquals("fr", LanguageDetector.detect("Le gouvernement a annoncé mardi qu'il enverrait une aide"
                + " humanitaire dans la région touchée par les inondations.").language());
        assertEquals("de", LanguageDetector.detect("Die Regierung kündigte am Dienstag an, humanitäre Hilfe in die"
                + " von Überschwemmungen betroffene Region zu schicken.").language());
        assertEquals("ru", LanguageDetector.detect("Правительство объявило во вторник, что направит гуманитарную"
                + " помощь в пострадавший от наводнений регион.").language());
        assertEquals("en", LanguageDetector.detect("The government announced on Tuesday that it would send"
                + " humanitarian aid to the region hit by the floods.").language());
    }

    @Test
    void tooShortToTell() {
        assertNull(LanguageDetector.detect("Putin met Xi."));
        assertNull(LanguageDetector.detect(null));
    }

    @Test
    void namesLanguagesForMessages() {
        assertEquals("Spanish", LanguageDetector.name("es"));
        assertEquals("unknown", LanguageDetector.name(null));
    }
}

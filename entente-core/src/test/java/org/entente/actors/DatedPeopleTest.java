package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * People the bundled knowledge base knows only from the derived open-data files, across decades and continents,
 * each before, during and after office: during, their office's code; before and after, an elite (ELI) of their
 * country (the "former" rule). The provenance names the derived file.
 */
class DatedPeopleTest {
    private static void check(String name, String before, String during, String after, String code, String file) {
        String country = code.substring(0, 3);
        ActorMention in = ActorRecognizerTest.only(name + " spoke on Tuesday.", during);
        assertEquals(code, in.code(), name + " on " + during);
        assertTrue(in.source().startsWith("derived/" + file + ".tsv:"), in.source());
        assertEquals(country + "ELI", ActorRecognizerTest.only(name + " spoke on Tuesday.", before).code(),
                name + " on " + before);
        assertEquals(country + "ELI", ActorRecognizerTest.only(name + " spoke on Tuesday.", after).code(),
                name + " on " + after);
    }

    @Test
    void southAmerica1970s() { // head of a military government, 1971-1973
        check("Alejandro Agustin Lanusse", "1968-06-01", "1972-06-01", "1980-06-01", "ARGGOV", "phoenix");
    }

    @Test
    void asia1970s() { // prime minister until the fall of Phnom Penh
        check("Long Boret", "1970-06-01", "1974-06-01", "1977-06-01", "KHMGOV", "phoenix");
    }

    @Test
    void africa1990s() { // member of the ruling military council, 1992-1993
        check("Solomon Anthony James Musa", "1990-06-01", "1993-03-01", "1996-06-01", "SLEGOV", "phoenix");
    }

    @Test
    void europe2000s() { // UK cabinet minister 2004-2008
        check("Ruth Kelly", "1999-06-01", "2005-06-01", "2012-06-01", "GBRGOV", "ifg");
    }

    @Test
    void northAmerica2000s() { // Governor General of Canada, 1999-2005
        check("Adrienne Clarkson", "1996-06-01", "2002-06-01", "2008-06-01", "CANGOV", "phoenix");
    }

    @Test
    void europe2019Snapshot() { // in the CIA's 2019 list only: its year, then former
        check("Mikael Damberg", "2012-06-01", "2019-06-01", "2021-06-01", "SWEGOV", "cia-2019");
    }
}

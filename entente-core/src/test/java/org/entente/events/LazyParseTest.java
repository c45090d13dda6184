package org.entente.events;

import org.entente.events.roles.RolesTest;

import org.entente.events.model.EventMention;
import org.entente.events.roles.ParseRoles;
import org.entente.events.roles.Roles;
import org.entente.events.syntax.SentenceView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;
import org.entente.text.parse.DependencyParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coder asks for a sentence's parse only once a verb pattern has matched there, and that gives the roles an
 * eager parse gives: the parse changes only a subject's actors, never the clause scope or the antecedent the
 * pattern matching reads. Every sentence is written for these tests.
 */
class LazyParseTest {
    private static final Map<String, String> ACTORS = Map.of("Norway", "NOR", "Chile", "CHL", "Peru", "PER",
            "Swedish officials", "SWEGOV", "Bolivia", "BOL");

    @BeforeAll
    static void parserOn() {
        System.setProperty("entente.parser", "on");
    }

    @AfterAll
    static void parserDefault() {
        System.clearProperty("entente.parser");
    }

    @Test
    void aSentenceIsParsedOnlyWhereAVerbPatternMatched() {
        // "accuse" has only "accuse + of" among the test patterns: the first sentence has actors and a verb with
        // patterns, but no pattern matches, so nothing in it needs the parse
        Document doc = analyze("Norway accused Chile on Monday. Norway attacked Chile on Monday.");
        List<EventMention> events = CoderFixture.CODER.code(doc, CoderFixture.mentions(doc, ACTORS));
        assertEquals("NOR>CHL:190", RolesTest.triples(events));
        assertNull(doc.get(DependencyParser.PARSES, 0), "no pattern matched in sentence 0");
        assertNotNull(doc.get(DependencyParser.PARSES, 1), "sentence 1 has an event");
    }

    @Test
    void theParseChangesOnlyTheSubjectsActors() {
        String text = "Chile, which had been warned for weeks, was attacked by Peru. Norway and Chile met on Monday."
                + " Sanctions were imposed on Peru, which attacked Chile last year. Swedish officials said Peru"
                + " wanted Chile to attack Bolivia. The army of Peru, a close ally of Bolivia, attacked Chile."
                + " Norway asked Chile to sign an agreement with Peru.";
        Document doc = analyze(text);
        List<ActorMention> mentions = CoderFixture.mentions(doc, ACTORS);
        int verbs = 0;
        int parsed = 0;
        for (int i = 0; i < doc.sentenceCount(); i++) {
            List<ActorMention> here = new ArrayList<>();
            for (ActorMention m : mentions) {
                if (m.sentence() == i) {
                    here.add(m);
                }
            }
            SentenceView s = new SentenceView(doc.sentence(i), here);
            for (int t = 0; t < s.size(); t++) {
                if (!s.isVerb(t)) {
                    continue;
                }
                verbs++;
                Roles.Subject heuristic = Roles.verbSubject(s, t);
                Roles.Subject withParse = ParseRoles.verbSubject(s, t);
                String where = "\"" + s.text[t] + "\" in sentence " + i;
                assertEquals(heuristic.scopeStart(), withParse.scopeStart(), where);
                assertEquals(heuristic.antecedent(), withParse.antecedent(), where);
            }
            if (s.parse != null) {
                parsed++;
            }
        }
        assertTrue(verbs >= 10, "the sentences have verbs: " + verbs);
        assertEquals(doc.sentenceCount(), parsed, "every sentence was parsed, so the parse path was compared");
    }

    private static Document analyze(String text) {
        Article article = new Article("t", "test", null, null, null, null, null, "en", text, Map.of());
        return TextAnalyzer.shared().analyze(article);
    }
}

package org.entente.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.events.model.Modality;
import org.entente.events.model.Span;
import org.entente.ingest.Article;
import org.entente.pipeline.CodedArticle;
import org.entente.store.Resolution;
import org.entente.store.Store;
import org.entente.store.StoreWriter;
import org.entente.text.Document;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;

/**
 * A small real store for the API and browser tests: four articles written for these tests, split into sentences by
 * the real analyzer, with actor and event mentions whose codes we state (so the expected answers are known
 * exactly), written by the real {@link StoreWriter} into DuckDB. One article carries markup in its title and text.
 *
 * <p>Expected, asserted events only: RUS–CHN Jan 2024 two co-operative, Feb 2024 one verbal and one material
 * conflict, Mar 2024 one co-operative (index +0.2 over five events); USA–CHN Mar 2024 two conflictual. Also one
 * future (Jan) and one negated (Feb) RUS–CHN event. FRA–DEU: three co-operative events in each of Jan, Feb and Mar
 * 2024, three conflictual ones in Apr 2024 (a shift towards conflict). 8 articles, 21 events in all.
 */
final class Fixture {
    static final String XSS_TITLE = "<img src=x onerror=\"window.__pwned = 3\"> Trade summit";
    static final String XSS_SCRIPT = "<script>window.__pwned = 1;</script>";
    static final String XSS_IMG = "<img src=x onerror=\"window.__pwned = 2\">";

    private Fixture() {
    }

    static Store build(Path dir) {
        Store store = Store.open(dir);
        StoreWriter w = StoreWriter.start(store, Resolution.standard(), "entente test", "web fixture", "web fixture",
                "Fixture.java");
        Builder a = new Builder("moscow-talks", "2024-01-16", "Putin and Xi meet in Moscow",
                "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday. "
                        + "Putin praised China for its support. Beijing will host Russian leaders next year.");
        a.actor(0, "Vladimir Putin", "RUSGOV").actor(0, "Xi Jinping", "CHNGOV").actor(1, "Putin", "RUSGOV")
                .actor(1, "China", "CHN").actor(2, "Beijing", "CHN").actor(2, "Russian", "RUS");
        a.event(0, "Vladimir Putin", "met", "Xi Jinping", "RUSGOV", "CHNGOV", "040", 1, 1.0, Modality.ASSERTED);
        a.event(1, "Putin", "praised", "China", "RUSGOV", "CHN", "051", 1, 3.4, Modality.ASSERTED);
        a.event(2, "Beijing", "host", "Russian", "CHN", "RUS", "043", 1, 2.8, Modality.FUTURE);
        w.write(a.coded());

        Builder b = new Builder("border-incident", "2024-02-20", "Border incident strains ties",
                "China accused Russia of violating the border agreement. Russian troops fired on Chinese fishing "
                        + "boats near the river. Moscow did not apologise to Beijing.");
        b.actor(0, "China", "CHN").actor(0, "Russia", "RUS").actor(1, "Russian troops", "RUSMIL")
                .actor(1, "Chinese fishing boats", "CHNCVL").actor(2, "Moscow", "RUS").actor(2, "Beijing", "CHN");
        b.event(0, "China", "accused", "Russia", "CHN", "RUS", "112", 3, -2.0, Modality.ASSERTED);
        b.event(1, "Russian troops", "fired", "Chinese fishing boats", "RUSMIL", "CHNCVL", "190", 4, -10.0,
                Modality.ASSERTED);
        b.event(2, "Moscow", "apologise", "Beijing", "RUS", "CHN", "055", 1, 3.5, Modality.NEGATED);
        w.write(b.coded());

        Builder c = new Builder("markup-article", "2024-03-05", XSS_TITLE,
                "Russia and China signed a trade deal " + XSS_SCRIPT + " in Beijing. Officials cited " + XSS_IMG
                        + " as the source.");
        c.actor(0, "Russia", "RUS").actor(0, "China", "CHN").actor(0, "Beijing", "CHN");
        c.event(0, "Russia", "signed", "China", "RUS", "CHN", "057", 1, 8.0, Modality.ASSERTED);
        w.write(c.coded());

        Builder d = new Builder("us-sanctions", "2024-03-12", "Washington sanctions Chinese firms",
                "The United States imposed sanctions on Chinese firms. Washington threatened Beijing with more "
                        + "measures.");
        d.actor(0, "The United States", "USA").actor(0, "Chinese firms", "CHNBUS").actor(1, "Washington", "USAGOV")
                .actor(1, "Beijing", "CHNGOV");
        d.event(0, "The United States", "imposed", "Chinese firms", "USA", "CHNBUS", "163", 4, -8.0,
                Modality.ASSERTED);
        d.event(1, "Washington", "threatened", "Beijing", "USAGOV", "CHNGOV", "130", 3, -4.4, Modality.ASSERTED);
        w.write(d.coded());
        // France and Germany: three co-operative months, then a conflictual one — a shift the store must flag
        String[] months = {"2024-01-10", "2024-02-10", "2024-03-10"};
        for (String day : months) {
            Builder f = new Builder("paris-berlin-" + day, day, "Paris and Berlin work together",
                    "France consulted Germany on energy. France praised Germany for its help. France cooperated "
                            + "with Germany on energy.");
            f.actor(0, "France", "FRA").actor(0, "Germany", "DEU").actor(1, "France", "FRA").actor(1, "Germany", "DEU")
                    .actor(2, "France", "FRA").actor(2, "Germany", "DEU");
            f.event(0, "France", "consulted", "Germany", "FRA", "DEU", "040", 1, 1.0, Modality.ASSERTED);
            f.event(1, "France", "praised", "Germany", "FRA", "DEU", "051", 1, 3.4, Modality.ASSERTED);
            f.event(2, "France", "cooperated", "Germany", "FRA", "DEU", "061", 2, 6.4, Modality.ASSERTED);
            w.write(f.coded());
        }
        Builder g = new Builder("paris-berlin-rift", "2024-04-10", "Paris and Berlin fall out",
                "France accused Germany of breaking the treaty. France threatened Germany with sanctions. French "
                        + "troops clashed with German troops.");
        g.actor(0, "France", "FRA").actor(0, "Germany", "DEU").actor(1, "France", "FRA").actor(1, "Germany", "DEU")
                .actor(2, "French troops", "FRAMIL").actor(2, "German troops", "DEUMIL");
        g.event(0, "France", "accused", "Germany", "FRA", "DEU", "112", 3, -2.0, Modality.ASSERTED);
        g.event(1, "France", "threatened", "Germany", "FRA", "DEU", "130", 3, -4.4, Modality.ASSERTED);
        g.event(2, "French troops", "clashed", "German troops", "FRAMIL", "DEUMIL", "190", 4, -10.0,
                Modality.ASSERTED);
        w.write(g.coded());
        return store;
    }

    /**
     * Adds a pair with an undated report to a {@link #build} store: Italy–Spain, one co-operative event dated
     * 2024-01-20 (located in Rome, with coordinates) and one conflictual event dated 2024-03-20, plus one
     * co-operative event in an article without a date. Undated events count in totals without a date range and
     * in no period of a series.
     */
    static void addUndated(Store store) {
        StoreWriter w = StoreWriter.start(store, Resolution.standard(), "entente test", "web fixture", "web fixture",
                "Fixture.java");
        Builder a = new Builder("rome-madrid-jan", "2024-01-20", "Rome and Madrid talk",
                "Italy consulted Spain on migration in Rome.");
        a.actor(0, "Italy", "ITA").actor(0, "Spain", "ESP");
        // located by the gazetteer: a point on the map
        a.event(0, "Italy", "consulted", "Spain", "ITA", "ESP", "040", 1, 1.0, Modality.ASSERTED,
                new org.entente.events.model.Location("ITA", "Rome", "Lazio", "IT07", 41.89, 12.48, "3169070"));
        w.write(a.coded());
        Builder b = new Builder("rome-madrid-mar", "2024-03-20", "Rome rebukes Madrid",
                "Italy accused Spain of ignoring the accord.");
        b.actor(0, "Italy", "ITA").actor(0, "Spain", "ESP");
        b.event(0, "Italy", "accused", "Spain", "ITA", "ESP", "112", 3, -2.0, Modality.ASSERTED);
        w.write(b.coded());
        Builder c = new Builder("rome-madrid-undated", null, "Rome praises Madrid",
                "Italy praised Spain for its rescue work.");
        c.actor(0, "Italy", "ITA").actor(0, "Spain", "ESP");
        c.event(0, "Italy", "praised", "Spain", "ITA", "ESP", "051", 1, 3.4, Modality.ASSERTED);
        w.write(c.coded());
    }

    /** Builds one coded article; spans are found in the named sentence, so they are right by construction. */
    static final class Builder {
        final Document analyzed;
        final List<ActorMention> actors = new ArrayList<>();
        final List<EventMention> events = new ArrayList<>();

        Builder(String name, String date, String title, String text) {
            Article art = new Article(Integer.toHexString((name + text).hashCode()) + "-" + name, name,
                    "https://example.org/" + name, "Example Wire", title, date == null ? null : LocalDate.parse(date), null,
                    "en", text,
                    Map.of());
            analyzed = TextAnalyzer.shared().analyze(art);
        }

        Sentence sentence(int i) {
            return analyzed.sentences().get(i);
        }

        Span find(int sentence, String what) {
            Sentence s = sentence(sentence);
            int at = s.text().indexOf(what);
            if (at < 0) {
                throw new IllegalArgumentException("'" + what + "' not in sentence " + sentence + ": " + s.text());
            }
            return new Span(s.start() + at, s.start() + at + what.length());
        }

        Builder actor(int sentence, String text, String code) {
            Span sp = find(sentence, text);
            String role = code.length() > 3 ? code.substring(3) : null;
            actors.add(new ActorMention(sentence, sp.start(), sp.end(), 0, 0, text, code, code.substring(0, 3), role,
                    "country:" + code.substring(0, 3), role == null ? "country" : "role", 1.0, "fixture:" + code));
            return this;
        }

        void event(int sentence, String src, String verb, String tgt, String source, String target, String code,
                   int quad, double goldstein, Modality modality) {
            event(sentence, src, verb, tgt, source, target, code, quad, goldstein, modality, null);
        }

        void event(int sentence, String src, String verb, String tgt, String source, String target, String code,
                   int quad, double goldstein, Modality modality, org.entente.events.model.Location location) {
            Sentence s = sentence(sentence);
            Article art = analyzed.article();
            events.add(new EventMention(art.name(), art.id(), art.date(), source, target, source.substring(0, 3),
                    target.substring(0, 3), code, code.substring(0, 2), quad, goldstein, "fixture", modality,
                    sentence, s.text(), new Span(s.start(), s.end()), find(sentence, src), find(sentence, verb),
                    find(sentence, tgt), location, false, null, "fixture:" + code));
        }

        CodedArticle coded() {
            return new CodedArticle(analyzed, actors, events);
        }
    }
}

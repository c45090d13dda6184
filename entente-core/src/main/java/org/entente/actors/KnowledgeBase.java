package org.entente.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded actor dictionaries: the bundled files under entente-core/src/main/resources/actors/ plus the user's own, compiled
 * into one {@link PatternTrie}, and the rule that picks what a matched name means on a given date.
 */
public final class KnowledgeBase {
    /**
     * Bundled dictionaries in priority order: on a tie between rows an earlier file wins. The derived people files
     * (scripts/derive-kb-*.py) come after the hand-written ones, so a hand-written row wins wherever both apply.
     */
    static final List<String> BUNDLED = List.of("countries-extra.tsv", "organisations.tsv", "roles.tsv",
            "people.tsv", "countries.tsv", "cities.tsv");
    /**
     * Derived people files kept after measuring each source's effect (docs/actors.md), in priority order. The
     * Congress and Wikidata 2021 files are derived but not loaded: on the corpus their changes were mostly
     * namesakes ("Adam Smith", "John Adams") or none at all.
     */
    static final List<String> DERIVED = List.of("derived/ifg.tsv", "derived/cia-2019.tsv", "derived/phoenix.tsv");

    private static volatile KnowledgeBase bundled;

    private final List<KbEntry> entries;
    private final PatternTrie trie = new PatternTrie();

    /** What a name means on a date. */
    record Resolved(KbEntry entry, String code, String country, String role, double confidence) {
    }

    private KnowledgeBase(List<KbEntry> entries) {
        this.entries = PersonMerge.assign(entries);
        for (KbEntry e : this.entries) {
            for (String p : e.patterns()) {
                trie.add(p, e);
            }
        }
        trie.freeze();
    }

    /** The bundled dictionaries followed by the user's files (user rows win ties: they come first). */
    public static KnowledgeBase load(List<Path> userFiles) {
        List<KbEntry> all = new ArrayList<>();
        int order = 0;
        for (Path p : userFiles) {
            List<KbEntry> rows = DictionaryLoader.loadFile(p, order);
            all.addAll(rows);
            order += 10_000_000;
        }
        all.addAll(bundledEntries(order));
        return new KnowledgeBase(all);
    }

    /**
     * Like {@link #load(List)}, but a broken file is reported to {@code errors} ({@code file:line: reason}) and
     * left out whole while the other files load: for commands that must go on with the rest of the batch.
     */
    public static KnowledgeBase loadReporting(List<Path> userFiles, java.util.function.Consumer<String> errors) {
        List<Path> good = new ArrayList<>();
        for (Path p : userFiles) {
            try {
                DictionaryLoader.loadFile(p, 0);
                good.add(p);
            } catch (DictionaryException e) {
                errors.accept(e.getMessage());
            }
        }
        return good.isEmpty() ? bundled() : load(good);
    }

    private static List<KbEntry> bundledEntries(int order) {
        List<KbEntry> out = new ArrayList<>();
        for (String f : BUNDLED) {
            out.addAll(DictionaryLoader.loadResource(f, order));
            order += 10_000_000;
        }
        for (String f : derivedFiles()) {
            out.addAll(DictionaryLoader.loadResource(f, order));
            order += 10_000_000;
        }
        return out;
    }

    /**
     * The derived files to load: {@link #DERIVED}, or the comma-separated list in the system property
     * {@code entente.kb.derived} ("" for none), which the per-source measurements use to switch sources.
     */
    static List<String> derivedFiles() {
        String p = System.getProperty("entente.kb.derived");
        if (p == null) {
            return DERIVED;
        }
        List<String> out = new ArrayList<>();
        for (String s : p.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim().contains("/") ? s.trim() : "derived/" + s.trim() + ".tsv");
            }
        }
        return out;
    }

    /** The bundled dictionaries loaded afresh (not the shared instance): for startup and heap measurements. */
    static KnowledgeBase loadBundledFresh() {
        return new KnowledgeBase(bundledEntries(0));
    }

    /** The bundled knowledge base alone, loaded once. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (bundled == null) {
                    bundled = new KnowledgeBase(bundledEntries(0));
                }
                kb = bundled;
            }
        }
        return kb;
    }

    public List<KbEntry> entries() {
        return entries;
    }

    PatternTrie trie() {
        return trie;
    }

    /**
     * Picks the meaning of a match on {@code date}: a row valid on that date beats any other; with no date the
     * latest-starting row stands (today's role); a person out of office on that date is an elite (ELI) of the
     * country of the nearest role. Among entities valid alike, the earlier row wins, with lower confidence when
     * they disagree on the code.
     */
    static Resolved resolve(List<KbEntry> candidates, LocalDate date) {
        if (candidates.size() == 1 && !candidates.get(0).dated()) { // the common case: one undated row
            KbEntry e = candidates.get(0);
            return new Resolved(e, e.code(), e.country(), e.role(), 0.9);
        }
        Map<String, List<KbEntry>> byEntity = new LinkedHashMap<>();
        for (KbEntry e : candidates) {
            byEntity.computeIfAbsent(e.entityId(), k -> new ArrayList<>()).add(e);
        }
        Resolved best = null;
        int bestRank = Integer.MAX_VALUE;
        boolean disagree = false;
        for (List<KbEntry> rows : byEntity.values()) {
            Resolved r;
            int rank;
            KbEntry valid = date == null ? latest(rows) : firstValid(rows, date);
            if (valid != null) {
                r = new Resolved(valid, valid.code(), valid.country(), valid.role(), 0.9);
                rank = 0;
            } else {
                KbEntry near = nearest(rows, date);
                if (near.kind() == KbEntry.Kind.PERSON && near.country() != null) {
                    r = new Resolved(near, near.country() + "ELI", near.country(), "ELI", 0.7);
                } else {
                    r = new Resolved(near, near.code(), near.country(), near.role(), 0.6);
                }
                rank = 1;
            }
            if (best == null || rank < bestRank || (rank == bestRank && r.entry().order() < best.entry().order())) {
                if (best != null && rank == bestRank) {
                    disagree |= !best.code().equals(r.code());
                }
                best = r;
                bestRank = rank;
            } else if (rank == bestRank && !best.code().equals(r.code())) {
                disagree = true;
            }
        }
        if (best != null && disagree) {
            best = new Resolved(best.entry(), best.code(), best.country(), best.role(), best.confidence() * 0.6);
        }
        return best;
    }

    /**
     * The row valid on {@code date} that speaks for the entity: a hand-written row before any derived one; among
     * derived rows government over other offices over legislature over elite (a minister who keeps a seat acts as
     * a minister); then the earlier row.
     */
    private static KbEntry firstValid(List<KbEntry> rows, LocalDate date) {
        KbEntry out = null;
        for (KbEntry e : rows) {
            if (e.validAt(date) && (out == null || before(e, out))) {
                out = e;
            }
        }
        return out;
    }

    private static boolean before(KbEntry a, KbEntry b) {
        if (a.derived() != b.derived()) {
            return !a.derived();
        }
        if (a.derived()) {
            int c = Integer.compare(roleRank(a.role()), roleRank(b.role()));
            if (c != 0) {
                return c < 0;
            }
        }
        return a.order() < b.order();
    }

    /** GOV over the other offices over LEG over ELI, for overlapping derived rows. */
    static int roleRank(String role) {
        String r = ActorCode.primaryRole(role);
        if ("GOV".equals(r)) {
            return 0;
        }
        if ("LEG".equals(r)) {
            return 2;
        }
        if ("ELI".equals(r)) {
            return 3;
        }
        return 1;
    }

    /** With no date: the row that starts last (undated rows count as the earliest); see {@link #laterThan}. */
    private static KbEntry latest(List<KbEntry> rows) {
        KbEntry out = null;
        for (KbEntry e : rows) {
            if (out == null || laterThan(e, out)) {
                out = e;
            }
        }
        return out;
    }

    /**
     * Between a hand-written and a derived row the one that ends later (open = today) is the latest role, the
     * hand-written one on a tie: a derived row inside a hand-written spell adds nothing about today. Otherwise the
     * later start.
     */
    private static boolean laterThan(KbEntry a, KbEntry b) {
        if (a.derived() != b.derived()) {
            LocalDate x = a.end() == null ? LocalDate.MAX : a.end();
            LocalDate y = b.end() == null ? LocalDate.MAX : b.end();
            int c = x.compareTo(y);
            return c != 0 ? c > 0 : !a.derived();
        }
        return compareStart(a, b) > 0;
    }

    private static int compareStart(KbEntry a, KbEntry b) {
        LocalDate x = a.start() == null ? LocalDate.MIN : a.start();
        LocalDate y = b.start() == null ? LocalDate.MIN : b.start();
        int c = x.compareTo(y);
        return c != 0 ? c : Integer.compare(b.order(), a.order());
    }

    /** The row closest in time to a date none of the rows covers. */
    private static KbEntry nearest(List<KbEntry> rows, LocalDate date) {
        KbEntry out = null;
        long bestGap = Long.MAX_VALUE;
        for (KbEntry e : rows) {
            long gap;
            if (e.end() != null && !date.isBefore(e.end())) {
                gap = date.toEpochDay() - e.end().toEpochDay();
            } else if (e.start() != null && date.isBefore(e.start())) {
                gap = e.start().toEpochDay() - date.toEpochDay();
            } else {
                gap = 0;
            }
            if (gap < bestGap) {
                bestGap = gap;
                out = e;
            }
        }
        return out;
    }

    /** Rows of the given entity, for tests and tools. */
    List<KbEntry> rowsOf(String entityId) {
        List<KbEntry> out = new ArrayList<>();
        for (KbEntry e : entries) {
            if (e.entityId().equals(entityId)) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }
}

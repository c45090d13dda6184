package org.entente.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares one new report with one candidate event (already blocked by key and date, see {@link Resolution}):
 * first the contradictions that keep them apart whatever else they share, then the evidence score. Pure: the same
 * report and event state always give the same answer.
 */
final class MergeRule {
    /** The new report's features that resolution compares. Roles and entities are per side, as reported. */
    record Report(String code, LocalDate date, String locCountry, String locPlace, String words, List<String> names,
                  String srcRole, String tgtRole, String srcEntity, String tgtEntity, short[] lead) {
    }

    private final Resolution rule;

    MergeRule(Resolution rule) {
        this.rule = rule;
    }

    /**
     * The evidence for merging ({@link MergeEvidence#merges} says whether it is enough), or null when something
     * contradicts it. {@code match}: how the report's sides met the event's.
     */
    MergeEvidence compare(Report r, EventState e, DyadMatch match, boolean sameArticle) {
        boolean reversed = match.reversed();
        if (conflict(e.locCountry, r.locCountry()) || conflict(e.locPlace, r.locPlace())) {
            return null;
        }
        String srcRole = reversed ? r.tgtRole() : r.srcRole();
        String tgtRole = reversed ? r.srcRole() : r.tgtRole();
        String srcEntity = reversed ? r.tgtEntity() : r.srcEntity();
        String tgtEntity = reversed ? r.srcEntity() : r.tgtEntity();
        if (conflict(e.srcEntity, srcEntity) || conflict(e.tgtEntity, tgtEntity)
                || (conflict(e.srcRole, srcRole) && !same(e.srcEntity, srcEntity))
                || (conflict(e.tgtRole, tgtRole) && !same(e.tgtEntity, tgtEntity))) {
            return null; // one person may be reported in two roles (a prime minister as party leader)
        }
        // act words: what is done, not who does it (the key and the story names already speak for who)
        List<String> eventNames = ReportContext.split(e.names);
        Set<String> names = new HashSet<>();
        for (List<String> l : List.of(r.names(), eventNames)) {
            for (String n : l) {
                names.add(Resolution.stem(n));
            }
        }
        Set<String> mine = Resolution.set(r.words(), names);
        List<String> sharedWords = Arrays.stream(e.words.split(" ")).filter(mine::contains).toList();
        double act = Resolution.overlap(r.words(), e.words, names);
        List<String> sharedNames = sameArticle ? List.of() : ReportContext.shared(r.names(), eventNames);
        double story = sameArticle ? 1 : storyOverlap(r.names(), eventNames, sharedNames.size());
        boolean sameCode = Objects.equals(e.code, r.code());
        String samePlace = r.locPlace() != null && r.locPlace().equalsIgnoreCase(e.locPlace) ? e.locPlace : null;
        boolean dated = e.date != null && r.date() != null;
        long days = dated ? Math.abs(ChronoUnit.DAYS.between(e.date, r.date())) : 0;
        // the looser evidence (a side left out, a story's names with few shared words) holds only for reports
        // close in time: judged on the pool, its wrong merges were two or more days apart, or had no date at all
        // (an unknown distance is not a short one)
        boolean close = dated && days <= rule.looseDays();
        // undated reports were never kept apart by the date window, so their act words must say more than two
        // common words: judged on the pool (session 8), the wrong merges of another article's report were mostly
        // undated short sentences sharing two ("the party opposes the plans", said of two bills)
        boolean actEvidence = dated || sharedWords.size() >= rule.minSharedWords();
        // in one article the same code speaks for one happening only when both sides agree: with a side left out, a
        // long story's "A praised B" and "A backed the government" are often two statements (pool, judged by hand)
        // two articles that tell the same lead (title and first paragraph, MinHash of the content words: the place,
        // the people, the act, the figures) and report the same full code on the same day are one story: judged on
        // the pool (session 10), such pairs below the other clauses were the same happening when dated the same day
        // (every one read), half the time when a day apart (two clashes, two bombings on consecutive days)
        double lead = sameArticle ? 0 : Sketch.similarity(r.lead(), e.lead);
        boolean leadClose = dated && days <= rule.leadDays();
        boolean merges = sameArticle ? sameCode && !match.oneSide() || act >= rule.minActWords()
                : (actEvidence && (act >= rule.minActWords() && story >= rule.minStory()
                        || act >= rule.strongActWords())
                        || close && sameCode && story >= rule.strongStory() && act >= rule.storyActWords()
                        || leadClose && sameCode && lead >= rule.minLead())
                        && (close || !match.oneSide());
        double score = act + rule.storyWeight() * story + rule.leadWeight() * lead + (sameCode ? rule.sameCode() : 0)
                + (samePlace != null ? rule.samePlace() : 0) - rule.dayPenalty() * days;
        return new MergeEvidence(act, sharedWords, story, sharedNames, lead, sameArticle, sameCode, samePlace,
                dated ? days : -1, match, score, merges);
    }

    boolean merges(MergeEvidence ev) {
        return ev != null && ev.merges();
    }

    /**
     * The share of the smaller name list found in the other (an event's list grows with its articles, a report's
     * does not); nothing unless at least {@code minSharedNames} are shared, so one common name (a capital, a
     * country) is no story.
     */
    private double storyOverlap(List<String> a, List<String> b, int shared) {
        if (shared < rule.minSharedNames() || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return shared / (double) Math.min(a.size(), b.size());
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    private static boolean conflict(String a, String b) {
        return a != null && b != null && !a.equalsIgnoreCase(b);
    }

    /** The role part of an actor code of a known country (RUSGOV -> GOV), else null (RUS, IGOs, unknown). */
    static String role(String code, String country) {
        return code != null && country != null && code.length() > country.length() && code.startsWith(country)
                ? code.substring(country.length()) : null;
    }
}

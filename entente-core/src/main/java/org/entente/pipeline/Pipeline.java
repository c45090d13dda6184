package org.entente.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorRecognizer;
import org.entente.events.EventCoder;
import org.entente.events.context.NearbyPlaces;
import org.entente.events.model.EventMention;
import org.entente.ingest.Article;
import org.entente.text.Document;
import org.entente.text.TextAnalyzer;

/** Article -> sentences -> actors -> events: the one code path shared by code, ingest, demo and bench. */
public final class Pipeline {
    /** Stage names handed to a {@link StageTimer}. */
    public static final String ANALYSE = "analyse";
    public static final String ACTORS = "actors";
    public static final String CODE = "code";

    /** Receives the time each stage took for one article (the bench adds them up; everyone else passes NONE). */
    @FunctionalInterface
    public interface StageTimer {
        StageTimer NONE = (stage, nanos) -> { };

        void record(String stage, long nanos);

        /** The clock stages are timed with: wall time, unless a timer prefers another (e.g. thread CPU time). */
        default long now() {
            return System.nanoTime();
        }
    }

    private final TextAnalyzer analyzer;
    private final ActorRecognizer actors;
    private final EventCoder coder;
    /** Made on the first Spanish article: its dictionaries cost a few seconds to load. */
    private volatile SpanishRoute spanish;

    public Pipeline(TextAnalyzer analyzer, ActorRecognizer actors, EventCoder coder) {
        this.analyzer = analyzer;
        this.actors = actors;
        this.coder = coder;
    }

    public static Pipeline standard(List<Path> userActors, List<Path> userPatterns) {
        return new Pipeline(TextAnalyzer.shared(), ActorRecognizer.standard(userActors),
                EventCoder.standard(userPatterns));
    }

    public CodedArticle process(Article article) {
        return process(article, StageTimer.NONE);
    }

    /**
     * Same as {@link #process(Article)}, telling {@code timer} how long each stage took.
     *
     * <p>One {@link Document} per article, which each stage reads and adds to, in this order: the text front end
     * splits sentences and tokens; the recognizer finds actors on the tokens (it reads no POS tags) and adds them as
     * the document's {@link ActorRecognizer#MENTIONS}; only sentences with at least one actor mention are POS-tagged
     * and lemmatised, in place, because the coder codes nothing in a sentence without an actor and POS tagging is the
     * costliest step of the whole pipeline; the coder reads the tagged sentences and the mentions (and attaches its
     * own view of each sentence it codes, with the dependency parse where one is made). Sentences without actors
     * therefore stay untagged (their tokens' {@code pos} and {@code lemma} null).
     */
    public CodedArticle process(Article article, StageTimer timer) {
        if (SPANISH.equals(article.language())) {
            return spanish().process(article, timer);
        }
        if (!reads(article.language())) {
            // an article in a language without its own front end and dictionaries is stored uncoded and reported
            // as such, never passed off as an English text without events
            return new CodedArticle(Document.builder(article).build(), List.of(), List.of());
        }
        long t0 = timer.now();
        Document doc = analyzer.document(article);
        stopIfCancelled(article);
        long t1 = timer.now();
        List<ActorMention> found = actors.annotate(doc);
        stopIfCancelled(article);
        long t2 = timer.now();
        tagWhereActors(article, doc, found);
        long t3 = timer.now();
        List<EventMention> events = coder.code(doc, found);
        long t4 = timer.now();
        timer.record(ANALYSE, (t1 - t0) + (t3 - t2));
        timer.record(ACTORS, t2 - t1);
        timer.record(CODE, t4 - t3);
        return new CodedArticle(doc, found, events);
    }

    /** Spanish (ISO 639-1), coded by its own front end and dictionaries ({@link SpanishRoute}). */
    public static final String SPANISH = "es";

    /** Languages the coder reads (ISO 639-1). */
    public static final java.util.Set<String> CODED_LANGUAGES = java.util.Set.of("en", SPANISH);

    /**
     * Whether the coder reads an article in {@code language}: English, Spanish, or unknown (a text too short to
     * tell, or a caller that states no language), which is read as English.
     */
    public static boolean reads(String language) {
        return language == null || CODED_LANGUAGES.contains(language);
    }

    /**
     * Ends the coding of an article whose thread was interrupted: the ingest cancels an article that overran its
     * budget, and the thread must come free for the next one rather than finish work nobody will store.
     */
    static void stopIfCancelled(Article article) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("coding of " + article.name() + " cancelled");
        }
    }

    private SpanishRoute spanish() {
        SpanishRoute s = spanish;
        if (s == null) {
            synchronized (this) {
                if (spanish == null) {
                    spanish = new SpanishRoute(actors);
                }
                s = spanish;
            }
        }
        return s;
    }

    private void tagWhereActors(Article article, Document doc, List<ActorMention> mentions) {
        boolean[] wanted = new boolean[doc.sentenceCount()];
        for (ActorMention m : mentions) {
            if (m.sentence() >= 0 && m.sentence() < wanted.length) {
                wanted[m.sentence()] = true;
            }
        }
        for (int i = 0; i < wanted.length; i++) {
            // a sentence beside one with actors that names a place may place their events ("... fired on a crowd.
            // Five were hurt in X village"): tagged too, for its places only (NearbyPlaces)
            boolean beside = (i > 0 && wanted[i - 1]) || (i + 1 < wanted.length && wanted[i + 1]);
            if (wanted[i] || (beside && mayNamePlace(doc, i))) {
                stopIfCancelled(article);
                analyzer.tag(doc, i);
            }
        }
    }

    private static boolean mayNamePlace(Document doc, int sentence) {
        int first = doc.firstToken(sentence);
        String[] words = new String[doc.tokenCount(sentence)];
        for (int t = 0; t < words.length; t++) {
            words[t] = doc.word(first + t);
        }
        return NearbyPlaces.mayNamePlace(words);
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public ActorRecognizer actors() {
        return actors;
    }

    public EventCoder coder() {
        return coder;
    }
}

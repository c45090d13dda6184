package org.entente.actors;

import java.nio.file.Path;
import java.util.List;
import org.entente.text.Document;

/** Finds actor mentions in an analysed article and codes them as of the article's date. Thread-safe. */
public interface ActorRecognizer {
    /** The actor mentions the recognizer adds to a document ({@link #annotate}), in text order. */
    Document.Layer<List<ActorMention>> MENTIONS = Document.Layer.named("actor mentions");

    /** The actor mentions of {@code doc}, which needs sentences and tokens, not POS tags. */
    List<ActorMention> recognize(Document doc);

    /** Finds the mentions of {@code doc} and adds them to it as its {@link #MENTIONS}. */
    default List<ActorMention> annotate(Document doc) {
        List<ActorMention> found = List.copyOf(recognize(doc));
        doc.put(MENTIONS, found);
        return found;
    }

    /**
     * The bundled knowledge base plus the user's own dictionary files ({@code --actors FILE}).
     *
     * @throws DictionaryException ({@code file:line: reason}) when a file is malformed; nothing is loaded from it
     */
    static ActorRecognizer standard(List<Path> userFiles) {
        return new DictionaryActorRecognizer(userFiles == null || userFiles.isEmpty()
                ? KnowledgeBase.bundled() : KnowledgeBase.load(userFiles));
    }
}

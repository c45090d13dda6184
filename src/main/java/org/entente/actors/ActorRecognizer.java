package org.entente.actors;

import java.nio.file.Path;
import java.util.List;
import org.entente.text.AnalyzedArticle;

/** Finds actor mentions in an analysed article and codes them as of the article's date. Thread-safe. */
public interface ActorRecognizer {
    List<ActorMention> recognize(AnalyzedArticle article);

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

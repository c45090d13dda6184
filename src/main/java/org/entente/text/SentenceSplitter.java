package org.entente.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries: paragraphs (blank lines / line breaks) first, since clean text keeps one paragraph per
 * line and a headline has no full stop; then the OpenNLP detector inside each paragraph.
 */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    static List<Span> split(String text, SentenceDetectorME detector) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(i, lineEnd);
            if (!line.isBlank()) {
                for (Span s : detector.sentPosDetect(line)) {
                    int start = i + s.getStart();
                    int end = i + s.getEnd();
                    while (start < end && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > start) {
                        out.add(new Span(start, end));
                    }
                }
            }
            i = lineEnd + 1;
        }
        return out;
    }
}

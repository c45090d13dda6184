package org.entente.actors.es;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.Token;
import org.entente.text.es.SpanishData;
import org.entente.text.es.SpanishTokenizer;
import org.entente.text.es.SpanishWords;

/**
 * The Spanish actor names: countries and demonyms ({@code es/countries.tsv}), international organisations
 * ({@code es/organisations.tsv}), role words ({@code es/agents.tsv}), all derived by scripts/derive-spanish.py, and
 * the hand-written {@code es/names-extra.tsv} (demonyms, capitals, common role words the source lacks or codes
 * otherwise: its rows win, e.g. "Taiwán" is TWN where the source has CHN). Names are
 * matched as token sequences, lower case without accents, longest first. Immutable; thread-safe.
 */
public final class SpanishNames {
    /** What a name stands for: a code ("RUS", "IGOUNO", "---GOV" for a role word alone), its kind and row. */
    public record Entry(String code, String kind, String where) {
        public String country() {
            return code.startsWith("---") || code.startsWith("IGO") ? null : code.substring(0, 3);
        }

        public String role() {
            return code.length() > 3 && !code.startsWith("IGO") ? code.substring(3) : null;
        }

        public boolean roleOnly() {
            return code.startsWith("---");
        }
    }

    /** A name found in a sentence: tokens {@code [first, last]} (indices into the sentence's tokens). */
    public record Match(int first, int last, Entry entry) {
    }

    private static volatile SpanishNames standard;
    private final Map<String, Entry> names = new HashMap<>();
    private int longest = 1;

    public static SpanishNames standard() {
        SpanishNames n = standard;
        if (n == null) {
            synchronized (SpanishNames.class) {
                if (standard == null) {
                    standard = new SpanishNames();
                }
                n = standard;
            }
        }
        return n;
    }

    private SpanishNames() {
        for (SpanishData.Row r : SpanishData.read("countries.tsv", 3)) {
            add(r.field(0), new Entry(r.field(1), "country", r.where()), false);
        }
        for (SpanishData.Row r : SpanishData.read("organisations.tsv", 3)) {
            add(r.field(0), new Entry(r.field(1), "organisation", r.where()), false);
        }
        for (SpanishData.Row r : SpanishData.read("agents.tsv", 3)) {
            add(r.field(0), new Entry("---" + r.field(1), "role", r.where()), false);
        }
        for (SpanishData.Row r : SpanishData.read("names-extra.tsv", 3)) {
            for (String name : r.field(0).split("\\|")) {
                add(name, new Entry(r.field(1), r.field(2), r.where()), true);
            }
        }
    }

    private void add(String name, Entry entry, boolean override) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        if (override) {
            names.put(key, entry);
        } else {
            names.putIfAbsent(key, entry);
        }
        longest = Math.max(longest, key.split(" ").length);
    }

    private static String key(String name) {
        StringBuilder b = new StringBuilder();
        for (org.entente.text.es.SpanishToken t : SpanishTokenizer.tokenize(name, 0, name.length())) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(SpanishWords.plain(t.text()));
        }
        return b.toString();
    }

    /** The longest name starting at token {@code from}, or null. */
    public Match longestAt(List<Token> tokens, int from) {
        StringBuilder b = new StringBuilder();
        Match best = null;
        for (int i = from; i < tokens.size() && i - from < longest; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(SpanishWords.plain(tokens.get(i).text()));
            Entry e = names.get(b.toString());
            if (e != null) {
                best = new Match(from, i, e);
            }
        }
        return best;
    }
}

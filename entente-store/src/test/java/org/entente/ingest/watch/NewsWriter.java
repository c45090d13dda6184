package org.entente.ingest.watch;

import java.util.List;

/**
 * Writes the n-th news story of the test site: a few sentences of its own (written for these tests, never taken
 * from the corpus) that the coder turns into events, and one line that makes each text, and so its content hash,
 * different from every other.
 */
final class NewsWriter {
    private static final List<String> COUNTRIES = List.of("Russia", "China", "India", "Brazil", "France", "Germany",
            "Japan", "Turkey", "Iran", "Egypt", "Kenya", "Mexico", "Canada", "Poland", "Nigeria", "Indonesia");
    private static final List<String> CITIES = List.of("Geneva", "Vienna", "Nairobi", "Jakarta", "Oslo", "Doha");
    private static final List<String> TEMPLATES = List.of(
            "%s and %s signed an agreement on energy cooperation on Tuesday, officials in both capitals said.",
            "The foreign minister of %s met his counterpart from %s in %s to discuss trade.",
            "%s accused %s of violating the border accord, according to a statement issued late in the day.",
            "%s pledged economic aid to %s after the floods, the government announced.",
            "%s condemned %s for the missile test carried out near the coast.");

    private NewsWriter() {
    }

    static String title(int n) {
        return pair(n)[0] + " and " + pair(n)[1] + " in talks, report " + n;
    }

    /** Paragraphs of story {@code n}. */
    static List<String> paragraphs(int n) {
        String[] p = pair(n);
        String city = CITIES.get(n % CITIES.size());
        String first = String.format(TEMPLATES.get(n % TEMPLATES.size()), p[0], p[1], city);
        String second = String.format(TEMPLATES.get((n + 2) % TEMPLATES.size()), p[1], p[0], city);
        return List.of(first, second,
                "Diplomats described the meeting as the " + ordinal(n + 1) + " contact between the two sides since spring.",
                "Further talks in " + city + " are expected before the end of the month, an aide added.");
    }

    private static String[] pair(int n) {
        String a = COUNTRIES.get(n % COUNTRIES.size());
        String b = COUNTRIES.get((n / COUNTRIES.size() + n + 1) % COUNTRIES.size());
        if (a.equals(b)) {
            b = COUNTRIES.get((COUNTRIES.indexOf(a) + 3) % COUNTRIES.size());
        }
        return new String[] {a, b};
    }

    private static String ordinal(int k) {
        int mod100 = k % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (k % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return k + suffix;
    }
}

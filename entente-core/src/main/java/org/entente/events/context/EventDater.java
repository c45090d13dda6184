package org.entente.events.context;

import org.entente.events.syntax.Auxiliaries;
import org.entente.events.syntax.Lexicon;
import org.entente.events.syntax.SentenceView;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The date of an event: the article's date unless a date expression in the event's clause says otherwise
 * ("last Tuesday", "in May next year", "three years ago", "in the early 1970s"). Dates more than a year before
 * the article are background history ({@code historical}); dates after it make the event future.
 */
public final class EventDater {
    /** How far after the trigger a date expression may stand and still belong to the event. */
    static final int AFTER = 10;

    public record Dated(LocalDate date, boolean historical, boolean future) {
    }

    private EventDater() {
    }

    public static Dated date(SentenceView s, int scopeStart, int trigger, LocalDate article, boolean futureContext) {
        int from = Math.max(0, scopeStart - 6);
        // nearest expression first: after the trigger (until another verb starts), then before it
        for (int k = trigger + 1; k < s.size() && k <= trigger + AFTER; k++) {
            if (s.isHardBoundary(k) || (s.isVerb(k) && !s.pos[k].equals("VBN") && k > trigger + 1
                    && !s.pos[k - 1].equals("TO") && s.pos[k].startsWith("VB") && !isAux(s, k))) {
                break;
            }
            Dated d = at(s, k, article, futureContext);
            if (d != null) {
                return d;
            }
        }
        for (int k = trigger - 1; k >= from; k--) {
            if (s.isHardBoundary(k)) {
                break;
            }
            if ((s.text[k].equals(",") && k > 3) || (s.isVerb(k) && !isAux(s, k) && k < trigger - 1
                    && s.covering[k] == null && !s.pos[k].startsWith("JJ"))) {
                break; // a date before another verb or an inner comma dates that other clause
            }
            Dated d = at(s, k, article, futureContext);
            if (d != null) {
                return d;
            }
        }
        return new Dated(article, false, false);
    }

    private static final java.util.Set<String> YEAR_PREP = Lexicon.words("event-dater.year-prepositions");

    private static boolean isAux(SentenceView s, int k) {
        return s.pos[k].equals("MD") || Auxiliaries.FINITE.contains(s.text[k]);
    }

    /** A date expression whose head word is token k, or null. */
    static Dated at(SentenceView s, int k, LocalDate article, boolean futureContext) {
        String w = s.text[k];
        if (w.equals("yesterday")) {
            return article == null ? null : make(article.minusDays(1), article);
        }
        if (w.equals("tomorrow")) {
            return article == null ? null : make(article.plusDays(1), article);
        }
        DayOfWeek dow = dayOfWeek(w);
        if (dow != null) {
            if (article == null) {
                return null;
            }
            boolean next = s.is(k - 1, "next") || (futureContext && !s.is(k - 1, "last"));
            if (s.is(k - 1, "last")) {
                return make(article.with(TemporalAdjusters.previous(dow)), article);
            }
            return make(next ? article.with(TemporalAdjusters.next(dow))
                    : article.with(TemporalAdjusters.previousOrSame(dow)), article);
        }
        if ((w.equals("week") || w.equals("month") || w.equals("year")) && article != null
                && (s.is(k - 1, "last") || s.is(k - 1, "next")) && !isMonth(s, k - 2)) {
            int sign = s.is(k - 1, "last") ? -1 : 1;
            LocalDate d = switch (w) {
                case "week" -> article.plusWeeks(sign);
                case "month" -> article.plusMonths(sign);
                default -> article.plusYears(sign);
            };
            return make(d, article);
        }
        Month month = month(s, k);
        if (month != null) {
            return monthDate(s, k, month, article, futureContext);
        }
        if (w.equals("ago") && k >= 2 && article != null) {
            int n = number(s.text[k - 2]);
            String unit = s.text[k - 1];
            if (n > 0) {
                LocalDate d = unit.startsWith("day") ? article.minusDays(n) : unit.startsWith("week")
                        ? article.minusWeeks(n) : unit.startsWith("month") ? article.minusMonths(n)
                        : unit.startsWith("year") || unit.startsWith("decade")
                        ? article.minusYears(unit.startsWith("decade") ? 10L * n : n) : null;
                return d == null ? null : make(d, article);
            }
        }
        if (k >= 1 && w.matches("1[5-9]\\d\\d|20\\d\\d|1[5-9]\\d0s|20\\d0s")
                && YEAR_PREP.contains(s.text[k - 1])) {
            return year(s, k, article);
        }
        return null;
    }

    private static Dated year(SentenceView s, int k, LocalDate article) {
        String w = s.text[k];
        boolean decade = w.matches("1[5-9]\\d0s|20\\d0s");
        if (!decade && !w.matches("1[5-9]\\d\\d|20\\d\\d")) {
            return null;
        }
        int y = Integer.parseInt(w.substring(0, 4));
        if (decade) {
            y += s.is(k - 1, "mid") ? 4 : s.is(k - 1, "late") ? 7 : 0;
        } else if (s.is(k - 1, "the")) {
            return null; // "the 2008 Olympics" names a thing, not when this happened
        }
        LocalDate d = LocalDate.of(y, 1, 1);
        if (article != null && y == article.getYear()) {
            return null; // "in 2016" in a 2016 article adds nothing over the article date
        }
        return make(d, article);
    }

    private static Dated monthDate(SentenceView s, int k, Month month, LocalDate article, boolean futureContext) {
        int day = 1;
        if (k + 1 < s.size() && s.text[k + 1].matches("\\d{1,2}(st|nd|rd|th)?")) {
            day = Integer.parseInt(s.text[k + 1].replaceAll("\\D", ""));
        } else if (k >= 1 && s.text[k - 1].matches("\\d{1,2}(st|nd|rd|th)?")) {
            day = Integer.parseInt(s.text[k - 1].replaceAll("\\D", ""));
        }
        Integer year = null;
        for (int j = k + 1; j < s.size() && j <= k + 4; j++) {
            if (s.text[j].matches("1[5-9]\\d\\d|20\\d\\d")) {
                year = Integer.parseInt(s.text[j]);
                break;
            }
            if ((s.is(j, "next") || s.is(j, "last") || s.is(j, "this")) && s.is(j + 1, "year") && article != null) {
                year = article.getYear() + (s.is(j, "next") ? 1 : s.is(j, "last") ? -1 : 0);
                break;
            }
        }
        if (year == null && article == null) {
            return null;
        }
        int y = year != null ? year : article.getYear();
        LocalDate d;
        try {
            d = LocalDate.of(y, month, Math.max(1, Math.min(day, month.length(y % 4 == 0))));
        } catch (RuntimeException e) {
            return null;
        }
        if (year == null) {
            if (d.isAfter(article) && !futureContext) {
                d = d.minusYears(1);
            } else if (d.isBefore(article) && futureContext) {
                d = d.plusYears(1);
            }
        }
        return make(d, article);
    }

    private static Month month(SentenceView s, int k) {
        String w = s.text[k];
        if (!Character.isUpperCase(s.tokens.get(k).text().charAt(0))) {
            return null;
        }
        if (w.equals("may") && !(s.is(k - 1, "in") || s.is(k - 1, "since") || s.is(k - 1, "early")
                || s.is(k - 1, "late") || s.is(k - 1, "mid") || (k + 1 < s.size() && s.text[k + 1].matches("\\d.*")))) {
            return null; // the modal verb
        }
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (w.equals(name) || (w.length() >= 3 && w.endsWith(".") && name.startsWith(w.replace(".", "")))) {
                return m;
            }
        }
        return null;
    }

    private static boolean isMonth(SentenceView s, int k) {
        return k >= 0 && month(s, k) != null;
    }

    private static DayOfWeek dayOfWeek(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }

    private static int number(String w) {
        return switch (w) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> w.matches("\\d{1,3}") ? Integer.parseInt(w) : -1;
        };
    }

    private static Dated make(LocalDate d, LocalDate article) {
        if (article == null) {
            return new Dated(d, false, false);
        }
        return new Dated(d, d.isBefore(article.minusYears(1)), d.isAfter(article));
    }
}

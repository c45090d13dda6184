package org.entente.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.ingest.HtmlBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-content extraction from an HTML page, in three steps:
 * <ol>
 *   <li>prune elements that are never article text (scripts, forms, navigation, and elements whose class or
 *       id names comments, sharing, cookies, related links...);</li>
 *   <li>score containers by the prose they hold (readability-style: each paragraph adds points for its length
 *       and commas to its parent and, less, to its grandparents; link-heavy containers are discounted) and
 *       take the best one plus siblings that look like more of the same article;</li>
 *   <li>classify the blocks inside (jusText-style: good prose, short, or bad by link density, stop-word ratio,
 *       chrome phrases) and keep good blocks and the short ones that sit between good ones or head them.</li>
 * </ol>
 * Mutates the document it is given (call after metadata extraction).
 */
public final class HtmlExtractor {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "nav", "aside", "footer",
            "header", "link", "meta", "head", "map", "dialog", "menu");
    /** class/id words of chrome containers; matched as whole words or word parts like "comment-list". */
    private static final Pattern NEGATIVE = Pattern.compile("(?i)(^|[\\s_-])(comment|comments|disqus|cookie|consent|gdpr"
            + "|share|sharing|social|related|recommend\\w*|newsletter|subscribe|subscription|promo|sidebar|rail|widget"
            + "|footer|nav|navbar|menu|breadcrumbs?|banner|advert\\w*|ads?|sponsor\\w*|popup|modal|donate"
            + "|support-us|patreon|outbrain|taboola|tags|tag-list|byline|author-bio|bio|disclaimer|masthead|toolbar"
            + "|skip|pagination|pager|signup|login|most-read|mostread|trending|also-read|read-more|more-stories"
            + "|jp-relatedposts|wpd|hidden|visually-hidden|sr-only|print-only|caption|credit|timestamp|dateline"
            + "|meta)($|[\\s_-])");
    private static final Pattern POSITIVE = Pattern.compile("(?i)(article|body|content|entry|main|post|story|text)");
    private static final Pattern STRONG_NEGATIVE = Pattern.compile("(?i)(comment|disqus|cookie|consent|gdpr|share"
            + "|social|related|newsletter|outbrain|taboola|promo|advert|sponsor|subscribe|popup)");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> DROP_ALWAYS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "button", "input", "select", "textarea", "link", "meta", "head", "map");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlExtractor() {
    }

    /** The clean main text of a parsed page: paragraphs separated by a blank line ("" if none found). */
    public static String extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        prune(body);
        List<Block> blocks = HtmlBlocks.segment(body);
        if (blocks.isEmpty()) {
            return "";
        }
        List<Block> content = select(blocks);
        return String.join("\n\n", BlockFilter.keep(content, title));
    }

    static void prune(Element body) {
        List<Element> all = body.getAllElements();
        Map<Element, Integer> textChars = textChars(all);
        int pageChars = Math.max(1, textChars.getOrDefault(body, 0));
        List<Element> drop = new ArrayList<>();
        for (Element e : all) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || HIDDEN_STYLE.matcher(e.attr("style")).find() || "dialog".equals(e.attr("role"))
                    || "navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role"))) {
                // a hidden or header wrapper around most of the page is a script-driven layout, not chrome
                if (textChars.getOrDefault(e, 0) * 2 < pageChars || DROP_ALWAYS.contains(tag)) {
                    drop.add(e);
                }
                continue;
            }
            if (tag.equals("article") || tag.equals("main") || tag.equals("html")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !NEGATIVE.matcher(names).find()) {
                continue;
            }
            // a class name can mislead ("widget Blog" around a whole blog post): what holds most of the page stays
            boolean big = textChars.getOrDefault(e, 0) * 5 > pageChars * 2;
            if (!big && (STRONG_NEGATIVE.matcher(names).find() || !POSITIVE.matcher(names).find())) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /** Characters of text under each element, computed bottom-up in one pass (no recursion). */
    private static Map<Element, Integer> textChars(List<Element> preorder) {
        Map<Element, Integer> chars = new IdentityHashMap<>();
        for (int i = preorder.size() - 1; i >= 0; i--) {
            Element e = preorder.get(i);
            int n = 0;
            for (org.jsoup.nodes.Node c : e.childNodes()) {
                if (c instanceof org.jsoup.nodes.TextNode t) {
                    n += t.text().strip().length();
                } else if (c instanceof Element ce) {
                    n += chars.getOrDefault(ce, 0);
                }
            }
            chars.put(e, n);
        }
        return chars;
    }

    /** Blocks of the best-scoring container and of its siblings that continue the article, in page order. */
    static List<Block> select(List<Block> blocks) {
        Map<Element, double[]> score = new IdentityHashMap<>(); // [score, chars, linkChars]
        for (Block b : blocks) {
            for (Element a = b.owner; a != null; a = a.parent()) {
                double[] s = score.computeIfAbsent(a, HtmlExtractor::initial);
                s[1] += b.text.length();
                s[2] += b.linkChars;
            }
        }
        for (Block b : blocks) {
            if (b.text.length() < 25 || b.linkDensity() > 0.5) {
                continue;
            }
            double points = 1 + commas(b.text) + Math.min(b.text.length() / 100.0, 3);
            Element container = isParagraph(b.owner) && b.owner.parent() != null ? b.owner.parent() : b.owner;
            int level = 0;
            for (Element a = container; a != null && level < 3; a = a.parent(), level++) {
                score.get(a)[0] += level == 0 ? points : level == 1 ? points / 2 : points / 6;
            }
        }
        Element top = null;
        double best = -1;
        for (Map.Entry<Element, double[]> e : score.entrySet()) {
            double[] s = e.getValue();
            double linkDensity = s[1] == 0 ? 0 : s[2] / s[1];
            double f = s[0] * (1 - linkDensity);
            if (f > best) {
                best = f;
                top = e.getKey();
            }
        }
        if (top == null || best <= 0) {
            return blocks;
        }
        List<Element> chosen = new ArrayList<>();
        chosen.add(top);
        Element parent = top.parent();
        if (parent != null) {
            double threshold = Math.max(10, best * 0.2);
            for (Element sib : parent.children()) {
                if (sib == top) {
                    continue;
                }
                double[] s = score.get(sib);
                if (s == null) {
                    continue;
                }
                double ld = s[1] == 0 ? 0 : s[2] / s[1];
                if (s[0] * (1 - ld) >= threshold || (isParagraph(sib) && s[1] > 80 && ld < 0.25)) {
                    chosen.add(sib);
                }
            }
        }
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            for (Element c : chosen) {
                if (b.owner == c || isAncestor(c, b.owner)) {
                    out.add(b);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParagraph(Element e) {
        String t = e.normalName();
        return t.equals("p") || t.equals("li") || t.equals("blockquote") || t.equals("pre") || HEADINGS.contains(t)
                || t.equals("dd") || t.equals("td");
    }

    private static double[] initial(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        if (!names.isBlank()) {
            if (POSITIVE.matcher(names).find()) {
                s += 25;
            }
            if (NEGATIVE.matcher(names).find()) {
                s -= 25;
            }
        }
        return new double[] {s, 0, 0};
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

}

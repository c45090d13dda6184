package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, date, outlet, author, URL and language from a page's head: Open Graph and other meta tags,
 * schema.org JSON-LD, {@code <time>} elements, the canonical link. Must run before boilerplate removal,
 * which strips the head.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_META = {
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "date", "pubdate", "publishdate", "publish-date", "published-date", "publication_date", "dc.date.issued",
        "dc.date", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published",
        "cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate", "date.available",
    };

    private HtmlMetadata() {
    }

    static void fill(ArticleBuilder b, Document doc, String knownUrl) {
        List<JsonNode> ld = jsonLd(doc);
        b.url = first(knownUrl, meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "href"), ldText(ld, "url"),
                ldText(ld, "mainEntityOfPage"));
        if (knownUrl != null) {
            // the URL a page was fetched or archived under is kept; the one it calls its own is worth knowing too
            // (the feed watcher recognises one article reached through several links by it)
            String canonical = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
            if (canonical != null && !canonical.equals(knownUrl)) {
                b.meta.put("canonical", canonical);
            }
        }
        b.outlet = first(meta(doc, "og:site_name"), ldPath(ld, "publisher", "name"), meta(doc, "application-name"));
        b.title = first(meta(doc, "og:title"), ldText(ld, "headline"), meta(doc, "twitter:title"), h1(doc),
                stripSiteName(doc.title()));
        b.author = first(ldAuthor(ld), meta(doc, "author"), byl(meta(doc, "byl")), meta(doc, "article:author"),
                meta(doc, "dc.creator"), text(doc, "[rel=author]"));
        if (b.author != null && b.author.startsWith("http")) {
            b.author = null;
        }
        b.date(Dates.parse(ldText(ld, "datePublished")), "json-ld");
        for (String name : DATE_META) {
            b.date(Dates.parse(meta(doc, name)), "meta " + name);
        }
        b.date(Dates.parse(attr(doc, "[itemprop=datePublished]", "content")), "itemprop");
        b.date(Dates.parse(attr(doc, "[itemprop=datePublished]", "datetime")), "itemprop");
        for (Element t : doc.select("time[datetime]")) {
            b.date(Dates.parse(t.attr("datetime")), "<time>");
            break;
        }
        b.date(Dates.parse(ldText(ld, "dateCreated")), "json-ld");
        if (b.url != null) {
            b.date(Dates.fromUrl(b.url), "url");
        }
        String lang = doc.select("html[lang]").attr("lang");
        if (!lang.isBlank()) {
            b.meta.put("declaredLanguage", lang.toLowerCase(Locale.ROOT));
        }
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("article h1, main h1, h1");
        return h == null ? null : h.text();
    }

    /** "Headline | Site" and "Headline - Site" -> "Headline". */
    static String stripSiteName(String title) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        String[] parts = t.split("\\s+[|\u2013\u2014-]\\s+");
        if (parts.length > 1) {
            String longest = parts[0];
            for (String p : parts) {
                if (p.length() > longest.length()) {
                    longest = p;
                }
            }
            return longest;
        }
        return t;
    }

    private static String byl(String byline) {
        return byline == null ? null : byline.replaceFirst("(?i)^\\s*by\\s+", "");
    }

    static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr);
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null || e.text().isBlank() ? null : e.text();
    }

    /** The schema.org objects of the page's JSON-LD scripts, flattened out of arrays and @graph. */
    static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out);
            } catch (Exception e) {
                // malformed JSON-LD is common; the other metadata sources still apply
            }
        }
        // article-like objects first
        out.sort((a, c) -> Boolean.compare(!isArticle(a), !isArticle(c)));
        return out;
    }

    private static boolean isArticle(JsonNode n) {
        String type = n.path("@type").isArray() ? n.path("@type").toString() : n.path("@type").asText("");
        return type.contains("Article") || type.contains("Posting") || type.contains("Report");
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> collect(x, out));
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) {
                collect(n.get("@graph"), out);
            }
        }
    }

    private static String ldText(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String ldPath(List<JsonNode> ld, String field, String sub) {
        for (JsonNode n : ld) {
            JsonNode v = n.path(field);
            if (v.isArray() && v.size() > 0) {
                v = v.get(0);
            }
            if (v.path(sub).isTextual()) {
                return v.path(sub).asText();
            }
        }
        return null;
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            if (!isArticle(n)) {
                continue;
            }
            JsonNode a = n.path("author");
            List<String> names = new ArrayList<>();
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                if (x.isTextual()) {
                    names.add(x.asText());
                } else if (x.path("name").isTextual()) {
                    names.add(x.path("name").asText());
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }

}

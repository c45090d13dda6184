package org.entente.ingest.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.entente.ingest.BadInputException;
import org.xml.sax.InputSource;

/**
 * A polled feed, parsed: RSS and Atom with ROME (no DOCTYPEs, so no external entities), news sitemaps (and plain
 * URL sitemaps) with crawler-commons. A sitemap index is refused with what to do instead: its child sitemaps are
 * feeds of their own.
 */
public record FeedDocument(String kind, String title, List<FeedItem> items) {
    private static final int SNIFF = 4096;

    public static FeedDocument parse(byte[] body, URI url) throws BadInputException {
        String head = new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.isBlank()) {
            throw new BadInputException("empty answer where a feed was expected");
        }
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return sitemap(body, url);
        }
        if (!head.contains("<rss") && !head.contains("<feed") && !head.contains("<rdf")) {
            throw new BadInputException("not a feed: no RSS, Atom or sitemap element at the start ("
                    + (head.contains("<html") ? "an HTML page" : "unknown content") + ")");
        }
        return syndication(body);
    }

    private static FeedDocument syndication(byte[] body) throws BadInputException {
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            feed = in.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (FeedException | RuntimeException e) {
            throw new BadInputException("malformed feed: " + firstLine(e.getMessage()));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = link(e);
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new FeedItem(blankToNull(e.getUri()), link, blankToNull(e.getTitle()),
                    d == null ? null : d.toInstant()));
        }
        String kind = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        return new FeedDocument(kind, blankToNull(feed.getTitle()), items);
    }

    private static String link(SyndEntry e) {
        if (e.getLink() != null && !e.getLink().isBlank()) {
            return e.getLink().strip();
        }
        for (SyndLink l : e.getLinks()) {
            if (l.getHref() != null && (l.getRel() == null || "alternate".equals(l.getRel()))) {
                return l.getHref().strip();
            }
        }
        return null;
    }

    private static FeedDocument sitemap(byte[] body, URI url) throws BadInputException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            URL base = url.toURL();
            map = parser.parseSiteMap("text/xml", body, base);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new BadInputException("malformed sitemap: " + firstLine(e.getMessage()));
        }
        if (map.isIndex() || !(map instanceof SiteMap sm)) {
            throw new BadInputException("a sitemap index, not a sitemap: list the news sitemaps it names as feeds");
        }
        List<FeedItem> items = new ArrayList<>();
        String outlet = null;
        for (SiteMapURL u : sm.getSiteMapUrls()) {
            String title = null;
            Instant published = u.getLastModified() == null ? null : u.getLastModified().toInstant();
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
                title = blankToNull(n.getTitle());
                if (n.getPublicationDateTime() != null) {
                    published = n.getPublicationDateTime().toInstant();
                }
                if (outlet == null) {
                    outlet = blankToNull(n.getName());
                }
            }
            items.add(new FeedItem(null, u.getUrl().toString(), title, published));
        }
        return new FeedDocument("sitemap", outlet, items);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable XML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

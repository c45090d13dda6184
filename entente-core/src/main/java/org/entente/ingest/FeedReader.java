package org.entente.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.InputSource;

/**
 * RSS and Atom feeds (ROME): each item is an article with its link, date, title and the fullest body it
 * carries (content:encoded / Atom content, else the summary). Item HTML is reduced to paragraphs; it is
 * already the article, so no boilerplate scoring beyond dropping chrome blocks.
 */
final class FeedReader {
    private FeedReader() {
    }

    static void read(Input input, LocalDate defaultDate, ArticleSink sink) throws IOException, BadInputException {
        byte[] bytes = input.readAll(Limits.MAX_FEED_BYTES, "the feed");
        Decoding.requireText(bytes, bytes.length);
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false); // no external entities from a hostile feed
            feed = in.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException("malformed feed: " + firstLine(e.getMessage()));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new BadInputException("feed has no items");
        }
        String outlet = feed.getTitle();
        int n = 0;
        for (SyndEntry e : entries) {
            n++;
            String name = input.name() + "#" + n;
            try {
                sink.article(article(e, name, outlet, defaultDate));
            } catch (BadInputException ex) {
                sink.failure(new InputFailure(input.label() + "#" + n, ex.getMessage()));
            } catch (RuntimeException ex) {
                sink.failure(new InputFailure(input.label() + "#" + n, "unreadable item: " + ex));
            }
        }
    }

    private static Article article(SyndEntry e, String name, String feedTitle, LocalDate defaultDate)
            throws BadInputException {
        ArticleBuilder b = new ArticleBuilder(name, "feed");
        b.url = e.getLink();
        b.title = e.getTitle();
        b.author = e.getAuthor();
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (d != null) {
            b.date(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(), "feed");
        }
        String body = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && (body == null || c.getValue().length() > body.length())) {
                body = c.getValue();
            }
        }
        if ((body == null || body.isBlank()) && e.getDescription() != null) {
            body = e.getDescription().getValue();
        }
        b.text = body == null ? "" : htmlToText(body);
        b.outlet = Dates.dateline(b.text) != null && Dates.dateline(b.text).agency() != null
                ? Dates.dateline(b.text).agency() : null;
        if (b.outlet == null && b.url == null) {
            b.outlet = feedTitle;
        }
        return b.build(defaultDate);
    }

    /** Item HTML (or plain text) to paragraphs, without chrome lines. */
    static String htmlToText(String fragment) {
        if (!fragment.contains("<")) {
            return TextCleaner.clean(fragment);
        }
        Document doc = Jsoup.parseBodyFragment(fragment);
        HtmlExtractor.prune(doc.body());
        StringBuilder sb = new StringBuilder();
        for (HtmlBlocks.Block bl : HtmlBlocks.segment(doc.body())) {
            if (!Chrome.isChrome(bl.text)) {
                sb.append(bl.text).append("\n\n");
            }
        }
        return sb.toString().strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unparseable XML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

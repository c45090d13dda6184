package org.entente.ingest.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling per article URL, so that the same article reached through two links (a feed's tracking link and the
 * page's canonical one, http and a default port, a reordered query) is recognised: scheme and host in lower case,
 * default ports and fragments dropped, tracking parameters (utm_*, click ids, mailing-list ids) removed, the other
 * query parameters sorted. The path keeps its case and its encoding: servers may tell those apart.
 */
public final class UrlNormalizer {
    /** Query parameters that only say who sent the reader, never which article (besides every {@code utm_*}). */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
            "msclkid", "twclid", "yclid", "igshid", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "ref_src", "ref_url",
            "cmpid", "ocid", "smid", "xtor", "at_medium", "at_campaign", "at_custom1", "s_cid", "ncid", "spm",
            "__twitter_impression", "_hsenc", "_hsmi", "vero_id", "oly_enc_id", "oly_anon_id", "rss", "feedtype");

    private UrlNormalizer() {
    }

    /** The normal form of {@code url}, or null when it is no absolute http(s) URL. */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || u.getRawAuthority() == null || u.getHost() == null) {
            return null;
        }
        int port = u.getPort();
        boolean defaultPort = port < 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        StringBuilder sb = new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        String path = u.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        String query = query(u.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }
}

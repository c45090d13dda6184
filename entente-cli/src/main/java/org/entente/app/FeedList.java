package org.entente.app;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds named on {@code watch}'s command line: each argument a feed URL, or a file listing feed URLs one a line
 * ({@code #} starts a comment; blank lines are skipped). A line that is no http(s) URL is a usage error naming the
 * file and line.
 */
final class FeedList {
    private FeedList() {
    }

    static List<String> read(List<String> args) throws IllegalArgumentException {
        Set<String> out = new LinkedHashSet<>();
        for (String a : args) {
            if (isUrl(a)) {
                out.add(a.strip());
                continue;
            }
            Path p = Path.of(a);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(a + ": neither an http(s) feed URL nor a file listing feed URLs");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(p);
            } catch (IOException e) {
                throw new IllegalArgumentException(a + ": cannot read: " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceFirst("^\uFEFF", "");
                int hash = line.indexOf('#');
                line = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (!isUrl(line)) {
                    throw new IllegalArgumentException(a + ":" + (i + 1) + ": not an http(s) feed URL: " + line);
                }
                out.add(line);
            }
        }
        return List.copyOf(out);
    }

    static boolean isUrl(String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

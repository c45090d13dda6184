package org.entente.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code Host} header allow-list. A web page on another site can make a browser send requests to
 * 127.0.0.1 under its own name (DNS rebinding: evil.example resolves first to the attacker, then to 127.0.0.1),
 * and then read the answers as its own. The browser still sends {@code Host: evil.example}, so a server that
 * answers only for loopback names and the hosts its operator named ({@code serve --allow-host}) is safe from it.
 */
final class HostCheck {
    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> allowed = new TreeSet<>(LOOPBACK);

    /** Loopback names, the address the server listens on (unless every interface) and {@code extra}. */
    HostCheck(String listenHost, Collection<String> extra) {
        if (listenHost != null && !listenHost.equals("0.0.0.0") && !listenHost.equals("::")
                && !listenHost.equals("[::]")) {
            allowed.add(normal(listenHost.contains(":") && !listenHost.startsWith("[") ? "[" + listenHost + "]"
                    : listenHost));
        }
        for (String h : extra) {
            allowed.add(normal(h));
        }
    }

    /**
     * Whether a request with this {@code Host} header is answered. No header at all (HTTP/1.0 tools) is: browsers
     * always send one, and the check is against browsers.
     */
    boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        return allowed.contains(normal(withoutPort(hostHeader.strip())));
    }

    Set<String> allowed() {
        return allowed;
    }

    static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String normal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}

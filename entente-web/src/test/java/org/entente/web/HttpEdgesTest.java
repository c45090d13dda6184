package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's answers to requests a browser or a careless client could send, written on a raw socket to a real
 * server on 127.0.0.1 (an HTTP client library would not send a foreign Host header or a malformed URI): wrong
 * methods get 405, a Host outside the allow-list gets 403 (DNS rebinding), Jetty's own errors come back as JSON.
 */
class HttpEdgesTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        WebServer.quietLogs();
        server = WebServer.start(new StoreData(Fixture.build(dir.resolve("store")), true), "127.0.0.1", 0,
                List.of("news.example"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Answer(int status, String head, String body) {
        JsonNode json() throws IOException {
            assertTrue(head.toLowerCase().contains("content-type: application/json"), head);
            return JSON.readTree(body);
        }
    }

    static Answer send(String method, String target, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            String req = method + " " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            out.write(req.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private static String local() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void wrongMethodOnAnEndpointIs405InJson() throws IOException {
        Answer a = send("POST", "/api/stats", local());
        assertEquals(405, a.status(), a.head());
        assertEquals(405, a.json().path("status").asInt());
        assertTrue(a.json().path("error").asText().contains("POST"), a.body());
    }

    @Test
    void deleteOnAnEventIs405() throws IOException {
        assertEquals(405, send("DELETE", "/api/events/1", local()).status());
    }

    @Test
    void foreignHostIsRefusedWith403() throws IOException {
        Answer a = send("GET", "/api/stats", "rebound.example");
        assertEquals(403, a.status(), a.head());
        assertTrue(a.json().path("error").asText().contains("rebound.example"), a.body());
        assertEquals(403, send("GET", "/", "rebound.example:" + server.port()).status(), "the dashboard too");
    }

    @Test
    void loopbackNamesAndAllowedHostsAreServed() throws IOException {
        for (String host : List.of(local(), "localhost:" + server.port(), "[::1]:" + server.port(), "LOCALHOST",
                "news.example", "news.example:" + server.port())) {
            assertEquals(200, send("GET", "/api/stats", host).status(), host);
        }
    }

    @Test
    void malformedUriGetsAJsonError() throws IOException {
        Answer a = send("GET", "/api/%zz", local());
        assertEquals(400, a.status(), a.head());
        assertEquals(400, a.json().path("status").asInt());
        assertFalse(a.body().contains("<html") || a.body().contains("Exception"), a.body());
    }

    @Test
    void unknownEndpointIsAJson404() throws IOException {
        Answer a = send("GET", "/api/nothing-here", local());
        assertEquals(404, a.status());
        assertEquals(404, a.json().path("status").asInt());
    }
}

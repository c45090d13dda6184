package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard as an analyst meets it: a store of the whole real corpus (../shared/corpus/articles.jsonl, ingested
 * through the real pipeline; skipped when that folder is absent). The same pair shows the same count in the list,
 * the pair view, the network and the API; no two visible network labels overlap at 200 pairs; the map shades
 * countries, opens a country's events with the count it showed, and draws the points the API reports; nothing
 * overflows a phone's width; screenshots of every view at
 * 1400×1000 and 390×844 land in target/screenshots/.
 */
class CorpusDashboardBrowserTest extends BrowserTestBase {
    static final Path CORPUS = Path.of("..", "shared", "corpus", "articles.jsonl");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS), "corpus browser test skipped: no " + CORPUS.toAbsolutePath());
        browser = Browser.start();
        Store store = Store.open(dir.resolve("corpus"));
        Demo.Result r = Demo.ingest(store, List.of(CORPUS), new PrintStream(OutputStream.nullOutputStream()));
        assertTrue(r.written() > 6000, "corpus stored: " + r);
        serve(new StoreData(store, true));
    }

    static JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    static void size(int w, int h) {
        browser.driver.manage().window().setSize(new Dimension(w, h));
    }

    /** A fresh page load (not a hash change on the old one), so no wait can pass on the previous view's DOM. */
    static void open(String hash) {
        browser.driver.get("about:blank");
        browser.driver.get(base + hash);
    }

    @Test
    void theSamePairCountsTheSameInTheListThePairViewTheNetworkAndTheApi() throws Exception {
        size(1400, 1000);
        JsonNode top = api("/api/pairs?limit=8").get("items").get(0);
        String a = top.get("a").asText(), b = top.get("b").asText();
        long n = top.get("events").asLong();
        assertEquals(n, api("/api/relations?a=" + a + "&b=" + b).get("events").asLong(), "API series");
        assertEquals(n, api("/api/events?a=" + a + "&b=" + b + "&limit=1").get("total").asLong(), "API events");

        open("#/relations");
        WebElement chip = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pair-suggestions .pair-chip")));
        assertTrue(chip.getText().contains(" " + String.format(java.util.Locale.UK, "%,d", n) + " events"), chip.getText());
        chip.click();
        WebElement kpi = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kpis .kpi")));
        assertEquals(String.format(java.util.Locale.UK, "%,d", n), kpi.findElement(By.cssSelector(".kpi-v")).getText());

        open("#/network?limit=200");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.network line.edge")));
        WebElement edge = browser.driver.findElements(By.cssSelector("svg.network line.edge")).stream()
                .filter(e -> (a + "|" + b).equals(e.getAttribute("data-a") + "|" + e.getAttribute("data-b"))
                        || (b + "|" + a).equals(e.getAttribute("data-a") + "|" + e.getAttribute("data-b")))
                .findFirst().orElseThrow();
        String title = (String) browser.driver.executeScript("return arguments[0].querySelector('title').textContent", edge);
        assertTrue(title.contains(": " + String.format(java.util.Locale.UK, "%,d", n) + " events"), title);
    }

    @Test
    @SuppressWarnings("unchecked")
    void noTwoNetworkLabelsOverlapAtTwoHundredPairs() throws Exception {
        size(1400, 1000);
        open("#/network?limit=200");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=counting]"),
                "Top 200 of"));
        List<Map<String, Number>> boxes = (List<Map<String, Number>>) browser.driver.executeScript(
                "return [...document.querySelectorAll('svg.network .node text')]"
                        + ".filter(t => getComputedStyle(t).display !== 'none')"
                        + ".map(t => { const r = t.getBoundingClientRect();"
                        + " return {x: r.x, y: r.y, w: r.width, h: r.height}; })");
        assertTrue(boxes.size() >= 20, "labels shown: " + boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(overlap(boxes.get(i), boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        browser.screenshot("corpus-network-1400");
    }

    static boolean overlap(Map<String, Number> p, Map<String, Number> q) {
        double px = p.get("x").doubleValue(), py = p.get("y").doubleValue();
        double qx = q.get("x").doubleValue(), qy = q.get("y").doubleValue();
        return px < qx + q.get("w").doubleValue() - 0.5 && qx < px + p.get("w").doubleValue() - 0.5
                && py < qy + q.get("h").doubleValue() - 0.5 && qy < py + p.get("h").doubleValue() - 0.5;
    }

    @Test
    void theMapShadesCountriesAndOpensTheirEventsAndPointsWhereTheStoreHasCoordinates() throws Exception {
        size(1400, 1000);
        JsonNode data = api("/api/map");
        open("#/map");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.worldmap path.has-events")));
        assertTrue(browser.driver.findElements(By.cssSelector("svg.worldmap path.has-events")).size() > 50);
        // the points drawn are the places the API reports (none while the gazetteer gives no coordinates)
        assertEquals(data.get("points").size(), browser.driver.findElements(By.cssSelector("svg.worldmap circle.point")).size());
        if (data.get("points").size() > 0) {
            WebElement point = browser.driver.findElement(By.cssSelector("svg.worldmap circle.point"));
            browser.driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", point);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#map-events .event-card")));
        }
        // a country opens its events, and the list counts what the map said
        JsonNode top = data.get("countries").get(0);
        WebElement country = browser.driver.findElement(By.cssSelector("svg.worldmap path[data-country='"
                + top.get("country").asText() + "']"));
        browser.driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", country);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".event-card")));
        String listed = browser.driver.findElement(By.cssSelector(".pager span")).getText();
        assertTrue(listed.endsWith(" of " + String.format(java.util.Locale.UK, "%,d", top.get("events").asLong())), listed);
    }

    @Test
    void everyViewAtDesktopAndPhoneWidthWithoutOverflow() throws Exception {
        JsonNode top = api("/api/pairs?limit=1").get("items").get(0);
        String pair = "a=" + top.get("a").asText() + "&b=" + top.get("b").asText();
        String event = api("/api/events?limit=1").get("items").get(0).get("id").asText();
        String article = api("/api/events?limit=1").get("items").get(0).get("article_id").asText();
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("relations", "#/relations?" + pair);
        views.put("changes", "#/changes");
        views.put("network", "#/network");
        views.put("map", "#/map");
        views.put("events", "#/events");
        views.put("event", "#/event/" + event);
        views.put("article", "#/article/" + java.net.URLEncoder.encode(article, java.nio.charset.StandardCharsets.UTF_8));
        for (int[] wh : new int[][] {{1400, 1000}, {390, 844}}) {
            size(wh[0], wh[1]);
            for (Map.Entry<String, String> v : views.entrySet()) {
                open(v.getValue());                            // laid out afresh at this width
                browser.wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "const v = document.querySelector('#view');"
                                + " return !!v && v.children.length > 0 && !/Loading/.test(v.textContent);"));
                long overflow = (Long) browser.driver.executeScript(
                        "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
                assertEquals(0, overflow, v.getKey() + " at " + wh[0] + " px overflows sideways");
                if (v.getKey().equals("relations")) {
                    // the chart's box hugs the chart: no blank band under it at any width
                    double gap = ((Number) browser.driver.executeScript("const h = document.querySelector('.chart-host');"
                            + " const s = h.querySelector('svg'); return h.getBoundingClientRect().height"
                            + " - s.getBoundingClientRect().height;")).doubleValue();
                    assertTrue(gap < 40, "blank band under the chart: " + gap + " px at " + wh[0]);
                }
                browser.screenshot("corpus-" + v.getKey() + "-" + wh[0]);
            }
        }
    }
}

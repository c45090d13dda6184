package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What {@code ./entente demo} shows, in real headless Chromium: the bundled samples go through the full pipeline
 * into a fresh store, then an analyst picks Russia and China and reads the chart and the evidence.
 */
class DemoBrowserTest extends BrowserTestBase {
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        Path samples = Path.of("samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no samples/ folder in " + Path.of("").toAbsolutePath());
        Store store = Store.open(dir.resolve("demo"));
        Demo.Result r = Demo.ingest(store, List.of(samples), System.err);
        assertEquals(0, r.failures(), "every sample ingests");
        assertTrue(r.written() >= 10, "samples stored: " + r);
        serve(new StoreData(store, true));
    }

    @Test
    void pickRussiaAndChinaSeeTheChartAndTheEvidence() throws Exception {
        var d = browser.driver;
        d.get(base);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats"), "articles"));
        pick("actor-a", "Russia", "RUS");
        pick("actor-b", "China", "CHN");
        WebElement chart = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#relation-chart svg.chart")));
        assertFalse(chart.findElements(By.cssSelector("g.period rect.q1, g.period rect.q2")).isEmpty(),
                "co-operation bars drawn");
        assertFalse(chart.findElement(By.cssSelector("path.index-line:not(.gap)")).getAttribute("d").isEmpty());
        // the latest active period is opened: at least one evidence sentence with its verb highlighted
        WebElement verb = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#period-events .event-card blockquote.evidence .ev-verb")));
        assertFalse(verb.getText().isBlank());
        WebElement card = d.findElement(By.cssSelector("#period-events .event-card"));
        assertFalse(card.findElements(By.cssSelector(".badge[class*='mod-']")).isEmpty(), "modality badge");
        Path shot = browser.screenshot("demo-relations-russia-china");
        assertTrue(Files.size(shot) > 10_000);

        // the article behind that evidence, with every coded span highlighted
        card.findElement(By.cssSelector("a.article-link")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .sp-verb")));
        assertFalse(d.findElements(By.cssSelector("#article-text .sp-actor")).isEmpty());
        browser.screenshot("demo-article");
    }

    @Test
    void networkAndEventBrowserOverTheSamples() throws Exception {
        var d = browser.driver;
        d.get(base + "#/network");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("line.edge")));
        assertTrue(d.findElements(By.cssSelector("g.node")).size() >= 3);
        browser.screenshot("demo-network");
        d.get(base + "#/events?actor=RUS&modality=asserted,negated,future,hypothetical,uncertain");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-results .event-card")));
        browser.screenshot("demo-events");
    }
}

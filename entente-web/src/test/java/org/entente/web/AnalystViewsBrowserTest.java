package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The analyst's views in headless Chromium on {@link Fixture}'s store (plus an Italy–Spain pair with an undated
 * and a located report): every figure states what it counts, the pair view reports undated events, the map shades
 * countries and opens a place's events, the change view ranks France–Germany's turn with its evidence.
 */
class AnalystViewsBrowserTest extends BrowserTestBase {
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Store store = Fixture.build(dir.resolve("store"));
        Fixture.addUndated(store);
        serve(new StoreData(store, true));
        browser = Browser.start();
    }

    @Test
    void thePairViewCountsUndatedEventsAndSaysWhatItCounts() throws Exception {
        browser.driver.get(base + "#/relations?a=ITA&b=ESP");
        WebElement note = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=counting]")));
        assertTrue(note.getText().contains("asserted only"), note.getText());
        String kpis = browser.driver.findElement(By.cssSelector(".kpis")).getText();
        assertTrue(kpis.contains("3\nEVENTS") || kpis.contains("3\nevents"), kpis);
        assertTrue(kpis.toLowerCase().contains("undated"), kpis);
        assertFalse(browser.driver.findElements(By.cssSelector(".index-band rect")).isEmpty());
    }

    @Test
    void thePairViewDrawsToneBesideTheIndex() throws Exception {
        com.fasterxml.jackson.databind.JsonNode series = ApiTest.JSON.readTree(new java.net.URL(base
                + "api/relations?a=FRA&b=DEU").openStream());
        int withTone = 0;
        for (com.fasterxml.jackson.databind.JsonNode p : series.get("periods")) {
            withTone += p.get("tone").isNull() ? 0 : 1;
        }
        assertTrue(withTone >= 4, series.toString());
        // the conflictual April reads more negative than the co-operative January
        assertTrue(series.get("periods").get(3).get("tone").asDouble() < series.get("periods").get(0).get("tone").asDouble(),
                series.toString());
        browser.driver.get(base + "#/relations?a=FRA&b=DEU");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tone-strip rect.tone")));
        assertEquals(withTone, browser.driver.findElements(By.cssSelector(".tone-strip rect.tone")).size());
        browser.screenshot("fixture-tone-france-germany");
    }

    @Test
    void theMapShadesCountriesAndOpensTheEventsOfAPlace() throws Exception {
        browser.driver.get(base + "#/map");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.worldmap path.has-events")));
        List<WebElement> shaded = browser.driver.findElements(By.cssSelector("svg.worldmap path.has-events"));
        List<String> codes = shaded.stream().map(e -> e.getAttribute("data-country")).sorted().toList();
        assertEquals(List.of("CHN", "DEU", "ESP", "FRA", "ITA", "RUS", "USA"), codes);
        WebElement rome = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("svg.worldmap circle.point")));
        assertTrue(rome.getAttribute("data-place").startsWith("Rome"), rome.getAttribute("data-place"));
        browser.driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", rome);
        WebElement card = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#map-events .event-card")));
        assertTrue(card.getText().contains("consulted"), card.getText());
        browser.screenshot("fixture-map");
    }

    @Test
    void whatChangedRanksTheTurnWithItsEvidence() throws Exception {
        browser.driver.get(base + "#/changes?to=2024-04-30&months=1");
        WebElement first = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#changes article.change")));
        assertEquals("FRA|DEU", String.join("|", List.of(first.getAttribute("data-a"), first.getAttribute("data-b")))
                .replace("DEU|FRA", "FRA|DEU"));
        assertTrue(first.getText().contains("towards conflict"), first.getText());
        assertFalse(first.findElements(By.cssSelector(".event-card")).isEmpty());
        browser.screenshot("fixture-changes");
    }

    @Test
    void theNetworkNamesItsNodesAndCountsAsThePairView() throws Exception {
        browser.driver.get(base + "#/network");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.network .node")));
        List<String> labels = browser.driver.findElements(By.cssSelector("svg.network .node text")).stream()
                .map(WebElement::getText).toList();
        assertTrue(labels.contains("Russia") && labels.contains("France"), labels.toString());
        WebElement note = browser.driver.findElement(By.cssSelector("[data-testid=counting]"));
        assertTrue(note.getText().contains("asserted only"), note.getText());
    }
}

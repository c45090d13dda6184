package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in real headless Chromium over {@link Fixture}'s store: article text with markup renders as text,
 * the explorer draws the chart and lists evidence, the event browser and network view work.
 */
class DashboardBrowserTest extends BrowserTestBase {
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        serve(new StoreData(Fixture.build(dir.resolve("store")), true));
    }

    @Test
    void markupInArticleTextRendersAsTextNotCode() throws Exception {
        var d = browser.driver;
        d.get(base + "#/article/markup-article");
        WebElement text = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        String shown = text.getText();
        assertTrue(shown.contains(Fixture.XSS_SCRIPT), shown);
        assertTrue(shown.contains(Fixture.XSS_IMG), shown);
        assertTrue(d.findElement(By.id("article-title")).getText().contains("<img src=x"));
        assertTrue(d.findElements(By.cssSelector("#view img, #view script")).isEmpty(), "no element made from the text");
        Thread.sleep(300);                                  // give an onerror handler time to fire, were there one
        assertNull(d.executeScript("return window.__pwned === undefined ? null : window.__pwned"));
        // every coded span is highlighted: three actors and the event verb
        assertEquals(3, d.findElements(By.cssSelector("#article-text .sp-actor")).size());
        assertEquals("signed", d.findElement(By.cssSelector("#article-text .sp-verb")).getText());
        browser.screenshot("article-with-markup");
    }

    @Test
    void explorerShowsTheChartAndEvidenceForRussiaAndChina() throws Exception {
        var d = browser.driver;
        d.get(base);
        pick("actor-a", "Russia", "RUS");
        pick("actor-b", "China", "CHN");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relation-chart svg.chart")));
        assertFalse(d.findElements(By.cssSelector("#relation-chart rect.q1")).isEmpty());
        assertFalse(d.findElements(By.cssSelector("#relation-chart rect.q4")).isEmpty());
        assertFalse(d.findElement(By.cssSelector("#relation-chart path.index-line:not(.gap)")).getAttribute("d").isEmpty());
        // the latest period is selected: its events with the evidence sentence, verb highlighted, modality badge
        WebElement card = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#period-events .event-card")));
        assertEquals("signed", card.findElement(By.cssSelector(".ev-verb")).getText());
        assertEquals("Russia", card.findElement(By.cssSelector(".ev-source")).getText());
        assertEquals("asserted", card.findElement(By.cssSelector(".badge.mod-asserted")).getText());
        // click the February bars: its two conflict events
        d.findElement(By.cssSelector("#relation-chart g.period[data-period='2024-02'] .hit")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("period-events"), "2024-02"));
        browser.wait.until(d2 -> d2.findElements(By.cssSelector("#period-events .event-card")).size() == 2);
        assertTrue(d.getCurrentUrl().contains("period=2024-02"), d.getCurrentUrl());
        browser.screenshot("fixture-relations-russia-china");
    }

    @Test
    void theStartPageOffersTheMostActivePairs() {
        var d = browser.driver;
        d.get(base + "#/relations");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".pair-chip")));
        List<WebElement> chips = d.findElements(By.cssSelector(".pair-chip"));
        assertEquals(3, chips.size());
        assertTrue(chips.get(0).getText().contains("Germany") && chips.get(0).getText().contains("France"),
                chips.get(0).getText());
        WebElement chip = chips.stream().filter(c -> c.getText().contains("Russia")).findFirst().orElseThrow();
        assertTrue(chip.getText().contains("China") && chip.getText().contains("+0.20"), chip.getText());
        chip.click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relation-chart svg.chart")));
        assertTrue(d.getCurrentUrl().contains("a=CHN") || d.getCurrentUrl().contains("a=RUS"), d.getCurrentUrl());
    }

    @Test
    void shiftsAreMarkedOnTheChartAndExplained() throws Exception {
        var d = browser.driver;
        d.get(base + "#/relations?a=FRA&b=DEU");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relation-chart svg.chart")));
        WebElement marked = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#relation-chart g.period[data-period='2024-04'] path.shift-mark")));
        assertEquals(1, d.findElements(By.cssSelector("#relation-chart path.shift-mark")).size());
        WebElement shifts = d.findElement(By.id("shifts"));
        assertTrue(shifts.getText().contains("2024-04") && shifts.getText().contains("towards conflict"),
                shifts.getText());
        assertTrue(marked.isDisplayed());
        browser.screenshot("fixture-shift-france-germany");
    }

    @Test
    void eventBrowserFiltersAndReportsBadInput() {
        var d = browser.driver;
        d.get(base + "#/events?quad=4");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-results"), "3 events"));
        d.get(base + "#/events?country=XX");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-results .error")));
        assertTrue(d.findElement(By.cssSelector("#event-results .error")).getText().contains("country"));
    }

    @Test
    void networkEdgesOpenThePairInTheExplorer() throws Exception {
        var d = browser.driver;
        d.get(base + "#/network");
        List<WebElement> edges = browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("line.edge"), 3));
        browser.screenshot("fixture-network");
        WebElement rusChn = edges.stream().filter(e -> List.of("RUS", "CHN").contains(e.getAttribute("data-a"))
                && List.of("RUS", "CHN").contains(e.getAttribute("data-b"))).findFirst().orElseThrow();
        d.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", rusChn);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relation-chart svg.chart")));
        assertTrue(d.getCurrentUrl().contains("#/relations?a="), d.getCurrentUrl());
    }

}

package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every browser test shares: one Chromium and one server per class, torn down after it, and no script errors. */
abstract class BrowserTestBase {
    static WebServer server;
    static Browser browser;
    static String base;

    /** Serves {@code data} on a free port and points {@link #base} at it. */
    static void serve(StoreData data) {
        WebServer.quietLogs();
        server = WebServer.start(data, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A dashboard that throws in the console is broken even when the page looks right. */
    @AfterEach
    void noScriptErrors() {
        if (browser != null) {
            assertEquals(List.of(), browser.scriptErrors());
        }
    }

    /** Types into an actor field and picks the suggestion with {@code code}. */
    static void pick(String field, String typed, String code) {
        var d = browser.driver;
        WebElement input = d.findElement(By.id(field));
        input.clear();
        input.sendKeys(typed);
        WebElement option = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + field + "-list li[data-code='" + code + "']")));
        option.click();
    }
}

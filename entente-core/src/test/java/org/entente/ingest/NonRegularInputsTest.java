package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, group 5 (hangs): inputs that are not regular files — a device, a socket, links that lead nowhere or to
 * a pipe — are named with the reason and never opened (reading /dev/zero never ends; opening a pipe blocks), and
 * the inputs around them are read. One kind per test; the pipe itself is in {@link BadInputKindsTest}.
 */
class NonRegularInputsTest {
    @TempDir
    Path tmp;

    private Path good(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), BadInputKindsTest.GOOD);
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo available");
    }

    @Test
    void characterDeviceOnTheCommandLineIsRefusedNotRead() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero exists");
        Collect c = Collect.read(zero, good(tmp, "after.txt"));
        assertEquals(1, c.articles.size(), "the input after the device is read");
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertEquals("/dev/zero", c.failures.get(0).input());
        assertTrue(c.failures.get(0).reason().contains("not a regular file"), c.failures.toString());
    }

    @Test
    void socketInAFolderIsNamedAndTheFolderRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("withsocket"));
        good(dir, "a.txt");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(dir.resolve("b.sock")));
            Files.writeString(dir.resolve("c.txt"), BadInputKindsTest.GOOD + " Again.");
            Collect c = Collect.read(dir);
            assertEquals(2, c.articles.size(), c.failures.toString());
            assertEquals(1, c.failures.size(), c.failures.toString());
            assertTrue(c.failures.get(0).input().endsWith("b.sock")
                    && c.failures.get(0).reason().contains("not a regular file"), c.failures.toString());
        }
    }

    @Test
    void brokenLinkInAFolderIsNamedNotDroppedSilently() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        good(dir, "a.txt");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("never-there.txt"));
        Collect c = Collect.read(dir);
        assertEquals(1, c.articles.size());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("gone.txt")
                && c.failures.get(0).reason().contains("broken link"), c.failures.toString());
    }

    @Test
    void linkToAPipeInAFolderIsNamedAndNeverOpened() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("linkpipe"));
        good(dir, "a.txt");
        Path fifo = tmp.resolve("outside-pipe");
        mkfifo(fifo);
        Files.createSymbolicLink(dir.resolve("p.txt"), fifo);
        Collect c = Collect.read(dir);
        assertEquals(1, c.articles.size(), "the folder is read to the end: the pipe was not opened");
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).input().endsWith("p.txt")
                && c.failures.get(0).reason().contains("not a regular file"), c.failures.toString());
    }

    @Test
    void linkToAFolderIsNotFollowedAndSaidSo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("linkdir"));
        good(dir, "a.txt");
        Path other = Files.createDirectories(tmp.resolve("elsewhere"));
        good(other, "b.txt");
        Files.createSymbolicLink(dir.resolve("more"), other);
        Collect c = Collect.read(dir);
        assertEquals(1, c.articles.size(), "only the folder's own file");
        assertTrue(c.failures.isEmpty(), c.failures.toString());
        assertEquals(1, c.warnings.size(), c.warnings.toString());
        assertTrue(c.warnings.get(0).input().endsWith("more")
                && c.warnings.get(0).reason().contains("not followed"), c.warnings.toString());
    }
}

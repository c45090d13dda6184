package org.entente.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real command line in-process: the exit code, a newline, then everything printed on stdout. */
final class Cli {
    private Cli() {
    }

    static synchronized String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            System.out.flush();
            return code + "\n" + buf.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(old);
        }
    }
}

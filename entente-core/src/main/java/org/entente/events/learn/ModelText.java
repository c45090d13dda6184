package org.entente.events.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading a learned model's text form, from the classpath or from a string, for every model kind. */
final class ModelText {
    private ModelText() {
    }

    /** Parses a model's lines; {@code where} names the input in errors. */
    interface Parser<T> {
        T parse(BufferedReader lines, String where) throws IOException;
    }

    /** Reads a model from the classpath; fails naming the resource when it is absent or malformed. */
    static <T> T resource(String name, Parser<T> parser) {
        try (InputStream in = ModelText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model not on the classpath: " + name);
            }
            return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model from its text. */
    static <T> T text(String text, String where, Parser<T> parser) {
        try {
            return parser.parse(new BufferedReader(new StringReader(text)), where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

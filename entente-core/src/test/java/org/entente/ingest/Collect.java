package org.entente.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: reads inputs and keeps what came out. */
final class Collect implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<InputFailure> failures = new ArrayList<>();
    final List<InputFailure> warnings = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void failure(InputFailure failure) {
        failures.add(failure);
    }

    @Override
    public void warning(InputFailure warning) {
        warnings.add(warning);
    }

    static Collect read(Object... inputs) {
        return read(InputFormat.AUTO, null, inputs);
    }

    static Collect read(InputFormat format, LocalDate date, Object... inputs) {
        Collect c = new Collect();
        Sources.read(Arrays.stream(inputs).map(Object::toString).toList(), format, date, c);
        return c;
    }

    Article only() {
        if (articles.size() != 1 || !failures.isEmpty()) {
            throw new AssertionError("want one article, got " + articles.size() + " and failures " + failures);
        }
        return articles.get(0);
    }

    static Path samples() {
        return Path.of("samples");
    }
}

package org.entente.text.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.FeatMap;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.text.Sentence;
import org.entente.text.TextAnalyzer;
import org.entente.text.Token;

/**
 * Measures the compact parser on our tokens, tags and lemmas against NLP4J's own pipeline (its tokenizer, tagger,
 * lemmatiser and the model as shipped) on a fixed sample of development-pool sentences: how many tokens the two
 * tokenisations share, and on those the agreement of heads (UAS) and heads with labels (LAS), overall and per
 * relation the coder reads. Also checks that the compact model parses exactly as the shipped one on the same
 * input, and times both (sentences/s, one thread). Agreement is not accuracy (neither side is gold); it says how
 * much feeding our front end changes the parse. Needs ~3 GB of heap for the shipped models:
 * {@code scripts/parser-agreement.sh}.
 */
public final class ParserAgreement {
    private static final List<String> RELATIONS = List.of("nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent",
            "conj", "relcl", "xcomp", "ccomp", "appos", "poss", "compound", "amod", "acl");
    private static final String PIPELINE = """
            <configuration>
              <lexica>
                <ambiguity_classes field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz</ambiguity_classes>
                <word_clusters field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz</word_clusters>
              </lexica>
              <models>
                <pos>edu/emory/mathcs/nlp/models/en-pos.xz</pos>
                <dep>edu/emory/mathcs/nlp/models/en-dep.xz</dep>
              </models>
            </configuration>
            """;

    private ParserAgreement() {
    }

    /** Args: corpus.jsonl [sentences=400] [lastLine=3000] [seed=13] [timingRuns=5]. */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int lastLine = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 13;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        if (lastLine > 3000) {
            throw new IllegalArgumentException("only the development pool (lines 1-3000) may be read sentence by sentence");
        }
        List<Sentence> sample = sample(corpus, lastLine, wanted, seed);
        int tokens = sample.stream().mapToInt(s -> s.tokens().size()).sum();
        System.out.printf("sample: %d sentences (%d tokens) from lines 1-%d of %s, seed %d%n", sample.size(), tokens,
                lastLine, corpus, seed);

        long t0 = System.nanoTime();
        Nlp4jParser compact = new Nlp4jParser(Nlp4jParser.loadOrDerive(CompactModelFile.defaultPath()));
        System.out.printf("compact model loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        List<DependencyParse> ours = new ArrayList<>();
        for (Sentence s : sample) {
            ours.add(compact.parse(s.tokens()));
        }
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long a = System.nanoTime();
            for (Sentence s : sample) {
                compact.parse(s.tokens());
            }
            rates[r] = sample.size() / ((System.nanoTime() - a) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("compact parser, our tokens: %.0f sentences/s median of %d runs (min %.0f, max %.0f), "
                + "one thread%n", rates[runs / 2], runs, rates[0], rates[runs - 1]);

        t0 = System.nanoTime();
        NLPDecoder pipeline = new NLPDecoder(new ByteArrayInputStream(PIPELINE.getBytes(StandardCharsets.UTF_8)));
        System.out.printf("NLP4J pipeline as shipped loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        // the shipped tagger, lemmatiser and parser on our tokens: the compact model must give the same
        List<DependencyParse> shipped = new ArrayList<>();
        long a = System.nanoTime();
        for (Sentence s : sample) {
            Nlp4jParser.Pieces pieces = Nlp4jParser.Pieces.of(s.tokens());
            NLPNode[] nodes = pieces.nodes();
            pipeline.decode(nodes);
            shipped.add(pieces.parse(nodes, s.tokens()));
        }
        System.out.printf("shipped models on our tokens: %.0f sentences/s, one run%n",
                sample.size() / ((System.nanoTime() - a) / 1e9));
        exactness(ours, shipped);

        List<NLPNode[]> theirs = new ArrayList<>();
        a = System.nanoTime();
        for (Sentence s : sample) {
            theirs.add(pipeline.decode(s.text()));
        }
        System.out.printf("NLP4J pipeline on raw text (tokenize, tag, lemmatise, parse): %.0f sentences/s, one run%n",
                sample.size() / ((System.nanoTime() - a) / 1e9));
        System.out.println("\n== product: our tokens, NLP4J's tagger, lemmatiser and parser (compact) ==");
        agreement(sample, ours, theirs);

        // the alternative the parser does not use: our tokens with our own coarse tags and lemmas
        OnlineComponent<NLPNode, ?> dep = null;
        GlobalLexica<NLPNode> lexica = null;
        for (NLPComponent<NLPNode> c : pipeline.getComponents()) {
            if (c instanceof GlobalLexica<?> g) {
                lexica = uncheckedLexica(g);
            } else if (c.getClass().getSimpleName().equals("DEPParser")) {
                dep = uncheckedComponent(c);
            }
        }
        List<DependencyParse> coarse = new ArrayList<>();
        for (Sentence s : sample) {
            NLPNode[] nodes = nodes(s.tokens());
            lexica.processWordClusters(nodes);
            dep.process(nodes);
            coarse.add(parseOf(nodes));
        }
        System.out.println("\n== not used: our tokens with our own (coarse) tags and lemmas ==");
        agreement(sample, coarse, theirs);
    }

    @SuppressWarnings("unchecked")
    private static GlobalLexica<NLPNode> uncheckedLexica(GlobalLexica<?> g) {
        return (GlobalLexica<NLPNode>) g;
    }

    @SuppressWarnings("unchecked")
    private static OnlineComponent<NLPNode, ?> uncheckedComponent(NLPComponent<NLPNode> c) {
        return (OnlineComponent<NLPNode, ?>) c;
    }

    /** Nodes for our tokens with our own tags and lemmas (in NLP4J's lemma conventions). */
    private static NLPNode[] nodes(List<Token> tokens) {
        NLPNode[] nodes = new NLPNode[tokens.size() + 1];
        nodes[0] = new NLPNode();
        nodes[0].toRoot();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            nodes[i + 1] = new NLPNode(i + 1, t.text(), nlp4jLemma(t), t.pos(), new FeatMap());
        }
        return nodes;
    }

    /** Our lemma as NLP4J writes lemmas: lower case, digits simplified, numbers as "#crd#". */
    private static String nlp4jLemma(Token t) {
        String base = t.lemma() == null ? t.text() : t.lemma();
        return t.pos().equals("CD") ? "#crd#"
                : edu.emory.mathcs.nlp.common.util.StringUtils.toSimplifiedForm(base).toLowerCase(java.util.Locale.ROOT);
    }

    private static DependencyParse parseOf(NLPNode[] nodes) {
        int n = nodes.length - 1;
        int[] heads = new int[n];
        String[] labels = new String[n];
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = nodes[i + 1].getDependencyHead().getID() - 1;
            labels[i] = nodes[i + 1].getDependencyLabel();
            words[i] = nodes[i + 1].getWordForm();
            tags[i] = nodes[i + 1].getPartOfSpeechTag();
        }
        return new DependencyParse(heads, labels, words, tags);
    }

    /** Development-pool sentences of 6-60 tokens, a fixed random sample. */
    private static List<Sentence> sample(Path corpus, int lastLine, int wanted, long seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sentence> all = new ArrayList<>();
        TextAnalyzer analyzer = TextAnalyzer.shared();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            Random pick = new Random(seed);
            while ((line = in.readLine()) != null && ++n <= lastLine) {
                if (pick.nextInt(10) != 0) {
                    continue; // one article in ten, so the sample spans the pool's sources
                }
                JsonNode article = json.readTree(line);
                String text = article.path("text").asText("");
                for (Sentence s : analyzer.sentences(text)) {
                    if (s.tokens().size() >= 6 && s.tokens().size() <= 60) {
                        all.add(s);
                    }
                }
            }
        }
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(wanted, all.size()));
    }

    /** The compact and the shipped models on the same tokens: every tag and arc must be the same. */
    private static void exactness(List<DependencyParse> compact, List<DependencyParse> shipped) {
        int same = 0;
        int total = 0;
        for (int k = 0; k < compact.size(); k++) {
            DependencyParse c = compact.get(k);
            DependencyParse s = shipped.get(k);
            for (int i = 0; i < c.size(); i++) {
                total++;
                if (c.head(i) == s.head(i) && c.label(i).equals(s.label(i)) && c.tag(i).equals(s.tag(i))) {
                    same++;
                }
            }
        }
        System.out.printf("compact vs shipped models on our tokens: %d of %d tokens with the same tag, head and label "
                + "(%.2f %%)%n", same, total, 100.0 * same / total);
    }

    private static void agreement(List<Sentence> sample, List<DependencyParse> ours, List<NLPNode[]> theirs) {
        int ourTokens = 0;
        int aligned = 0;
        int heads = 0;
        int labelled = 0;
        int scored = 0;
        Map<String, int[]> perRelation = new LinkedHashMap<>(); // ours, theirs, both (labelled arcs)
        for (String r : RELATIONS) {
            perRelation.put(r, new int[3]);
        }
        for (int k = 0; k < sample.size(); k++) {
            Sentence s = sample.get(k);
            List<Token> tokens = s.tokens();
            NLPNode[] nodes = theirs.get(k);
            // their token for each of ours with the same character span (offsets relative to the sentence)
            int[] map = new int[tokens.size()];
            int[] back = new int[nodes.length];
            Arrays.fill(map, -2);
            Arrays.fill(back, -2);
            for (int i = 0; i < tokens.size(); i++) {
                int start = tokens.get(i).start() - s.start();
                int end = tokens.get(i).end() - s.start();
                for (int j = 1; j < nodes.length; j++) {
                    if (nodes[j].getStartOffset() == start && nodes[j].getEndOffset() == end) {
                        map[i] = j;
                        back[j] = i;
                        break;
                    }
                }
            }
            DependencyParse p = ours.get(k);
            ourTokens += tokens.size();
            for (int i = 0; i < tokens.size(); i++) {
                if (map[i] < 0) {
                    continue;
                }
                aligned++;
                NLPNode theirNode = nodes[map[i]];
                int theirHead = theirNode.getDependencyHead().getID();
                int theirHeadInOurs = theirHead == 0 ? -1 : back[theirHead];
                if (theirHeadInOurs == -2 || (p.head(i) >= 0 && map[p.head(i)] < 0)) {
                    continue; // a head the other tokenisation does not have: no comparison
                }
                scored++;
                boolean head = theirHeadInOurs == p.head(i);
                boolean label = theirNode.getDependencyLabel().equals(p.label(i));
                if (head) {
                    heads++;
                }
                if (head && label) {
                    labelled++;
                }
                int[] ourCount = perRelation.get(p.label(i));
                if (ourCount != null) {
                    ourCount[0]++;
                    if (head && label) {
                        ourCount[2]++;
                    }
                }
                int[] theirCount = perRelation.get(theirNode.getDependencyLabel());
                if (theirCount != null) {
                    theirCount[1]++;
                }
            }
        }
        System.out.printf("tokens: %d ours, %d (%.1f %%) with the same span in NLP4J's tokenisation; "
                + "%d arcs comparable%n", ourTokens, aligned, 100.0 * aligned / ourTokens, scored);
        System.out.printf("agreement with NLP4J's own pipeline: heads (UAS) %.1f %%, heads+labels (LAS) %.1f %%%n",
                100.0 * heads / scored, 100.0 * labelled / scored);
        System.out.println("relation   ours  theirs  both  agree-P  agree-R");
        for (Map.Entry<String, int[]> e : perRelation.entrySet()) {
            int[] c = e.getValue();
            System.out.printf("%-9s %5d  %6d  %4d  %6.1f  %6.1f%n", e.getKey(), c[0], c[1], c[2],
                    c[0] == 0 ? 0 : 100.0 * c[2] / c[0], c[1] == 0 ? 0 : 100.0 * c[2] / c[1]);
        }
    }
}

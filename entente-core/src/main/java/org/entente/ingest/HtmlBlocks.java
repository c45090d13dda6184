package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a DOM into text blocks: the inline text directly owned by each block-level element (nested blocks
 * become their own blocks), with how much of it sits inside links. The traversal is iterative, so
 * pathological nesting cannot overflow the stack.
 */
final class HtmlBlocks {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
            "caption", "noscript", "legend", "option", "picture", "video", "audio");

    /** One block of text and the element that owns it. */
    static final class Block {
        final Element owner;
        final String text;
        final int linkChars;
        final int index;

        Block(Element owner, String text, int linkChars, int index) {
            this.owner = owner;
            this.text = text;
            this.linkChars = linkChars;
            this.index = index;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        String tag() {
            return owner.normalName();
        }

        @Override
        public String toString() {
            return tag() + ":" + text;
        }
    }

    private HtmlBlocks() {
    }

    static List<Block> segment(Element root) {
        List<Block> blocks = new ArrayList<>();
        List<Element> stack = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    buf.append(s);
                    if (inLink[0] > 0) {
                        linkChars[0] += s.strip().length();
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush(stack.isEmpty() ? e : stack.get(stack.size() - 1));
                        stack.add(e);
                    } else if (tag.equals("br")) {
                        buf.append('\n');
                    } else if (tag.equals("a")) {
                        inLink[0]++;
                    } else if (tag.equals("img") || tag.equals("input")) {
                        buf.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush(e);
                        if (!stack.isEmpty()) {
                            stack.remove(stack.size() - 1);
                        }
                    } else if (tag.equals("a")) {
                        inLink[0] = Math.max(0, inLink[0] - 1);
                    }
                }
            }

            private void flush(Element owner) {
                if (buf.length() == 0) {
                    return;
                }
                // "<br><br>" separates paragraphs in old-style pages: split there
                for (String part : buf.toString().split("\n\\s*\n")) {
                    String text = normalize(part);
                    if (!text.isEmpty()) {
                        int lc = Math.min(text.length(), linkChars[0]);
                        blocks.add(new Block(owner, text, lc, blocks.size()));
                        linkChars[0] -= lc;
                    }
                }
                buf.setLength(0);
                linkChars[0] = 0;
            }
        }, root);
        return blocks;
    }


    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2009') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}

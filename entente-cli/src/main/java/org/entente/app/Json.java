package org.entente.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.entente.actors.ActorMention;
import org.entente.events.model.EventMention;
import org.entente.events.model.Span;

/** The JSON shapes of the contracts in DESIGN.md §3, in one place. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    public static ObjectNode event(EventMention e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("article", e.article());
        o.put("article_id", e.articleId());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("source", e.source());
        o.put("target", e.target());
        o.put("source_country", e.sourceCountry());
        o.put("target_country", e.targetCountry());
        o.put("code", e.code());
        o.put("root", e.root());
        o.put("quad", e.quad());
        o.put("goldstein", e.goldstein());
        o.put("plover", e.plover());
        o.put("modality", e.modality().label());
        o.put("sentence", e.sentence());
        o.put("text", e.text());
        o.set("span", span(e.span()));
        ObjectNode ev = o.putObject("evidence");
        ev.set("source", span(e.sourceSpan()));
        ev.set("verb", span(e.verbSpan()));
        ev.set("target", span(e.targetSpan()));
        if (e.location() == null) {
            o.putNull("location");
        } else {
            ObjectNode loc = o.putObject("location");
            loc.put("country", e.location().country());
            loc.put("place", e.location().place());
            // what the gazetteer resolved, only where it did (a country-only location has no point)
            if (e.location().division() != null) {
                loc.put("division", e.location().division());
            }
            if (e.location().adm1Code() != null) {
                loc.put("adm1", e.location().adm1Code());
            }
            if (e.location().hasCoordinates()) {
                loc.put("lat", e.location().lat());
                loc.put("lon", e.location().lon());
            }
            if (e.location().featureId() != null) {
                loc.put("feature_id", e.location().featureId());
            }
        }
        o.put("historical", e.historical());
        o.put("said_by", e.saidBy());
        o.put("pattern", e.pattern());
        com.fasterxml.jackson.databind.node.ArrayNode rules = o.putArray("rules");
        e.rules().forEach(rules::add);
        return o;
    }

    public static ObjectNode actor(String article, ActorMention m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("article", article);
        o.put("text", m.text());
        o.set("span", span(new Span(m.start(), m.end())));
        o.put("sentence", m.sentence());
        o.put("code", m.code());
        o.put("country", m.country());
        o.put("role", m.role());
        o.put("entity", m.entityId());
        o.put("kind", m.kind());
        o.put("confidence", m.confidence());
        o.put("dictionary", m.source());
        return o;
    }

    public static ArrayNode span(Span s) {
        if (s == null) {
            return null;
        }
        ArrayNode a = MAPPER.createArrayNode();
        a.add(s.start());
        a.add(s.end());
        return a;
    }
}

package org.entente.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What one run of the job did: the {@code --json} object, also written beside the output as summary.json. */
record JobSummary(String master, int files, long articles, long eventMentions, long failed, long timedOut,
                  double seconds, String out, UserDictionaries dictionaries, GdeltOutput.Written gdelt) {
    ObjectNode json() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("articles", articles);
        o.put("event_mentions", eventMentions);
        o.put("failed", failed);
        o.put("timed_out", timedOut);
        o.put("files", files);
        o.put("seconds", Math.round(seconds * 1000) / 1000.0);
        o.put("articles_per_second", seconds > 0 ? Math.round(articles / seconds * 10) / 10.0 : 0);
        o.put("master", master);
        o.put("out", out);
        ArrayNode dicts = o.putArray("dictionaries");
        for (var kind : List.of("actors", "patterns")) {
            for (UserDictionaries.Shipped s : kind.equals("actors") ? dictionaries.actors() : dictionaries.patterns()) {
                dicts.addObject().put("kind", kind).put("path", s.path()).put("sha256", s.sha256());
            }
        }
        if (gdelt != null) {
            o.putObject("gdelt").put("events", gdelt.events()).put("mentions", gdelt.mentions())
                    .put("undated_events_left_out", gdelt.undated());
        }
        return o;
    }
}

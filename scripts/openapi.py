#!/usr/bin/env python3
# Writes the OpenAPI document of the REST API: python3 scripts/openapi.py > entente-web/src/main/resources/web/openapi.json
# Edit the endpoints and schemas here, rerun, commit both. ApiTest checks that the document lists exactly the
# endpoints and query parameters the server accepts (ApiRoutes.PARAMS) and that every $ref resolves.
import json
def ref(n): return {"$ref": "#/components/schemas/" + n}
def q(name, desc, schema, required=False):
    return {"name": name, "in": "query", "required": required, "description": desc, "schema": schema}
S = {"type": "string"}; D = {"type": "string", "format": "date"}; I = {"type": "integer"}; N = {"type": "number"}
span = {"type": "array", "items": I, "minItems": 2, "maxItems": 2, "description": "[start, end) character offsets into the article's clean text"}
nspan = dict(span); nspan["nullable"] = True
mod = q("modality", "Comma-separated modalities to count: asserted, negated, future, hypothetical, uncertain (default: asserted only, as everywhere in Entente).", {"type": "string", "example": "asserted,future"})
frm = q("from", "First day included (YYYY-MM-DD).", D); to = q("to", "Last day included (YYYY-MM-DD); must not be before from.", D)
limit = lambda dflt, mx: q("limit", f"Page size (1..{mx}, default {dflt}).", {"type": "integer", "minimum": 1, "maximum": mx, "default": dflt})
offset = q("offset", "Items to skip (default 0).", {"type": "integer", "minimum": 0, "default": 0})
err = {"description": "Invalid parameter: the body names it.", "content": {"application/json": {"schema": ref("Error")}}}
nf = {"description": "No such id.", "content": {"application/json": {"schema": ref("Error")}}}
ok = lambda s, d: {"description": d, "content": {"application/json": {"schema": s}}}
def obj(props, req=None, desc=None):
    o = {"type": "object", "properties": props}
    if req: o["required"] = req
    if desc: o["description"] = desc
    return o
def page(item, counting=False):
    props = {"total": I, "limit": I, "offset": I, "items": {"type": "array", "items": ref(item)}}
    if counting: props["counting"] = ref("Counting")
    return obj(props, ["total", "limit", "offset", "items"])
evidence = obj({"source": nspan, "verb": span, "target": nspan}, desc="Where the source actor, the event trigger and the target are in the clean text.")
nul = lambda t: {"type": t, "nullable": True}
tone = lambda d: {"type": "number", "nullable": True, "description": d}
eventrow = obj({"id": S, "date": D, "source": nul("string"), "target": nul("string"),
  "source_name": {"type": "string", "nullable": True, "description": "The source actor as a reader names it (\"Russian government\")."},
  "target_name": nul("string"), "source_country": nul("string"), "target_country": nul("string"),
  "code": {"type": "string", "example": "042"}, "root": {"type": "string", "example": "04"}, "quad": {"type": "integer", "minimum": 1, "maximum": 4},
  "goldstein": N, "plover": nul("string"), "modality": ref("Modality"), "historical": {"type": "boolean"},
  "mentions": {"type": "integer", "description": "Reports grouped into this event."}, "articles": I, "sources": {"type": "integer", "description": "Distinct outlets."}, "article_id": S, "title": nul("string"), "outlet": nul("string"),
  "sentence": I, "text": S, "span": span, "evidence": evidence,
  "tone": tone("Mean document tone of the articles reporting the event (GDELT's AvgTone: 100 x (positive - negative words) / words, VADER lexicon)."),
  "language": nul("string")}, ["id", "code", "quad", "modality", "text", "evidence"],
  "An event with its first (earliest) mention's evidence.")
schemas = {
 "Error": obj({"status": I, "error": S, "parameter": {"type": "string", "description": "The offending parameter (400 only)."}}, ["status", "error"]),
 "Modality": {"type": "string", "enum": ["asserted", "negated", "future", "hypothetical", "uncertain"]},
 "Counting": obj({"modalities": {"type": "array", "items": ref("Modality")}, "from": nul("string"), "to": nul("string"),
   "undated_included": {"type": "boolean", "description": "Events without a date count in the totals (exactly when no date range is given)."},
   "text": {"type": "string", "description": "The definition in one sentence, as the dashboard and the CLI show it."}},
   desc="What the figures count: the one definition shared by the API, the CLI and every dashboard view."),
 "Count": obj({"key": S, "name": nul("string"), "count": I}),
 "Run": obj({"run": I, "started": S, "entente": nul("string"), "actors": nul("string"), "coder": nul("string"), "inputs": nul("string")}, desc="One ingest run and the pipeline versions it used."),
 "Stats": obj({"articles": I, "events": I, "event_mentions": I, "actor_mentions": I, "actors": I, "outlets": I, "first_date": nul("string"), "last_date": nul("string"),
   "runs": {"type": "array", "items": ref("Run")},
   "quads": {"type": "array", "items": ref("Count")}, "modalities": {"type": "array", "items": ref("Count")}, "countries": {"type": "array", "items": ref("Count"), "description": "Most active countries."},
   "languages": {"type": "array", "items": ref("Count"), "description": "Articles per detected language (ISO 639-1)."},
   "not_coded": {"type": "integer", "description": "Articles stored but not coded: written in a language the coder does not read."},
   "not_coded_articles": {"type": "array", "items": ref("ArticleRow"), "description": "The first 100 of them, named."}}),
 "ArticleRow": obj({"id": S, "name": nul("string"), "title": nul("string"), "outlet": nul("string"), "date": nul("string"), "language": nul("string"),
   "tone": tone("Document tone."), "coded": {"type": "boolean", "description": "False when the coder does not read the article's language."}, "events": I}),
 "ArticlePage": page("ArticleRow"),
 "ActorHit": obj({"code": S, "name": nul("string"), "country": nul("string"), "role": nul("string"), "events": I, "mentions": I,
   "rollup": {"type": "boolean", "description": "A bare country code standing for all its actors; events counts them all."}}, ["code", "events"]),
 "Shift": obj({"period": S, "start": D, "direction": {"type": "string", "enum": ["cooperation", "conflict"]}, "index": N, "baseline": N, "z": N, "events": I,
   "evidence": {"type": "array", "items": ref("EventRow")}}, desc="A period whose index left the pair's normal range (z-score against the trailing periods), with the events pulling that way."),
 "Period": obj({"period": {"type": "string", "example": "2022-03"}, "start": D, "end": D, "events": I, "q1": I, "q2": I, "q3": I, "q4": I,
   "goldstein": {"type": "number", "description": "Mean Goldstein score of the period's events."},
   "index": {"type": "number", "minimum": -1, "maximum": 1, "description": "Net co-operation: (q1+q2-q3-q4)/events."},
   "index_low": {"type": "number", "nullable": True, "description": "Lower end of the index's 95 % interval (Wilson interval of the co-operative share): wide when few events stand behind it."},
   "index_high": {"type": "number", "nullable": True, "description": "Upper end of that interval."},
   "shift": {"type": "boolean", "description": "A shift was detected in this period (see shifts)."},
   "tone": tone("Mean tone of the period's events (each event: the mean document tone of its articles).")}, desc="Periods without events are listed with null goldstein and index."),
 "Series": obj({"a": S, "b": S, "a_name": nul("string"), "b_name": nul("string"), "by": S, "from": nul("string"), "to": nul("string"), "events": I, "index": nul("number"),
   "undated": {"type": "integer", "description": "Events of the pair without a date: in events and index, in no period."},
   "periods": {"type": "array", "items": ref("Period")}, "shifts": {"type": "array", "items": ref("Shift")}, "counting": ref("Counting")}),
 "Pair": obj({"a": S, "b": S, "a_name": nul("string"), "b_name": nul("string"), "events": I, "q1": I, "q2": I, "q3": I, "q4": I, "goldstein": N, "index": N, "mentions": I}),
 "PairPage": page("Pair", True),
 "MapCountry": obj({"country": S, "name": nul("string"), "events": I}),
 "MapPoint": obj({"lat": N, "lon": N, "place": nul("string"), "division": nul("string"), "country": nul("string"), "events": I,
   "event_ids": {"type": "array", "items": S, "description": "Up to 20 of the place's events, most reported first."}}),
 "MapData": obj({"events": I, "located": {"type": "integer", "description": "Events naming a place or country."},
   "placed": {"type": "integer", "description": "Events the gazetteer gave coordinates (drawn as points)."},
   "countries": {"type": "array", "items": ref("MapCountry"), "description": "Events each country took part in (source or target country)."},
   "points": {"type": "array", "items": ref("MapPoint")}, "counting": ref("Counting")}),
 "Change": obj({"a": S, "b": S, "a_name": nul("string"), "b_name": nul("string"), "recent_events": I, "recent_index": N,
   "recent_low": nul("number"), "recent_high": nul("number"), "before_events": I, "before_index": N, "delta": N,
   "z": {"type": "number", "description": "Two-proportion z of the co-operative share, window against before."},
   "direction": {"type": "string", "enum": ["cooperation", "conflict"]}, "evidence": {"type": "array", "items": ref("EventRow")}}),
 "ChangeList": obj({"from": nul("string"), "to": nul("string"), "months": I, "items": {"type": "array", "items": ref("Change")}, "counting": ref("Counting")}),
 "EventRow": eventrow,
 "EventPage": page("EventRow"),
 "Mention": obj({"article_id": S, "article": nul("string"), "title": nul("string"), "outlet": nul("string"), "url": nul("string"), "date": D, "modality": ref("Modality"),
   "sentence": I, "text": S, "span": span, "evidence": evidence, "said_by": nul("string"), "pattern": nul("string"),
   "tone": tone("Tone of the mention's sentence."), "doc_tone": tone("Tone of the whole article (GDELT's MentionDocTone)."), "language": nul("string"),
   "reversed": {"type": "boolean", "description": "The report tells the event the other way round (its source is the event's target); its own evidence is as the report has it."}}),
 "EventDetail": obj({"event": ref("EventRow"), "mentions": {"type": "array", "items": ref("Mention")}}),
 "ActorSpan": obj({"span": span, "text": S, "code": S, "name": nul("string"), "country": nul("string"), "role": nul("string"), "kind": nul("string"), "confidence": N,
   "dictionary": {"type": "string", "nullable": True, "description": "The dictionary file and line that produced the code."}}),
 "EventSpan": obj({"id": S, "span": span, "evidence": evidence, "source": nul("string"), "target": nul("string"), "source_name": nul("string"), "target_name": nul("string"), "code": S, "quad": I, "goldstein": N, "modality": ref("Modality"), "sentence": I, "historical": {"type": "boolean"}, "pattern": nul("string")}),
 "ArticleDetail": obj({"id": S, "name": nul("string"), "title": nul("string"), "url": nul("string"), "outlet": nul("string"), "date": nul("string"), "author": nul("string"),
   "text": {"type": "string", "description": "Clean text: untrusted, render as text only."}, "actors": {"type": "array", "items": ref("ActorSpan")}, "events": {"type": "array", "items": ref("EventSpan")},
   "language": nul("string"), "tone": tone("Document tone."), "coded": {"type": "boolean", "description": "False when the coder does not read the article's language (then actors and events are empty)."},
   "matches": {"type": "array", "items": ref("ArticleRef"), "description": "Every stored article the requested id names, this one first: several when one JSONL id was given to different articles."},
   "copies": {"type": "array", "items": ref("ArticleRef"), "description": "The other reports of the same text (syndicated copies from other outlets), each counted as a report."}}),
 "ArticleRef": obj({"id": S, "name": nul("string"), "outlet": nul("string"), "url": nul("string"), "title": nul("string"), "date": nul("string"), "language": nul("string"), "event_mentions": I}),
}
actorp = lambda n, d, r=False: q(n, d, {"type": "string", "pattern": "^[A-Za-z0-9]{1,24}$"}, r)
paths = {
 "/api/stats": {"get": {"summary": "Store statistics", "operationId": "stats", "responses": {"200": ok(ref("Stats"), "Counts and breakdowns."), "400": err}}},
 "/api/actors": {"get": {"summary": "Actor search (type-ahead)", "operationId": "actors",
   "description": "Countries whose name matches q first (as roll-ups covering all their actors), then actor codes whose code or surface names contain q, most active first; without q the most active actors.",
   "parameters": [q("q", "Search text (max 200 characters).", S), limit(10, 100)],
   "responses": {"200": ok({"type": "array", "items": ref("ActorHit")}, "Matching actors."), "400": err}}},
 "/api/relations": {"get": {"summary": "Relations between two actors over time", "operationId": "relations",
   "description": "Events between a and b in either direction, per period. a and b are actor codes and cover longer codes: RUS includes RUSGOV and RUSMIL.",
   "parameters": [actorp("a", "First actor code, e.g. RUS.", True), actorp("b", "Second actor code, e.g. CHN; must differ from a.", True), frm, to,
      q("by", "Period length.", {"type": "string", "enum": ["day", "week", "month", "year"], "default": "month"}), mod],
   "responses": {"200": ok(ref("Series"), "The dyad's series."), "400": err}}},
 "/api/pairs": {"get": {"summary": "Most active pairs", "operationId": "pairs",
   "parameters": [frm, to, q("level", "country: group actors by country; actor: full codes.", {"type": "string", "enum": ["country", "actor"], "default": "country"}),
      actorp("actor", "Only pairs involving this actor (code prefix)."), mod, limit(50, 500), offset],
   "responses": {"200": ok(ref("PairPage"), "Pairs ranked by events."), "400": err}}},
 "/api/events": {"get": {"summary": "Search events", "operationId": "events",
   "parameters": [actorp("actor", "Source or target actor; a bare country code covers all its actors (RUS matches RUSGOV)."),
      q("country", "Source or target country (ISO alpha-3).", {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
      actorp("a", "Dyad: one side (with b: events between a and b, either direction)."), actorp("b", "Dyad: the other side; needs a."),
      q("code", "CAMEO code or prefix (2-4 digits): 04 matches 040..046, 042 only 042 and its children.", {"type": "string", "pattern": "^[0-9]{2,4}$"}),
      q("root", "CAMEO root 01..20.", {"type": "string", "pattern": "^[0-9]{2}$"}),
      q("quad", "QuadClass 1..4.", {"type": "integer", "minimum": 1, "maximum": 4}), mod, frm, to,
      q("q", "Words one of the event's sentences must contain (max 200 characters).", S),
      q("historical", "Include background-history mentions (default false).", {"type": "boolean", "default": False}), limit(50, 500), offset],
   "responses": {"200": ok(ref("EventPage"), "Events, newest first."), "400": err}}},
 "/api/events/{id}": {"get": {"summary": "One event with all its mentions and evidence", "operationId": "event",
   "description": "Unknown or malformed ids answer 404.",
   "parameters": [{"name": "id", "in": "path", "required": True, "schema": S}],
   "responses": {"200": ok(ref("EventDetail"), "The event."), "400": err, "404": nf}}},
 "/api/articles/{id}": {"get": {"summary": "One article with clean text and every coded span", "operationId": "article",
   "parameters": [{"name": "id", "in": "path", "required": True, "schema": S}],
   "responses": {"200": ok(ref("ArticleDetail"), "The article."), "400": err, "404": nf}}},
 "/api/map": {"get": {"summary": "Where events happen: per-country totals and located points", "operationId": "map",
   "description": "Events of one actor (either side), of a dyad, or all, under the same counting as the event search. Countries: events each country took part in. Points: events the gazetteer placed, one per place.",
   "parameters": [actorp("actor", "Only events of this actor (code prefix)."), actorp("a", "First side of a dyad."), actorp("b", "Second side of a dyad."), frm, to, mod],
   "responses": {"200": ok(ref("MapData"), "The map's figures."), "400": err}}},
 "/api/changes": {"get": {"summary": "What changed lately across all pairs", "operationId": "changes",
   "description": "Pairs active in the months up to `to` (default: the store's last dated event), each with its net index in that window against before, ranked by the two-proportion z of the co-operative share, with the window's evidence events.",
   "parameters": [q("to", "Last day of the window (YYYY-MM-DD); default the store's last dated event.", D),
      q("months", "Window length in months (1..120, default 3).", {"type": "integer", "minimum": 1, "maximum": 120, "default": 3}), mod, limit(20, 100)],
   "responses": {"200": ok(ref("ChangeList"), "Pairs ranked by change."), "400": err}}},
 "/api/articles": {"get": {"summary": "List articles by language and coded state", "operationId": "articles",
   "description": "Newest first. coded=false lists the articles stored but not coded because the coder does not read their language.",
   "parameters": [q("language", "ISO 639-1 code (e.g. es), as detected.", {"type": "string", "pattern": "^[a-z]{2,3}$"}),
      q("coded", "true: coded articles; false: uncoded (language not read); any (default).", {"type": "string", "enum": ["true", "false", "any"], "default": "any"}),
      limit(50, 500), offset],
   "responses": {"200": ok(ref("ArticlePage"), "Articles."), "400": err}}},
 "/api/openapi.json": {"get": {"summary": "This document", "operationId": "openapi", "responses": {"200": {"description": "OpenAPI 3.0 document.", "content": {"application/json": {}}}}}},
}
doc = {"openapi": "3.0.3", "info": {"title": "Entente API", "version": "0.1.0",
  "description": "Read-only access to an Entente store: relationship series, active pairs, events with their evidence sentences, articles with coded spans. Every error is JSON ({status, error, parameter?}) and never carries a stack trace: 400 names the invalid parameter, 404 names the missing id, 503 means the store is held by another process (an ingest) longer than the server waits. Unknown query parameters are rejected with 400. Only asserted events count unless modality says otherwise; background history is left out."},
  "paths": paths, "components": {"schemas": schemas}}
print(json.dumps(doc, indent=2, ensure_ascii=False))

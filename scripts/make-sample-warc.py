#!/usr/bin/env python3
"""Writes samples/crawl.warc.gz: a tiny web archive (one request/response pair per page, each record its
own gzip member, as crawlers write them) holding two pages written for Entente, so the WARC reader has a
bundled sample. Run from the repository root: python3 scripts/make-sample-warc.py"""
import gzip, hashlib, uuid, datetime

PAGES = [
 ("https://www.coastalherald.example/world/2024/11/29/bombers-japan.html", "2024-11-29T10:12:00Z", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Russian and Chinese bombers fly joint patrol near Japan | Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2024-11-29T09:40:00+09:00">
</head><body>
<div class="cookie-bar">We use cookies to improve our site. <button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/opinion">Opinion</a></nav>
<article><h1>Russian and Chinese bombers fly joint patrol near Japan</h1>
<p class="byline">By Coastal Herald staff</p>
<div class="article-body">
<p>TOKYO - Russian and Chinese strategic bombers flew a joint patrol over the Sea of Japan and the East China Sea on Friday, Japan's defence ministry said, prompting Tokyo to scramble fighter jets.</p>
<p>It was the ninth such joint flight since 2019. Russia's defence ministry said the patrol lasted eight hours and was carried out in strict accordance with international law.</p>
<p>Japan's chief cabinet secretary said the flights were clearly meant as a show of force against Japan and raised serious concerns for national security. Tokyo conveyed those concerns to Moscow and Beijing through diplomatic channels.</p>
<p>South Korea also said it had scrambled aircraft after several Russian and Chinese planes entered its air defence identification zone without notice.</p>
</div></article>
<aside class="related"><h3>Related</h3><a href="/asia/1">Japan raises defence spending</a> <a href="/asia/2">Seoul and Tokyo hold talks</a></aside>
<div class="comments">Comments (3) <a href="#">Log in to comment</a></div>
<footer>&copy; 2024 Coastal Herald. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""),
 ("https://www.coastalherald.example/world/2025/03/14/beijing-nuclear-talks.html", "2025-03-14T16:00:00Z", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>China, Russia and Iran hold nuclear talks in Beijing | Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"China, Russia and Iran hold nuclear talks in Beijing","datePublished":"2025-03-14T12:30:00+08:00"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav>
<div class="main-content">
<h1>China, Russia and Iran hold nuclear talks in Beijing</h1>
<p>BEIJING - Senior diplomats from China, Russia and Iran met in Beijing on Friday to discuss Iran's nuclear programme and called for an end to what they described as unlawful unilateral sanctions.</p>
<p>China's vice foreign minister said all parties should avoid actions that could escalate the situation. The three countries said dialogue based on mutual respect was the only viable option.</p>
<p>The United States has said it would prefer a negotiated deal with Tehran but would not allow Iran to obtain a nuclear weapon. Washington did not send a representative to the meeting.</p>
<div class="share-tools">Share: <a href="#">X</a> <a href="#">Facebook</a></div>
</div>
<div class="newsletter-signup">Sign up for our daily newsletter</div>
<footer>&copy; 2025 Coastal Herald. All rights reserved.</footer>
</body></html>"""),
]

def record(kind, url, date, content_type, block):
    rid = uuid.UUID(hashlib.sha1((kind + url).encode()).hexdigest()[:32])
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Date: {date}\r\n"
            f"WARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0)

with open("samples/crawl.warc.gz", "wb") as out:
    for url, date, html in PAGES:
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3]
        req = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: entente-sample\r\n\r\n".encode()
        body = html.encode("utf-8")
        resp = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
        out.write(record("request", url, date, "application/http;msgtype=request", req))
        out.write(record("response", url, date, "application/http;msgtype=response", resp))
print("wrote samples/crawl.warc.gz")

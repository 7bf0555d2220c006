#!/usr/bin/env python3
"""What Debian's python3-feedparser reads from each feed of the corpus.

Used by tst_feedcorpus as the reference PortalDesk's feed reading is compared
with. Usage: feedparser_reading.py CORPUS_DIR BASE_URL
Reads CORPUS_DIR/manifest.tsv; prints one JSON object a line:
{"path", "bozo", "version", "entries": [{"title", "link", "date", "day_only", "empty"}]}
with titles made plain text (tags stripped, entities read, white space
collapsed, NFC), links as feedparser resolved them against BASE_URL + path,
dates as UTC seconds since the epoch (null when the entry has none).
"""
import calendar
import html
import json
import re
import sys
import unicodedata

import feedparser

TAG = re.compile(r"<[^>]*>")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"), None)


def plain(text, markup=True):
    """Plain text of a title or body; `markup`: feedparser gave it as HTML."""
    text = text or ""
    if markup:
        text = html.unescape(TAG.sub("", text))
    text = text.translate(INVISIBLE).replace("\u00a0", " ")
    return unicodedata.normalize("NFC", " ".join(text.split()))


def main():
    corpus, base = sys.argv[1], sys.argv[2]
    with open(f"{corpus}/manifest.tsv", encoding="utf-8") as manifest:
        rows = [line.rstrip("\n").split("\t") for line in manifest][1:]
    for row in rows:
        path, content_type = row[0], row[4]
        with open(f"{corpus}/{path}", "rb") as feed:
            data = feed.read()
        # Served as application/xml when the test case names no type: the
        # document's own declaration decides its encoding (RFC 7303), as it
        # does for PortalDesk given no Content-Type; feedparser given no type
        # at all flags the feed as malformed.
        headers = {"content-location": base + path,
                   "content-type": content_type if content_type != "-" else "application/xml"}
        parsed = feedparser.parse(data, response_headers=headers)
        entries = []
        for entry in parsed.entries:
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            body = entry.get("summary", "")
            if not body and entry.get("content"):
                body = entry["content"][0].get("value", "")
            detail = entry.get("title_detail") or {}
            title = plain(entry.get("title", ""), detail.get("type", "text/plain") != "text/plain")
            written = (entry.get("published") or entry.get("updated") or "").strip()
            entries.append({
                "title": title,
                "link": entry.get("link", ""),
                "date": calendar.timegm(when) if when else None,
                # a day without its time: feedparser makes it midnight UTC
                "day_only": bool(DAY.match(written)),
                "empty": not title and not plain(body),
            })
        print(json.dumps({"path": path, "bozo": int(bool(parsed.bozo)), "version": parsed.get("version", ""),
                          "entries": entries}, ensure_ascii=False))


if __name__ == "__main__":
    main()

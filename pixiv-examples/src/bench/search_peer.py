#!/usr/bin/env python3
"""The Python peer of `pixiv search artworks WORD --limit N` for the start-up benchmark.

What a 20-line script does with the standard library: one keep-alive connection (http.client),
json.loads per page, json.dumps per work to stdout (jsonl). Ad slots (no id) are skipped, like the CLI.
Usage: search_peer.py BASE_URL WORD PAGES
"""
import http.client
import json
import sys
import urllib.parse

base, word, pages = urllib.parse.urlsplit(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection(base.hostname, base.port or 80)
q = urllib.parse.quote(word)
headers = {"Accept": "application/json", "Referer": "https://www.pixiv.net/", "User-Agent": "peer"}
out = sys.stdout
for p in range(1, pages + 1):
    conn.request("GET", f"/ajax/search/artworks/{q}?word={q}&p={p}", headers=headers)
    envelope = json.loads(conn.getresponse().read())
    for work in envelope["body"]["illustManga"]["data"]:
        if "id" in work:
            out.write(json.dumps(work, ensure_ascii=False))
            out.write("\n")
out.flush()

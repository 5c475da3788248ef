"""
Reference side of scripts/corpus/agreement.ts. Reads a JSON list on stdin and writes one JSON
line per file:

    python3 feedparser_dump.py feedparser < pairs.json   # [[file, base URL, {headers}], ...]
    python3 feedparser_dump.py roots < files.json        # [file, ...]

`feedparser`: what Python feedparser makes of each file: bozo, version, and each entry's title
(with feedparser's content type, and as text) and link. The file is given to feedparser as bytes
with its base URL as Content-Location (and the headers its test comment names), so relative
links resolve as when the file is served from that address, as feedparser's own tests do.

`roots`: for the validator's test cases, the root element as {namespace}name and the number of
items or entries the document holds by the format's own rules, read with the standard library's
XML parser (no feed library involved), or the reason it could not be read.
"""
import json
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import feedparser


class _Text(HTMLParser):
    """The text of an HTML fragment: tags dropped, references decoded (feedparser keeps the
    markup of titles it takes for HTML; the project shows titles as text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(value):
    parser = _Text()
    parser.feed(value)
    parser.close()
    return "".join(parser.parts)


def entry_record(entry):
    title = entry.get("title")
    detail = entry.get("title_detail") or {}
    kind = detail.get("type", "")
    record = {"link": entry.get("link"), "id": entry.get("id")}
    if title is not None:
        record["title"] = title
        record["titleType"] = kind
        record["titleText"] = html_text(title) if "html" in kind else title
    return record


def dump_feedparser(pairs, out):
    for path, base, headers in pairs:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            response_headers = {"content-location": base}
            response_headers.update({k.lower(): v for k, v in headers.items()})
            result = feedparser.parse(data, response_headers=response_headers)
            line = {
                "file": path,
                "bozo": bool(result.get("bozo")),
                "version": result.get("version", ""),
                "entries": [entry_record(e) for e in result.entries],
            }
        except Exception as error:  # a crash on one file is reported, the run goes on
            line = {"file": path, "error": repr(error)}
        out.write(json.dumps(line) + "\n")


RSS1 = "{http://purl.org/rss/1.0/}"
RSS090 = "{http://my.netscape.com/rdf/simple/0.9/}"
RSS11 = "{http://purl.org/net/rss1.1#}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
ATOM10 = "{http://www.w3.org/2005/Atom}"
ATOM03 = "{http://purl.org/atom/ns#}"


def item_count(root):
    """Items by each format's rules, or None when the root is not a feed's."""
    tag = root.tag
    if tag == "rss" or tag.endswith("}rss"):
        ns = tag[: tag.index("}") + 1] if tag.startswith("{") else ""
        channel = root.find(ns + "channel")
        inside = [] if channel is None else channel.findall(ns + "item")
        return len(inside) + len(root.findall(ns + "item"))
    if tag == RDF + "RDF":
        return len(root.findall(RSS1 + "item")) + len(root.findall(RSS090 + "item"))
    if tag == RSS11 + "Channel":
        return sum(len(items.findall(RSS11 + "item")) for items in root.findall(RSS11 + "items"))
    if tag in (ATOM10 + "feed", ATOM03 + "feed"):
        return len(root.findall(tag[: tag.index("}") + 1] + "entry"))
    return None


def dump_roots(files, out):
    for path in files:
        try:
            root = ET.parse(path).getroot()
            line = {"file": path, "root": root.tag, "count": item_count(root)}
        except Exception as error:
            line = {"file": path, "error": repr(error)[:200]}
        out.write(json.dumps(line) + "\n")


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "feedparser"
    request = json.load(sys.stdin)
    if mode == "roots":
        dump_roots(request, sys.stdout)
    else:
        dump_feedparser(request, sys.stdout)


if __name__ == "__main__":
    main()

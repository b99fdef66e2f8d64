#!/usr/bin/env python3
"""Generate sovscan's licence data in Rules/licenses/ from the SPDX licence list.

Reads (default ../shared/spdx relative to the repository root, or the directory given as the first argument):
  license-list-XML-src/*.xml             licences (id, name, isOsiApproved, deprecation, cross references, text)
  license-list-XML-src/exceptions/*.xml  licence exceptions
  fsf-licenses-full.json                 FSF's list (`libre` tag) with SPDX ids
  equivalentwords.txt                    SPDX matching guideline's equivalent words
and Rules/licenses/categories.yml (hand-written category rules).

Writes:
  Rules/licenses/spdx-licenses.json    id, name, osi, fsf, deprecated, replacedBy, category, urls
  Rules/licenses/spdx-exceptions.json  id, name, deprecated, replacedBy
  Rules/licenses/text-index.json       per licence/exception: sorted 32-bit hashes of normalised word bigrams
                                       (base64; those of the text without its optional parts, and those only
                                       the optional parts add) and 64-bit hashes of the whole normalised text
                                       with and without optional parts; no licence text
  Rules/licenses/equivalent-words.json the equivalent-word table the Swift normaliser applies

The text normalisation below must stay identical to Sources/Licenses/TextNormalizer.swift.
"""
import base64
import fnmatch
import glob
import json
import os
import struct
import sys
import xml.etree.ElementTree as ET

import yaml

NS = "{http://www.spdx.org/license}"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Rules", "licenses")

# ---------------------------------------------------------------- normalisation (mirrors TextNormalizer.swift)

ROMAN = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"}
LEADING_MARKERS = set(" \t#*/-;>!%'\"=|+")


def is_word_scalar(c):
    o = ord(c)
    if o < 0x80:
        return ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")
    if 0x80 <= o <= 0xBF or o in (0xD7, 0xF7, 0xFEFF):
        return False
    if 0x2000 <= o <= 0x2BFF or 0x3000 <= o <= 0x303F or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFF0F:
        return False
    return True


def is_copyright_line(line):
    i = 0
    while i < len(line) and line[i] in LEADING_MARKERS:
        i += 1
    s = line[i:]
    low = "".join(ch.lower() if ch < "\x80" else ch for ch in s)
    if low.startswith("\u00a9") or low.startswith("(c)"):
        return True
    if low.startswith("copyright"):
        rest = low[len("copyright"):].lstrip(" \t:")
        return rest.startswith("(c)") or rest.startswith("\u00a9") or (rest[:1].isdigit() and rest[:1] < "\x80")
    return low.rstrip(" .\t\r") == "all rights reserved"


def raw_tokens(text):
    tokens = []
    for line in text.replace("\r", "\n").split("\n"):
        if is_copyright_line(line):
            continue
        word = []
        for c in line:
            if is_word_scalar(c):
                word.append(c.lower() if c < "\x80" else c)
            else:
                if word:
                    tokens.append("".join(word))
                    word = []
                if c == "&":
                    tokens.append("and")
        if word:
            tokens.append("".join(word))
    return tokens


def keep(token):
    if len(token) <= 1:
        return False
    if len(token) <= 3 and token.isascii() and token.isdigit():
        return False
    return token not in ROMAN


def load_equivalents(path):
    """Single-word and two-word variants mapped to one canonical token list."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for line in open(path, encoding="utf-8"):
        forms = [" ".join(raw_tokens(f)) for f in line.strip().split(",") if f.strip()]
        for f in forms[1:]:
            parent[find(f)] = find(forms[0])
    groups = {}
    for f in list(parent):
        groups.setdefault(find(f), []).append(f)
    single, pairs = {}, {}
    for members in groups.values():
        one_word = sorted(m for m in members if " " not in m)
        canon = one_word[0] if one_word else sorted(members)[0]
        for m in members:
            if m == canon:
                continue
            parts = m.split(" ")
            if len(parts) == 1:
                single[m] = canon
            elif len(parts) == 2:
                pairs[m] = canon
    single["https"] = "http"
    return single, pairs


def normalise(text, single, pairs):
    toks = raw_tokens(text)
    out = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and (toks[i] + " " + toks[i + 1]) in pairs:
            out.extend(pairs[toks[i] + " " + toks[i + 1]].split(" "))
            i += 2
            continue
        t = toks[i]
        out.extend(single[t].split(" ") if t in single else [t])
        i += 1
    return [t for t in out if keep(t)]


def fnv32(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def fnv64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def bigram_hashes(tokens):
    return sorted({fnv32((tokens[i] + " " + tokens[i + 1]).encode("utf-8")) for i in range(len(tokens) - 1)})


def pack(hashes):
    """Sorted 32-bit hashes as base64 of little-endian words."""
    return base64.b64encode(struct.pack("<%dI" % len(hashes), *hashes)).decode("ascii")


def exact_hash(tokens):
    return "%016x" % fnv64(" ".join(tokens).encode("utf-8"))


# ---------------------------------------------------------------- template text from the XML


def template_text(element, with_optional):
    """The licence text with default alternatives, without title, copyright lines and bullets."""
    parts = []

    def walk(el):
        tag = el.tag.replace(NS, "")
        if tag in ("titleText", "copyrightText", "bullet", "notes", "crossRefs", "obsoletedBys"):
            if el.tail:
                parts.append(el.tail)
            return
        if tag == "optional" and not with_optional:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in ("p", "item", "list", "br", "standardLicenseHeader", "optional")
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(element)
    return "".join(parts)


def read_entry(path, kind):
    root = ET.parse(path).getroot()
    el = root.find(NS + kind)
    if el is None:
        raise SystemExit(f"{path}: no <{kind}>")
    replaced = []
    obs = el.find(NS + "obsoletedBys")
    if obs is not None:
        for o in obs.findall(NS + "obsoletedBy"):
            replaced.append({"expression": o.get("expression"), "by": " ".join((o.text or "").split())})
    urls = [" ".join((c.text or "").split()) for c in el.iter(NS + "crossRef")]
    text = el.find(NS + "text")
    return {
        "id": el.get("licenseId"),
        "name": " ".join((el.get("name") or "").split()),
        "osi": el.get("isOsiApproved") == "true",
        "deprecated": el.get("deprecatedVersion") is not None,
        "replaced": replaced,
        "urls": [u for u in urls if u],
        "text": text,
    }


def category_for(license_id, rules):
    for rule in rules:
        if fnmatch.fnmatchcase(license_id, rule["pattern"]):
            return rule["category"]
    return "permissive"


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), "shared", "spdx")
    src = os.path.join(shared, "license-list-XML-src")
    single, pairs = load_equivalents(os.path.join(shared, "equivalentwords.txt"))
    categories = yaml.safe_load(open(os.path.join(OUT, "categories.yml"), encoding="utf-8"))
    rules = categories["spdx"]
    oss_overrides = categories.get("ossOverrides") or {}

    fsf = json.load(open(os.path.join(shared, "fsf-licenses-full.json"), encoding="utf-8"))
    fsf_libre = set()
    for entry in fsf["licenses"].values():
        if "libre" in (entry.get("tags") or []):
            fsf_libre.update((entry.get("identifiers") or {}).get("spdx") or [])

    licenses = [read_entry(p, "license") for p in sorted(glob.glob(os.path.join(src, "*.xml")))]
    exceptions = [read_entry(p, "exception") for p in sorted(glob.glob(os.path.join(src, "exceptions", "*.xml")))]
    current_ids = {l["id"] for l in licenses if not l["deprecated"]}

    def replacement(entry, plus):
        for r in entry["replaced"]:
            if (r["expression"] is not None) == plus:
                return r["by"]
        return None

    license_rows = []
    for l in sorted(licenses, key=lambda e: e["id"].lower()):
        row = {
            "id": l["id"],
            "name": l["name"],
            "osi": l["osi"],
            "fsf": l["id"] in fsf_libre,
            "deprecated": l["deprecated"],
            "category": category_for(l["id"], rules),
            "urls": l["urls"],
        }
        if l["id"] in oss_overrides:
            row["ossOverride"] = bool(oss_overrides[l["id"]])
        by = replacement(l, False)
        if by:
            row["replacedBy"] = by
        by_plus = replacement(l, True)
        if by_plus:
            row["replacedByOrLater"] = by_plus
        if l["deprecated"] and not by:
            # Deprecated without a listed successor: GPL-2.0 style ids map to their -only form.
            if l["id"] + "-only" in current_ids:
                row["replacedBy"] = l["id"] + "-only"
            elif l["id"].endswith("+") and l["id"][:-1] + "-or-later" in current_ids:
                row["replacedBy"] = l["id"][:-1] + "-or-later"
        license_rows.append(row)
    simple = {r["id"]: r["replacedBy"] for r in license_rows if " " not in r.get("replacedBy", " ")}

    def resolve(expression):
        """Replacements may name deprecated ids themselves (`GPL-2.0 WITH ...`, `GPL-2.0-or-later+`)."""
        words = []
        for word in expression.split(" "):
            if word.endswith("-or-later+"):
                word = word[:-1]
            words.append(simple.get(word, word))
        return " ".join(words)

    for row in license_rows:
        for key in ("replacedBy", "replacedByOrLater"):
            if key in row:
                row[key] = resolve(row[key])
    for row in license_rows:
        if row["deprecated"] and "replacedBy" in row:
            row["category"] = category_for(row["replacedBy"].split(" ")[0], rules)

    exception_rows = []
    for e in sorted(exceptions, key=lambda e: e["id"].lower()):
        row = {"id": e["id"], "name": e["name"], "deprecated": e["deprecated"]}
        by = replacement(e, False)
        if by:
            row["replacedBy"] = by
        exception_rows.append(row)

    # Text index: one entry per distinct bigram set; identical texts are kept together as twins.
    entries = {}
    for kind, items in (("license", licenses), ("exception", exceptions)):
        for item in items:
            if item["deprecated"] or item["text"] is None:
                continue
            full = normalise(template_text(item["text"], True), single, pairs)
            short = normalise(template_text(item["text"], False), single, pairs)
            if len(short) < 2:
                continue
            required = bigram_hashes(short)
            optional = sorted(set(bigram_hashes(full)) - set(required))
            # Texts that differ only in optional parts (GPL-2.0-only and GPL-2.0-or-later) cannot be told apart.
            key = (kind, tuple(required))
            exact = sorted({exact_hash(full), exact_hash(short)})
            if key in entries:
                entries[key]["ids"].append(item["id"])
                entries[key]["exact"] = sorted(set(entries[key]["exact"]) | set(exact))
                entries[key]["optional"] = sorted(set(entries[key]["optional"]) | set(optional))
            else:
                entries[key] = {"kind": kind, "ids": [item["id"]], "exact": exact, "required": required,
                                "optional": optional}
    index_rows = []
    for entry in entries.values():
        ids = sorted(entry["ids"], key=lambda i: (not i.endswith("-only"), len(i), i.lower()))
        index_rows.append({
            "id": ids[0],
            "twins": ids[1:],
            "kind": entry["kind"],
            "exact": entry["exact"],
            "bigrams": pack(entry["required"]),
            "optionalBigrams": pack(entry["optional"]),
        })
    index_rows.sort(key=lambda r: (r["kind"], r["id"].lower()))

    source = open(os.path.join(shared, "SOURCE.txt"), encoding="utf-8").read().split()[0]

    def dump(name, payload):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(payload, f, ensure_ascii=False, indent=None, separators=(",", ":"), sort_keys=True)
            f.write("\n")

    note = "Generated by scripts/gen-licenses.py from SPDX license-list-XML " + source + "; do not edit."
    dump("spdx-licenses.json", {"generated": note, "licenses": license_rows})
    dump("spdx-exceptions.json", {"generated": note, "exceptions": exception_rows})
    dump("text-index.json", {"generated": note, "hash": "fnv1a32 bigram, fnv1a64 exact", "entries": index_rows})
    dump("equivalent-words.json", {"generated": note, "single": single, "pairs": pairs})
    print(f"{len(license_rows)} licences, {len(exception_rows)} exceptions, {len(index_rows)} text entries")


if __name__ == "__main__":
    main()

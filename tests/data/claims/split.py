#!/usr/bin/env python3
"""Merges the collected sentence files and splits them once, at random, into development.tsv and held-out.tsv.

Run once when the corpus was gathered; the split is kept in the repository and is not made again. Drops exact
duplicate sentences and lines whose catalog ids are not in the catalog (listed on stderr).
Usage: split.py CATALOG_DIR OUT_DIR [--set=N] [--by-source] FILE...
Lines have five fields, or six for passages (the context before the sentence, with line breaks written as \\n).
"--by-source" keeps every item of one source in the same half (passages of one page share their context).
"""
import glob, os, random, re, sys

catalog_dir, out_dir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
# "--set=2" makes a second corpus from newly gathered files: development-2.tsv and held-out-2.tsv, split with its own
# seed, leaving out sentences the existing halves already hold.
suffix, seed = "", 20261205
if files and files[0].startswith("--set="):
    number = int(files[0][len("--set="):])
    suffix, seed, files = f"-{number}", 20261205 + number, files[1:]
by_source = bool(files) and files[0] == "--by-source"
files = files[1:] if by_source else files
ids = set()
for path in glob.glob(os.path.join(catalog_dir, "*.catalog")):
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^\[(.+)\]\s*$", line)
        if m:
            ids.add(m.group(1))

items, seen = [], set()
if suffix:
    for existing in glob.glob(os.path.join(out_dir, "*.tsv")):
        for line in open(existing, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) in (5, 6) and not line.startswith("#"):
                seen.add(re.sub(r"\s+", " ", f[-1].replace("«", "").replace("»", "")).strip().lower())
for path in files:
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) not in (5, 6) or (items and len(f) != len(items[0].split("\t"))):
            print(f"{path}:{n}: {len(f)} fields, dropped", file=sys.stderr); continue
        project = f[1].split()
        about = [] if f[2].strip() == "-" else [a.strip() for a in f[2].split(",") if a.strip()]
        unknown = [i for i in project + about if i not in ids]
        if unknown or not project:
            print(f"{path}:{n}: unknown ids {unknown}, dropped", file=sys.stderr); continue
        if any(a not in project for a in about):
            print(f"{path}:{n}: about names a model the project does not use, dropped", file=sys.stderr); continue
        if ("«" in f[-1]) != bool(about):
            print(f"{path}:{n}: marks and about disagree, dropped", file=sys.stderr); continue
        key = re.sub(r"\s+", " ", f[-1].replace("«", "").replace("»", "")).strip().lower()
        # A passage is its context and its sentence: the same sentence under another heading is another item.
        passage = key if len(f) == 5 else re.sub(r"\s+", " ", f[4]).strip().lower() + "\t" + key
        if key in seen or passage in seen:
            continue
        seen.add(passage)
        f[2] = "-" if not about else ",".join(about)
        items.append("\t".join(f))

rng = random.Random(seed)
if by_source:
    # Whole sources, shuffled, fill the development half up to half of the items; the rest are held out.
    sources = {}
    for item in items:
        sources.setdefault(item.split("\t")[3], []).append(item)
    groups = list(sources.values())
    rng.shuffle(groups)
    development, held_out = [], []
    for group in groups:
        (development if len(development) + len(group) <= len(items) // 2 else held_out).extend(group)
else:
    rng.shuffle(items)
    development, held_out = items[: len(items) // 2], items[len(items) // 2 :]
passages = bool(items) and len(items[0].split("\t")) == 6
header = "# id\tproject\tabout\tsource\t" + ("context (line breaks as \\n)\t" if passages else "") + "sentence (claims marked « »): see README.md\n"
for name, part in (("development" + suffix, development), ("held-out" + suffix, held_out)):
    with open(os.path.join(out_dir, name + ".tsv"), "w", encoding="utf-8") as out:
        out.write(header)
        out.write("\n".join(part) + "\n")
    print(f"{name}: {len(part)} sentences, {sum('«' in p for p in part)} with claims", file=sys.stderr)

#!/usr/bin/env python3
"""Side by side: Dateline's time normaliser (`dateline analyze --batch`) and Python's
dateparser (`search_dates` with RELATIVE_BASE = the publication date) on the same sentences.

Usage: peer_dateparser.py DATELINE_BINARY CORPUS_DIR [CORPUS_DIR ...]
Sentences come from the articles' bodies as Dateline segments them (its own batch output), so
both tools see exactly the same strings. Prints throughput of each and their agreement.
"""
import datetime as dt
import json
import os
import subprocess
import sys
import time
import warnings

warnings.filterwarnings("ignore")
from dateparser.search import search_dates  # noqa: E402


def articles(folder):
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".md", ".txt")):
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        published, body = None, text
        if text.startswith("---\n"):
            end = text.find("\n---", 4)
            if end > 0:
                for line in text[4:end].splitlines():
                    if line.startswith("published:"):
                        published = line.split(":", 1)[1].strip()[:10]
                body = text[end + 4:].lstrip("\n")
        yield name, published, body


def run_batch(binary, lines):
    data = "".join(json.dumps(x) + "\n" for x in lines).encode()
    start = time.perf_counter()
    out = subprocess.run([binary, "analyze", "--batch"], input=data, capture_output=True, check=True).stdout
    return time.perf_counter() - start, [json.loads(l) for l in out.decode().splitlines()]


def main():
    binary, folders = sys.argv[1], sys.argv[2:]
    docs = [{"id": f"{i}:{n}", "text": b, "published": p} for i, f in enumerate(folders) for n, p, b in articles(f)]
    _, reports = run_batch(binary, docs)
    sentences = []
    for doc, rep in zip(docs, reports):
        for k, s in enumerate(rep.get("sentences", [])):
            if s["kind"] == "body" and doc["published"]:
                sentences.append({"id": f"{doc['id']}#{k}", "text": s["text"], "published": doc["published"]})
    n = len(sentences)
    # Dateline, one process, all sentences (the whole analysis: time, places, attribution, figures).
    dl_seconds, dl = run_batch(binary, sentences)
    dl_by_id = {r["id"]: r for r in dl}
    # dateparser, same sentences, relative dates against the publication date.
    dp = {}
    start = time.perf_counter()
    for s in sentences:
        base = dt.datetime.fromisoformat(s["published"])
        found = search_dates(s["text"], languages=["en"],
                             settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        dp[s["id"]] = [(phrase, d.date().isoformat()) for phrase, d in found]
    dp_seconds = time.perf_counter() - start

    both = neither = only_dl = only_dp = primary_total = primary_agree = 0
    disagreements = []
    for s in sentences:
        rep = dl_by_id.get(s["id"], {})
        sent = (rep.get("sentences") or [{}])[0]
        dl_values = [t["value"] for t in sent.get("times", []) if t.get("granularity")]
        dp_days = [d for _, d in dp[s["id"]]]
        if dl_values and dp_days: both += 1
        elif not dl_values and not dp_days: neither += 1
        elif dl_values: only_dl += 1
        else: only_dp += 1
        primary = sent.get("primary")
        if primary and primary.get("granularity") == "day" and dp_days:
            primary_total += 1
            if primary["value"] in dp_days:
                primary_agree += 1
            elif len(disagreements) < 8:
                disagreements.append((s["text"][:110], s["published"], primary["phrase"], primary["value"], dp[s["id"]][:2]))

    print(f"sentences: {n} (body sentences of {len(docs)} articles in {', '.join(folders)})")
    print(f"dateline analyze --batch: {dl_seconds:.2f} s, {n / dl_seconds:,.0f} sentences/s (all stages, includes process start)")
    print(f"dateparser search_dates:  {dp_seconds:.2f} s, {n / dp_seconds:,.0f} sentences/s (time only)")
    print(f"throughput ratio dateline/dateparser: {dp_seconds / dl_seconds:.1f}x")
    print(f"detection: both found a date {both}, neither {neither}, only dateline {only_dl}, only dateparser {only_dp}; "
          f"agreement {(both + neither) / max(n, 1):.1%}")
    print(f"dateline's primary day among dateparser's days: {primary_agree}/{primary_total} = {primary_agree / max(primary_total, 1):.1%}")
    for d in disagreements:
        print(f"  differ: {d[0]!r} (published {d[1]}): dateline '{d[2]}' -> {d[3]}; dateparser {d[4]}")


if __name__ == "__main__":
    main()

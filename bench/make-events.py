"""Writes a synthetic corpus of extracted records (JSON Lines, the v1
contract of docs/schema.md) for `sitrep ingest --extracted`: the load test
of `sitrep serve` (bench/serve-load.sh) needs a database of 100,000 events
or more.  The records are made up, deterministic (seeded), spread over
five years and over Syria and its neighbours, with the types, actors,
outlets and figures a real corpus has; about a third of the events are
reported by two outlets, so that clusters have several members.

usage: make-events.py DOCUMENTS [EVENTS_PER_DOCUMENT] > corpus.jsonl
"""
import json
import random
import sys
from datetime import date, timedelta

TYPES = [
    ("Battles", "Armed clash", "clash"),
    ("Battles", "Government regains territory", "capture"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelling"),
    ("Explosions/Remote violence", "Air/drone strike", "airstrike"),
    ("Violence against civilians", "Attack", "kill"),
    ("Protests", "Peaceful protest", "protest"),
    ("Strategic developments", "Agreement", "ceasefire"),
]
PLACES = [  # name, admin1, country, iso2, lat, lon
    ("Aleppo", "Aleppo", "Syrian Arab Republic", "SY", 36.2012, 37.1612),
    ("Idlib", "Idlib", "Syrian Arab Republic", "SY", 35.9306, 36.6339),
    ("Homs", "Homs", "Syrian Arab Republic", "SY", 34.7324, 36.7137),
    ("Hama", "Hama", "Syrian Arab Republic", "SY", 35.1318, 36.7578),
    ("Damascus", "Damascus Governorate", "Syrian Arab Republic", "SY", 33.5102, 36.2913),
    ("Deir ez-Zor", "Deir ez-Zor", "Syrian Arab Republic", "SY", 35.3359, 40.1408),
    ("Raqqa", "Raqqa", "Syrian Arab Republic", "SY", 35.9528, 39.0079),
    ("Daraa", "Daraa", "Syrian Arab Republic", "SY", 32.6189, 36.1021),
    ("Mosul", "Nineveh", "Iraq", "IQ", 36.3350, 43.1189),
    ("Tripoli", "North Governorate", "Lebanon", "LB", 34.4367, 35.8497),
]
ACTORS = [("Military Forces of Syria", 1), ("Jabhat al-Nusra", 2),
          ("Islamic State (Iraq and Syria)", 2), ("Syrian Democratic Forces", 2),
          ("Military Forces of Russia", 8), ("Civilians (Syria)", 7)]
OUTLETS = ["Reuters", "AFP", "TASS", "SANA", "Le Monde", "RT", "Al-Masdar News"]
CITED = ["Syrian Observatory for Human Rights", "Ministry of Defence",
         "Syrian Civil Defence", None]


def event(doc_id, n, rnd, day, place, type_, actors, killed, cited):
    name, admin1, country, iso2, lat, lon = place
    ev_type, sub, action = type_
    q = []
    if killed is not None:
        q.append({"kind": "killed", "value": killed, "low": None, "high": None,
                  "qualifier": "exact", "of": "civils", "text": f"{killed} civils"})
    return {
        "id": f"{doc_id}#{n}", "event_type": ev_type, "sub_event_type": sub,
        "action": action, "status": "realised",
        "date": {"value": day.isoformat(), "until": None, "precision": "day",
                 "text": day.isoformat()},
        "location": {"name": name, "text": name, "admin1": admin1,
                     "country": country, "iso2": iso2,
                     "lat": round(lat, 4), "lon": round(lon, 4),
                     "geo_precision": 1, "gazetteer_id": None},
        "actors": [{"role": role, "name": a, "text": a, "inter": inter}
                   for role, (a, inter) in zip(("actor1", "actor2"), actors)],
        "quantities": q, "fatalities": killed,
        "attribution": [{"name": cited, "kind": "organization", "affiliation": None,
                         "text": cited, "scope": "sentence", "stance": "asserts"}] if cited else [],
        "evidence": [{"start": 0, "end": 5}], "sentence": f"{action} in {name}.",
        "rules": ["trigger"],
    }


def main():
    docs = int(sys.argv[1])
    per_doc = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    rnd = random.Random(16)
    start = date(2015, 1, 1)
    out = sys.stdout
    remembered = []  # events a second outlet will report again
    for d in range(docs):
        outlet = OUTLETS[d % len(OUTLETS)]
        published = start + timedelta(days=rnd.randrange(5 * 365))
        doc_id = f"load-{d:06d}"
        events = []
        for n in range(1, per_doc + 1):
            if remembered and rnd.random() < 0.33:
                day, place, type_, actors, killed = remembered.pop()
                killed = None if killed is None else killed + rnd.randrange(0, 5)
            else:
                day = published - timedelta(days=rnd.randrange(3))
                p = PLACES[rnd.randrange(len(PLACES))]
                # A village near the town: clusters stay apart.
                place = (p[0], p[1], p[2], p[3], p[4] + rnd.uniform(-0.4, 0.4),
                         p[5] + rnd.uniform(-0.4, 0.4))
                type_ = TYPES[rnd.randrange(len(TYPES))]
                actors = rnd.sample(ACTORS, 2)
                killed = rnd.randrange(1, 60) if rnd.random() < 0.5 else None
                if rnd.random() < 0.5:
                    remembered.append((day, place, type_, actors, killed))
                    remembered = remembered[-50:]
            events.append(event(doc_id, n, rnd, day, place, type_, actors, killed,
                                CITED[rnd.randrange(len(CITED))]))
        text = " ".join(e["sentence"] for e in events)
        out.write(json.dumps({
            "id": doc_id, "lang": "en", "published": published.isoformat(),
            "url": None, "title": f"Dispatch {d}", "publisher": outlet,
            "sentences": len(events), "errors": [], "text": text,
            "events": events}) + "\n")


if __name__ == "__main__":
    main()

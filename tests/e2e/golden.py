#!/usr/bin/env python3
"""Reduces `sitrep extract` output on stdin to the events as a person reviews
them: what, when, where, who, how many, who says so, and the words that
show it. tests/golden/ holds this for the dev corpus, read and checked by
hand; run.sh fails when today's output differs. To change it, regenerate
with tests/golden/update.sh and review the diff before committing."""
import json, sys

for line in sys.stdin:
    doc = json.loads(line)
    out = []
    for e in doc['events']:
        out.append({
            'what': f"{e['event_type']} / {e['sub_event_type']} ({e['action']})",
            'when': e['date'] and (
                f"{e['date']['value']} or before (the report's date)"
                if e['date']['precision'] == 'published' else
                f"{e['date']['value']} {e['date']['precision']} ({e['date']['text']})"),
            'where': e['location'] and f"{e['location']['name']}, {e['location']['country']} "
                                       f"(geo_precision {e['location']['geo_precision']})",
            'who': [f"{a['role']}: {a['name']} [{a['inter']}] ({a['text']})" for a in e['actors']],
            'how many': [f"{q['kind']}: {q['value']} {q['qualifier']} ({q['text']})"
                         for q in e['quantities']],
            'fatalities': e['fatalities'],
            'says who': [f"{a['name']} ({a['scope']}{', denies' if a['stance'] == 'denies' else ''})"
                         for a in e['attribution']],
            'sentence': e['sentence'],
            'rules': e['rules'],
        })
    json.dump({'id': doc['id'], 'events': out}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')

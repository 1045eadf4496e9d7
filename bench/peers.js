// The peers' side of `make bench` (see bench/run.sh): runs chrono-node and
// @microsoft/recognizers-text-suite over the same documents as sitrep and
// writes one JSON object to stdout:
//   versions  the installed versions
//   dev       per dev document, each tool's mentions normalised to sitrep's
//             shape ({type, start, end, text, value, until, precision} for
//             dates, {type, start, end, text, value, qualifier, of, next} for
//             numbers; offsets in code points), scored by bench/report.py
//   perf      per corpus and tool: documents and bytes processed, seconds
//             (time inside this script around the processing loop only);
//             tools: chrono, rec (recognizeNumber then recognizeDateTime on
//             each document; `parts` splits its time), rec_number (alone)
//
// usage: node peers.js --work DIR --budget SECONDS --ref YYYY-MM-DD
//                      --dev FILE.jsonl... --corpus NAME=FILE.jsonl...
// --ref is the reference date for documents without a published date.
// --budget bounds each timed run of one tool over one corpus: the loop stops
// after the document that crosses it, and the rate is taken over the
// documents processed (the run is then reported as partial).
'use strict';
const fs = require('fs');
const path = require('path');

const args = { dev: [], corpus: [] };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--dev') { while (process.argv[i + 1] && !process.argv[i + 1].startsWith('--')) args.dev.push(process.argv[++i]); }
  else if (a === '--corpus') { while (process.argv[i + 1] && !process.argv[i + 1].startsWith('--')) args.corpus.push(process.argv[++i]); }
  else if (a === '--work') args.work = process.argv[++i];
  else if (a === '--budget') args.budget = Number(process.argv[++i]);
  else if (a === '--ref') args.ref = process.argv[++i];
  else { console.error(`peers.js: unknown argument ${a}`); process.exit(2); }
}
if (!args.work || !(args.budget > 0) || !/^\d{4}-\d{2}-\d{2}$/.test(args.ref || '')) {
  console.error('peers.js: need --work DIR --budget SECONDS --ref YYYY-MM-DD');
  process.exit(2);
}

const mod = name => path.resolve(args.work, 'node_modules', name);
const chrono = require(mod('chrono-node'));
const Recognizers = require(mod('@microsoft/recognizers-text-suite'));
const version = name => JSON.parse(fs.readFileSync(path.join(mod(name), 'package.json'), 'utf8')).version;
// the suite's parts, as npm resolved them (the suite pins them only to ~1.3)
const partVersion = name => {
  const suite = path.dirname(require.resolve(mod('@microsoft/recognizers-text-suite')));
  const pkg = require.resolve(`@microsoft/${name}/package.json`, { paths: [suite] });
  return JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
};

const log = msg => process.stderr.write(`bench: ${msg}\n`);

function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim() !== '').map((l, i) => {
    try { return JSON.parse(l); } catch (e) { throw new Error(`${file}:${i + 1}: ${e.message}`); }
  });
}

// Reference date: the document's published date (else --ref), at local noon
// (run.sh sets TZ=UTC) so that no time-zone shift moves the day.
function refDate(doc) {
  const s = typeof doc.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.published) ? doc.published : args.ref;
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}
const lang = doc => (doc.lang === 'en' ? 'en' : 'fr');
const culture = doc => (lang(doc) === 'en' ? Recognizers.Culture.English : Recognizers.Culture.French);
const chronoParser = doc => (lang(doc) === 'en' ? chrono : chrono.fr);

// ---------------------------------------------------------------- the tools
const runChrono = doc => chronoParser(doc).parse(doc.text, refDate(doc));
const runNumber = doc => Recognizers.recognizeNumber(doc.text, culture(doc));
const runDateTime = doc => Recognizers.recognizeDateTime(doc.text, culture(doc), undefined, refDate(doc));

// ---------------------------------------------------------------- normalising
const pad = n => String(n).padStart(2, '0');
const ymd = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
// UTF-16 index -> code point offset
const cp = (text, i) => Array.from(text.slice(0, i)).length;

// chrono-node: one result = one date; precision from the components chrono
// marks as certain (the others are implied from the reference date). A result
// with an end is a range. Results with only a time of day are not dates.
function chronoDates(doc, results) {
  const out = [];
  for (const r of results) {
    const s = r.start;
    let value, precision, until = null;
    if (r.end) {
      value = ymd(s.get('year'), s.get('month'), s.get('day'));
      until = ymd(r.end.get('year'), r.end.get('month'), r.end.get('day'));
      precision = 'range';
      if (until === value) { until = null; precision = 'day'; }
    } else if (s.isCertain('day') || s.isCertain('weekday')) {
      value = ymd(s.get('year'), s.get('month'), s.get('day')); precision = 'day';
    } else if (s.isCertain('month')) {
      value = `${s.get('year')}-${pad(s.get('month'))}`; precision = 'month';
    } else if (s.isCertain('year')) {
      value = String(s.get('year')); precision = 'year';
    } else {
      continue; // a time of day only ("10 heures")
    }
    out.push({ type: 'date', start: cp(doc.text, r.index), end: cp(doc.text, r.index + r.text.length),
      text: r.text, value, until, precision });
  }
  return out;
}

// recognizers-text: the resolution's TIMEX gives the precision; when the
// year is left open (XXXX-11-04) the resolution lists candidate dates and we
// take the one nearest the reference date. Durations, times and sets are not
// dates. Ranges "(a,b,PnD)" are inclusive of b; week-like ranges without a
// TIMEX range give an exclusive end, made inclusive here.
function dayBefore(s) {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) - 86400000);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
function recDates(doc, results) {
  const ref = refDate(doc);
  const refDay = Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate());
  const dist = s => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || '');
    return m ? Math.abs(Date.UTC(+m[1], +m[2] - 1, +m[3]) - refDay) : Infinity;
  };
  const out = [];
  for (const r of results) {
    const vals = (r.resolution && r.resolution.values) || [];
    if (!vals.length) continue;
    // nearest candidate to the reference date
    const v = vals.slice().sort((a, b) => dist(a.value || a.start) - dist(b.value || b.start))[0];
    if (!['date', 'daterange', 'datetime', 'datetimerange'].includes(v.type)) continue;
    const timex = String(v.timex || '');
    const day = s => (s || '').slice(0, 10);
    let value, precision, until = null;
    const dpart = timex.split('T')[0];
    if (timex.startsWith('(')) {
      if (!v.start || !v.end) continue;
      value = day(v.start); until = day(v.end); precision = 'range';
    } else if (/^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(dpart)) {
      value = day(v.value || v.start); precision = 'day';
    } else if (/^(\d{4}|XXXX)-\d{2}$/.test(dpart)) {
      value = (v.value || v.start || '').slice(0, 7); precision = 'month';
    } else if (/^\d{4}$/.test(dpart)) {
      value = dpart; precision = 'year';
    } else if (v.value && /^\d{4}-\d{2}-\d{2}/.test(v.value)) {
      value = day(v.value); precision = 'day'; // weekdays, "aujourd'hui"
    } else if (v.start && v.end) {
      value = day(v.start); until = dayBefore(day(v.end)); precision = 'range'; // weeks, weekends
    } else {
      continue;
    }
    if (!/^\d{4}(-\d{2}){0,2}$/.test(value)) continue;
    out.push({ type: 'date', start: cp(doc.text, r.start), end: cp(doc.text, r.end + 1),
      text: doc.text.slice(r.start, r.end + 1), value, until, precision, timex });
  }
  return out;
}

// recognizers-text numbers. They carry no qualifier and no counted noun;
// `next` is the text right after the number (up to punctuation, 5 words at
// most), which report.py uses to tell whether the number found is the one
// counting the gold's noun.
function recNumbers(doc, results) {
  return results.map(r => {
    const after = doc.text.slice(r.end + 1).split(/[.,;:!?«»()"\n]/)[0];
    const next = after.trim().split(/\s+/).slice(0, 5).join(' ');
    return { type: 'quantity', start: cp(doc.text, r.start), end: cp(doc.text, r.end + 1),
      text: doc.text.slice(r.start, r.end + 1), value: Number(r.resolution && r.resolution.value),
      qualifier: null, of: null, next };
  });
}

// ---------------------------------------------------------------- timing
const now = () => process.hrtime.bigint();
const secs = (a, b) => Number(b - a) / 1e9;
const bytesOf = doc => Buffer.byteLength(doc.text, 'utf8');

// Up to 3 passes over the corpus, the best kept; a pass stops at the budget,
// and no further pass starts once the next one would overrun it.
// `work(doc, acc)` processes one document; acc collects per-part seconds.
function timeTool(name, docs, work) {
  work(docs[0], {}); // warm-up: the first document, untimed
  let best = null, spent = 0;
  for (let pass = 0; pass < 3; pass++) {
    const acc = {};
    let bytes = 0, n = 0, found = 0;
    const t0 = now();
    let t = 0;
    for (const doc of docs) {
      found += work(doc, acc);
      bytes += bytesOf(doc); n++;
      t = secs(t0, now());
      if (t > args.budget) break;
    }
    const run = { docs: n, total: docs.length, bytes, seconds: t, parts: acc, found, partial: n < docs.length };
    if (!best || run.bytes / run.seconds > best.bytes / best.seconds) best = run;
    spent += t;
    if (run.partial || spent + t > args.budget) break;
  }
  log(`${name}: ${best.docs}/${best.total} docs in ${best.seconds.toFixed(2)} s${best.partial ? ' (stopped at the budget)' : ''}`);
  return best;
}

function timed(acc, part, fn) {
  const t0 = now();
  const r = fn();
  acc[part] = (acc[part] || 0) + secs(t0, now());
  return r.length;
}

// ---------------------------------------------------------------- main
const out = {
  versions: { node: process.version, 'chrono-node': version('chrono-node'),
    '@microsoft/recognizers-text-suite': version('@microsoft/recognizers-text-suite'),
    'recognizers-text-number': partVersion('recognizers-text-number'),
    'recognizers-text-date-time': partVersion('recognizers-text-date-time') },
  dev: {}, perf: {},
};

for (const file of args.dev) {
  for (const doc of readJsonl(file)) {
    log(`peers on dev document ${doc.id}`);
    out.dev[doc.id] = {
      chrono: chronoDates(doc, runChrono(doc)),
      rec_number: recNumbers(doc, runNumber(doc)),
      rec_datetime: recDates(doc, runDateTime(doc)),
    };
  }
}

for (const spec of args.corpus) {
  const eq = spec.indexOf('=');
  const name = spec.slice(0, eq), file = spec.slice(eq + 1);
  const docs = readJsonl(file);
  if (!docs.length) throw new Error(`${file}: no documents`);
  log(`peers on ${name} (${docs.length} docs, budget ${args.budget} s per tool)`);
  out.perf[name] = {
    chrono: timeTool(`chrono-node on ${name}`, docs, (doc, acc) => timed(acc, 'chrono', () => runChrono(doc))),
    rec: timeTool(`recognizers-text on ${name}`, docs, (doc, acc) =>
      timed(acc, 'number', () => runNumber(doc)) + timed(acc, 'datetime', () => runDateTime(doc))),
    // recognizeNumber on its own: in the run above recognizeDateTime takes
    // the budget after a few documents, too few to time numbers on
    rec_number: timeTool(`recognizeNumber on ${name}`, docs, (doc, acc) => timed(acc, 'number', () => runNumber(doc))),
  };
}

process.stdout.write(JSON.stringify(out) + '\n');

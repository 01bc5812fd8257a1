#!/usr/bin/env node
// Peer for bench/analyze.py: what a user might pick instead of Dossier.
//
// For every *.txt file under the given files/folders (sorted, recursive):
// read it, extract people / organizations / places with compromise and
// dates with chrono-node, and print one JSON line per article -- the same
// shape of work as `dossier-cli analyze --jsonl`.
//
// Usage: node analyze.js PATH...
'use strict';

const fs = require('fs');
const path = require('path');
const nlp = require('compromise');
const chrono = require('chrono-node');

// Reference date for relative expressions ("on Thursday"): the article's
// ` date YYYY-MM-DD ` marker when it has one, else a fixed date so runs are
// reproducible.
const DEFAULT_REF = new Date(Date.UTC(2024, 9, 17, 12));
const DATE_MARKER = /^\s*date (\d{4})-(\d{2})-(\d{2})\b/;

function listFiles(p, out) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name.startsWith('.')) continue;
      const child = path.join(p, name);
      const cst = fs.statSync(child);
      if (cst.isDirectory() || name.endsWith('.txt')) listFiles(child, out);
    }
  } else {
    out.push(p);
  }
}

function refDateFor(text) {
  const m = DATE_MARKER.exec(text.slice(0, 64));
  if (!m) return DEFAULT_REF;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  return isNaN(d.getTime()) ? DEFAULT_REF : d;
}

function analyze(file) {
  const text = fs.readFileSync(file, 'utf8');
  const doc = nlp(text);
  const ref = refDateFor(text);
  const dates = chrono.parse(text, ref).map((r) => ({
    text: r.text,
    offset: r.index,
    start: r.start ? r.start.date().toISOString() : null,
    end: r.end ? r.end.date().toISOString() : null,
  }));
  return {
    path: file,
    bytes: Buffer.byteLength(text, 'utf8'),
    people: doc.people().out('array'),
    organizations: doc.organizations().out('array'),
    places: doc.places().out('array'),
    dates,
  };
}

function main(argv) {
  if (argv.length === 0) {
    process.stderr.write('usage: node analyze.js PATH...\n');
    return 2;
  }
  const files = [];
  for (const p of argv) listFiles(p, files);

  // Buffer output and write it in large chunks: per-line synchronous writes
  // would charge the peer for I/O rather than analysis.
  let buf = [];
  let bufLen = 0;
  const flush = () => {
    if (buf.length) fs.writeSync(1, buf.join(''));
    buf = [];
    bufLen = 0;
  };
  for (const f of files) {
    const line = JSON.stringify(analyze(f)) + '\n';
    buf.push(line);
    bufLen += line.length;
    if (bufLen > 1 << 20) flush();
  }
  flush();
  return 0;
}

process.exitCode = main(process.argv.slice(2));

// schema.mjs - the independent check of tests/schema.sh: ajv (JSON Schema 2020-12, with
// ajv-formats) and @asyncapi/parser, installed by schema.sh into build/node, judge the documents
// gwcat --schema made and the frames the codec judged (tests/schema_frames.c, tests/schema_tap.c).
// usage: node tests/schema.mjs NODE_MODULES_PARENT DOCS_DIR FRAMES.jsonl ENCODES.jsonl
// Prints per protocol what it checked, each disagreement (frame, kind, ajv's error path), and a
// last line "schema: N passed, N failed" (one case per protocol and check).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const [nodeDir, docsDir, framesFile, encodesFile] = process.argv.slice(2);
const require = createRequire(path.resolve(nodeDir, 'package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const { Parser, fromFile } = require('@asyncapi/parser');

const protos = { sm: 'shardmaster', i386: 'i386chat', ms: 'microservice', ng: 'nightingale', dmod: 'dmod' };
let passed = 0, failed = 0;
const MAX_SHOWN = 15;
function verdict(ok, what) {
  if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); }
}

const ajv = new Ajv2020({ allErrors: false, strict: true }); // strict: an unknown keyword is an error
addFormats(ajv);
const validators = {};
for (const [p, name] of Object.entries(protos)) {
  const file = path.join(docsDir, `${name}.schema.json`);
  let ok = true;
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    ajv.addSchema(doc);
    const get = (ref) => ajv.getSchema(`${doc.$id}${ref}`);
    validators[p] = { client: get('#/$defs/client'), server: get('#/$defs/server'), either: get('') };
    // each kind's forms, to explain a refusal by the form the frame came closest to
    validators[p].forms = {};
    for (const def of Object.keys(doc.$defs)) {
      const kind = def.split('.')[0];
      if (def.includes('.')) (validators[p].forms[kind] ||= []).push([def, get(`#/$defs/${def}`)]);
    }
    if (!validators[p].client || !validators[p].server || !validators[p].either) throw new Error('no $defs/client or $defs/server');
  } catch (e) { ok = false; console.log(`${name}: JSON Schema: ${e.message}`); }
  let errors = [];
  try {
    const parser = new Parser();
    const file2 = path.join(docsDir, `${name}.asyncapi.json`);
    const { diagnostics } = await fromFile(parser, file2).parse();
    errors = diagnostics.filter((d) => d.severity === 0);
    for (const d of errors.slice(0, MAX_SHOWN)) console.log(`${name}: AsyncAPI: ${d.code}: ${d.message} at /${d.path.join('/')}`);
  } catch (e) { errors = [e]; console.log(`${name}: AsyncAPI: ${e.message}`); }
  verdict(ok && errors.length === 0, `${name}: documents`);
  console.log(`${name}: documents: JSON Schema ${ok ? 'compiles' : 'does not compile'}, AsyncAPI ${errors.length} error(s)`);
}

// one tally per protocol and set
const tally = {};
for (const p of Object.keys(protos)) {
  tally[p] = { vector: { ok: 0, n: 0 }, accept: { ok: 0, n: 0 }, refuse: { caught: 0, n: 0, reach: 0, out: {} , bad: 0 }, encode: { ok: 0, n: 0, seed: 0, original: 0 }, shown: 0 };
}
// ajv's error for the frame's own kind: of its forms, the one whose error sits deepest in the frame
function explain(p, kind, value) {
  let best = null, bestDef = '';
  for (const [def, v] of validators[p].forms[kind] || []) {
    if (v(value)) return `valid as ${def}, not as one message of its sender (another kind matches too)`;
    const e = v.errors[0];
    if (!best || e.instancePath.length > best.instancePath.length) { best = e; bestDef = def; }
  }
  return best ? `${best.instancePath || '(root)'}: ${best.message} (#/$defs/${bestDef}${best.schemaPath.slice(1)})` : `no kind ${kind} in the schema`;
}
function show(p, what) {
  if (tally[p].shown++ < MAX_SHOWN) console.log(what);
}
async function lines(file, fn) {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) if (line) fn(JSON.parse(line));
}

await lines(framesFile, (f) => {
  const v = validators[f.proto]?.[f.from];
  if (!v) return;
  const valid = v(JSON.parse(f.json));
  const t = tally[f.proto];
  if (f.set === 'accept') {
    t.accept.n++;
    if (f.origin === 'vector') t.vector.n++;
    if (valid) { t.accept.ok++; if (f.origin === 'vector') t.vector.ok++; }
    else show(f.proto, `${protos[f.proto]}: accepted by the codec, refused by the schema: ${f.src} (${f.kind}, from the ${f.from}): ${explain(f.proto, f.kind, JSON.parse(f.json))}\n  ${f.json.slice(0, 300)}`);
  } else {
    t.refuse.n++;
    if (!valid) t.refuse.caught++;
    else if (f.rule) t.refuse.out[f.rule] = (t.refuse.out[f.rule] || 0) + 1;
    else {
      t.refuse.bad++;
      show(f.proto, `${protos[f.proto]}: refused by the codec (${f.code} at '${f.path}'), accepted by the schema: ${f.src} (${f.kind}, from the ${f.from})\n  ${f.json.slice(0, 300)}`);
    }
  }
});
await lines(encodesFile, (f) => {
  const v = validators[f.proto]?.[f.from];
  if (!v) return;
  const t = tally[f.proto].encode;
  t.n++;
  t[f.wire]++;
  if (v(JSON.parse(f.json))) t.ok++;
  else show(f.proto, `${protos[f.proto]}: encoded by the codec (${f.wire} wire), refused by the schema: ${f.kind} (from the ${f.from}): ${explain(f.proto, f.kind, JSON.parse(f.json))}\n  ${f.json.slice(0, 300)}`);
});

const MIN_ENCODES = 10000;
for (const [p, name] of Object.entries(protos)) {
  const t = tally[p];
  const out = Object.entries(t.refuse.out).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  console.log(`${name}: accepted vectors validated (as given and re-encoded in both wires): ${t.vector.ok}/${t.vector.n}`);
  console.log(`${name}: accepted frames validated (the vectors and every accepted mutation, edit, other side, padding): ${t.accept.ok}/${t.accept.n}`);
  console.log(`${name}: refused frames caught: ${t.refuse.caught}/${t.refuse.n} (out of JSON Schema's reach: ${out}; missed: ${t.refuse.bad})`);
  console.log(`${name}: encodes validated: ${t.encode.ok}/${t.encode.n} (seed wire ${t.encode.seed}, original wire ${t.encode.original})`);
  verdict(t.accept.n > 0 && t.accept.ok === t.accept.n, `${name}: accepted frames`);
  verdict(t.refuse.n > 0 && t.refuse.bad === 0, `${name}: refused frames`);
  verdict(t.encode.ok === t.encode.n && t.encode.seed >= MIN_ENCODES && t.encode.original >= MIN_ENCODES, `${name}: encodes (at least ${MIN_ENCODES} per wire)`);
}
console.log(`schema: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

// extract-faker.mjs pulls the person-name, company and word lists out of an
// unpacked @faker-js/faker package and writes them as plain text, one item a
// line. Only data is taken, never faker's code.
//
// Usage: node extract-faker.mjs FAKER_PACKAGE_DIR TRAIN_DIR CORPUS_DIR
//
// Every first or last name is assigned by a hash of its text either to the
// model's training data (TRAIN_DIR/names/LOCALE.txt) or to the labeled
// corpus's sources (CORPUS_DIR/names/LOCALE.tsv), never both, so the corpus
// measures the gibberish model on names it was not trained on.
import { pathToFileURL } from "node:url";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [fakerDir, trainDir, corpusDir] = process.argv.slice(2);
if (!fakerDir || !trainDir || !corpusDir) {
  console.error("usage: node extract-faker.mjs FAKER_PACKAGE_DIR TRAIN_DIR CORPUS_DIR");
  process.exit(2);
}
const m = await import(pathToFileURL(join(fakerDir, "dist", "index.js")).href);
const skip = new Set(["base", "en_BORK", "de_AT", "en_AU_ocker"]);

// fnv1a 32-bit over UTF-8 bytes; the Go side never needs to repeat it.
function fnv(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, "utf8")) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const flat = (v) => (v == null ? [] : Array.isArray(v) ? v.flat(Infinity) : Object.values(v).flatMap(flat));
const clean = (xs) => [...new Set(xs.filter((x) => typeof x === "string" && x.trim() && !x.includes("{{")).map((x) => x.trim().normalize("NFC")))].sort();

mkdirSync(join(trainDir, "names"), { recursive: true });
mkdirSync(join(trainDir, "words"), { recursive: true });
mkdirSync(join(corpusDir, "names"), { recursive: true });
const summary = [];
for (const [loc, def] of Object.entries(m.allLocales).sort()) {
  if (skip.has(loc)) continue;
  const p = def.person || {};
  const firsts = clean(flat(p.first_name));
  const lasts = clean(flat(p.last_name));
  const train = [];
  const corpus = [];
  for (const [kind, xs] of [["first", firsts], ["last", lasts]]) {
    for (const x of xs) {
      if (fnv(x) % 5 === 0) corpus.push(`${kind}\t${x}`);
      else train.push(x);
    }
  }
  const c = def.company || {};
  const legal = clean(flat(c.legal_entity_type));
  const words = clean([
    ...legal,
    ...flat(c.adjective), ...flat(c.noun), ...flat(c.descriptor),
    ...flat(c.buzz_adjective), ...flat(c.buzz_noun), ...flat(c.buzz_verb), ...flat(c.category),
    ...flat(def.word), ...(p.job_title ? flat(p.job_title) : []),
    ...flat(p.job_area), ...flat(p.job_descriptor), ...flat(p.job_type),
  ]);
  for (const x of legal) corpus.push(`legal\t${x}`);
  for (const x of words) if (fnv(x) % 5 === 0 && !legal.includes(x)) corpus.push(`word\t${x}`);
  if (train.length) writeFileSync(join(trainDir, "names", `${loc}.txt`), train.join("\n") + "\n");
  if (words.length) writeFileSync(join(trainDir, "words", `${loc}.txt`), words.join("\n") + "\n");
  if (corpus.length) writeFileSync(join(corpusDir, "names", `${loc}.tsv`), corpus.join("\n") + "\n");
  summary.push(`${loc}\t${train.length}\t${words.length}\t${corpus.length}`);
}
console.log("locale\ttrain_names\twords\tcorpus_items");
console.log(summary.join("\n"));

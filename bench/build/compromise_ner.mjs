// The baseline for bench/build/run.sh: compromise's NER-like pass (people, places,
// organizations) over every *.txt below the given paths, in sorted order, in one process.
// Prints "documents words entities seconds" (words: whitespace-separated, as `wc -w`;
// seconds: the pass alone, without node start-up and module loading).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.txt')) {
    out.push(path);
  }
}

const files = [];
for (const arg of process.argv.slice(2)) collect(arg, files);
let words = 0;
let entities = 0;
const start = process.hrtime.bigint();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const match = text.match(/\S+/g);
  words += match ? match.length : 0;
  const doc = nlp(text);
  entities += doc.people().length + doc.places().length + doc.organizations().length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${files.length} ${words} ${entities} ${seconds.toFixed(3)}`);

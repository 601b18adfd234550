// Validates data/ and writes generated/index.json (detection index for the content script) and
// generated/details.json (records for cards, popup and entity pages).
//   tsx scripts/build-data.ts           validate + write
//   tsx scripts/build-data.ts --check   validate only (CI)
//   tsx scripts/build-data.ts --stats   validate + print counts as one JSON object
//   --data DIR                          another data folder (tests use tests/fixtures/data)
//   --out DIR                           write somewhere else than generated/
// Nothing is written unless all data is valid, and each file is replaced atomically.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData, compile, synthActors } from './lib/compile';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const dataArg = argv.indexOf('--data');
const dataDir = dataArg >= 0 ? path.resolve(argv[dataArg + 1]) : path.join(root, 'data');

const loaded = loadData(dataDir);
if (!loaded.ok) {
  console.error(`data: ${loaded.errors.length} error(s)`);
  for (const e of loaded.errors.slice(0, 200)) console.error(`  ${e}`);
  process.exit(1);
}
// --synth N: add N made-up actors (benchmarks of how cost grows with the number of aliases).
const synthArg = argv.indexOf('--synth');
if (synthArg >= 0) loaded.value.actors.push(...synthActors(Number(argv[synthArg + 1])));
const out = compile(loaded.value);
if (out.errors.length) {
  console.error(`data: ${out.errors.length} error(s)`);
  for (const e of out.errors.slice(0, 200)) console.error(`  ${e}`);
  process.exit(1);
}
if (args.has('--stats')) {
  console.log(JSON.stringify(out.stats));
} else if (args.has('--check')) {
  console.error(`data: ok (${JSON.stringify(out.stats)})`);
} else {
  const outArg = argv.indexOf('--out');
  const dir = outArg >= 0 ? path.resolve(argv[outArg + 1]) : path.join(root, 'generated');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, value] of [['index.json', out.index], ['details.json', out.details]] as const) {
    const tmp = path.join(dir, `.${name}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(value));
    fs.renameSync(tmp, path.join(dir, name));
  }
  // The content script's copy: the hash table eagerly, the rest as a string parsed on first use.
  const { table, ...rest } = out.index;
  const js = `export const TABLE = ${JSON.stringify(table)};\nexport const REST = ${JSON.stringify(JSON.stringify(rest))};\n`;
  fs.writeFileSync(path.join(dir, '.content-index.js.tmp'), js);
  fs.renameSync(path.join(dir, '.content-index.js.tmp'), path.join(dir, 'content-index.js'));
  console.error(`data: wrote generated/ (${JSON.stringify(out.stats)})`);
}

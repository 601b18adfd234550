// Validates data/ and writes generated/index.json (detection index for the content script) and
// generated/details.json (records for cards, popup and entity pages).
//   tsx scripts/build-data.ts           validate + write
//   tsx scripts/build-data.ts --check   validate only (CI)
//   tsx scripts/build-data.ts --stats   validate + print counts as one JSON object
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData, compile } from './lib/compile';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));

const loaded = loadData(path.join(root, 'data'));
if (!loaded.ok) {
  console.error(`data: ${loaded.errors.length} error(s)`);
  for (const e of loaded.errors.slice(0, 200)) console.error(`  ${e}`);
  process.exit(1);
}
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
  const dir = path.join(root, 'generated');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, value] of [['index.json', out.index], ['details.json', out.details]] as const) {
    const tmp = path.join(dir, `.${name}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(value));
    fs.renameSync(tmp, path.join(dir, name));
  }
  console.error(`data: wrote generated/ (${JSON.stringify(out.stats)})`);
}

// npm run build:bench: the extra builds `npm run bench` compares against: the same extension with
// twice and four times the aliases (made-up actors added at data-build time). Restores the normal
// generated data afterwards.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const index = JSON.parse(fs.readFileSync('generated/index.json', 'utf8'));
const n = index.aliases.length;
const run = (cmd, env = {}) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } });
try {
  for (const k of [2, 4]) {
    // each made-up actor brings about 2.8 aliases (name, Hangul, some family-name variants)
    run(`npx tsx scripts/build-data.ts --synth ${Math.round(((k - 1) * n) / 2.8)}`);
    run('npx wxt build', { DRAMALENS_OUT_DIR: `.output/bench-aliases-${k}x-out` });
    fs.rmSync(`.output/bench-aliases-${k}x`, { recursive: true, force: true });
    fs.renameSync(`.output/bench-aliases-${k}x-out/chrome-mv3`, `.output/bench-aliases-${k}x`);
    fs.rmSync(`.output/bench-aliases-${k}x-out`, { recursive: true, force: true });
  }
} finally {
  run('npx tsx scripts/build-data.ts');
}

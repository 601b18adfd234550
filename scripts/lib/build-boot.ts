// Builds the boot content script (dom/boot-main.ts) on its own, as one plain IIFE, and hands it to
// WXT as a generated public file (wxt.config.ts, hook build:publicAssets). As a WXT unlisted script
// it carried WXT's wrapper (defineUnlistedScript, a logger object, two arrow functions called
// once): about 0.25 ms of the tiny-page tax on every page (median of paired runs,
// scripts/tax-ab.mjs), for nothing this script uses.
import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The boot script carries the 87 kB hash table on every page, so how V8 reads it matters
 * (measured in the tiny-page tax with the tracing perf.mjs uses):
 * - the minifier writes every string as a template literal, which V8 scans about twice as slowly as
 *   a plain string (it keeps the raw text too): 1.1 ms;
 * - the minifier also moves the string into the function that uses it, and V8 then scans it twice,
 *   once when it pre-parses that function and again when it compiles it on the call;
 * - even a plain string literal is copied and hashed by the parser: about 0.4 ms of the script's
 *   compile. In Chromium the table is therefore written as a comment inside a function, which the
 *   parser only skips (about 0.1 ms), and read back from the function's source text at load.
 *   Firefox gets a plain string literal: its content scripts' sources need not be kept.
 * Base64 holds no quote, backslash, `${` or `*\/`.
 */
export function tableLiteral(browser: string): Plugin {
  return {
    name: 'dramalens:table-literal',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        let n = 0;
        const hoisted: string[] = [];
        chunk.code = chunk.code.replace(/[`"]([A-Za-z0-9+/=]{1024,})[`"]/g, (_m, b64: string) => {
          const name = `__dramalensTable${n++}`;
          hoisted.push(
            browser === 'firefox'
              ? `var ${name}="${b64}";\n`
              : `function ${name}Source(){/*${b64}*/}\n` +
                  `var ${name}=${name}Source.toString();${name}=${name}.slice(${name}.indexOf("/*")+2,${name}.lastIndexOf("*/"));\n`,
          );
          return name;
        });
        if (hoisted.length) chunk.code = hoisted.join('') + chunk.code;
      }
    },
  };
}

/** The boot script's code for `browser` (minified unless DRAMALENS_NO_MINIFY is set). */
export async function buildBoot(browser: string): Promise<string> {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    define: { 'import.meta.env.FIREFOX': JSON.stringify(browser === 'firefox') },
    plugins: [tableLiteral(browser)],
    build: {
      write: false,
      target: 'es2022',
      minify: !process.env.DRAMALENS_NO_MINIFY,
      lib: { entry: path.join(ROOT, 'dom/boot-main.ts'), formats: ['iife'], name: 'dramalensBoot', fileName: () => 'boot.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`build-boot: expected one chunk, got ${chunks.length}`);
  return chunks[0].code;
}

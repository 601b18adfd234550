import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * The boot content script carries the 87 kB hash table on every page, so how V8 reads it matters
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
function plainTableLiteral(browser: string): Plugin {
  return {
    name: 'dramalens:plain-table-literal',
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

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // benchmarks build variants elsewhere (scripts/build-bench.mjs)
  outDir: process.env.DRAMALENS_OUT_DIR ?? '.output',
  vite: (env) => ({
    plugins: [preact(), plainTableLiteral(env.browser)],
    json: { stringify: true },
    build: { target: 'es2022', chunkSizeWarningLimit: 4000, minify: !process.env.DRAMALENS_NO_MINIFY },
  }),
  manifest: ({ browser }) => ({
    name: 'Dramalens',
    description: 'Spots K-drama actors and titles on any page and shows who they are on hover. All data bundled; no network.',
    // scripting + host permissions: the card UI is injected on the first hover in a frame (the
    // content script already runs on every http(s) page, so no new access is asked for).
    permissions: ['storage', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'dramalens@example.org', strict_min_version: '128.0' } } }
      : { minimum_chrome_version: '128' }),
    // The boot script is an unlisted WXT script (entrypoints/boot.ts), declared here so that it
    // loads without WXT's content-script wrapper; the ::highlight() styles apply before first render.
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', css: ['highlight.css'], js: ['boot.js'] },
    ],
    commands: {
      'open-card': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Show the card for the name at the selection' },
    },
  }),
});

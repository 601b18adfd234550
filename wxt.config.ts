import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * The minifier writes every string as a template literal. V8 scans a long template literal about
 * twice as slowly as a plain string (it keeps the raw text too), and the boot content script
 * carries the 87 kB hash table as one string on every page: measured, 1.1 ms of the tiny-page tax.
 * Base64 holds no quote, backslash or `${`, so the literal is written back as a plain string.
 */
function plainTableLiteral(): Plugin {
  return {
    name: 'dramalens:plain-table-literal',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/`([A-Za-z0-9+/=]{1024,})`/g, '"$1"');
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
  vite: () => ({
    plugins: [preact(), plainTableLiteral()],
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

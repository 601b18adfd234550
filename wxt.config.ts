import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildBoot } from './scripts/lib/build-boot';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // benchmarks build variants elsewhere (scripts/build-bench.mjs)
  outDir: process.env.DRAMALENS_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
    json: { stringify: true },
    build: { target: 'es2022', chunkSizeWarningLimit: 4000, minify: !process.env.DRAMALENS_NO_MINIFY },
  }),
  hooks: {
    // the boot content script is built on its own, as one plain script (scripts/lib/build-boot.ts)
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: 'boot.js', contents: await buildBoot(wxt.config.browser) });
    },
  },
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
    // The boot script (dom/boot-main.ts) is built apart from WXT's entrypoints and declared here,
    // so that it loads without WXT's wrappers; the ::highlight() styles apply before first render.
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', css: ['highlight.css'], js: ['boot.js'] },
    ],
    commands: {
      'open-card': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Show the card for the name at the selection' },
    },
  }),
});

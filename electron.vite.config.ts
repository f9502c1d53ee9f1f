import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { rendererCsp } from './scripts/renderer-csp';

// Libraries are devDependencies so they are bundled into out/ and the asar needs no node_modules.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      // The worker that reads opened files is its own entry: main starts it by path (electron/open-off-thread.ts).
      rollupOptions: {
        input: { main: resolve(__dirname, 'electron/main.ts'), 'open-worker': resolve(__dirname, 'electron/open-worker.ts') },
        external: ['electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        external: ['electron'],
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].js', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), rendererCsp()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified it parses faster and stays well under 250 kB gzipped.
      // SIM_NO_MINIFY=1 keeps names readable for a CPU profile (tests/bench/trace-typing.ts).
      minify: !process.env.SIM_NO_MINIFY,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

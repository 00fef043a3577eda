/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * The Go binary embeds frontend/dist, so the folder must exist (with a
 * tracked placeholder) even before the first build. Vite empties the folder
 * on every build; put the placeholder back afterwards.
 */
function keepDistPlaceholder(): Plugin {
  return {
    name: 'shopdesk-keep-dist',
    apply: 'build',
    closeBundle() {
      mkdirSync(dist, { recursive: true });
      writeFileSync(
        resolve(dist, '.keep'),
        'placeholder so go:embed finds the folder before the first frontend build\n',
      );
    },
  };
}

/**
 * The page's HTML asks for the Latin part of the Inter font (the one every
 * screen uses) at once, alongside the script: otherwise it is asked for by
 * the first layout, or by start-up's wait for it (boot.ts), which then
 * waits about 20 ms longer.
 */
function preloadFont(): Plugin {
  return {
    name: 'shopdesk-preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const font = Object.keys(ctx.bundle ?? {}).find((f) => /\/inter-latin-wght-normal-[^/]*\.woff2$/.test(f));
        if (!font) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${font}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * Two chunks: what main.ts imports (the inbox and the shell), and every
 * screen and dialog it loads with import(). Each file is one more request
 * to the app's asset server before the first frame, so the start-up code
 * is not split into the small shared chunks Rollup would make.
 */
function twoChunks(): Rollup.GetManualChunk {
  let atStart: Set<string> | undefined;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!atStart) {
      atStart = new Set();
      const entries = [...getModuleIds()].filter((m) => getModuleInfo(m)?.isEntry);
      for (let todo = entries; todo.length; ) {
        const next: string[] = [];
        for (const m of todo) {
          if (atStart.has(m)) continue;
          atStart.add(m);
          next.push(...(getModuleInfo(m)?.importedIds ?? []));
        }
        todo = next;
      }
    }
    return atStart.has(id) ? 'index' : 'screens';
  };
}

export default defineConfig({
  plugins: [svelte(), keepDistPlaceholder(), preloadFont()],
  base: './',
  build: {
    outDir: dist,
    emptyOutDir: true,
    target: 'es2022',
    // A desktop app loads from disk: big chunks are fine.
    chunkSizeWarningLimit: 1000,
    rollupOptions: { output: { manualChunks: twoChunks() } },
  },
  server: { port: 5173, strictPort: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});

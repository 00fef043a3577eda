/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [svelte(), keepDistPlaceholder()],
  base: './',
  build: {
    outDir: dist,
    emptyOutDir: true,
    target: 'es2022',
    // A desktop app loads from disk: one chunk is fine.
    chunkSizeWarningLimit: 1000,
  },
  server: { port: 5173, strictPort: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});

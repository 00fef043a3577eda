// Checks src/lib/types.ts and src/lib/api.ts against the bindings Wails
// generates from the Go API (frontend/wailsjs). Those are made at build time
// and not committed, so without them this says so and passes.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../wailsjs/go/models.ts', import.meta.url))) {
  console.log('bindings check skipped: frontend/wailsjs is not generated yet');
  process.exit(0);
}
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.bindings.json'], { cwd: root, stdio: 'inherit' });
if (r.status === 0) console.log('bindings check: the frontend matches the Go API');
process.exit(r.status ?? 1);

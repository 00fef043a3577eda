// Harness for the end-to-end tests: it builds the real Shopdesk binary,
// starts it under a virtual X server and hands the tests a way to reach it.
//
// Two ways to run the app:
//
//   startApp()  the dev build (-tags dev). Wails serves the page and its IPC
//               on 127.0.0.1:<port>; headless Chromium (playwright-core)
//               loads it and calls the real Go backend through window.go.
//   startProd() the production binary, exactly as shipped, in its own Xvfb.
//               It opens no port: tests read its output and take
//               screenshots of the X screen with ImageMagick's import.
//
// Waiting is always on a condition (a port accepts, a binding exists, a
// line is printed, the screen shows something), never a fixed sleep.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const artifactsDir = path.join(repoRoot, 'artifacts');
export const screenshotsDir = path.join(artifactsDir, 'screenshots');
const distDir = path.join(repoRoot, 'frontend', 'dist');

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const screen = '1280x800x24';

// Everything started here is stopped when the test process ends, even
// when a test fails half-way.
// The dev apps run in their own process group, so Ctrl+C must be passed on.
const cleanups = new Set();
function cleanUp() {
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      // best effort on the way out
    }
  }
  cleanups.clear();
}
process.on('exit', cleanUp);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    cleanUp();
    process.kill(process.pid, sig);
  });
}

/** A new folder under the system temp dir, removed when the process exits. */
export function tempDir(prefix = 'shopdesk-e2e-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.add(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** sha256 of a file, to prove a test left it byte-for-byte unchanged. */
export function fileHash(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function goBuild(tags, out, extra = []) {
  const started = Date.now();
  const r = spawnSync('go', ['build', '-tags', tags, ...extra, '-o', out, '.'], {
    cwd: repoRoot,
    env: { ...process.env, CGO_ENABLED: '1' },
    encoding: 'utf8',
  });
  if (r.error) throw new Error(`go build -tags ${tags}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`go build -tags ${tags} failed:\n${r.stdout}${r.stderr}`);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`# built ${path.basename(out)} (-tags ${tags}) in ${secs}s\n`);
  return out;
}

let devBin;
/**
 * The dev binary, built once per test process into a temp dir (Go's build
 * cache makes the later builds of a run take a second or two).
 * $SHOPDESK_DEV_BIN names a ready-made one instead.
 */
export function buildDev() {
  if (process.env.SHOPDESK_DEV_BIN) return process.env.SHOPDESK_DEV_BIN;
  devBin ??= goBuild('dev,webkit2_41', path.join(tempDir('shopdesk-bin-'), 'shopdesk-dev'));
  return devBin;
}

let prodBin;
/**
 * The production binary with frontend/dist embedded, built once per test
 * process. The frontend must be built first (make build does it).
 * $SHOPDESK_PROD_BIN names a ready-made one instead.
 */
export function buildProd() {
  if (process.env.SHOPDESK_PROD_BIN) return process.env.SHOPDESK_PROD_BIN;
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: build the frontend first (make build)');
  }
  prodBin ??= goBuild('desktop,production,webkit2_41', path.join(tempDir('shopdesk-bin-'), 'shopdesk'), [
    '-ldflags',
    '-w -s',
  ]);
  return prodBin;
}

/** A TCP port on 127.0.0.1 that nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Polls check() until it returns something truthy, the deadline passes, or
 * failed() returns a reason to give up early (say, the process exited).
 */
export async function waitFor(what, check, { timeoutMs = 30_000, intervalMs = 50, failed = () => null } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(`gave up waiting for ${what}: ${reason}`);
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function portAccepts(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Collects a child's stdout and stderr, line by line, with a time stamp. */
function collectOutput(child, t0) {
  const lines = [];
  const take = (stream, name) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      rest += chunk;
      const parts = rest.split('\n');
      rest = parts.pop();
      for (const text of parts) lines.push({ ms: Date.now() - t0, stream: name, text });
    });
    stream.on('end', () => {
      if (rest) lines.push({ ms: Date.now() - t0, stream: name, text: rest });
    });
  };
  take(child.stdout, 'out');
  take(child.stderr, 'err');
  return {
    lines,
    text: () => lines.map((l) => `[${(l.ms / 1000).toFixed(2)}s ${l.stream}] ${l.text}`).join('\n'),
  };
}

/** The environment for a Shopdesk process: its own XDG folders, so WebKit's caches never touch the user's. */
function isolatedEnv(home, extra) {
  return {
    ...process.env,
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    NO_AT_BRIDGE: '1',
    ...extra,
  };
}

function exitPromise(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
    } else {
      child.once('exit', (code, signal) => resolve({ code, signal }));
    }
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the dev binary under xvfb-run with Wails' dev server on a free
 * port, opens the page in headless Chromium and waits until the page has
 * the Go bindings (window.go.app.Session).
 *
 * dataPath: the data file (default: a new file in a temp folder).
 * args: more command-line arguments (say ['--allow-crash-test']).
 * env: more environment variables.
 *
 * Returns { page, browser, url, proc, pid, dataPath, pageErrors, logs(), alive(), stop() }:
 * proc is the xvfb-run process, pid the app's own process id; stop() closes
 * the browser, sends SIGTERM to the app and resolves to { code, signal } of
 * the app (as xvfb-run passes it on).
 */
export async function startApp({ dataPath, args = [], env = {}, timeoutMs = 60_000 } = {}) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: build the frontend first (make frontend)');
  }
  const bin = buildDev();
  const home = tempDir();
  dataPath ??= path.join(home, 'shopdesk.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  // The inner sh tells us the app's pid on fd 3, then becomes the app.
  const proc = spawn(
    'xvfb-run',
    [
      '-a',
      '-n',
      String(100 + Math.floor(Math.random() * 400)),
      '-f',
      path.join(home, 'Xauthority'),
      '-s',
      `-screen 0 ${screen}`,
      'sh',
      '-c',
      'echo $$ >&3; exec 3>&-; exec "$0" "$@"',
      bin,
      '--data',
      dataPath,
      ...args,
    ],
    {
      cwd: repoRoot,
      env: isolatedEnv(home, { devserver: `127.0.0.1:${port}`, assetdir: distDir, ...env }),
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const group = proc.pid;
  const killGroup = () => {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  cleanups.add(killGroup);
  const out = collectOutput(proc, t0);
  const exited = exitPromise(proc);
  let pid = 0;
  proc.stdio[3].setEncoding('utf8');
  proc.stdio[3].on('data', (s) => {
    pid ||= Number.parseInt(s, 10);
  });
  proc.stdio[3].on('error', () => {});

  const gone = () =>
    proc.exitCode !== null || proc.signalCode !== null
      ? `the app exited (code ${proc.exitCode}, signal ${proc.signalCode}):\n${out.text()}`
      : null;

  let browser;
  const fail = async (err) => {
    await browser?.close().catch(() => {});
    killGroup();
    throw new Error(`${err.message}\n--- app output ---\n${out.text()}`);
  };

  let page;
  const pageErrors = [];
  try {
    await waitFor(`the app's dev server on ${url}`, () => portAccepts(port), { timeoutMs, failed: gone });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => Boolean(window.go?.app?.Session?.State), null, { timeout: timeoutMs });
    await waitFor("the app's process id", () => pid, { timeoutMs: 5_000, failed: gone });
  } catch (err) {
    await fail(err);
  }

  let stopped;
  const stop = (signal = 'SIGTERM', { timeoutMs: stopMs = 15_000 } = {}) => {
    stopped ??= (async () => {
      await browser.close().catch(() => {});
      if (pid && alive(pid)) process.kill(pid, signal);
      const timer = setTimeout(killGroup, stopMs);
      const result = await exited;
      clearTimeout(timer);
      killGroup(); // Xvfb, if xvfb-run did not get to it
      cleanups.delete(killGroup);
      return result;
    })();
    return stopped;
  };

  return {
    page,
    browser,
    url,
    proc,
    pid,
    dataPath,
    exited,
    /** Uncaught errors in the page so far (messages). */
    pageErrors,
    logs: out.text,
    alive: () => alive(pid),
    stop,
  };
}

/** Saves a screenshot of the page to artifacts/screenshots/<name>.png and returns the path. */
export async function screenshot(page, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Starts a bare Xvfb on a display number it picks itself (-displayfd, so
 * two tests never race for one). Resolves to { display, stop() }.
 */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp', '-noreset'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const kill = () => {
      if (x.exitCode === null && x.signalCode === null) x.kill('SIGKILL');
    };
    cleanups.add(kill);
    let err = '';
    x.stderr.setEncoding('utf8');
    x.stderr.on('data', (s) => (err += s));
    let got = '';
    x.stdio[3].setEncoding('utf8');
    x.stdio[3].on('data', (s) => {
      got += s;
      if (got.includes('\n')) {
        const display = `:${got.trim()}`;
        resolve({
          display,
          stop: async () => {
            const done = exitPromise(x);
            x.kill('SIGTERM');
            await done;
            cleanups.delete(kill);
          },
        });
      }
    });
    x.on('error', (e) => reject(new Error(`start Xvfb: ${e.message}`)));
    x.on('exit', (code) => reject(new Error(`Xvfb exited (code ${code}) before it was ready:\n${err}`)));
  });
}

function grab(display, file) {
  const r = spawnSync('import', ['-display', display, '-window', 'root', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`import -window root on ${display}: ${r.stderr || r.error?.message}`);
  return file;
}

/** Takes a screenshot of a whole X display into artifacts/screenshots/<name>.png. */
export function screenshotDisplay(display, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  return grab(display, path.join(screenshotsDir, `${name}.png`));
}

/**
 * What ImageMagick sees in a picture: how many distinct colours (%k; a blank
 * screen has one or two) and a hash of its pixels (%#), to tell whether two
 * screenshots show the same thing.
 */
export function imageInfo(file) {
  const r = spawnSync('convert', [file, '-format', '%k %#', 'info:'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`convert ${file}: ${r.stderr || r.error?.message}`);
  const [colours, signature] = r.stdout.trim().split(' ');
  return { colours: Number.parseInt(colours, 10), signature };
}

/**
 * Starts the production binary on its own Xvfb. Resolves once the process
 * runs; use waitForScreen() or waitForLog() to wait for what you expect.
 *
 * Returns { proc, display, dataPath, logs(), waitForLog(re), waitForScreen(name),
 * screenshot(name), exited, stop(signal) }; stop() resolves to
 * { code, signal } and also stops the Xvfb.
 */
export async function startProd({ dataPath, args = [], env = {}, xvfb } = {}) {
  const bin = buildProd();
  const home = tempDir();
  dataPath ??= path.join(home, 'shopdesk.db');
  const x = xvfb ?? (await startXvfb());
  const t0 = Date.now();
  const proc = spawn(bin, ['--data', dataPath, ...args], {
    cwd: home,
    env: isolatedEnv(home, { DISPLAY: x.display, XAUTHORITY: undefined, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  };
  cleanups.add(kill);
  const out = collectOutput(proc, t0);
  const exited = exitPromise(proc);
  const gone = () =>
    proc.exitCode !== null || proc.signalCode !== null
      ? `the app exited (code ${proc.exitCode}, signal ${proc.signalCode}):\n${out.text()}`
      : null;

  const shot = (name) => screenshotDisplay(x.display, name);

  let stopped;
  return {
    proc,
    display: x.display,
    dataPath,
    exited,
    logs: out.text,
    /** Waits until a line of the app's output matches re; resolves to that line. */
    waitForLog: (re, { timeoutMs = 10_000 } = {}) =>
      waitFor(`output matching ${re}`, () => out.lines.find((l) => re.test(l.text))?.text, {
        timeoutMs,
        // the line may come just before the exit: look once more, then give up
        failed: () => (gone() && !out.lines.some((l) => re.test(l.text)) ? gone() : null),
      }),
    /**
     * Takes screenshots until the screen has settled on something that is
     * not blank: more than minColours colours (a window with text in it, not
     * a bare background), and a picture seen before in the last few shots
     * (not a splash half-way; a blinking text cursor alternates between two
     * pictures). Keeps the last one as artifacts/screenshots/<name>.png and
     * resolves to { file, colours }.
     */
    waitForScreen: async (name, { minColours = 16, timeoutMs = 30_000 } = {}) => {
      const raw = path.join(home, 'screen.miff'); // uncompressed: quick to take and read
      const seen = [];
      let last = { colours: 0 };
      await waitFor(
        `the window on ${x.display} to settle on more than ${minColours} colours`,
        () => {
          grab(x.display, raw);
          last = imageInfo(raw);
          const settled = last.colours > minColours && seen.includes(last.signature);
          seen.push(last.signature);
          seen.splice(0, seen.length - 4);
          return settled;
        },
        { timeoutMs, intervalMs: 100, failed: gone },
      ).catch((err) => {
        throw new Error(`${err.message} (last screenshot: ${last.colours} colours)\n--- app output ---\n${out.text()}`);
      });
      mkdirSync(screenshotsDir, { recursive: true });
      const file = path.join(screenshotsDir, `${name}.png`);
      const r = spawnSync('convert', [raw, file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`convert ${raw} ${file}: ${r.stderr || r.error?.message}`);
      return { file, colours: last.colours };
    },
    screenshot: shot,
    stop: (signal = 'SIGTERM', { timeoutMs = 15_000 } = {}) => {
      stopped ??= (async () => {
        if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
        const timer = setTimeout(kill, timeoutMs);
        const result = await exited;
        clearTimeout(timer);
        cleanups.delete(kill);
        if (!xvfb) await x.stop();
        return result;
      })();
      return stopped;
    },
  };
}

/**
 * choose picks a value in one of the app's own selects (a combobox button
 * with a listbox), the way a person does: open it, click the option.
 */
export async function choose(page, trigger, value) {
  await trigger.click();
  const id = await trigger.getAttribute('aria-controls');
  await page.locator(`[id="${id}"] [role="option"][data-value="${value}"]`).click();
}

/** setUpShop fills in the first-run form as an owner would and waits for the inbox. */
export async function setUpShop(page, owner) {
  await page.getByTestId('setup').waitFor();
  await page.getByLabel('Store name').fill(owner.store);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByLabel('Confirm password').fill(owner.password);
  await page.getByRole('button', { name: 'Open my help desk' }).click();
  await page.getByTestId('inbox').waitFor();
}

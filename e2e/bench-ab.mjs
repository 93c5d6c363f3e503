// A/B benchmark: two single files measured in one run, interleaved (A, B,
// then B, A, …) so that the machine's drift falls on both alike. For each:
// the new user's first rating control, the app running (its first render
// committed), the returning user's first control, and the median of the
// built-in checklists' rating clicks; at full speed and with the CPU
// throttled 4× (CDP Emulation.setCPUThrottlingRate: a slow office PC).
// Prints medians and B/A; asserts nothing.
//   node e2e/bench-ab.mjs --a BASE.html --b NEW.html [--rounds 9] [--out bench-ab.json]
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { calibration, clickAll, median, newPage } from './bench-support.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const FILES = { A: opt('--a'), B: opt('--b', 'dist/ziping.html') };
if (!FILES.A) throw new Error('usage: node e2e/bench-ab.mjs --a BASE.html --b NEW.html');
const ROUNDS = Number(opt('--rounds', 9));
if (!(ROUNDS >= 1)) throw new Error('--rounds takes a number of rounds, 1 or more');
const OUT = opt('--out', 'bench-ab.json');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FILE_URLS = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, pathToFileURL(resolve(f)).href]));

/** A page of `file` at CPU slowdown `rate`, seeded with `seed`; the page and a closer. */
async function open(browser, file, rate, seed) {
  const { context, page } = await newPage(browser, seed, rate);
  await page.goto(FILE_URLS[file]);
  return { context, page };
}

/** First control and the app running, in ms from navigation start. */
async function start(browser, file, rate, seed) {
  const { context, page } = await open(browser, file, rate, seed);
  await page.waitForFunction(() => window.__firstControl !== undefined
    && performance.getEntriesByName('ziping-rendered').length > 0, null, { timeout: 60000 });
  const r = await page.evaluate(() => ({
    first: window.__firstControl,
    running: performance.getEntriesByName('ziping-rendered')[0].startTime,
  }));
  await context.close();
  return r;
}

/** The storage of a returning user of `file`: one rating made. */
async function returning(browser, file) {
  const { context, page } = await open(browser, file, 1, null);
  await page.locator('#app [data-item-id] input[type=radio]').first().check();
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('ziping.v1.draft.')));
  const entries = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('ziping.v1.')).map((k) => [k, localStorage.getItem(k)]));
  await context.close();
  return entries;
}

/** The median click over both built-in checklists. */
async function clicks(browser, file, rate) {
  const { context, page } = await open(browser, file, rate, null);
  const allRendered = () => page.locator('#app .checklist[data-all-rendered]').waitFor({ state: 'attached', timeout: 60000 });
  await allRendered();
  let times = await clickAll(page);
  await page.getByRole('tab', { name: '四个模范' }).click();
  await allRendered();
  times = times.concat(await clickAll(page));
  await context.close();
  return median(times);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
try {
  const cal = await calibration(browser);
  const seeds = { A: await returning(browser, 'A'), B: await returning(browser, 'B') };
  const m = {};
  const put = (file, key, v) => { ((m[file] ??= {})[key] ??= []).push(v); };
  for (let r = 0; r < ROUNDS; r++) {
    for (const file of r % 2 ? ['B', 'A'] : ['A', 'B']) {
      for (const rate of [1, 4]) {
        const s = await start(browser, file, rate, null);
        put(file, `new user: first control, ${rate}×`, s.first);
        put(file, `new user: app running, ${rate}×`, s.running);
        const ret = await start(browser, file, rate, seeds[file]);
        put(file, `returning user: first control, ${rate}×`, ret.first);
        put(file, `one click (median of the built-in items), ${rate}×`, await clicks(browser, file, rate));
      }
    }
  }
  const rows = Object.keys(m.A).map((k) => {
    const a = median(m.A[k]);
    const b = median(m.B[k]);
    return { figure: k, a, b, ratio: b / a };
  });
  writeFileSync(OUT, JSON.stringify({ chromium: browser.version(), files: FILES, rounds: ROUNDS, calibration_loop_ms: cal, rows, all: m }, null, 2));
  console.log(`A/B benchmark — ${browser.version()}, file://, ${ROUNDS} rounds interleaved`);
  console.log(`A = ${FILES.A}\nB = ${FILES.B}`);
  console.log(`throttle check: a fixed loop took ${cal[1].toFixed(0)} ms at 1×, ${cal[4].toFixed(0)} ms at 4× (${(cal[4] / cal[1]).toFixed(1)}×)\n`);
  const w = Math.max(...rows.map((r) => r.figure.length));
  console.log(`${'figure (medians)'.padEnd(w)}  ${'A'.padStart(9)}  ${'B'.padStart(9)}  B/A`);
  for (const r of rows) {
    console.log(`${r.figure.padEnd(w)}  ${r.a.toFixed(2).padStart(6)} ms  ${r.b.toFixed(2).padStart(6)} ms  ${(100 * r.ratio).toFixed(1)} %`);
  }
  console.log(`\nwritten: ${OUT}`);
} finally {
  await browser.close();
}

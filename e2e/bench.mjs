// The benchmark: the release single file in headless Chromium from file://.
// Prints a table and writes bench-results.json. Asserts nothing about time.
// The start and the clicks are also measured on Chromium 86 (360 safe
// browser 13's engine, from scripts/setup.sh) in the same run, beside today's.
// The start also at 4× CPU throttling on both (a slow office PC), beside a
// calibration loop and the reference page (e2e/reference/vanilla.html: the
// first tab by hand, no framework), with ours ÷ the reference's first control.
// The 材料体检: natively (the bench_check example) and on the 1,000-item
// draft, typing in a 具体事例 and the debounced check to the next frame.
//   node e2e/bench.mjs [--runs 7] [--out bench-results.json]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUNDLE, FILE_URL } from './support.mjs';
import { SKIP_OLD, oldEngine } from './old-support.mjs';
import { pathToFileURL } from 'node:url';
import { calibration, clickAll, median, ms, newPage, pct, range, summary } from './bench-support.mjs';
import { writeVanilla } from './reference/vanilla.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Math.max(7, Number(opt('--runs', 7)));
const OUT = opt('--out', 'bench-results.json');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A generated template of n items in sections of 20, in the real format. */
function generatedTemplate(n) {
  const base = JSON.parse(readFileSync('data/templates/wuxiang.json', 'utf8'));
  const models = ['jiang-zhengzhi', 'zhong-gongdao', 'yewu-jing', 'zuofeng-hao'];
  const sections = [];
  for (let s = 0; s * 20 < n; s++) {
    const items = [];
    for (let i = s * 20; i < Math.min(n, (s + 1) * 20); i++) {
      items.push({ id: `g${i}`, text: `本人第 ${i + 1} 条自评内容：对照要求逐项落实，做到件件有着落、事事有回音。`, weight: 1 + (i % 5), models: [models[i % 4]] });
    }
    sections.push({ id: `s${s}`, title: `第 ${s + 1} 部分`, items });
  }
  return { ...base, id: 'bench-1000', title: '千条测试模板', sections, vetoes: [{ item: 'g0', cap: '良好', reason: '测试' }] };
}

/**
 * The start, `RUNS` times, each in fresh storage (or `seed`) at CPU slowdown
 * `rate`: the first rating control, the first paint, the wasm read and
 * decoded, the app running (its first render committed, the first screen
 * taken over) and, for a `rated` seed, the returning user's own rating visible
 * (a checked radio in the DOM); there the first run then clicks another
 * rating and waits for its save: running means clicks work and saves land.
 */
async function firstControl(browser, seed, rate = 1, rated = false) {
  const times = [];
  const running = [];
  const decode = [];
  const paint = [];
  const own = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newPage(browser, seed, rate);
    await page.goto(FILE_URL);
    await page.waitForFunction((rated) => window.__firstControl !== undefined
      && (!rated || window.__ownRating !== undefined)
      && performance.getEntriesByName('ziping-rendered').length > 0
      && performance.getEntriesByName('first-contentful-paint').length > 0, rated, { timeout: 60000 });
    const m = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      return {
        first: window.__firstControl, own: window.__ownRating, running: at('ziping-rendered'),
        decode: at('ziping-unpacked') - at('ziping-boot'), paint: at('first-contentful-paint'),
      };
    });
    times.push(m.first);
    running.push(m.running);
    decode.push(m.decode);
    paint.push(m.paint);
    if (rated) {
      own.push(m.own);
      if (i === 0) await clickIsSaved(page);
    }
    await context.close();
  }
  return { times, running, paint, decode, own };
}

/** Clicks a rating not yet made through the DOM and waits for the save it causes. */
async function clickIsSaved(page) {
  const before = await page.evaluate(() => performance.getEntriesByName('ziping-autosave').length);
  await page.evaluate(() => [...document.querySelectorAll('#app [data-item-id] input[type=radio]')]
    .find((r) => !r.checked && !document.querySelector(`input[name="${r.name}"]:checked`)).click());
  // A function, not a string: the page's policy refuses eval.
  await page.waitForFunction((n) => performance.getEntriesByName('ziping-autosave').length > n, before, { timeout: 30000 });
}

/** The reference page's first control, `RUNS` times at CPU slowdown `rate`. */
async function vanillaFirst(browser, url, rate) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newPage(browser, null, rate);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstControl !== undefined, null, { timeout: 60000 });
    times.push(await page.evaluate(() => window.__firstControl));
    await context.close();
  }
  return times;
}

/**
 * The start on one engine at 1× and 4×: the calibration loop, the
 * reference page's first control, a new and a returning user (`seed`);
 * `known` holds the 1× figures measured already ({ fresh, returning }).
 */
async function startRows(browser, vanillaUrl, seed, known = {}) {
  const out = { calibration_loop_ms: await calibration(browser, vanillaUrl) };
  for (const rate of [1, 4]) {
    const fresh = (rate === 1 && known.fresh) || await firstControl(browser, null, rate);
    const ret = (rate === 1 && known.returning) || await firstControl(browser, seed, rate, true);
    out[`cpu${rate}`] = {
      reference_first_control_ms: summary(await vanillaFirst(browser, vanillaUrl, rate)),
      new_user_first_control_ms: summary(fresh.times),
      new_user_wasm_decode_ms: summary(fresh.decode),
      new_user_app_running_ms: summary(fresh.running),
      returning_user_own_rating_ms: summary(ret.own),
      returning_user_first_paint_ms: summary(ret.paint),
      returning_user_app_running_ms: summary(ret.running),
    };
  }
  return out;
}

/** This app's localStorage entries, as [key, value] pairs to seed another context with. */
const storedEntries = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('ziping.v1.')).map((k) => [k, localStorage.getItem(k)]));

/** The storage of a returning user: one rating in the built-in draft. */
async function returningUser(browser) {
  const { context, page } = await newPage(browser, null);
  await page.goto(FILE_URL);
  await page.locator('#app [data-item-id] input[type=radio]').first().check();
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('ziping.v1.draft.')));
  const entries = await storedEntries(page);
  await context.close();
  return entries;
}

async function autosaveAndHeap(page, context) {
  await page.waitForFunction(() => performance.getEntriesByName('ziping-autosave').length > 0);
  await page.waitForTimeout(400);
  const saves = await page.evaluate(() => performance.getEntriesByName('ziping-autosave').map((e) => e.duration));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { saves, heap: usedSize };
}

/**
 * The built-in checklists' clicks on an old engine: the same clicks as
 * fillAll, the tab switched through the DOM (Playwright's actionability
 * checks need Chromium 105).
 */
async function fillAllOld(browser) {
  const { context, page } = await newPage(browser, null);
  await page.goto(FILE_URL);
  const allRendered = () => page.waitForFunction(() => document.querySelector('#app .checklist[data-all-rendered]'));
  await allRendered();
  let clicks = await clickAll(page);
  await page.evaluate(() => [...document.querySelectorAll('[role=tab]')].find((t) => t.textContent.includes('四个模范')).click());
  await page.waitForFunction(() => document.querySelector('[role=tab][aria-selected=true]')?.textContent.includes('四个模范'));
  await allRendered();
  clicks = clicks.concat(await clickAll(page));
  await context.close();
  return clicks;
}

async function fillAll(browser, seed, tabs) {
  const { context, page } = await newPage(browser, seed);
  await page.goto(FILE_URL);
  const allRendered = () => page.locator('#app .checklist[data-all-rendered]').waitFor({ state: 'attached' });
  await allRendered();
  let clicks = [];
  for (const tab of tabs) {
    if (tab) await page.getByRole('tab', { name: tab }).click();
    await allRendered();
    clicks = clicks.concat(await clickAll(page));
  }
  const { saves, heap } = await autosaveAndHeap(page, context);
  await context.close();
  return { clicks, saves, heap };
}

/** Imports the 1,000-item template through the real import, makes a draft of it, returns the storage. */
async function seedThousand(browser) {
  const { context, page } = await newPage(browser, null);
  await page.goto(FILE_URL);
  await page.locator('#app [data-item-id]').first().waitFor();
  await page.getByRole('navigation', { name: '页面' }).getByRole('button', { name: '草稿与备份' }).click();
  const json = JSON.stringify(generatedTemplate(1000));
  const t0 = Date.now();
  await page.getByTestId('import-input').setInputFiles({ name: 'bench-1000.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByTestId('import-confirm').waitFor();
  const importMs = Date.now() - t0;
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByTestId('new-from').selectOption('bench-1000');
  await page.getByRole('button', { name: '新建自评' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-item-id]').length === 1000);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('ziping.v1.template.bench-1000')));
  await page.waitForTimeout(500);
  const entries = await storedEntries(page);

  // A backup near the 2 MB limit, through the same import, timed until the
  // confirmation shows; the page must stay responsive meanwhile.
  const fixture = JSON.parse(readFileSync('tests/fixtures/draft-v1.json', 'utf8'));
  const drafts = [];
  let backup = '';
  while (Buffer.byteLength(backup) < 1_900_000) {
    drafts.push({ ...fixture, id: `bench-${drafts.length}`, cause: '原因分析'.repeat(500) });
    backup = JSON.stringify({ format: 'ziping-backup', version: 1, exported: 0, app_version: 'bench', drafts });
  }
  await page.getByRole('navigation', { name: '页面' }).getByRole('button', { name: '草稿与备份' }).click();
  const t1 = Date.now();
  await page.getByTestId('import-input').setInputFiles({ name: 'big-backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await page.getByTestId('import-confirm').waitFor();
  const bigImportMs = Date.now() - t1;
  await context.close();
  return { entries, importMs, templateBytes: json.length, bigImportMs, bigImportBytes: Buffer.byteLength(backup) };
}

/** The native 材料体检 bench (crates/core/examples/bench_check.rs): its median, in ms. */
function nativeCheck() {
  const out = execFileSync('cargo', ['run', '--release', '-q', '-p', 'ziping-core', '--example', 'bench_check'], { encoding: 'utf8' });
  const m = out.match(/median ([\d.]+) ms/);
  if (!m) throw new Error(`bench_check printed no median: ${out}`);
  return { median: Number(m[1]), line: out.trim() };
}

/**
 * Typing in a 具体事例 on the 1,000-item draft: an `input` event timed to the
 * next task, 30 times; then, after typed changes left alone past the 体检's
 * pause, the check's own time and the time from its timer to the next frame
 * (the hook's `data-checkup-ms`, `data-checkup-paint-ms`), at 1× and 4× CPU.
 */
async function typeInThousand(browser, seed) {
  const { context, page } = await newPage(browser, seed, 1, false);
  await page.goto(FILE_URL);
  await page.locator('#app .checklist[data-all-rendered]').waitFor({ state: 'attached' });
  const card = page.locator('#app [data-item-id]').first();
  await card.locator('details.evidence summary').click();
  await card.locator('details.evidence textarea').waitFor();
  const input = await page.evaluate(async () => {
    const tick = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
    const field = document.querySelector('[data-item-id] details.evidence textarea');
    const times = [];
    for (let n = 1; n <= 30; n++) {
      await tick();
      const t0 = performance.now();
      field.value = `全年审核干部档案${n}卷`;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(n) }));
      await tick();
      times.push(performance.now() - t0);
    }
    return times;
  });
  const checked = async (runs) => {
    const check = [];
    const paint = [];
    for (let n = 1; n <= runs; n++) {
      const [c, p] = await page.evaluate(async (n) => {
        const root = document.documentElement;
        delete root.dataset.checkupPaintMs;
        const field = document.querySelector('[data-item-id] details.evidence textarea');
        field.value = `全年审核干部档案${n}卷，督促整改问题材料41份`;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(n) }));
        // Past the pause (300 ms), until the frame after the check.
        await new Promise((ok) => setTimeout(ok, 350));
        while (root.dataset.checkupPaintMs === undefined) await new Promise((ok) => setTimeout(ok, 20));
        return [Number(root.dataset.checkupMs), Number(root.dataset.checkupPaintMs)];
      }, n);
      check.push(c);
      paint.push(p);
    }
    return { check, paint };
  };
  const fast = await checked(15);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await checked(15);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { input, fast, slow };
}

/**
 * 支部汇总 at 200 members × 6 problems: the import of all 200 files until
 * every file's line shows, a filter and a 确认销号 to the next paint, and
 * the .xlsx built (the click's synchronous work: the table, the file, the blob).
 */
async function branchBench(browser) {
  const { context, page } = await newPage(browser);
  await page.goto(FILE_URL);
  await page.getByRole('navigation', { name: '页面' }).getByRole('button', { name: '支部汇总' }).click();
  const files = [];
  for (let m = 0; m < 200; m += 1) {
    const problems = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i + 1}`, aspect: ['旗帜鲜明讲政治', '坚持原则守公道', '专心专注练本领'][i % 3],
      text: `第${m + 1}名同志的第${i + 1}个问题：理论学习还不够深入，比如学习后没有及时结合工作写体会`,
      measure: '制定个人学习计划，每月撰写学习体会', deadline: ['2027年3月底前', '长期坚持', '2026年3月底前'][i % 3],
      // Two of six 已完成: the rows 确认销号 is offered on.
      standard: '全年学习体会不少于6篇', made: '2026-03-01', status: i % 3 === 0 ? 'done' : 'not_started',
    }));
    const list = { format: 'ziping-branch-list', version: 1, draft: `d${m}`, exported: 1800000000000, name: `同志${m + 1}`, unit: '干部一科', year: '2026', problems };
    files.push({ name: `m${m}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(list)) });
  }
  const t0 = Date.now();
  await page.getByTestId('branch-input').setInputFiles(files);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=branch-results] li').length === 200, null, { polling: 'raf', timeout: 60000 });
  const importMs = Date.now() - t0;
  const toPaint = (act) => page.evaluate((act) => new Promise((ok) => {
    const t = performance.now();
    if (act === 'confirm') document.querySelector('[data-testid=confirm-close]').click();
    else {
      const s = document.querySelector('[data-testid=branch-filter]');
      // 全部 ↔ 已完成 (400 rows): the done rows keep their 确认销号 for the next loop.
      s.selectedIndex = s.selectedIndex === 0 ? 3 : 0;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }
    requestAnimationFrame(() => setTimeout(() => ok(performance.now() - t), 0));
  }), act);
  const filter = [];
  for (let i = 0; i < RUNS; i += 1) filter.push(await toPaint('filter'));
  const confirm = [];
  for (let i = 0; i < RUNS; i += 1) confirm.push(await toPaint('confirm'));
  const xlsx = [];
  for (let i = 0; i < RUNS; i += 1) {
    xlsx.push(await page.evaluate(() => {
      const t = performance.now();
      document.querySelector('[data-testid=branch-xlsx]').click();
      return performance.now() - t;
    }));
  }
  await context.close();
  return { import_ms: importMs, filter_to_paint_ms: summary(filter), confirm_to_paint_ms: summary(confirm), xlsx_ms: summary(xlsx) };
}

/** The start table: 1× and 4× on each engine, then ours ÷ the reference at 4×. */
function printStart(results) {
  const engines = [[results.chromium, results.start]];
  if (results.chromium_86) engines.push([results.chromium_86.chromium, results.chromium_86.start]);
  const cols = engines.flatMap(([name, st]) => [1, 4].map((rate) => [`${name.split('.')[0]} ${rate}×`, st, rate]));
  const rows = [
    ['reference page (hand-written, no framework): first control', 'reference_first_control_ms'],
    ['ours, new user: first control (prerendered)', 'new_user_first_control_ms'],
    ['ours, new user: wasm read and decoded', 'new_user_wasm_decode_ms'],
    ['ours, new user: app running', 'new_user_app_running_ms'],
    ['ours, returning user: own rating visible (checked in the DOM)', 'returning_user_own_rating_ms'],
    ['ours, returning user: first paint (the rating on screen)', 'returning_user_first_paint_ms'],
    ['ours, returning user: app running (clicks work, saves land)', 'returning_user_app_running_ms'],
  ];
  const w = 62;
  const cell = (x) => x.padStart(14);
  console.log(`${`start, ms from navigation, median of ${results.runs} (Chromium major, CPU)`.padEnd(w)}${cols.map(([n]) => cell(n)).join('')}`);
  console.log(`${'calibration: a fixed JS loop (median of 5)'.padEnd(w)}${cols.map(([, st, rate]) => cell(st.calibration_loop_ms[rate].toFixed(0))).join('')}`);
  for (const [name, key] of rows) {
    console.log(`${name.padEnd(w)}${cols.map(([, st, rate]) => cell(st[`cpu${rate}`][key].median.toFixed(0))).join('')}`);
  }
  const ratio = (st, key) => (st.cpu4[key].median / st.cpu4.reference_first_control_ms.median).toFixed(1);
  console.log(`\n${'at 4×, ours ÷ the reference page\'s first control'.padEnd(w)}${engines.map(([n]) => cell(`Chromium ${n.split('.')[0]}`)).join('')}${cell('goal (today)')}`);
  for (const [name, key, goal] of [
    ["returning user's own rating visible", 'returning_user_own_rating_ms', '≤ 2.5×'],
    ['app running (returning user)', 'returning_user_app_running_ms', '≤ 4.5×'],
    ['app running (new user)', 'new_user_app_running_ms', ''],
  ]) {
    console.log(`${name.padEnd(w)}${engines.map(([, st]) => cell(`${ratio(st, key)}×`)).join('')}${cell(goal)}`);
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
try {
  const wasmFile = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
  const wasm = readFileSync(`dist/${wasmFile}`);
  const sizes = {
    single_file: readFileSync(BUNDLE).length,
    wasm_raw: wasm.length,
    wasm_gzip: gzipSync(wasm, { level: 9 }).length,
  };
  const vanillaUrl = pathToFileURL(writeVanilla()).href;
  const builtinFirst = await firstControl(browser, null);
  const returningSeed = await returningUser(browser);
  const returningFirst = await firstControl(browser, returningSeed, 1, true);
  const start = await startRows(browser, vanillaUrl, returningSeed, { fresh: builtinFirst, returning: returningFirst });
  const builtin = await fillAll(browser, null, [null, '四个模范']);
  const thousandSeed = await seedThousand(browser);
  const thousandFirst = await firstControl(browser, thousandSeed.entries);
  const thousand = await fillAll(browser, thousandSeed.entries, [null]);
  const typing = await typeInThousand(browser, thousandSeed.entries);
  const native = nativeCheck();
  const branch = await branchBench(browser);
  // Chromium 86 in the same run, beside today's.
  let old = null;
  const oldStart = Date.now();
  if (!SKIP_OLD) {
    const browser86 = await chromium.launch({ executablePath: oldEngine(86), headless: true, args: ARGS });
    try {
      const first = await firstControl(browser86, null);
      const clicks = await fillAllOld(browser86);
      const start86 = await startRows(browser86, vanillaUrl, returningSeed, { fresh: first });
      old = { chromium: browser86.version(), first, clicks, start: start86, seconds: (Date.now() - oldStart) / 1000 };
    } finally {
      await browser86.close();
    }
  }

  const results = {
    chromium: browser.version(),
    runs: RUNS,
    sizes,
    builtin: {
      items: builtin.clicks.length,
      first_control_ms: summary(builtinFirst.times),
      first_contentful_paint_ms: summary(builtinFirst.paint),
      app_running_ms: summary(builtinFirst.running),
      wasm_decode_ms: summary(builtinFirst.decode),
      returning_user_first_control_ms: summary(returningFirst.times),
      click_ms: { median: median(builtin.clicks), p95: pct(builtin.clicks, 0.95), max: Math.max(...builtin.clicks), all: builtin.clicks },
      autosave_ms: { median: median(builtin.saves), max: Math.max(...builtin.saves), count: builtin.saves.length },
      js_heap_bytes_after_filling: builtin.heap,
    },
    thousand: {
      items: thousand.clicks.length,
      template_bytes: thousandSeed.templateBytes,
      import_until_confirm_ms: thousandSeed.importMs,
      backup_import_bytes: thousandSeed.bigImportBytes,
      backup_import_until_confirm_ms: thousandSeed.bigImportMs,
      first_control_ms: summary(thousandFirst.times),
      click_ms: { median: median(thousand.clicks), p95: pct(thousand.clicks, 0.95), max: Math.max(...thousand.clicks), all: thousand.clicks },
      autosave_ms: { median: median(thousand.saves), max: Math.max(...thousand.saves), count: thousand.saves.length },
      js_heap_bytes_after_filling: thousand.heap,
      evidence_input_to_next_task_ms: summary(typing.input),
      checkup_ms: summary(typing.fast.check),
      checkup_to_next_paint_ms: summary(typing.fast.paint),
      checkup_ms_cpu4: summary(typing.slow.check),
      checkup_to_next_paint_ms_cpu4: summary(typing.slow.paint),
    },
    checkup_native_ms: native,
    branch,
    start,
    chromium_86: old && {
      chromium: old.chromium,
      seconds: old.seconds,
      first_control_ms: summary(old.first.times),
      first_contentful_paint_ms: summary(old.first.paint),
      app_running_ms: summary(old.first.running),
      click_ms: { median: median(old.clicks), p95: pct(old.clicks, 0.95), max: Math.max(...old.clicks), all: old.clicks },
      start: old.start,
    },
  };
  writeFileSync(OUT, JSON.stringify(results, null, 2));

  const b = results.builtin;
  const t = results.thousand;
  const rows = [
    ['single file', `${sizes.single_file} bytes`, '≤ 450,000 bytes'],
    ['wasm raw / gzip -9', `${sizes.wasm_raw} / ${sizes.wasm_gzip} bytes`, ''],
    [`first rating control, built-in (${RUNS} runs) median [min–max]`, range(b.first_control_ms), '≤ 80 ms'],
    ['  first contentful paint, built-in', range(b.first_contentful_paint_ms), ''],
    ['  the app running (first screen taken over), built-in', range(b.app_running_ms), ''],
    ['  of which the wasm read and decompressed (LZMA, in wasm)', range(b.wasm_decode_ms), ''],
    ['  first rating control, returning user (stored draft)', range(b.returning_user_first_control_ms), ''],
    [`one click, built-in (${b.items} items) median / p95`, `${ms(b.click_ms.median)} / ${ms(b.click_ms.p95)}`, '≤ 1 ms median'],
    ['autosave write, built-in median / max', `${ms(b.autosave_ms.median)} / ${ms(b.autosave_ms.max)}`, ''],
    ['JS heap after filling, built-in', `${(b.js_heap_bytes_after_filling / 1048576).toFixed(1)} MB`, ''],
    [`first rating control, 1,000 items (${RUNS} runs) median [min–max]`, range(t.first_control_ms), '≤ 300 ms'],
    [`one click, 1,000 items median / p95`, `${ms(t.click_ms.median)} / ${ms(t.click_ms.p95)}`, '≤ 5 ms median'],
    ['autosave write, 1,000 items median / max', `${ms(t.autosave_ms.median)} / ${ms(t.autosave_ms.max)}`, ''],
    ['JS heap after filling, 1,000 items', `${(t.js_heap_bytes_after_filling / 1048576).toFixed(1)} MB`, ''],
    ['材料体检, 1,000 items, 100 problems (native, release) median', ms(results.checkup_native_ms.median), '≤ 5 ms'],
    ['input event to the next task, 1,000 items (typing in a 具体事例) median', range(t.evidence_input_to_next_task_ms), '≤ 1 ms median'],
    ['debounced 体检 to the next paint, 1,000 items median', range(t.checkup_to_next_paint_ms), '≤ 16 ms at 1×'],
    ['  of which the check itself (in the wasm)', range(t.checkup_ms), ''],
    ['  at 4× CPU throttling: to the next paint / the check itself', `${ms(t.checkup_to_next_paint_ms_cpu4.median)} / ${ms(t.checkup_ms_cpu4.median)}`, ''],
    ['import of the 1,000-item template until the confirmation shows', `${t.import_until_confirm_ms} ms`, ''],
    [`import of a ${(t.backup_import_bytes / 1048576).toFixed(2)} MB backup until the confirmation shows`, `${t.backup_import_until_confirm_ms} ms`, ''],
  ];
  rows.push(
    ['支部汇总, 200 members × 6 problems: import of all files', `${branch.import_ms} ms`, '≤ 1 s'],
    ['  a filter to the next paint / a 确认销号 to the next paint', `${range(branch.filter_to_paint_ms)} / ${range(branch.confirm_to_paint_ms)}`, '≤ 16 ms'],
    ['  the .xlsx built', range(branch.xlsx_ms), '≤ 200 ms'],
  );
  const o = results.chromium_86;
  if (o) {
    rows.push(
      [`Chromium ${o.chromium} beside ${results.chromium} (${o.seconds.toFixed(1)} s of this run):`, '', ''],
      [`  first rating control, built-in (${RUNS} runs) median [min–max]`, `${range(o.first_control_ms)} vs ${ms(b.first_control_ms.median)}`, '≤ 80 ms'],
      ['  the app running, built-in', `${range(o.app_running_ms)} vs ${ms(b.app_running_ms.median)}`, ''],
      [`  one click, built-in (${o.click_ms.all.length} items) median / p95`, `${ms(o.click_ms.median)} / ${ms(o.click_ms.p95)} vs ${ms(b.click_ms.median)} / ${ms(b.click_ms.p95)}`, '≤ 1 ms median'],
    );
  } else {
    rows.push(['Chromium 86', 'skipped (ZIPING_NO_OLD_ENGINES=1)', '']);
  }
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`ziping benchmark — ${results.chromium}, file://, headless\n`);
  for (const [name, value, budget] of rows) console.log(`${name.padEnd(w)}  ${value.padEnd(28)}  ${budget}`);
  console.log('');
  printStart(results);
  console.log(`\nwritten: ${OUT}`);
} finally {
  await browser.close();
}

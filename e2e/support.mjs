// Shared E2E support: launching Debian's Chromium, serving the single file on
// 127.0.0.1, recording every request, and a page object for the checklist.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const BUNDLE = resolve(process.env.ZIPING_BUNDLE ?? 'dist/ziping.html');
export const FILE_URL = pathToFileURL(BUNDLE).href;
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Quiet on a closed network; see ../shared/TOOLCHAIN.md.
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * The after-boot stylesheet (tools/bundle AFTER_BOOT: decoded with the wasm,
 * added as a <style> whose hash the policy holds) applies: a probe list with
 * one of its classes loses its bullets. A page function; returns the probe's
 * list-style-type, 'none' when the sheet applies ('disc' when the policy
 * refused it).
 */
export const AFTER_BOOT_PROBE = `(() => {
  const probe = document.createElement('ul');
  probe.className = 'draft-list';
  document.body.appendChild(probe);
  const style = getComputedStyle(probe).listStyleType;
  probe.remove();
  return style;
})()`;

/** A fresh profile directory; removed by the returned cleanup. */
export function tempProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'ziping-e2e-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A browser with a persistent profile, so storage survives a restart. */
export async function launch(profileDir, options = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: EXECUTABLE, headless: true, args: ARGS,
    viewport: { width: 1280, height: 900 }, ...options,
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const failed = [];
  context.on('requestfailed', (r) => failed.push({ url: r.url(), error: r.failure()?.errorText }));
  const errors = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  return { context, requests, failed, errors };
}

/**
 * Runs `body(page, { context, work })` in a fresh profile, with a fresh
 * folder `work` for files, and always closes the browser. Unless
 * `allowErrors` is set, the page must have thrown no uncaught error.
 * `options` go to the browser context (e.g. `{ acceptDownloads: true }`).
 */
export async function withPage(body, { options = {}, allowErrors = false } = {}) {
  const profile = tempProfile();
  const { context, errors } = await launch(profile.dir, options);
  const work = mkdtempSync(join(tmpdir(), 'ziping-files-'));
  try {
    const page = await context.newPage();
    await body(page, { context, work });
    if (!allowErrors) assert.deepEqual(errors, [], 'no uncaught page errors');
  } finally {
    await context.close();
    profile.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Retries `read()` until it deep-equals `expected` (or `timeout` ms pass),
 * then asserts on the last value: an assertion that waits for the page
 * instead of reading it once.
 */
export async function eventually(read, expected, message, timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    try {
      assert.deepEqual(last, expected);
      return last;
    } catch (e) {
      if (Date.now() > end) assert.deepEqual(last, expected, message);
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * Waits until `selector` matches an element, without Playwright's
 * visibility checks (Element.checkVisibility needs Chromium 105; these
 * helpers must also drive Chromium 83).
 */
export async function waitAttached(page, selector, timeout = 10000) {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector, { timeout });
}

/** Clicks the element matching `selector` through the DOM (old-engine safe). */
export async function domClick(page, selector) {
  await waitAttached(page, selector);
  await page.evaluate((s) => document.querySelector(s).click(), selector);
}

/** `value` as a CSS string for attribute selectors. */
export function cssString(value) {
  return JSON.stringify(String(value));
}

/** The save-state marker: the last change's revision and the last stored one. */
export async function saveState(page) {
  return page.evaluate(() => {
    const el = document.getElementById('save-state');
    return el && { revision: Number(el.dataset.revision), saved: Number(el.dataset.saved) };
  });
}

/**
 * Waits until every change made so far is stored: the page's save marker
 * says the stored revision has reached the revision of the last change
 * (and that there was at least one). Renders are flushed first.
 */
export async function waitSaved(page, timeout = 10000) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  await page.waitForFunction(() => {
    const el = document.getElementById('save-state');
    if (!el) return false;
    const revision = Number(el.dataset.revision);
    return revision > 0 && Number(el.dataset.saved) >= revision;
  }, null, { timeout });
}

/**
 * Converts `path` with LibreOffice (`--convert-to <to>`) into `work`, with a
 * LibreOffice profile of its own under `work`: two soffice processes on one
 * profile (another test, a person's desktop) make the second one fail.
 */
export function soffice(to, path, work) {
  execFileSync('soffice', [
    `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`,
    '--headless', '--convert-to', to, '--outdir', work, path,
  ], { stdio: 'ignore', timeout: 120000 });
}

/**
 * Serves the single file on 127.0.0.1 at a free port, as `text/html` with no
 * charset (like `make run`'s server, nginx's and IIS's defaults), or with
 * `charset` when given.
 */
export async function serve({ charset } = {}) {
  const body = readFileSync(BUNDLE);
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(req.url);
    if (req.url === '/' || req.url === '/ziping.html') {
      res.writeHead(200, { 'content-type': charset ? `text/html; charset=${charset}` : 'text/html' });
      res.end(body);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/ziping.html`;
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url, origin, hits, close: () => new Promise((ok) => server.close(ok)) };
}

/** Page object: the checklist screen. */
export class ChecklistPage {
  constructor(page) { this.page = page; }

  async open(url) {
    await this.page.goto(url);
    await this.allRendered();
    return this;
  }

  /** Long checklists render in chunks after the first paint; wait for all of them. */
  async allRendered() {
    await waitAttached(this.page, '#app .checklist[data-all-rendered]');
  }

  item(id) { return this.page.locator(`[data-item-id=${cssString(id)}]`); }

  /** Rates an item through the DOM (works on Chromium 83 too). */
  async rate(itemId, level) {
    await domClick(this.page, `#app [data-item-id=${cssString(itemId)}] input[type=radio][value=${cssString(level)}]`);
  }

  async ratingOf(itemId) {
    const checked = this.item(itemId).locator('input[type=radio]:checked');
    return (await checked.count()) ? checked.getAttribute('value') : null;
  }

  score() { return this.page.getByTestId('total-score').textContent(); }
  grade() { return this.page.getByTestId('grade').textContent(); }

  /** Waits until every change so far is stored (the page's save marker). */
  waitSaved() { return waitSaved(this.page); }

  async tab(name) {
    await this.page.getByRole('tab', { name }).click();
    await this.allRendered();
  }
}

/** Page object: the header's screen switcher — the app's, not the prerendered
 * screen's (a returning user's snapshot shows that screen until the app takes
 * it over, and both are in the DOM for that moment). */
export async function showPage(page, name) {
  await page.locator('#app').getByRole('navigation', { name: '页面' }).getByRole('button', { name }).click();
}

/** Page object: the results and report screen. */
export class ResultsPage {
  constructor(page) { this.page = page; }
  async open() { await showPage(this.page, '结果与报告'); await this.report().waitFor(); return this; }
  report() { return this.page.getByTestId('report-text'); }
  card(templateId) { return this.page.getByTestId(`result-${templateId}`); }
  profileTable() { return this.page.getByTestId('profile-table'); }
  field(label) { return this.page.getByLabel(label, { exact: true }); }
}

/** Page object: the drafts screen. */
export class DraftsPage {
  constructor(page) { this.page = page; }
  async open() { await showPage(this.page, '草稿与备份'); await this.page.locator('.draft-list').waitFor(); return this; }
  rows() { return this.page.locator('.draft-row'); }
  row(name) { return this.page.locator('.draft-row').filter({ has: this.page.locator('.draft-title', { hasText: name }) }); }
  async names() { return this.page.locator('.draft-title').evaluateAll((els) => els.map((e) => e.firstChild.textContent)); }
  async create() { await this.page.getByRole('button', { name: '新建自评' }).click(); }
  /** Opens the draft of `row` on its checklist, as 打开 does; the one open
   * has no 打开 (a backup over a first start's untouched draft opens its
   * newest itself): its checklist is shown. */
  async openRow(row) {
    const button = row.getByRole('button', { name: '打开' });
    if (await button.count()) await button.click();
    else await showPage(this.page, '逐条自评');
  }
  async rename(from, to) {
    // Listed first (the list is drawn again after a create), then held by
    // position: the form replaces the title.
    await eventually(async () => (await this.names()).includes(from), true, `${from} listed`);
    const row = this.rows().nth((await this.names()).indexOf(from));
    await row.getByRole('button', { name: '重命名' }).click();
    const input = row.getByLabel('新名称');
    await input.waitFor();
    await input.fill(to);
    await row.getByRole('button', { name: '保存名称' }).click();
    // The form goes when the name is saved.
    await this.page.locator('form.rename').waitFor({ state: 'detached' });
  }
}

/** Page object: the import confirmation panel and its notice. */
export class ImportPanel {
  constructor(page) { this.page = page; }
  /** Chooses a file in the import button's file input (on 草稿与备份). */
  async choose(name, content) {
    await showPage(this.page, '草稿与备份');
    await this.page.getByTestId('import-input').setInputFiles({
      name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
    });
  }
  panel() { return this.page.getByTestId('import-confirm'); }
  async confirm() { await this.panel().getByRole('button', { name: '确认导入' }).click(); }
  async cancel() { await this.panel().getByRole('button', { name: '取消' }).click(); }
  /** The text of the notice about the last import, once it shows. */
  async notice() {
    await waitAttached(this.page, '[data-testid=import-notice]');
    return this.page.getByTestId('import-notice').textContent();
  }
}

/** Page object: the banners (save failures, unreadable data, conflicts). */
export class Notices {
  constructor(page) { this.page = page; }
  async texts() { return this.page.locator('.notices .notice').allTextContents(); }
  conflict() { return this.page.getByTestId('conflict'); }
  async keepMine() { await this.conflict().getByRole('button', { name: /保留本窗口/ }).click(); }
  async takeTheirs() { await this.conflict().getByRole('button', { name: /采用另一窗口|同意删除/ }).click(); }
}

/** Reads this app's keys from localStorage. */
export async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ziping.v1.')).sort());
}

// The first screen's tests (e2e/first-screen.test.mjs, e2e/snapshot.test.mjs).

/** Holds the wasm's instantiation until `window.__release()`: the first screen stays up. */
export const HOLD_START = () => {
  const gate = new Promise((ok) => { window.__release = ok; });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) { await gate; return original.apply(this, args); };
  }
};

/**
 * What is on screen under `root`: every element whose box meets the viewport,
 * with its attributes, its own text and its box clipped to the viewport.
 */
export const VISIBLE = (rootId) => {
  const root = document.getElementById(rootId);
  const [w, h] = [innerWidth, innerHeight];
  const out = [];
  for (const el of root.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    const box = [Math.max(r.left, 0), Math.max(r.top, 0), Math.min(r.right, w), Math.min(r.bottom, h)];
    if (box[2] <= box[0] || box[3] <= box[1]) continue;
    const attrs = [...el.attributes].filter((a) => a.name !== 'data-all-rendered').map((a) => `${a.name}=${a.value}`).sort();
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('');
    out.push(`${el.tagName} ${attrs.join(' ')} "${text}" ${box.map((v) => v.toFixed(2)).join(',')} checked=${el.checked} open=${el.open}`);
  }
  return out;
};

/**
 * Resolves after the page's next two frames: what is on screen once the
 * browser has drawn it (an item card off screen is sized by its placeholder,
 * `content-visibility: auto`, until a frame has decided it is on screen;
 * the frame itself is drawn right, but the DOM read before it is not).
 */
export const nextFrames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

/** Resolves once the app has rendered (its `ziping-rendered` mark). */
export const appRunning = (page) => page.waitForFunction(() => performance.getEntriesByName('ziping-rendered').length > 0);

/** Runs `body(context)` in a fresh profile; the page must raise no error unless `failing`. */
export const withContext = (body, { failing = false } = {}) =>
  withPage((_page, { context }) => body(context), { allowErrors: failing });

/**
 * The HTML a page handed to `window.print` (its scripts left out), laid out
 * by Chromium's print engine into `path`: the page size in points (rounded)
 * and the text with its whitespace dropped.
 */
export async function printedPdf(context, html, path) {
  const view = await context.newPage();
  await view.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  await view.emulateMedia({ media: 'print' });
  await view.pdf({ path, preferCSSPageSize: true });
  await view.close();
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  return { size: [Math.round(Number(w)), Math.round(Number(h))], text };
}

/** Clicks `locator` and copies the file it downloads to `path`: its suggested name. */
export async function download(page, locator, path) {
  const [d] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  writeFileSync(path, readFileSync(await d.path()));
  return d.suggestedFilename();
}

/** CSV as LibreOffice writes it: commas, double quotes, newlines in cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

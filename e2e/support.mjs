// Shared E2E support: launching Debian's Chromium, serving the single file on
// 127.0.0.1, recording every request, and a page object for the checklist.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
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

/** Serves the single file on 127.0.0.1 at a free port. */
export async function serve() {
  const body = readFileSync(BUNDLE);
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(req.url);
    if (req.url === '/' || req.url === '/ziping.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
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
    await this.page.locator('#app .checklist[data-all-rendered]').waitFor({ state: 'attached' });
  }

  item(id) { return this.page.locator(`[data-item-id="${id}"]`); }

  async rate(itemId, level) {
    await this.item(itemId).locator(`input[type=radio][value="${level}"]`).check();
  }

  async ratingOf(itemId) {
    const checked = this.item(itemId).locator('input[type=radio]:checked');
    return (await checked.count()) ? checked.getAttribute('value') : null;
  }

  score() { return this.page.getByTestId('total-score').textContent(); }
  grade() { return this.page.getByTestId('grade').textContent(); }

  /** Waits until the header says the change was saved. */
  async waitSaved() { await this.page.locator('.save.ok').waitFor(); }

  async tab(name) {
    await this.page.getByRole('tab', { name }).click();
    await this.allRendered();
  }
}

/** Page object: the header's screen switcher. */
export async function showPage(page, name) {
  await page.getByRole('navigation', { name: '页面' }).getByRole('button', { name }).click();
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
  async rename(from, to) {
    // The form replaces the title, so hold the row by position.
    const row = this.rows().nth((await this.names()).indexOf(from));
    await row.getByRole('button', { name: '重命名' }).click();
    await row.getByLabel('新名称').fill(to);
    await row.getByRole('button', { name: '保存名称' }).click();
  }
}

/** Reads this app's keys from localStorage. */
export async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ziping.v1.')).sort());
}

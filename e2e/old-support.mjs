// Support for the journeys on old Chromium engines (83, 86; the 80 smoke
// test): where scripts/setup.sh put them, how to launch them, and a page
// object that works through the DOM and the real mouse and keyboard.
// Playwright 1.6x drives Chromium 83 and later, but its visibility checks
// (waitForSelector, check(), fill()) call element.checkVisibility
// (Chromium 105), so nothing here relies on them (../shared/TOOLCHAIN.md).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Self-contained on purpose (the shared support.mjs may change shape): the
// same file and the same today's Chromium as the other journeys.
export const BUNDLE = resolve(process.env.ZIPING_BUNDLE ?? 'dist/ziping.html');
export const FILE_URL = pathToFileURL(BUNDLE).href;
export const TODAY = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const OLD_ENGINES = resolve(process.env.ZIPING_OLD_ENGINES ?? '.old-engines');
/** ZIPING_NO_OLD_ENGINES=1 skips the old engines (and the tests say so). */
export const SKIP_OLD = process.env.ZIPING_NO_OLD_ENGINES === '1';

/** The binary of Chromium `major`; a missing one is an error, not a skip. */
export function oldEngine(major) {
  const path = join(OLD_ENGINES, `chromium-${major}`, 'chromium');
  if (!existsSync(path)) {
    throw new Error(`Chromium ${major} is not installed at ${path}: run scripts/setup.sh (or ZIPING_NO_OLD_ENGINES=1 to skip)`);
  }
  return path;
}

export const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Runs `body({ context, page, requests, errors, profile })` in Chromium
 * `major` (a number: an old engine; or TODAY) with a fresh persistent
 * profile; closes everything afterwards.
 */
export async function withEngine(major, body, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), `ziping-old-${major === TODAY ? 'today' : major}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: major === TODAY ? TODAY : oldEngine(major), headless: true, args: ARGS,
    viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options,
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  try {
    const page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await body({ context, page, requests, errors, profile });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Page object for the app on an old engine: DOM queries, real input. */
export class OldApp {
  /** `profile`: the browser profile's folder; downloads go under it. */
  constructor(page, profile) { this.page = page; this.profile = profile; }

  /** Opens `url` and waits until the whole checklist has rendered. */
  async open(url) {
    await this.page.goto(url);
    await this.allRendered();
    return this;
  }

  async allRendered() {
    await this.page.waitForFunction(() => document.querySelector('#app .checklist[data-all-rendered]'));
  }

  /** Waits until `selector` matches; returns nothing. */
  async waitFor(selector) {
    await this.page.waitForFunction((s) => document.querySelector(s), selector);
  }

  /** Waits until `selector`'s text is `expected` (the UI updates after the event). */
  async hasText(selector, expected) {
    await this.page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, expected], { timeout: 5000 })
      .catch(async () => { throw new Error(`${selector}: expected text ${expected}, got ${await this.text(selector)}`); });
  }

  text(selector) {
    return this.page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
  }

  /** The middle of the first element matching `selector` (scrolled into view). */
  async center(selector, { text } = {}) {
    // Cards off screen skip layout (content-visibility), so scrolling can
    // move things: measure until two frames agree.
    const box = await this.page.evaluate(async ([s, t]) => {
      const el = [...document.querySelectorAll(s)].find((e) => t === undefined || e.textContent.trim() === t);
      if (!el) return null;
      const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
      let last = '';
      for (let i = 0; i < 20; i++) {
        el.scrollIntoView({ block: 'center' });
        await frame();
        const r = el.getBoundingClientRect();
        const box = { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height };
        if (JSON.stringify(box) === last) return box;
        last = JSON.stringify(box);
      }
      return JSON.parse(last);
    }, [selector, text]);
    if (!box) throw new Error(`nothing matches ${selector}${text ? ` with text ${text}` : ''}`);
    if (box.w === 0 || box.h === 0) throw new Error(`${selector} has no size on screen`);
    return box;
  }

  /** A real mouse click on the element (so it must be on screen and on top). */
  async click(selector, options) {
    const { x, y } = await this.center(selector, options);
    await this.page.mouse.click(x, y);
  }

  /** Clicks the button whose text is `text` (under `within`, if given). */
  async button(text, within = '') {
    await this.click(`${within} button`.trim(), { text });
  }

  async rate(itemId, level) {
    await this.click(`[data-item-id="${itemId}"] input[type=radio][value="${level}"]`);
  }

  ratingOf(itemId) {
    return this.page.evaluate((id) => document.querySelector(`[data-item-id="${id}"] input[type=radio]:checked`)?.value ?? null, itemId);
  }

  score() { return this.text('[data-testid="total-score"]'); }

  /** Clicks into a text field and types `value` after selecting what it held. */
  async type(selector, value) {
    await this.click(selector);
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(value);
  }

  value(selector) {
    return this.page.evaluate((s) => document.querySelector(s)?.value ?? null, selector);
  }

  /** The header's screen switcher. */
  async show(name) {
    await this.button(name, 'nav[aria-label="页面"]');
  }

  /** Every change so far is stored: the page's save marker (see support.mjs). */
  async waitSaved() {
    await this.page.waitForFunction(() => {
      const el = document.getElementById('save-state');
      return !!el && Number(el.dataset.revision) > 0 && Number(el.dataset.saved) >= Number(el.dataset.revision);
    });
  }

  /**
   * Clicks and returns the downloaded file's path and name. Playwright's
   * download events need Browser.downloadWillBegin (newer than these
   * engines), so the browser saves into a folder of ours (CDP
   * Page.setDownloadBehavior, which they have) and the file is awaited there.
   */
  async download(click) {
    if (!this.downloads) {
      this.downloads = mkdtempSync(join(this.profile ?? tmpdir(), 'ziping-downloads-'));
      const cdp = await this.page.context().newCDPSession(this.page);
      await cdp.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: this.downloads });
    }
    const before = new Set(readdirSync(this.downloads));
    await click();
    const until = Date.now() + 15000;
    for (;;) {
      const done = readdirSync(this.downloads).filter((f) => !before.has(f) && !f.endsWith('.crdownload'));
      // Chromium 86 may show the file under its name before its bytes are
      // all written (an empty read was seen once): taken when it has bytes
      // and its size holds for a moment.
      if (done.length === 1) {
        const path = join(this.downloads, done[0]);
        const size = statSync(path).size;
        await new Promise((ok) => setTimeout(ok, 200));
        if (size > 0 && statSync(path).size === size) return { path, name: done[0] };
      }
      if (Date.now() > until) throw new Error(`no download arrived (files: ${readdirSync(this.downloads).join(', ')})`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

}

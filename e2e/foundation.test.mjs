// The single file, from file:// and over http: it renders, keeps a rating
// across a reload and a browser restart, makes no request but for itself,
// and explains itself where WebAssembly is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChecklistPage, FILE_URL, launch, serve, tempProfile } from './support.mjs';

async function persistenceJourney(url) {
  const profile = tempProfile();
  let context;
  try {
    let requests, errors;
    ({ context, requests, errors } = await launch(profile.dir));
    let page = await context.newPage();
    const checklist = await new ChecklistPage(page).open(url);
    assert.equal(await checklist.score(), '—');
    assert.equal(await page.locator('#boot').isHidden(), true, 'boot message hidden once running');

    // (4 × 100 % + 5 × 60 %) / 9 = 77.8, and no grade until all is answered
    await checklist.rate('w1-zhongcheng', 'hao');
    await checklist.rate('w2-ligong', 'yiban');
    assert.equal(await checklist.score(), '77.8');
    assert.equal(await checklist.grade(), '', 'a 组织生活会 has no 等次');
    await checklist.waitSaved();

    await page.reload();
    await checklist.allRendered();
    assert.equal(await checklist.ratingOf('w1-zhongcheng'), 'hao', 'restored after reload');
    assert.equal(await checklist.ratingOf('w2-ligong'), 'yiban');
    assert.equal(await checklist.score(), '77.8');
    assert.deepEqual(errors, []);
    assert.deepEqual(new Set(requests), new Set([url]), 'no request but the document');
    await context.close();

    // A browser restart with the same profile.
    ({ context, requests, errors } = await launch(profile.dir));
    page = await context.newPage();
    const again = await new ChecklistPage(page).open(url);
    assert.equal(await again.ratingOf('w1-zhongcheng'), 'hao', 'restored after restart');
    assert.equal(await again.ratingOf('w2-ligong'), 'yiban');
    assert.deepEqual(new Set(requests), new Set([url]));
  } finally {
    await context?.close();
    profile.cleanup();
  }
}

test('single file from file:// persists across reload and restart, zero requests', async () => {
  await persistenceJourney(FILE_URL);
});

test('single file served over http persists too, zero requests', async () => {
  const server = await serve();
  try {
    await persistenceJourney(server.url);
  } finally {
    await server.close();
  }
});

test('served as UTF-8 (a server overriding the file\'s windows-1252): a clear message, nothing half-working', async () => {
  const server = await serve({ charset: 'utf-8' });
  const profile = tempProfile();
  const { context } = await launch(profile.dir);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const message = page.locator('#boot-charset');
    await message.waitFor({ state: 'visible' });
    assert.match(await message.textContent(), /别的字符集.*双击打开/);
    assert.equal(await page.locator('#boot-failed').isHidden(), true);
    assert.equal(await page.locator('#boot-loading').isHidden(), true);
    assert.equal(await page.locator('[data-item-id]').count(), 0, 'no first screen that could not work');
  } finally {
    await context.close();
    profile.cleanup();
    await server.close();
  }
});

test('the CSP blocks any connection the page might attempt', async () => {
  const profile = tempProfile();
  const server = await serve();
  const { context, failed } = await launch(profile.dir);
  try {
    const page = await context.newPage();
    await new ChecklistPage(page).open(FILE_URL);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /^default-src 'none'; script-src 'sha256-/);
    assert.doesNotMatch(csp, /connect-src|unsafe-inline/);
    const target = `${server.origin}/leak`;
    const outcome = await page.evaluate(async (url) => {
      try { await fetch(url); return 'fetched'; } catch (e) { return 'blocked'; }
    }, target);
    assert.equal(outcome, 'blocked');
    const img = await page.evaluate((url) => new Promise((ok) => {
      const i = new Image(); i.onload = () => ok('loaded'); i.onerror = () => ok('blocked');
      i.src = url + '.png';
    }), target);
    assert.equal(img, 'blocked');
    assert.deepEqual(server.hits, [], 'nothing reached the server');
    assert.ok(failed.length >= 1, 'the browser reports the blocked load');
    for (const f of failed) assert.equal(f.error, 'csp', f.url);
  } finally {
    await context.close();
    await server.close();
    profile.cleanup();
  }
});

test('without WebAssembly a clear Chinese message shows', async () => {
  const profile = tempProfile();
  const { context } = await launch(profile.dir);
  try {
    const page = await context.newPage();
    await page.addInitScript(() => { delete globalThis.WebAssembly; });
    await page.goto(FILE_URL);
    const message = page.locator('#boot-old');
    await message.waitFor({ state: 'visible' });
    assert.match(await message.textContent(), /版本过旧，无法运行/);
    assert.match(await page.locator('#boot-browser').textContent(), /内核 Chromium \d+.*需要 Chrome、Edge 72 及以上.*数据仍在本机/);
    assert.equal(await page.locator('#boot-loading').isHidden(), true);
    assert.equal(await page.locator('[data-item-id]').count(), 0);
  } finally {
    await context.close();
    profile.cleanup();
  }
});

test('with scripts off the static message is there from the start', async () => {
  const profile = tempProfile();
  const { context } = await launch(profile.dir, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(FILE_URL);
    assert.equal(await page.locator('#boot').isVisible(), true);
    assert.match(await page.locator('#boot').textContent(), /禁用了脚本|无法运行本程序/);
    assert.equal(await page.locator('[data-item-id]').count(), 0, 'no first screen that could not work');
  } finally {
    await context.close();
    profile.cleanup();
  }
});

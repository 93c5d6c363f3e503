// The prerendered first screen: a new user sees the checklist before the wasm
// has started; the app takes it over with no visible change and keeps what was
// done on it meanwhile. Returning users see it only from their snapshot
// (e2e/snapshot.test.mjs); failing starts never see it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appRunning, ChecklistPage, FILE_URL, HOLD_START, ResultsPage, VISIBLE, withContext as withBrowser,
} from './support.mjs';

/** Records whether a first screen was ever put into the page. */
const WATCH_SHELL = () => {
  window.__sawShell = false;
  new MutationObserver(() => { if (document.getElementById('shell')) window.__sawShell = true; })
    .observe(document, { childList: true, subtree: true });
};

/** Opens the file with the wasm's start held back; returns the page and its first screen. */
async function openHeld(context, viewport) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.addInitScript(HOLD_START);
  await page.goto(FILE_URL);
  return { page, shell: page.locator('#shell') };
}

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['390 px phone', { width: 390, height: 844 }]]) {
test(`a new user sees the first screen before the app runs, and the take-over changes nothing on screen (${name})`, async () => {
  await withBrowser(async (context) => {
    const { page, shell } = await openHeld(context, viewport);
    await shell.locator('[data-item-id] input[type=radio]').first().waitFor({ state: 'visible' });
    assert.equal(await page.locator('#app').innerHTML(), '', 'the app has not rendered yet');
    assert.equal(await page.locator('#boot').isHidden(), true, 'no loading message over the first screen');
    assert.equal(await shell.getByTestId('completion').textContent(), '已评 0/29');
    const before = await page.evaluate(VISIBLE, 'shell');

    await page.evaluate(() => window.__release());
    await appRunning(page);
    assert.equal(await page.locator('#shell').count(), 0, 'the first screen is gone');
    const after = await page.evaluate(VISIBLE, 'app');
    assert.ok(before.length > 50, `the comparison covers the screen (${before.length} elements)`);
    assert.deepEqual(after, before, 'the app shows exactly what the first screen showed, where it showed it');
  });
});
}

test('ratings, opened panels, focus and the last click on the first screen are kept', async () => {
  await withBrowser(async (context) => {
    const { page, shell } = await openHeld(context);
    await shell.locator('[data-item-id]').first().waitFor();
    await shell.locator('[data-item-id="w1-zhongcheng"] input[value="hao"]').check();
    await shell.locator('[data-item-id="w1-liangge"] input[value="yiban"]').check();
    await shell.locator('details.howto summary').click();
    await shell.locator('[data-item-id="w1-liangge"] input[value="yiban"]').focus();

    await page.evaluate(() => window.__release());
    await appRunning(page);
    const c = new ChecklistPage(page);
    await c.allRendered();
    assert.equal(await c.ratingOf('w1-zhongcheng'), 'hao');
    assert.equal(await c.ratingOf('w1-liangge'), 'yiban');
    assert.equal(await page.getByTestId('completion').textContent(), '已评 2/29');
    assert.equal(await page.locator('#app details.howto').getAttribute('open'), '');
    assert.equal(await page.evaluate(() => document.activeElement.closest('[data-item-id]')?.dataset.itemId), 'w1-liangge');
    // A weak rating opens its problems, as it would have in the app.
    await c.item('w1-liangge').getByRole('button', { name: '＋ 写一个问题' }).waitFor();
    // And it is saved like any rating.
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('ziping.v1.draft.')
      && localStorage.getItem(k).includes('"w1-zhongcheng"')));
  });
});

test('a screen chosen on the first screen opens once the app runs', async () => {
  await withBrowser(async (context) => {
    const { page, shell } = await openHeld(context);
    await shell.locator('[data-item-id="w1-zhongcheng"] input[value="hao"]').check();
    await shell.getByRole('navigation', { name: '页面' }).getByRole('button', { name: '结果与报告' }).click();
    await page.evaluate(() => window.__release());
    await appRunning(page);
    await new ResultsPage(page).report().waitFor();
    assert.equal(await page.getByTestId('completion').textContent(), '已评 1/29');
  });
});

test('a returning user without a snapshot, or one with a larger font, gets the app with no first screen', async () => {
  await withBrowser(async (context) => {
    const page = await context.newPage();
    await page.addInitScript(WATCH_SHELL);
    const c = await new ChecklistPage(page).open(FILE_URL);
    assert.equal(await page.evaluate(() => window.__sawShell), true, 'first visit: first screen');

    // Default preferences alone change nothing on screen: still a first screen.
    await c.open(FILE_URL);
    assert.equal(await page.evaluate(() => window.__sawShell), true, 'preferences at 100 %');

    await page.getByRole('button', { name: '放大字号' }).click();
    await page.waitForFunction(() => localStorage.getItem('ziping.v1.prefs')?.includes('125'));
    await c.open(FILE_URL);
    assert.equal(await page.evaluate(() => window.__sawShell), false, 'preferences at 125 %');
    await page.getByRole('button', { name: '缩小字号' }).click();

    await c.rate('w1-zhongcheng', 'hao');
    await c.waitSaved();
    await c.open(FILE_URL);
    assert.equal(await page.evaluate(() => window.__sawShell), true, 'stored draft: shown from its snapshot (e2e/snapshot.test.mjs)');
    assert.equal(await c.ratingOf('w1-zhongcheng'), 'hao');
    await page.evaluate(() => localStorage.removeItem('ziping.v1.snapshot'));
    await c.open(FILE_URL);
    assert.equal(await page.evaluate(() => window.__sawShell), false, 'stored draft without a snapshot');
    assert.equal(await c.ratingOf('w1-zhongcheng'), 'hao');
  });
});

test('when the app cannot start, the first screen gives way to the message', async () => {
  await withBrowser(async (context) => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      WebAssembly.instantiateStreaming = () => Promise.reject(new TypeError('test: refused'));
      WebAssembly.instantiate = () => Promise.reject(new TypeError('test: refused'));
    });
    await page.goto(FILE_URL);
    await page.locator('#boot-failed').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#shell').count(), 0);
    assert.equal(await page.locator('[data-item-id]').count(), 0, 'no dead controls left');
    assert.equal(await page.locator('#boot-loading').isHidden(), true);
  }, { failing: true });
});

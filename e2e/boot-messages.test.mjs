// The page's own messages when the module script cannot run (an engine
// whose syntax is older than the module's): simulated on today's Chromium
// by making the module's first statement throw, so it stops where a parse
// error would have stopped it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILE_URL, TODAY, withEngine } from './old-support.mjs';

test('a module script that never runs: the first screen gives way to the too-old message', async () => {
  await withEngine(TODAY, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'zipingModule', { set() { throw new Error('test: the module cannot run'); } });
    });
    await page.goto(FILE_URL);
    await page.locator('#boot-old').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#boot-browser').isVisible(), true);
    assert.match(await page.locator('#boot-ua').textContent(), /Chrome 或 Chromium 内核浏览器，内核 Chromium \d+/);
    assert.equal(await page.locator('#boot-loading').isHidden(), true);
    assert.equal(await page.locator('#shell').count(), 0, 'no first screen whose controls could not work');
    assert.equal(await page.locator('#app [data-item-id]').count(), 0);
  });
});

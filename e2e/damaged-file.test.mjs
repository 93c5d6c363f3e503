// A single file cut short on its way (a download that stopped, a copy that
// failed): the page says it cannot read this file, and that the saved data
// is safe, on today's Chromium and on 86; it does not blame the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE, SKIP_OLD, TODAY, withEngine } from './old-support.mjs';

/** A copy of the single file whose data block keeps only its first half. */
function cutShort() {
  const page = readFileSync(BUNDLE);
  const open = page.indexOf('id="wasm-lzma"');
  assert.ok(open > 0, 'the data block');
  const start = page.indexOf('>', open) + 1;
  const end = page.indexOf('</script>', start);
  const cut = Buffer.concat([page.subarray(0, start + Math.floor((end - start) / 2)), page.subarray(end)]);
  const dir = mkdtempSync(join(tmpdir(), 'ziping-damaged-'));
  const file = join(dir, 'ziping.html');
  writeFileSync(file, cut);
  return { dir, url: pathToFileURL(file).href };
}

for (const engine of [TODAY, 86]) {
  const name = engine === TODAY ? "today's Chromium" : `Chromium ${engine}`;
  test(`a file cut short says it cannot be read (${name})`, { skip: engine !== TODAY && SKIP_OLD && 'old engines skipped (ZIPING_NO_OLD_ENGINES=1)' }, async () => {
    const { dir, url } = cutShort();
    try {
      await withEngine(engine, async ({ page }) => {
        await page.goto(url);
        // DOM checks, not Playwright's visibility (Chromium 105+).
        await page.waitForFunction(() => !document.getElementById('boot-damaged').hidden, null, { timeout: 30000 });
        const shown = await page.evaluate(() => Object.fromEntries(
          ['boot', 'boot-damaged', 'boot-failed', 'boot-browser', 'boot-charset', 'boot-loading']
            .map((id) => [id, !document.getElementById(id).hidden])));
        assert.deepEqual(shown, {
          boot: true, 'boot-damaged': true, 'boot-failed': false, 'boot-browser': false, 'boot-charset': false, 'boot-loading': false,
        });
        assert.match(await page.evaluate(() => document.getElementById('boot-damaged').textContent), /无法读取本文件.*不完整或已损坏.*数据仍在本机/);
        assert.equal(await page.evaluate(() => document.getElementById('shell')), null, 'no first screen whose controls could not work');
        assert.equal(await page.evaluate(() => document.querySelectorAll('#app [data-item-id]').length), 0);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

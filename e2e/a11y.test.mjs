// Accessibility: axe-core on every view (in its own tests: injecting axe needs
// bypassCSP, so these never share a page with the CSP and zero-request checks),
// the font size at 150 % on a phone, and a keyboard-only journey.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ChecklistPage, FILE_URL, ResultsPage, showPage, withPage as withBrowserPage } from './support.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe is injected with bypassCSP; page errors are not this file's subject. */
function withPage(body, options = {}) {
  return withBrowserPage((page) => body(page), { options, allowErrors: true });
}

/** Runs axe on the page as it is; returns serious and critical violations. */
async function audit(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document));
  assert.ok(result.passes.length > 10, `axe checked the page (${result.passes.length} rules passed)`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function filled(page) {
  const c = await new ChecklistPage(page).open(FILE_URL);
  await c.rate('w1-zhongcheng', 'hao');
  await c.rate('w3-peixun', 'yiban');
  await c.rate('w5-baxiang', 'jiaocha');
  await c.item('w1-zhongcheng').getByText('具体事例（选填）').click();
  return c;
}

test('axe: no serious or critical violations on every view', async () => {
  await withPage(async (page) => {
    const c = await filled(page);
    const weak = c.item('w3-peixun');
    const add = weak.getByRole('button', { name: '＋ 写一个问题' });
    if (await add.count() === 0) await weak.locator('details.problems > summary').click();
    await add.click();
    await weak.getByLabel('问题表现（用自己的话，写出具体事例）').fill('业务培训学时不足，比如全年只参加2期集中培训');
    const found = {};
    found.checklist = await audit(page);
    await new ResultsPage(page).open();
    found.results = await audit(page);
    await showPage(page, '整改台账');
    await page.getByTestId('ledger-table').waitFor();
    found.ledger = await audit(page);
    await showPage(page, '草稿与备份');
    await page.getByRole('button', { name: '删除' }).first().click();
    found.drafts = await audit(page);
    await page.getByRole('button', { name: '取消' }).click();
    await showPage(page, '结果与报告');
    await page.emulateMedia({ media: 'print' });
    found.print = await audit(page);
    assert.deepEqual(found, { checklist: [], results: [], ledger: [], drafts: [], print: [] });
  }, { bypassCSP: true });
});

test('axe: the lock screen and the 本机加密 settings once encrypted', async () => {
  await withPage(async (page) => {
    await filled(page);
    await showPage(page, '草稿与备份');
    const lock = page.getByTestId('lock-settings');
    await lock.getByTestId('lock-new').fill('无障碍检查口令');
    await lock.getByTestId('lock-again').fill('无障碍检查口令');
    await lock.getByTestId('lock-submit').click();
    await lock.getByTestId('lock-done').waitFor({ timeout: 20000 });
    const found = { settings: await audit(page) };
    await page.locator('[data-action=lock-now]').click();
    await page.locator('#lock-screen').waitFor();
    found.lockScreen = await audit(page);
    assert.deepEqual(found, { settings: [], lockScreen: [] });
  }, { bypassCSP: true });
});

test('at 150 % on a 390 px phone nothing scrolls sideways', async () => {
  await withPage(async (page) => {
    const c = await filled(page);
    await page.getByRole('button', { name: '放大字号' }).click();
    await page.getByRole('button', { name: '放大字号' }).click();
    for (const view of ['逐条自评', '结果与报告', '草稿与备份']) {
      await showPage(page, view);
      await page.waitForTimeout(100);
      const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      assert.ok(scroll <= width, `${view}: content ${scroll}px wide in a ${width}px window`);
      // Every screen's button in sight: none off the edge of a row
      // scrolled sideways (草稿与备份, the backup, was).
      const off = await page.locator('#app').getByRole('navigation', { name: '页面' }).getByRole('button')
        .evaluateAll((els) => els.filter((e) => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth; })
          .map((e) => e.textContent));
      assert.deepEqual(off, [], `${view}: screens out of sight`);
    }
    await showPage(page, '逐条自评');
    await c.allRendered();
    // Kept for a person to look at (gitignored).
    mkdirSync('e2e/artifacts', { recursive: true });
    await page.screenshot({ path: 'e2e/artifacts/phone-150.png' });
  }, { viewport: { width: 390, height: 844 } });
});

test('keyboard only: rate a whole checklist, open results, export', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.tab('四个模范');
    // Start at the top of the page and only use the keyboard from here.
    await page.evaluate(() => document.activeElement?.blur());
    const items = await page.locator('[data-item-id]').count();
    let rated = 0;
    for (let presses = 0; presses < 600 && rated < items; presses++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        const item = el?.closest('[data-item-id]');
        return { radio: el?.type === 'radio', checked: el?.checked, item: item?.dataset.itemId ?? null,
          outline: el ? getComputedStyle(el).outlineStyle : 'none' };
      });
      assert.notEqual(focus.outline, 'none', 'focus is visible');
      if (focus.radio && !focus.checked) {
        await page.keyboard.press('Space');
        rated++;
      }
    }
    assert.equal(await page.getByTestId('completion').textContent(), `已评 ${items}/${items}`);
    assert.equal(await c.score(), '100.0');
    // To the results by keyboard: focus the nav button and press Enter.
    await page.getByRole('button', { name: '结果与报告' }).focus();
    await page.keyboard.press('Enter');
    await new ResultsPage(page).report().waitFor();
    const exportButton = page.getByRole('button', { name: '下载 .txt' });
    await exportButton.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /\.txt$/);
  }, { acceptDownloads: true });
});

test('focus lands sensibly when a confirmation closes', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    await showPage(page, '草稿与备份');
    await page.getByRole('button', { name: '新建自评' }).click();
    await showPage(page, '草稿与备份');
    const focused = (fn) => page.waitForFunction(fn, null, { timeout: 5000 });
    await page.locator('.draft-row').nth(1).getByRole('button', { name: '删除' }).focus();
    await page.keyboard.press('Enter');
    await focused(() => document.activeElement?.dataset.confirm === 'delete');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // 取消
    await focused(() => document.activeElement?.textContent === '删除');
    await page.keyboard.press('Enter');
    await focused(() => document.activeElement?.dataset.confirm === 'delete');
    await page.keyboard.press('Enter'); // 确认删除
    await focused(() => document.activeElement?.textContent === '撤销删除');
    await page.keyboard.press('Enter'); // 撤销删除
    await focused(() => document.activeElement?.closest('.draft-row') !== null);
    assert.equal(await page.locator('.draft-row').count(), 2);

    await page.getByTestId('import-input').setInputFiles({
      name: 'draft.json', mimeType: 'application/json', buffer: readFileSync('tests/fixtures/draft-v1.json'),
    });
    await focused(() => document.activeElement?.textContent === '确认导入');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // 取消
    await focused(() => document.activeElement?.dataset.action === 'import');

    await page.getByRole('button', { name: '清除本机数据' }).focus();
    await page.keyboard.press('Enter');
    await focused(() => document.activeElement?.dataset.confirm === 'clear');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // 取消
    await focused(() => document.activeElement?.dataset.action === 'clear');
  });
});

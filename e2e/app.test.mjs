// Whole journeys through the app, on the single file opened from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ChecklistPage, DraftsPage, FILE_URL, ResultsPage, eventually, saveState, showPage, storedKeys, withPage,
} from './support.mjs';

test('fill both checklists by mouse and keyboard, add notes, reload: all restored', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    // 五项工作 by mouse: everything 好, then one item 一般 with a rectification.
    const items = await page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.dataset.itemId));
    assert.equal(items.length, 29);
    await c.rate(items[0], 'hao');
    assert.equal(await c.score(), '100.0');
    assert.equal(await c.grade(), '优秀');
    for (const id of items.slice(1)) await c.item(id).locator('input[value=hao]').click();
    assert.equal(await page.getByTestId('completion').textContent(), '已评 29/29');
    await c.rate('w3-peixun', 'yiban');
    assert.equal(await c.score(), '98.4');
    const weak = c.item('w3-peixun');
    await weak.getByLabel('存在问题').fill('全年培训学时未达标');
    await weak.getByLabel('整改措施').fill('制定学习计划，补足学时');
    await weak.getByLabel('整改时限').fill('2027年3月底前');
    await c.item('w1-zhongcheng').getByText('具体事例（选填）').click();
    await c.item('w1-zhongcheng').getByLabel('具体事例 / 佐证').fill('讲授专题党课 2 次');
    // The veto: 较差 on the Eight-point Regulation caps the grade at 良好.
    await c.rate('w5-baxiang', 'jiaocha');
    assert.equal(await c.score(), '95.6');
    assert.equal(await c.grade(), '良好');
    assert.equal(await c.item('w5-baxiang').locator('input[value=na]').count(), 0, 'no 不适用 on a veto item');
    await c.rate('w5-baxiang', 'hao');
    assert.equal(await c.grade(), '优秀');

    // 四个模范 by keyboard only: focus each group, Space picks 好, → moves to 较好.
    await c.tab('四个模范');
    const models = await page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.dataset.itemId));
    assert.equal(models.length, 17);
    for (const id of models) {
      await c.item(id).locator('input[type=radio]').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await c.ratingOf('m2-duidai'), 'jiaohao');
    assert.equal(await c.score(), '80.0');
    assert.equal(await c.grade(), '良好');
    await c.waitSaved();

    await page.reload();
    await c.allRendered();
    assert.equal(await c.ratingOf('w3-peixun'), 'yiban');
    assert.equal(await c.item('w3-peixun').getByLabel('整改时限').inputValue(), '2027年3月底前');
    assert.equal(await c.item('w1-zhongcheng').getByLabel('具体事例 / 佐证').inputValue(), '讲授专题党课 2 次');
    assert.equal(await c.score(), '98.4');
    await c.tab('四个模范');
    assert.equal(await c.ratingOf('m4-fengxian'), 'jiaohao');

    // Results: both cards, the profile, the report with the person's words.
    const r = await new ResultsPage(page).open();
    assert.match(await r.card('wuxiang-gongzuo').textContent(), /98\.4 分 优秀/);
    assert.match(await r.card('sige-mofan').textContent(), /80\.0 分 良好/);
    assert.equal(await page.locator('.radar svg .radar-label').count(), 4);
    assert.match(await r.profileTable().textContent(), /讲政治.*重公道.*业务精.*作风好/s);
    const report = await r.report().inputValue();
    for (const part of ['一、主要成绩', '二、存在问题', '三、原因分析', '四、整改措施']) assert.ok(report.includes(part), part);
    assert.ok(report.includes('讲授专题党课 2 次'));
    assert.ok(report.includes('制定学习计划，补足学时（整改时限：2027年3月底前）'));
    assert.match(await page.getByTestId('rectify-list').textContent(), /制定学习计划/);
  });
});

test('the person\'s details and an edited report are kept, with a way back', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill('张三');
    await r.field('年度').fill('2026');
    await page.getByTestId('cause').fill('理论学习抓得不紧。');
    let report = await r.report().inputValue();
    assert.ok(report.startsWith('2026年度个人自评材料'));
    assert.ok(report.includes('姓名：张三'));
    assert.ok(report.includes('理论学习抓得不紧。'));
    await r.report().fill('我自己改写的报告');
    await c.waitSaved();
    await page.reload();
    await new ResultsPage(page).open();
    await eventually(() => r.report().inputValue(), '我自己改写的报告');
    assert.equal(await r.field('姓名').inputValue(), '张三');
    await page.getByRole('button', { name: '恢复为自动生成的文本' }).click();
    report = await r.report().inputValue();
    assert.ok(report.includes('姓名：张三'));
  });
});

test('drafts: create three, rename, duplicate, delete one and undo', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    const d = await new DraftsPage(page).open();
    await d.create();
    await showPage(page, '草稿与备份');
    await d.create();
    await showPage(page, '草稿与备份');
    assert.equal(await d.rows().count(), 3);
    await d.rename('新的自评 3', '2026年度民主生活会');
    assert.ok((await d.names()).includes('2026年度民主生活会'));
    await d.row('我的个人自评').getByRole('button', { name: '复制' }).click();
    assert.deepEqual(await d.names(), ['2026年度民主生活会', '新的自评 2', '我的个人自评', '我的个人自评（副本）']);
    // The copy carries the ratings.
    await d.row('我的个人自评（副本）').getByRole('button', { name: '打开' }).click();
    assert.equal(await c.ratingOf('w1-zhongcheng'), 'hao');
    assert.equal(await page.getByTestId('draft-name').textContent(), '我的个人自评（副本）');

    await showPage(page, '草稿与备份');
    await d.row('新的自评 2').getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确认删除' }).click();
    assert.equal(await d.rows().count(), 3);
    await c.waitSaved();
    assert.equal((await storedKeys(page)).filter((k) => k.startsWith('ziping.v1.draft.')).length, 3);
    await page.getByRole('button', { name: '撤销删除' }).click();
    assert.deepEqual(await d.names(), ['2026年度民主生活会', '新的自评 2', '我的个人自评', '我的个人自评（副本）']);
    await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('ziping.v1.draft.')).length === 4);

    // Reload: the open draft is the one that was open.
    await page.reload();
    await c.allRendered();
    assert.equal(await page.getByTestId('draft-name').textContent(), '我的个人自评（副本）');
  });
});

test('清除本机数据 removes this app\'s keys only, after confirmation', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await page.evaluate(() => localStorage.setItem('another-app', 'keep me'));
    await c.rate('w1-zhongcheng', 'hao');
    await c.waitSaved();
    await new DraftsPage(page).open();
    await page.getByRole('button', { name: '清除本机数据' }).click();
    await page.getByRole('button', { name: '确认清除' }).click();
    await page.reload();
    await c.allRendered();
    assert.equal(await c.ratingOf('w1-zhongcheng'), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('another-app')), 'keep me');
    assert.equal((await storedKeys(page)).filter((k) => k.startsWith('ziping.v1.draft.')).length, 0);
  });
});

test('a corrupt or newer stored value is reported and left in place', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await c.waitSaved();
    const key = (await storedKeys(page)).find((k) => k.startsWith('ziping.v1.draft.'));
    await page.evaluate((k) => {
      localStorage.setItem(k, localStorage.getItem(k).slice(0, 40));
      localStorage.setItem('ziping.v1.draft.future', '{"schema": 9, "id": "future"}');
    }, key);
    await page.reload();
    await c.allRendered();
    const notices = page.getByTestId('unreadable');
    await eventually(() => notices.count(), 2, 'both unreadable values are reported');
    assert.match(await notices.nth(0).textContent(), /无法读取.*没有改动它/s);
    assert.match(await notices.nth(1).textContent(), /更新版本的自评程序/);
    // Working on goes into a new draft; the damaged values stay as they were.
    await c.rate('w2-liju', 'hao');
    await c.waitSaved();
    assert.equal((await page.evaluate((k) => localStorage.getItem(k), key)).length, 40);
    assert.equal(await page.evaluate(() => localStorage.getItem('ziping.v1.draft.future')), '{"schema": 9, "id": "future"}');
    const download = page.waitForEvent('download');
    await notices.nth(1).getByRole('button', { name: '下载原始数据' }).click();
    assert.match((await download).suggestedFilename(), /无法读取的数据/);
  });
});

test('a failing write is shown at once with an export offered', async () => {
  await withPage(async (page) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    const error = page.getByTestId('save-error');
    await error.waitFor();
    assert.match(await error.textContent(), /本地存储空间已满/);
    assert.equal(await page.locator('.save.failed').textContent(), '保存失败');
    assert.equal(await c.score(), '100.0', 'the data stays in memory');
    const download = page.waitForEvent('download');
    await error.getByRole('button', { name: '立即导出备份文件' }).click();
    assert.match((await download).suggestedFilename(), /^从严治部自评备份-我的个人自评-\d{8}\.json$/);
  });
});

test('two windows on the same draft: the other one is told and chooses', async () => {
  await withPage(async (page, { context }) => {
    const a = await new ChecklistPage(page).open(FILE_URL);
    await a.rate('w1-zhongcheng', 'hao');
    await a.waitSaved();
    const other = await context.newPage();
    const b = await new ChecklistPage(other).open(FILE_URL);
    assert.equal(await b.ratingOf('w1-zhongcheng'), 'hao');
    await b.rate('w1-zhongcheng', 'jiaocha');
    await b.waitSaved();
    const notice = page.getByTestId('conflict');
    await notice.waitFor();
    assert.match(await notice.textContent(), /另一个窗口中被修改/);
    await notice.getByRole('button', { name: '采用另一窗口的内容' }).click();
    assert.equal(await a.ratingOf('w1-zhongcheng'), 'jiaocha');
    assert.equal(await page.getByTestId('conflict').count(), 0);
  });
});

test('Chinese input methods: no update lands inside a composition', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w2-liju', 'yiban');
    const field = c.item('w2-liju').getByLabel('存在问题');
    await field.focus();
    const before = (await saveState(page)).revision;
    // Simulate an IME: composition events around composing input events.
    await field.evaluate((el) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      el.value = 'gongdao';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'gongdao' }));
    });
    await page.waitForTimeout(50);
    assert.equal(await field.inputValue(), 'gongdao', 'the composing text is not reset');
    assert.equal((await saveState(page)).revision, before, 'nothing dispatched while composing');
    await field.evaluate((el) => {
      el.value = '公道';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: '公道' }));
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '公道' }));
    });
    await c.waitSaved();
    assert.equal(await field.inputValue(), '公道');
    await page.reload();
    await c.allRendered();
    assert.equal(await c.item('w2-liju').getByLabel('存在问题').inputValue(), '公道');
  });
});

test('the print view is the report alone, on A4', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await new ResultsPage(page).open();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.header').isVisible(), false);
    assert.equal(await page.getByTestId('report-text').isVisible(), false);
    const article = page.locator('.print-report');
    assert.equal(await article.isVisible(), true);
    assert.match(await article.textContent(), /个人自评材料.*一、主要成绩.*四、整改措施/s);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10000, 'a real PDF');
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  });
});

test('the font size is remembered and scales the page', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    await page.getByRole('button', { name: '放大字号' }).click();
    await page.getByRole('button', { name: '放大字号' }).click();
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '24px');
    await page.reload();
    await page.locator('[data-item-id]').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.className), 'font-150');
  }, { viewport: { width: 390, height: 800 } });
});

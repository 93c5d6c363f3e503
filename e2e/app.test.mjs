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
    assert.equal(await c.grade(), '', 'a 组织生活会 has no 等次');
    for (const id of items.slice(1)) await c.item(id).locator('input[value=hao]').click();
    assert.equal(await page.getByTestId('completion').textContent(), '已评 29/29');
    assert.equal(await c.grade(), '', 'a 组织生活会 has no 等次, rated through or not');
    await c.rate('w3-peixun', 'yiban');
    assert.equal(await c.score(), '98.8');
    const weak = c.item('w3-peixun');
    await weak.getByRole('button', { name: '＋ 写一个问题' }).click();
    await weak.getByLabel('问题表现（用自己的话，写出具体事例）').fill('全年培训学时未达标');
    await weak.getByLabel('整改措施').fill('制定学习计划，补足学时');
    await weak.getByLabel('整改时限').fill('2027年3月底前');
    await c.item('w1-zhongcheng').getByText('具体事例（选填）').click();
    await c.item('w1-zhongcheng').getByLabel('具体事例 / 佐证').fill('讲授专题党课 2 次');

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
    // A statement in both checklists is answered once: m4-lianjie is w5-baxiang.
    assert.equal(await c.ratingOf('m4-lianjie'), 'jiaohao');
    await c.waitSaved();

    await page.reload();
    await c.allRendered();
    assert.equal(await c.ratingOf('w3-peixun'), 'yiban');
    assert.equal(await c.ratingOf('w5-baxiang'), 'jiaohao', 'rated once, from 四个模范');
    assert.equal(await c.item('w3-peixun').getByLabel('整改时限').inputValue(), '2027年3月底前');
    assert.equal(await c.item('w1-zhongcheng').getByLabel('具体事例 / 佐证').inputValue(), '讲授专题党课 2 次');
    // Six shared statements (24 of 100 points) now at 较好, w3-peixun at 一般.
    assert.equal(await c.score(), '94.0');
    await c.tab('四个模范');
    assert.equal(await c.ratingOf('m4-fengxian'), 'jiaohao');

    // Results: both cards, the profile, the veto facts, the 材料.
    const r = await new ResultsPage(page).open();
    // A 组织生活会 has no 等次: the score alone.
    assert.match(await r.card('wuxiang-gongzuo').textContent(), /94\.0 分 已评 29\/29/);
    // A 组织生活会 has no 等次, so it asks no veto facts at all.
    assert.equal(await page.locator('[data-fact-id]').count(), 0);
    // The 自查 asks them, whether the person is a 报告对象 first, and only
    // then the 情形 (the 个人总结 too), and grades each checklist; a 个人总结
    // names no checklist grade (its one 等次 is 优秀/称职…).
    await page.getByTestId('occasion').selectOption('niandu-kaohe');
    await page.locator('[data-fact-id="f-baogao"]').waitFor();
    assert.doesNotMatch(await r.card('wuxiang-gongzuo').textContent(), /良好|优秀/);
    await page.getByTestId('occasion').selectOption('congyan-zicha');
    await page.locator('[data-fact-id="f-baogao"]').waitFor();
    for (const id of ['f-baxiang', 'f-jilv', 'f-chengjie', 'f-chufen']) {
      await page.locator(`[data-fact-id="${id}"]`).getByLabel('否').check();
    }
    await eventually(async () => /94\.0 分 还差1个否决事项/.test(await r.card('wuxiang-gongzuo').textContent()), true, 'the grade waits for 本人是否为报告对象');
    assert.equal(await page.locator('[data-fact-id="f-shixiang"]').count(), 0);
    await page.locator('[data-fact-id="f-baogao"]').getByLabel('是').click();
    await page.locator('[data-fact-id="f-shixiang"]').getByLabel('是').click();
    assert.match(await r.card('wuxiang-gongzuo').textContent(), /94\.0 分 良好/);
    await page.locator('[data-fact-id="f-baogao"]').getByLabel('否').click();
    assert.equal(await page.locator('[data-fact-id="f-shixiang"]').count(), 0);
    assert.match(await r.card('wuxiang-gongzuo').textContent(), /94\.0 分 优秀/);
    assert.match(await r.card('sige-mofan').textContent(), /80\.0 分 良好/);
    // A veto fact answered 是 rules out 优秀 whatever the score.
    await page.locator('[data-fact-id="f-baxiang"]').getByLabel('是').check();
    assert.match(await r.card('wuxiang-gongzuo').textContent(), /94\.0 分 良好/);
    await page.locator('[data-fact-id="f-baxiang"]').getByLabel('否').check();
    await page.getByTestId('occasion').selectOption('zuzhi-shenghuohui');
    assert.equal(await page.locator('.radar svg .radar-label').count(), 4);
    assert.match(await r.profileTable().textContent(), /讲政治.*重公道.*业务精.*作风好/s);
    const report = await r.report().inputValue();
    for (const part of ['一、上年度查摆问题整改落实情况', '二、存在的问题', '三、原因剖析', '四、整改措施']) assert.ok(report.includes(part), part);
    assert.ok(report.includes('全年培训学时未达标。'));
    assert.ok(report.includes('（一）2027年3月底前，制定学习计划，补足学时。'));
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
    assert.ok(report.startsWith('2026年度组织生活会个人对照检查材料'));
    assert.match(report, /\n　+张三\n/, 'the name on its own line at the end');
    assert.ok(!report.includes('姓名：'));
    assert.ok(report.includes('理论学习抓得不紧。'));
    await r.report().fill('我自己改写的报告');
    await c.waitSaved();
    await page.reload();
    await new ResultsPage(page).open();
    await eventually(() => r.report().inputValue(), '我自己改写的报告');
    assert.equal(await r.field('姓名').inputValue(), '张三');
    await page.getByRole('button', { name: '恢复为自动生成的文本' }).click();
    await page.locator('[data-confirm=reset]').click();
    report = await r.report().inputValue();
    assert.match(report, /\n　+张三\n/);
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
    // Each step below is drawn after its click returns: under load a read
    // made at once can come before it, so every read waits for its state.
    await eventually(() => d.rows().count(), 3, 'three drafts listed');
    await d.rename('新的自评 3', '2026年度民主生活会');
    // The list is drawn again after the click returns: wait for it.
    await eventually(async () => (await d.names()).includes('2026年度民主生活会'), true, 'renamed', 15000);
    await d.row('我的个人自评').getByRole('button', { name: '复制' }).click();
    await eventually(() => d.names(), ['2026年度民主生活会', '新的自评 2', '我的个人自评', '我的个人自评（副本）'], 'duplicated');
    // The copy carries the ratings.
    await d.row('我的个人自评（副本）').getByRole('button', { name: '打开' }).click();
    await eventually(() => page.getByTestId('draft-name').textContent(), '我的个人自评（副本）', 'the copy open');
    await eventually(() => c.ratingOf('w1-zhongcheng'), 'hao', 'the copy carries the rating');

    await showPage(page, '草稿与备份');
    await d.row('新的自评 2').getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确认删除' }).click();
    await eventually(() => d.rows().count(), 3, 'the deleted draft unlisted');
    await c.waitSaved();
    await eventually(async () => (await storedKeys(page)).filter((k) => k.startsWith('ziping.v1.draft.')).length, 3, 'its key removed');
    await page.getByRole('button', { name: '撤销删除' }).click();
    await eventually(() => d.names(), ['2026年度民主生活会', '新的自评 2', '我的个人自评', '我的个人自评（副本）'], 'undone');
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
    await c.rate('w2-ligong', 'hao');
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
    await c.rate('w2-ligong', 'yiban');
    await c.item('w2-ligong').getByRole('button', { name: '＋ 写一个问题' }).click();
    const label = '问题表现（用自己的话，写出具体事例）';
    const field = c.item('w2-ligong').getByLabel(label);
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
    assert.equal(await c.item('w2-ligong').getByLabel(label).inputValue(), '公道');
  });
});

test('Chinese input methods: a save that lands during a composition leaves it alone', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await c.waitSaved();
    const results = await new ResultsPage(page).open();
    // The 单位 field and the report's text are on the results page,
    // which redraws whenever the draft is saved.
    for (const field of [results.field('单位'), results.report()]) {
      await field.focus();
      // A committed edit (it will be saved shortly), then at once a
      // composition that is still going on when the save lands.
      await field.evaluate((el) => {
        el.value = '乙';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, data: '乙' }));
        el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
        el.value = '乙zu';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'zu' }));
      });
      await c.waitSaved();
      await page.waitForTimeout(50);
      assert.equal(await field.inputValue(), '乙zu', 'the composing text is not reset by the save');
      await field.evaluate((el) => {
        el.value = '乙组';
        el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '组' }));
      });
      await c.waitSaved();
      assert.equal(await field.inputValue(), '乙组');
    }
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
    assert.match(await article.textContent(), /组织生活会个人对照检查材料.*二、存在的问题.*四、整改措施/s);
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

test('another screen opens at its top, not at the last one\'s scroll', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    await page.evaluate(() => window.scrollTo(0, 2500));
    assert.ok(await page.evaluate(() => window.scrollY) > 1000, 'scrolled down the checklist');
    await new ResultsPage(page).open();
    await eventually(() => page.evaluate(() => window.scrollY), 0, 'the results screen at its top');
    await page.evaluate(() => window.scrollTo(0, 100000));
    await showPage(page, '整改台账');
    await eventually(() => page.evaluate(() => window.scrollY), 0, 'the ledger at its top');
  });
});

test('删除此问题: a problem with something written asks first; an empty one goes at once', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w3-peixun', 'yiban');
    const weak = c.item('w3-peixun');
    const problems = weak.locator('.problem');
    await weak.getByRole('button', { name: '＋ 写一个问题' }).click();
    await weak.getByLabel('问题表现（用自己的话，写出具体事例）').fill('全年培训学时未达标');
    await c.waitSaved();
    // Asked; 取消 keeps it.
    const asked = [];
    const answer = (accept) => page.once('dialog', (d) => { asked.push(d.message()); return accept ? d.accept() : d.dismiss(); });
    answer(false);
    await weak.getByRole('button', { name: '删除此问题' }).click();
    await eventually(() => asked.length, 1, 'asked');
    assert.match(asked[0], /^确定删除问题 1 吗？.*无法恢复/);
    assert.equal(await problems.count(), 1, 'kept when the person says no');
    assert.equal(await weak.getByLabel('问题表现（用自己的话，写出具体事例）').inputValue(), '全年培训学时未达标');
    // 确定 removes it, and the removal is stored.
    answer(true);
    await weak.getByRole('button', { name: '删除此问题' }).click();
    await eventually(() => problems.count(), 0, 'removed');
    await c.waitSaved();
    await page.reload();
    await c.allRendered();
    assert.equal(await c.item('w3-peixun').locator('.problem').count(), 0, 'still removed after a reload');
    // An empty problem goes at once, nothing asked.
    await c.item('w3-peixun').getByRole('button', { name: '＋ 写一个问题' }).click();
    await eventually(() => c.item('w3-peixun').locator('.problem').count(), 1, 'added');
    await c.item('w3-peixun').getByRole('button', { name: '删除此问题' }).click();
    await eventually(() => c.item('w3-peixun').locator('.problem').count(), 0, 'an empty one removed at once');
    assert.equal(asked.length, 2, 'nothing asked for an empty problem');
  });
});

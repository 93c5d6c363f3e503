// A first use, as a new cadre would (issue 29): the first screen says what
// they leave with and where they are; 下一条未评 lands below the sticky
// header; the header counts the missing veto facts and leads to them; no
// author notes on the checklist; the files say whose and which 材料; the
// gaps left are pointed out before a download; the lock screen has a way out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ChecklistPage, DraftsPage, FILE_URL, ResultsPage, eventually, showPage, waitAttached, waitSaved, withPage,
} from './support.mjs';

/** The header's bottom and the target's top, in the viewport. */
async function below(page, selector) {
  return page.evaluate((s) => {
    const header = document.querySelector('.header').getBoundingClientRect();
    const el = document.querySelector(s).getBoundingClientRect();
    const position = getComputedStyle(document.querySelector('.header')).position;
    // On a phone the header scrolls away (static): only the viewport counts.
    const bottom = position === 'sticky' ? header.bottom : 0;
    return { top: el.top, bottom, inView: el.top >= bottom - 1 && el.top < innerHeight };
  }, selector);
}

/** Whether the focused element is inside the viewport and not under the header. */
async function focusedVisible(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'nothing focused';
    const r = a.getBoundingClientRect();
    const header = document.querySelector('.header');
    const bottom = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    return r.top >= bottom - 1 && r.bottom <= innerHeight ? 'visible' : `hidden at ${r.top} (header ${bottom})`;
  });
}

test('first screen: what they leave with, the path, the occasion chosen at the start', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const line = page.getByTestId('start-line');
    assert.match(await line.textContent(), /本程序为您起草.*的材料，并生成整改台账。所有内容只保存在本机浏览器中，不会上传。/);
    assert.ok((await line.boundingBox()).y < 400, 'above the fold');
    const steps = await page.getByTestId('path').locator('.step-link').allTextContents();
    assert.deepEqual(steps, ['自评', '查摆问题', '个人信息与场合', '材料', '台账']);
    assert.equal(await page.getByTestId('path').locator('[aria-current]').textContent(), '自评');
    // The occasion chosen here is the 材料's.
    await page.getByTestId('start-occasion').selectOption('niandu-kaohe');
    const r = await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('occasion').inputValue(), 'niandu-kaohe');
    assert.match(await r.report().inputValue(), /^(\d+年度)?个人总结\n/);
    // 相对薄弱的条目 with nothing rated.
    assert.ok((await page.locator('.lists').textContent()).includes('还没有评分的条目。'));
    // No author notes on the checklist screen; they are with the template's version.
    await showPage(page, '逐条自评');
    for (const tab of ['五项工作', '四个模范']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      const text = await page.locator('.checklist').textContent();
      for (const note of ['第 2 版', '第 3 版', '所依据的汇报材料', '请各部门']) assert.ok(!text.includes(note), `${note} on ${tab}`);
    }
    // The path's 查摆问题 goes where a problem is written (a free one here;
    // one on an item, it says, under the item).
    await page.getByTestId('path').getByRole('button', { name: '查摆问题' }).click();
    await eventually(async () => {
      const b = await page.getByTestId('free-problems').boundingBox();
      return b !== null && b.y >= 0 && b.y < 400;
    }, true, 'the free problems at the top of the view');
    await new DraftsPage(page).open();
    assert.match((await page.getByTestId('template-notes').allTextContents()).join(''), /版本说明：.*所依据的汇报材料未列出“四个模范”的具体表述/);
    // Each template once, at its newest version; the older ones folded under
    // 旧版本, newest first; 导出模板 on one line at 1280 and 390 px.
    const titles = (sel) => page.locator(sel).evaluateAll((els) => els.map((e) => e.textContent));
    assert.deepEqual(await titles('.template-list > .template-row > span:first-child'),
      ['五项工作（内置，第 4 版，29 条）', '四个模范（内置，第 3 版，17 条）']);
    assert.deepEqual(await page.locator('.template-old summary').allTextContents(), ['旧版本（3）', '旧版本（2）']);
    assert.deepEqual((await titles('.template-old .template-row > span:first-child')).map((t) => t.replace(/（内置，(第 \d 版).*/, '$1')),
      ['五项工作第 3 版', '五项工作第 2 版', '五项工作第 1 版', '四个模范第 2 版', '四个模范第 1 版']);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const b = await page.locator('.template-list > .template-row .button').first().boundingBox();
      assert.ok(b.width > 2 * b.height, `导出模板 on one line at ${width} px: ${b.width} x ${b.height}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['390 px phone', { width: 390, height: 844 }]]) {
  test(`下一条未评 and the table of contents land below the header, focus visible (${name})`, async () => {
    await withPage(async (page) => {
      await page.setViewportSize(viewport);
      const c = await new ChecklistPage(page).open(FILE_URL);
      const ids = await page.locator('#app [data-item-id]').evaluateAll((els) => els.map((e) => e.dataset.itemId));
      // Rate the first few, then jump to the next one.
      for (const id of ids.slice(0, 5)) await c.rate(id, 'hao');
      await page.locator('.next-unanswered').click();
      const target = `[data-item-id="${ids[5]}"]`;
      await eventually(async () => (await below(page, target)).inView, true, 'the item is below the header');
      assert.equal(await page.evaluate(() => document.activeElement.type), 'radio');
      assert.equal(await page.evaluate((s) => document.querySelector(s).contains(document.activeElement), target), true);
      assert.equal(await focusedVisible(page), 'visible');
      // And from further down, the table of contents (desktop: it is beside the list).
      if (viewport.width > 800) {
        await page.locator('.toc li button').nth(2).click();
        await eventually(() => focusedVisible(page), 'visible', 'the section\'s first rating');
      }
    });
  });
}

test('header: each checklist named, a running score muted, the missing veto facts counted with the way to them', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    assert.equal(await page.getByTestId('missing-facts').count(), 0, 'a new user is not told yet');
    await c.rate('w1-zhongcheng', 'hao');
    // A 组织生活会 (the default) has no 等次, so it asks no veto facts.
    await c.waitSaved();
    assert.equal(await page.getByTestId('missing-facts').count(), 0, 'a 组织生活会 asks no veto facts');
    assert.equal(await page.locator('[data-testid=facts]').count(), 0);
    await page.getByTestId('start-occasion').selectOption('congyan-zicha');
    const entries = page.locator('.header .score-entry');
    assert.equal(await entries.count(), 2);
    assert.match(await entries.nth(0).textContent(), /^五项工作/);
    assert.match(await entries.nth(1).textContent(), /四个模范/);
    assert.match(await entries.nth(0).getAttribute('class'), /provisional/, 'one rating: a running score');
    // The same figures whichever tab is shown.
    const before = await entries.allTextContents();
    await c.tab(/四个模范/);
    assert.deepEqual(await entries.allTextContents(), before);
    const missing = page.getByTestId('missing-facts');
    const n = Number((await missing.textContent()).match(/^还差(\d+)个否决事项$/)[1]);
    assert.ok(n >= 4, `${n} facts`);
    await missing.click();
    await eventually(async () => (await below(page, '[data-testid=facts]')).inView, true, 'the facts in view');
    await page.locator('[data-fact-id] input[type=radio]').first().check();
    await eventually(() => missing.textContent(), `还差${n - 1}个否决事项`, 'counted down');
  });
});

test('file names say whose and which 材料; gaps pointed out before a download, each a jump', async () => {
  await withPage(async (page, { work }) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    const r = await new ResultsPage(page).open();
    const gaps = page.getByTestId('gaps');
    await gaps.waitFor();
    const count = async () => Number((await gaps.textContent()).match(/^还有(\d+)处待补充/)[1]);
    const first = await count();
    assert.ok(first > 0);
    // A jump selects the gap in the text, in view.
    await gaps.locator('[data-action=gap]').first().click();
    const selected = await page.evaluate(() => {
      const a = document.querySelector('textarea[data-testid=report-text]');
      return document.activeElement === a ? a.value.slice(a.selectionStart, a.selectionEnd) : null;
    });
    assert.match(selected, /^【待补充/);
    await r.field('姓名').fill('张晓梅');
    await r.field('年度').fill('2026');
    await eventually(async () => (await count()) < first, true, 'the name and year filled: fewer gaps');
    await waitSaved(page);
    const download = async (label) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      await d.saveAs(join(work, d.suggestedFilename()));
      return d.suggestedFilename();
    };
    assert.equal(await download('下载 Word (.docx)'), '张晓梅-2026年度组织生活会个人对照检查材料.docx');
    assert.equal(await download('下载 .txt'), '张晓梅-2026年度组织生活会个人对照检查材料.txt');
    assert.equal(await download('下载 .md'), '张晓梅-2026年度组织生活会个人对照检查材料.md');
    const txt = readFileSync(join(work, '张晓梅-2026年度组织生活会个人对照检查材料.txt'), 'utf8');
    assert.ok(txt.includes('张晓梅'));
    // As Notepad on Windows 7 reads it: a byte-order mark, CRLF line ends.
    assert.ok(txt.startsWith('\ufeff'), 'a byte-order mark');
    assert.ok(txt.includes('\r\n') && !/[^\r]\n/.test(txt), 'CRLF line ends');
    // Never blocking, one notice.
    assert.equal(await page.locator('.report .notice.warning').count(), 1);
    await page.getByTestId('occasion').selectOption('minzhu-pingyi');
    assert.equal(await download('下载 .txt'), '张晓梅-2026年度民主评议党员个人自评材料.txt');
    await showPage(page, '整改台账');
    assert.equal(await download('下载 Excel (.xlsx)'), '张晓梅-2026年度个人整改台账.xlsx');
  });
});

test('lock screen: 忘记口令？ explains, then 清除本机数据并导入备份 behind typing 清除; unlocking returns to the screen', async () => {
  await withPage(async (page, { work }) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill('张晓梅');
    await waitSaved(page);
    // A backup first, as the lock's settings advise.
    await new DraftsPage(page).open();
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出全部草稿/ }).first().click()]);
    const backup = join(work, d.suggestedFilename());
    await d.saveAs(backup);
    const panel = page.getByTestId('lock-settings');
    await panel.getByTestId('lock-new').fill('口令一二三四五六');
    await panel.getByTestId('lock-again').fill('口令一二三四五六');
    await panel.getByTestId('lock-submit').click();
    await panel.getByTestId('lock-done').waitFor({ timeout: 20000 });
    const [e] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /导出加密备份/ }).click()]);
    const sealed = join(work, `加密-${e.suggestedFilename()}`);
    await e.saveAs(sealed);

    // Locked on 草稿与备份; unlocked, back there.
    await page.locator('[data-action=lock-now]').click();
    await waitAttached(page, '#lock-screen');
    await page.getByTestId('unlock-passphrase').fill('口令一二三四五六');
    await page.getByTestId('unlock').click();
    await page.locator('.draft-list').waitFor({ timeout: 20000 });
    assert.equal(await page.getByRole('navigation', { name: '页面' }).locator('[aria-current=page]').textContent(), '草稿与备份');

    // Forgotten: clear and import the backup from the lock screen.
    await page.reload();
    await waitAttached(page, '#lock-screen');
    await page.getByRole('button', { name: '忘记口令？' }).click();
    const forgot = page.getByTestId('forgot');
    assert.match(await forgot.textContent(), /口令无法找回.*清除本机保存的全部内容.*再导入此前导出的备份/);
    const go = forgot.locator('[data-confirm=forgot]');
    assert.equal(await go.textContent(), '清除本机数据并导入备份');
    assert.equal(await go.isDisabled(), true, 'not before 清除 is typed');
    // An encrypted backup wants the passphrase forgotten: refused, and
    // nothing is cleared.
    await forgot.getByTestId('forgot-backup').setInputFiles(sealed);
    await forgot.getByTestId('forgot-word').fill('清除');
    await go.click();
    assert.match(await forgot.getByTestId('forgot-failed').textContent(), /是加密备份.*本机数据没有改动/);
    assert.ok((await page.evaluate(() => Object.keys(localStorage))).includes('ziping.v1.lock'), 'nothing cleared');
    await forgot.getByTestId('forgot-backup').setInputFiles(backup);
    await forgot.getByTestId('forgot-word').fill('清');
    assert.equal(await go.isDisabled(), true);
    await forgot.getByTestId('forgot-word').fill('清除');
    // Clicked twice: one clearing, one import (the file is read first).
    await go.dblclick();
    // Imported at once (the data was just cleared: nothing to overwrite),
    // exactly once, with no empty draft of the same name beside it, and open.
    await page.getByTestId('import-notice').waitFor({ timeout: 20000 });
    assert.equal(await page.getByTestId('import-confirm').count(), 0, 'no second confirmation');
    await waitSaved(page);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(!stored.includes('ziping.v1.lock'), 'no passphrase any more');
    assert.deepEqual(await page.locator('.draft-title').evaluateAll((els) => els.map((e) => e.firstChild.textContent)),
      ['我的个人自评']);
    assert.equal(await page.locator('.draft-row.current').getByRole('button', { name: '打开' }).count(), 0,
      'the open draft offers no 打开');
    assert.equal(await page.locator('.draft-row.current .draft-title .tag').textContent(), '当前');
    await new ResultsPage(page).open();
    await eventually(() => page.getByLabel('姓名', { exact: true }).inputValue(), '张晓梅', 'the backup is back');
  });
});

test('the header: no grade word for a 组织生活会, compact on a phone; the 年度 given; 马上改 as the 材料 says it; the cause named', async () => {
  await withPage(async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const c = await new ChecklistPage(page).open(FILE_URL);
    const height = await page.evaluate(() => document.querySelector('#app .header').getBoundingClientRect().height);
    assert.ok(height <= 150, `header ${height} px tall at 390 px`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await c.rate('w1-zhongcheng', 'hao');
    // A 组织生活会 has no 等次 (GENRE §1): the score, muted, and no grade word.
    assert.equal(await c.score(), '100.0');
    assert.equal(await c.grade(), '');
    assert.equal(await page.getByTestId('grade').isVisible(), false);
    assert.match(await page.locator('#app .header .score-entry').first().getAttribute('class'), /provisional/);
    await page.getByTestId('start-occasion').selectOption('congyan-zicha');
    await eventually(() => c.grade(), '评完后确定', 'the 自查 has a 等次');
    // A 民主评议 gives one 等次 for the whole draft in its own words (结果与报告
    // shows it), never a checklist's 良好.
    await page.getByTestId('start-occasion').selectOption('minzhu-pingyi');
    await eventually(() => c.grade(), '', 'the 民主评议 names no checklist grade');
    await page.getByTestId('start-occasion').selectOption('zuzhi-shenghuohui');
    await eventually(() => c.grade(), '', 'and the 组织生活会 none');
    // A problem with 马上改 and a cause: the cause's field has its own label.
    await c.rate('w3-peixun', 'yiban');
    const weak = c.item('w3-peixun');
    await weak.getByRole('button', { name: '＋ 写一个问题' }).click();
    await weak.getByLabel('问题表现（用自己的话，写出具体事例）').fill('全年培训学时未达标');
    await weak.getByLabel('整改措施').fill('制定学习计划，补足学时');
    await weak.getByLabel('整改时限').fill('马上改');
    await weak.getByRole('button', { name: '＋ 添加原因' }).click();
    const cause = weak.getByRole('textbox', { name: '原因', exact: true });
    await cause.fill('理论学习抓得不紧');
    assert.ok((await weak.locator('.cause .field-label').boundingBox()).width > 10, 'the label is shown');
    const r = await new ResultsPage(page).open();
    assert.match(await page.getByTestId('rectify-list').textContent(), /时限：立行立改/);
    assert.equal(await weak.getByLabel('整改时限').count(), 0, 'on another screen');
    // A new draft assesses the year: January–June the year before (UTC+8).
    const year = await page.evaluate(() => {
      const d = new Date(Date.now() + 8 * 3600e3);
      return String(d.getUTCMonth() < 6 ? d.getUTCFullYear() - 1 : d.getUTCFullYear());
    });
    assert.equal(await r.field('年度').inputValue(), year);
    assert.ok((await r.report().inputValue()).startsWith(`${year}年度组织生活会个人对照检查材料`));
  });
});

test('a card rated through says which veto facts it waits on, and leads to them on this screen', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await page.getByTestId('start-occasion').selectOption('congyan-zicha');
    const items = await page.locator('#app [data-item-id]').evaluateAll((els) => els.map((e) => e.dataset.itemId));
    await c.rate(items[0], 'hao');
    const r = await new ResultsPage(page).open();
    const card = r.card('wuxiang-gongzuo');
    assert.match(await card.textContent(), /参考等次评完后确定：还有 28 项未评，\d+ 个否决事项见下方。/);
    assert.ok(!(await card.textContent()).includes('在“结果与报告”中回答'), 'no pointer to the screen it is on');
    // A running score is muted, as in the header, until each section has a rating.
    const line = card.locator('.score-line');
    assert.match(await line.getAttribute('class'), /provisional/);
    const color = () => card.locator('.big-score').evaluate((e) => getComputedStyle(e).color);
    const muted = await color();
    await showPage(page, '逐条自评');
    await c.allRendered();
    for (const id of items.slice(1)) await c.rate(id, 'hao');
    await new ResultsPage(page).open();
    const waits = card.getByTestId('card-missing-facts');
    const n = Number((await waits.textContent()).match(/^还差(\d+)个否决事项$/)[1]);
    assert.ok(n >= 4, `${n} facts`);
    assert.doesNotMatch(await card.textContent(), /评完后确定/);
    assert.doesNotMatch(await line.getAttribute('class'), /provisional/);
    assert.notEqual(await color(), muted, 'the full score in the accent colour');
    await page.evaluate(() => window.scrollTo(0, 0));
    await waits.click();
    await eventually(async () => (await below(page, '[data-testid=facts]')).inView, true, 'the facts in view');
  });
});

test('the path ticks 材料 and 台账 once their screens are opened, not before', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await page.getByTestId('start-occasion').selectOption('zuzhi-shenghuohui');
    for (const tab of ['五项工作', '四个模范']) {
      await c.tab(tab);
      const items = await page.locator('#app [data-item-id]').evaluateAll((els) => els.map((e) => e.dataset.itemId));
      for (const id of items) await c.rate(id, 'hao');
    }
    await c.tab('五项工作');
    for (let k = 0; k < 3; k++) {
      const item = c.item(['w1-zhongcheng', 'w2-ligong', 'w3-peixun'][k]);
      await item.getByText('查摆问题', { exact: true }).click();
      await item.getByRole('button', { name: '＋ 写一个问题' }).click();
      await item.getByLabel('问题表现（用自己的话，写出具体事例）').fill(`问题${k}，比如某次会议前准备不足`);
    }
    const done = () => page.locator('#app [data-testid=path] .step.done .step-link').allTextContents();
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill('张晓梅');
    await eventually(async () => (await done()).map((s) => s.replace('✓', '')), ['自评', '查摆问题', '个人信息与场合', '材料']);
    await showPage(page, '整改台账');
    await eventually(async () => (await done()).length, 5, 'the ledger seen');
  });
});

// 材料体检 (issue 25): findings under the field they concern and in the
// panel heading the 材料, a fix in one click, 忽略 kept over a reload, a
// notice (never a block) when copying with 须修改 left, nothing in print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChecklistPage, FILE_URL, ResultsPage, eventually, withPage } from './support.mjs';

const checksIn = (locator) => locator.locator('[data-check]').evaluateAll(
  (els) => els.map((e) => e.dataset.check).sort());

test('材料体检: until the first check has run, the panel says it is checking, never 没有发现…', async () => {
  await withPage(async (page) => {
    // The page's clock held still from the start, so the first check (2 s
    // after the app starts) cannot have run when the panel is first read.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.goto(FILE_URL);
    await page.locator('#app .checklist').waitFor();
    await new ResultsPage(page).open();
    const pending = page.getByTestId('checkup-pending');
    assert.equal(await pending.count(), 1, 'checking');
    assert.equal(await page.getByTestId('checkup').getByText('没有发现').count(), 0);
    assert.equal(await page.getByTestId('checkup-counts').count(), 0);
    // Then 2 s pass, and the result replaces it.
    await page.clock.runFor(2_500);
    await eventually(() => pending.count(), 0, 'the first check ran');
    await eventually(() => page.getByTestId('checkup-counts').count(), 1, 'the counts shown');
  });
});

test('材料体检: a vague problem flagged under its fields and in the panel; a fix; 忽略 kept; not printed', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const r = await new ResultsPage(page).open();
    await eventually(() => page.getByTestId('checkup-pending').count(), 0, 'the first check ran');
    const free = page.getByTestId('free-problems');
    await free.getByRole('button', { name: '＋ 写一个问题' }).click();
    const p = free.locator('.problem').first();
    await p.getByTestId('problem-aspect').selectOption('真抓实干强作风');
    await p.getByLabel('问题表现（用自己的话，写出具体事例）').fill('工作作风不够扎实');
    await p.getByRole('button', { name: '＋ 添加原因' }).click();
    await p.getByLabel('原因', { exact: true }).fill('工作太忙');
    await p.getByLabel('整改措施').fill('进一步提高认识');
    await p.getByLabel('整改时限').fill('马上改');

    // Under each field, after the pause.
    const under = (label) => p.locator('.field-with-findings, .cause').filter({ has: page.getByLabel(label, { exact: true }) });
    await eventually(() => checksIn(under('问题表现（用自己的话，写出具体事例）')), ['no-instance'], 'no-instance under 表现');
    assert.deepEqual(await checksIn(under('原因')), ['objective-cause']);
    assert.deepEqual(await checksIn(under('整改措施')), ['empty-measure']);
    // And in the panel, with the counts.
    const panel = page.getByTestId('checkup');
    const inPanel = await checksIn(panel);
    for (const id of ['no-instance', 'objective-cause', 'empty-measure', 'deadline-unclear']) {
      assert.ok(inPanel.includes(id), `${id} in the panel (${inPanel})`);
    }
    assert.match(await page.getByTestId('checkup-counts').textContent(), /须修改 \d+ · 建议 \d+ · 提示 \d+/);
    // The 材料 reads them as the 体检 does: the bare label asked for its
    // instance, the circumstance blamed asked about, never called a root.
    await eventually(async () => (await r.report().inputValue()).includes(
      '工作作风不够扎实。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】'), true, 'the instance asked for');
    const asked = await r.report().inputValue();
    assert.match(asked, /“工作太忙”是客观原因，从主观上查找根源】这是/);
    assert.doesNotMatch(asked, /】工作太忙。/);
    // Named by the problem, as its card is numbered within its item (问题3 beside a card's 问题 1 misled).
    assert.equal(await panel.locator('[data-check="empty-measure"] .finding-where').first().textContent(), '问题“工作作风不够扎实”·整改措施');

    // 定位 puts the cursor in the field and shows it below the sticky header
    // (it scrolled the findings under the field there, the field hidden
    // behind the header, or above the screen on a phone).
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await panel.locator('[data-check="no-instance"]').getByRole('button', { name: '定位' }).click();
      const field = p.getByLabel('问题表现（用自己的话，写出具体事例）');
      await eventually(() => field.evaluate((el) => el === document.activeElement), true, `the 表现 focused at ${width}`);
      const where = await page.evaluate(() => {
        const header = document.querySelector('.header').getBoundingClientRect().bottom;
        const r = document.activeElement.getBoundingClientRect();
        return { header, top: r.top, bottom: r.bottom, height: innerHeight };
      });
      assert.ok(where.top >= where.header && where.top < where.height, `the field shown at ${width}: ${JSON.stringify(where)}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // 马上改 → 立行立改 in one click.
    const deadline = under('整改时限');
    await deadline.locator('[data-check="deadline-unclear"]').getByTestId('finding-fix').click();
    await eventually(() => p.getByLabel('整改时限').inputValue(), '立行立改', 'fixed in one click');
    await eventually(() => checksIn(deadline), [], 'the finding goes once fixed');

    // Copying with 须修改 left: a notice, and the copy still done.
    await page.getByRole('button', { name: '复制全文' }).click();
    await eventually(() => page.getByTestId('checkup-warning').count(), 1, 'the 须修改 notice');
    assert.match(await page.getByTestId('checkup-warning').textContent(), /材料体检还有 \d+ 项“须修改”/);
    // The copy's word goes with the next download (it stayed, said of the download).
    const status = page.locator('.report span.muted[role=status]');
    await eventually(async () => (await status.textContent()) !== '', true, 'the copy answered');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .txt' }).click()]);
    await eventually(() => status.textContent(), '', 'no word of the copy after a download');

    // 忽略 the objective cause: gone, counted, and still gone after a reload.
    await under('原因').locator('[data-check="objective-cause"]').getByTestId('finding-ignore').click();
    await eventually(() => checksIn(under('原因')), [], 'ignored');
    await eventually(async () => /已忽略 1/.test(await page.getByTestId('checkup-counts').textContent()), true, 'counted');
    await c.waitSaved();
    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    const again = page.getByTestId('free-problems').locator('.problem').first();
    await eventually(() => checksIn(page.getByTestId('checkup')).then((ids) => ids.includes('no-instance')), true,
      'checked again after the reload');
    assert.ok(!(await checksIn(page.getByTestId('checkup'))).includes('objective-cause'), 'still ignored');
    // The person's own words then, in the 材料 too.
    await eventually(async () => /】工作太忙。这是/.test(await r.report().inputValue()), true, 'the ignored cause printed');
    // Other words there: it returns.
    await again.getByLabel('原因', { exact: true }).fill('人少事多');
    await eventually(() => checksIn(page.getByTestId('checkup')).then((ids) => ids.includes('objective-cause')), true,
      'back when the words change');

    // A 共性问题 of stock phrases, however long: no instance, the phrase
    // named under the field, and the instance asked for in the 材料.
    const stock = '理论学习还不够系统深入，有时存在以干代学、以会代学的现象，学习的深度和广度还有待进一步加强';
    await again.getByLabel('问题表现（用自己的话，写出具体事例）').fill(stock);
    const said = () => again.locator('.field-with-findings [data-check="no-instance"]')
      .evaluateAll((els) => els.map((e) => e.textContent).join(''));
    await eventually(async () => /“以干代学”是人人都能写的套话/.test(await said()), true, 'the stock phrase named');
    await eventually(async () => (await r.report().inputValue()).includes(`${stock}。【待补充：举一件具体的事`), true,
      'the instance asked for in the 材料');

    // Print: no finding, no panel, and the printed 材料 without their words.
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('[data-check], [data-testid="checkup"]').evaluateAll(
      (els) => els.filter((e) => e.offsetParent !== null || e.getClientRects().length > 0).length);
    assert.equal(shown, 0, 'nothing of the 体检 is printed');
    const printed = await page.locator('.print-report').innerText();
    assert.ok(printed.includes('有时存在以干代学'), 'the 材料 prints');
    assert.doesNotMatch(printed, /须修改|忽略|材料体检/);
    await page.emulateMedia({ media: 'screen' });
    assert.doesNotMatch(await r.report().inputValue(), /须修改|材料体检/);
  });
});

// The meeting's preparation not written: a 提示 under the 会前准备 fields
// (the 材料's opening leaves the clause out), gone once a figure is given.
test('材料体检: 会前准备 not written is pointed out under its fields, and goes once given', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await new ResultsPage(page).open();
    const finding = page.locator('[data-testid="preparation"] [data-place="person:talks"] [data-check="missing-preparation"]');
    await finding.waitFor();
    assert.match(await finding.textContent(), /提示.*还没填会前谈心谈话的人次/);
    await page.getByTestId('talks').fill('12');
    await c.waitSaved();
    await eventually(() => finding.count(), 0, 'gone once the 谈心谈话 are given');
  });
});

test('材料体检: spoken words in a member\'s 交办任务 are pointed out under it and written out in one click', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await new ResultsPage(page).open();
    await page.getByTestId('occasion').selectOption('minzhu-pingyi');
    const tasks = page.getByTestId('member-tasks');
    await tasks.fill('帮支部写简报6篇，挺有收获');
    const under = page.locator('.field-with-findings').filter({ has: tasks });
    await eventually(() => checksIn(under), ['colloquial'], 'colloquial under 交办任务');
    await under.getByRole('button', { name: '改为“比较”' }).click();
    await eventually(() => tasks.inputValue(), '帮支部写简报6篇，比较有收获', 'written out');
    await eventually(() => checksIn(under), [], 'and the finding goes');
    await c.waitSaved();
  });
});

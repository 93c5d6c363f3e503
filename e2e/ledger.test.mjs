// The ledger journey (issue 13): last year's draft has three problems; one is
// marked 已完成 and one has a 时限 of 长期坚持; it is carried into next year, whose
// 材料 part 一 says 3 / 1 / 2 and lists them; the new year is rated differently
// and a problem is raised again (老问题); the compare view shows the changes;
// the ledger goes out as .xlsx and .docx, which LibreOffice converts (CSV
// checked row by row, PDF landscape); after a reload everything is still there;
// a backup imported on another computer restores the chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ChecklistPage, DraftsPage, FILE_URL, ImportPanel, ResultsPage, eventually, launch, showPage, soffice,
  printedPdf, tempProfile, waitSaved, withPage, download, parseCsv,
} from './support.mjs';

const PROBLEMS = [
  { item: 'w1-xuexi', level: 'yiban', text: '理论学习还不够深入，比如第一议题学习后没有及时写体会', measure: '制定个人学习计划，每月撰写学习体会', deadline: '2027年3月底前' },
  { item: 'w2-laohaoren', level: 'jiaohao', text: '坚持原则还不够，比如发现报送材料不规范时只是电话提醒', measure: '对报送材料逐份审核，发现问题当即退回', deadline: '长期坚持' },
  { item: 'w3-peixun', level: 'hao', text: '业务培训学时不足，比如全年只参加2期集中培训', measure: '补足培训学时', deadline: '2026年3月底前' },
];

async function writeProblem(c, p) {
  await c.rate(p.item, p.level);
  const item = c.item(p.item);
  const add = item.getByRole('button', { name: '＋ 写一个问题' });
  // A weak rating opens the problems at once; otherwise open them.
  if (await add.count() === 0) await item.locator('details.problems > summary').click();
  await add.click();
  await item.getByLabel('问题表现（用自己的话，写出具体事例）').fill(p.text);
  await item.getByLabel('整改措施').fill(p.measure);
  await item.getByLabel('整改时限').fill(p.deadline);
}

async function ledgerRows(page) {
  return page.locator('[data-testid=ledger-table] tbody tr').count();
}

test('ledger: statuses, carry into next year, compare, .xlsx and .docx out, reload, a backup restores the chain', async () => {
  await withPage(async (page, { work, context }) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    for (const p of PROBLEMS) await writeProblem(c, p);
    let r = await new ResultsPage(page).open();
    await r.field('姓名').fill('张三');
    await r.field('单位').fill('某市委组织部干部一科');
    await r.field('年度').fill('2026');
    await waitSaved(page);

    // Last year's ledger: three rows, the one past its 时限 marked overdue.
    await showPage(page, '整改台账');
    assert.equal(await ledgerRows(page), 3);
    assert.equal(await page.getByTestId('ledger-head').textContent(), '单位：某市委组织部干部一科　姓名：张三　年度：2026');
    const row = (i) => page.locator('[data-testid=ledger-table] tbody tr').nth(i);
    assert.equal(await row(2).getAttribute('class'), 'ledger-row overdue', '2026年3月底前 has passed');
    assert.ok((await row(2).textContent()).includes('已逾期'));
    assert.equal(await row(1).locator('select').inputValue(), '长期坚持', 'a 时限 of 长期坚持 makes the row 长期坚持');
    assert.equal(await row(0).getAttribute('class'), 'ledger-row', '2027年3月底前 is still ahead');
    // Mark the first one done: its 销号日期 fills in; the overdue one in progress.
    await row(0).locator('select').selectOption('已完成');
    await row(0).getByLabel('整改进展').fill('制定学习计划，全年撰写学习体会10篇');
    await eventually(() => row(0).getByLabel('销号日期').inputValue().then((v) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(v)), true, '销号日期 filled');
    // Reopened, the day stays on screen, said not to be sent; closed again, as before.
    const unused = () => row(0).getByLabel('销号日期（未完成，导出和报支部时不写）').count();
    assert.equal(await unused(), 0);
    await row(0).locator('select').selectOption('推进中');
    await eventually(unused, 1, 'the kept day is said not to be sent');
    await row(0).locator('select').selectOption('已完成');
    await eventually(unused, 0, 'closed again');
    await row(2).locator('select').selectOption('推进中');
    await row(2).getByLabel('责任人').fill('张三');
    await row(1).getByLabel('整改进展').fill('坚持逐份审核');
    assert.ok((await row(2).textContent()).includes('已逾期'), 'still overdue while not done');
    await waitSaved(page);

    // Print: the printable table (title line, overdue marks) exists while printing, then goes.
    await page.evaluate(() => {
      window.print = () => {
        window.printed = document.querySelector('.ledger-print')?.textContent ?? '';
        window.printedHtml = document.documentElement.outerHTML;
      };
    });
    await page.getByRole('button', { name: '打印台账（横向A4）' }).click();
    const printed = await eventually(() => page.evaluate(() => (window.printed ?? '').length > 0), true, 'printed');
    const printedText = await page.evaluate(() => window.printed);
    assert.ok(printed && printedText.startsWith('2026年度个人整改台账单位：某市委组织部干部一科　姓名：张三　年度：2026'), printedText);
    assert.ok(printedText.includes('推进中（已逾期）'), printedText);
    await eventually(() => page.locator('.ledger-print').count(), 0, 'the printable table goes after printing');
    // The page as it was printed, laid out by Chromium's print engine: landscape A4.
    const { size } = await printedPdf(context, await page.evaluate(() => window.printedHtml), join(work, 'printed.pdf'));
    assert.deepEqual(size, [842, 595], 'landscape A4');

    // Carry into next year.
    // Carry into next year: it asks first, then says where the person is.
    await page.getByTestId('carry-over').click();
    assert.match(await page.getByTestId('carry-confirm').textContent(),
      /将新建“2027年度自评”草稿，“.+”草稿保留不变。/);
    await page.locator('[data-confirm=carry]').click();
    await eventually(() => page.getByTestId('draft-name').textContent(), '2027年度自评', 'the new draft is open');
    const banner = page.getByTestId('carried-banner');
    assert.match(await banner.textContent(), /已结转：现在打开的是“2027年度自评”，先核对上年度查摆的问题及整改情况。/);
    // It opens at its first task: last year's problems, in view below the header.
    await eventually(async () => {
      const list = await page.getByTestId('previous-list').boundingBox();
      const header = await page.locator('.header').boundingBox();
      return list !== null && list.y >= header.y + header.height - 1 && list.y < 720;
    }, true, 'last year\'s problems in view');
    // The way back, and forward again.
    const lastYear = (await page.locator('[data-action=back-to-last-year]').textContent()).replace(/^返回“|”$/g, '');
    await page.locator('[data-action=back-to-last-year]').click();
    await eventually(() => page.getByTestId('draft-name').textContent(), lastYear, 'back to last year');
    assert.equal(await banner.count(), 0);
    // Carrying it again says the first one is there; 取消 makes nothing.
    await showPage(page, '整改台账');
    await page.getByTestId('carry-over').click();
    assert.match(await page.getByTestId('carry-confirm').textContent(), /注意：这份草稿已结转过（“2027年度自评”），再结转会另建一份/);
    await page.getByTestId('carry-confirm').getByRole('button', { name: '取消' }).click();
    await eventually(() => page.getByTestId('carry-confirm').count(), 0, 'nothing carried');
    // 对比 from last year's draft still reads forward: last year, then 2027.
    await showPage(page, '对比');
    await page.getByTestId('compare').waitFor();
    assert.equal(await page.locator('[data-testid=compare] h2').first().textContent(), `对比：${lastYear} 与 2027年度自评`);
    const back = await page.locator('[data-testid=compare-problems] tbody tr').allTextContents();
    assert.ok(back.length === 3 && back.every((t) => !t.startsWith('新查摆的问题')), back.join('|'));
    await showPage(page, '草稿与备份');
    await page.locator('.draft-row', { hasText: '2027年度自评' }).getByRole('button', { name: '打开' }).click();
    await eventually(() => page.getByTestId('draft-name').textContent(), '2027年度自评', 'the new draft again');
    r = await new ResultsPage(page).open();
    assert.equal(await r.field('年度').inputValue(), '2027');
    assert.equal(await r.field('姓名').inputValue(), '张三');
    let report = await r.report().inputValue();
    assert.ok(report.startsWith('2027年度组织生活会个人对照检查材料\n'), report.slice(0, 40));
    assert.ok(report.includes('上年度查摆的3项问题，已整改到位1项，正在整改1项，需长期坚持1项。'), report);
    // 已完成 filled the 销号日期 with the day; part 一 names it.
    assert.match(report, /（一）关于“理论学习还不够深入”的问题。已整改到位，于\d{4}年\d{1,2}月\d{1,2}日销号。制定学习计划，全年撰写学习体会10篇。/);
    assert.ok(report.includes('（二）关于“坚持原则还不够”的问题。需长期坚持，已坚持逐份审核。'), report);
    // Open past its 时限 on the 材料's day: said, and the reason asked for.
    assert.ok(report.includes('（三）关于“业务培训学时不足”的问题。正在整改，原定2026年3月底前完成，已逾期。【待补充：整改措施落实情况和成效。在“整改进展、成效”中写明未按期完成的原因和新的完成时限】'), report);
    // Deleting a carried row asks first; 取消 keeps it in part 一.
    const asked = [];
    page.once('dialog', (d) => { asked.push(d.message()); return d.dismiss(); });
    const carried = page.getByTestId('previous-list').locator('.previous-row');
    await carried.nth(2).getByRole('button', { name: '删除' }).click();
    await eventually(() => asked.length, 1, 'asked before deleting a carried row');
    assert.match(asked[0], /^确定删除上年度的问题“业务培训学时不足”吗？材料第一部分将不再写它的整改情况/);
    assert.equal(await carried.count(), 3, 'kept when the person says no');

    // This year: rated differently, and a problem raised again on the same item.
    await showPage(page, '逐条自评');
    await c.allRendered();
    await c.rate('w1-xuexi', 'hao');
    await c.rate('w2-laohaoren', 'yiban');
    await writeProblem(c, { item: 'w2-laohaoren', level: 'yiban', text: '仍有老好人思想，比如考察谈话中对干部缺点讲得不直接', measure: '谈话中逐人写明缺点', deadline: '马上改' });
    await eventually(() => c.item('w2-laohaoren').locator('.recurring').count(), 1, '老问题 flagged under the item');
    r = await new ResultsPage(page).open();
    report = await r.report().inputValue();
    assert.ok(report.includes('仍有老好人思想，比如考察谈话中对干部缺点讲得不直接。上年度查摆的“坚持原则还不够”问题本年度又有反复。'), report);
    await waitSaved(page);

    // The compare view: this year against the draft it came from.
    await showPage(page, '对比');
    const compare = page.getByTestId('compare');
    await compare.waitFor();
    assert.ok((await page.getByTestId('compare-with').locator('option:checked').textContent()).includes('（结转来源）'));
    const changes = await page.locator('[data-testid=rating-changes] tbody tr').allTextContents();
    assert.ok(changes.some((t) => t.includes('一般') && t.includes('好') && t.includes('上升')), changes.join('|'));
    assert.ok(changes.some((t) => t.includes('较好') && t.includes('一般') && t.includes('下降')), changes.join('|'));
    assert.equal(changes.length, 2, 'only the items rated differently (w3-peixun, not yet rated again, is not one)');
    // Neither draft rated in full: the scores' change is not put in words.
    const models = await page.locator('[data-testid=compare-models] tbody tr').allTextContents();
    assert.ok(models.length === 4 && models.every((t) => t.endsWith('未评完，暂不比较') || t.endsWith('—')), models.join('|'));
    const problemRows = await page.locator('[data-testid=compare-problems] tbody tr').allTextContents();
    assert.ok(problemRows.includes('老问题（再次出现）仍有老好人思想，比如考察谈话中对干部缺点讲得不直接'), problemRows.join('|'));
    assert.ok(problemRows.includes('已整改到位理论学习还不够深入，比如第一议题学习后没有及时写体会'), problemRows.join('|'));
    assert.ok(problemRows.includes('仍在整改业务培训学时不足，比如全年只参加2期集中培训'), problemRows.join('|'));
    assert.equal(await compare.locator('.radar-shape').count(), 2, 'the radar has both shapes');
    assert.equal(await compare.locator('.radar-shape.before').count(), 1);

    // The new ledger out: this year's row, then last year's carried rows.
    await showPage(page, '整改台账');
    assert.equal(await ledgerRows(page), 1);
    assert.equal(await page.locator('[data-testid=ledger-table] .recurring').count(), 1, '老问题 in the ledger');
    assert.equal(await page.locator('[data-testid=ledger-table] td[data-label=整改时限]').textContent(), '立行立改', '马上改 as an official paper writes it');
    assert.equal(await page.locator('[data-testid=carried-table] tbody tr').count(), 3);
    // Overdue on screen as in the exports, each cell naming its column (the
    // rows are cards on a phone).
    assert.deepEqual(await page.locator('[data-testid=carried-table] td[data-label=状态]').allTextContents(),
      ['已完成', '长期坚持', '推进中（已逾期）']);
    const xlsx = join(work, 'ledger.xlsx');
    const docx = join(work, 'ledger.docx');
    assert.equal(await download(page, page.getByRole('button', { name: '下载 Excel (.xlsx)' }), xlsx), '张三-2027年度个人整改台账.xlsx');
    assert.equal(await download(page, page.getByRole('button', { name: '下载 Word (.docx)' }), docx), '张三-2027年度个人整改台账.docx');
    soffice('csv:Text - txt - csv (StarCalc):44,34,76,1', xlsx, work);
    const rows = parseCsv(readFileSync(join(work, 'ledger.csv'), 'utf8')).map((r) => r.map((s) => s.trim()));
    const body = rows.filter((r) => r.some((s) => s !== ''));
    assert.equal(body[0][0], '2027年度个人整改台账');
    assert.equal(body[1][0], '单位：某市委组织部干部一科　姓名：张三　年度：2027');
    assert.deepEqual(body[2], ['序号', '问题表现', '整改措施', '责任人', '整改时限', '完成标准', '整改进展', '状态', '销号日期', '备注']);
    assert.deepEqual(body[3].slice(0, 8), ['1', '仍有老好人思想，比如考察谈话中对干部缺点讲得不直接', '谈话中逐人写明缺点', '本人', '立行立改', '', '', '未启动']);
    assert.deepEqual([body[4][0], body[4][1], body[4][2], body[4][4], body[4][7], body[4][9]],
      ['2', '理论学习还不够深入', '制定个人学习计划，每月撰写学习体会', '2027年3月底前', '已完成', '上年度结转']);
    assert.match(body[4][8], /^\d{4}年\d{1,2}月\d{1,2}日$/, '销号日期 carried');
    assert.deepEqual([body[5][0], body[5][1], body[5][6], body[5][7]], ['3', '坚持原则还不够', '坚持逐份审核', '长期坚持']);
    assert.deepEqual([body[6][0], body[6][1], body[6][3], body[6][7]], ['4', '业务培训学时不足', '张三', '推进中（已逾期）']);
    assert.equal(body.length, 7, 'title, head line, header and four rows');
    soffice('pdf', docx, work);
    const info = execFileSync('pdfinfo', [join(work, 'ledger.pdf')], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    assert.ok(Number(w) > Number(h) && Math.round(Number(w)) === 842 && Math.round(Number(h)) === 595, `landscape A4: ${w} x ${h}`);

    // Reload: everything is still there.
    await page.reload();
    await new ChecklistPage(page).allRendered();
    await eventually(() => page.getByTestId('draft-name').textContent(), '2027年度自评', 'the new draft is still open');
    await showPage(page, '整改台账');
    assert.equal(await ledgerRows(page), 1);
    assert.equal(await page.locator('[data-testid=carried-table] tbody tr').count(), 3);
    r = await new ResultsPage(page).open();
    report = await r.report().inputValue();
    assert.ok(report.includes('上年度查摆的3项问题，已整改到位1项，正在整改1项，需长期坚持1项。'));
    await showPage(page, '对比');
    assert.equal((await page.locator('[data-testid=rating-changes] tbody tr').allTextContents()).length, 2);
    await showPage(page, '草稿与备份');
    assert.deepEqual(await page.locator('.draft-title').evaluateAll((els) => els.map((e) => e.firstChild.textContent)),
      ['2027年度自评', '我的个人自评']);

    // Backups carry the ledger and the carried-from link: the backup,
    // imported on another computer (a fresh profile), restores the chain.
    const backup = join(work, 'backup.json');
    await download(page, page.getByRole('button', { name: '导出全部草稿（备份）' }), backup);
    const fresh = tempProfile();
    const other = await launch(fresh.dir);
    try {
      const p2 = await other.context.newPage();
      await new ChecklistPage(p2).open(FILE_URL);
      const imports = new ImportPanel(p2);
      await imports.choose('backup.json', readFileSync(backup));
      await imports.confirm();
      await imports.notice();
      const d = await new DraftsPage(p2).open();
      await d.openRow(d.row('2027年度自评'));
      await eventually(() => p2.getByTestId('draft-name').textContent(), '2027年度自评', 'the carried draft is open');
      await showPage(p2, '整改台账');
      assert.equal(await p2.locator('[data-testid=ledger-table] tbody tr').count(), 1);
      assert.equal(await p2.locator('[data-testid=ledger-table] .recurring').count(), 1, '老问题 still flagged');
      assert.equal(await p2.locator('[data-testid=carried-table] tbody tr').count(), 3);
      await showPage(p2, '对比');
      await p2.getByTestId('compare').waitFor();
      assert.ok((await p2.getByTestId('compare-with').locator('option:checked').textContent()).includes('（结转来源）'),
        'the compare view still finds the draft it was carried from');
      assert.equal((await p2.locator('[data-testid=rating-changes] tbody tr').allTextContents()).length, 2);
      const r2 = await new ResultsPage(p2).open();
      assert.ok((await r2.report().inputValue()).includes('上年度查摆的3项问题，已整改到位1项，正在整改1项，需长期坚持1项。'));
      assert.deepEqual(other.errors, [], 'no uncaught page errors on the other computer');
    } finally {
      await other.context.close();
      fresh.cleanup();
    }
  });
});

// Text pasted from last year's document, with its own numbering, ASCII
// punctuation and line breaks, and 时限 said as a span or in figures: the
// 材料, the ledger screen and its print read as written by hand.
test('pasted text: numbering and ASCII punctuation out, 时限 as days, in the 材料 and the ledger', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await writeProblem(c, {
      item: 'w1-xuexi', level: 'yiban',
      text: '1、公文审核把关偏慢,有的文件压了3天.\n2、对年轻同志的稿子改得多、讲得少。。',
      measure: '（1）发文审核当天办结；\n（2）每月复盘一次退改稿件。', deadline: '3个月内',
    });
    await writeProblem(c, {
      item: 'w2-laohaoren', level: 'jiaohao',
      text: '（二）坚持原则不够 ,发现报送材料不规范时只是电话提醒', measure: '逐份审核报送材料', deadline: '2027.6.30',
    });
    const r = await new ResultsPage(page).open();
    await r.field('年度').fill('2026');
    await waitSaved(page);
    const report = await r.report().inputValue();
    assert.ok(report.includes('公文审核把关偏慢，有的文件压了3天；对年轻同志的稿子改得多、讲得少。'), report);
    assert.ok(report.includes('坚持原则不够，发现报送材料不规范时只是电话提醒。'), report);
    assert.match(report, /（一）20\d\d年\d{1,2}月底前，发文审核当天办结；每月复盘一次退改稿件。/);
    assert.ok(report.includes('（二）2027年6月底前，逐份审核报送材料。'), report);
    for (const pasted of ['1、', '2、', '（1）', '（二）坚持', '3个月内', '2027.6.30', '.', ',', '。。']) {
      assert.ok(!report.includes(pasted), `“${pasted}” is not in the 材料: ${report}`);
    }
    await showPage(page, '整改台账');
    const rows = page.locator('[data-testid=ledger-table] tbody tr');
    await eventually(() => rows.count(), 2, 'two rows');
    const first = await rows.nth(0).textContent();
    assert.ok(first.includes('公文审核把关偏慢，有的文件压了3天；对年轻同志的稿子改得多、讲得少'), first);
    assert.ok(first.includes('发文审核当天办结；每月复盘一次退改稿件'), first);
    assert.match(first, /20\d\d年\d{1,2}月底前/);
    assert.ok(!first.includes('3个月内') && !first.includes('1、'), first);
    assert.ok((await rows.nth(1).textContent()).includes('2027年6月底前'));
  });
});

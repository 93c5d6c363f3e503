// 支部汇总 (issue 28): three members each fill a draft and export 问题清单（报支部）;
// a fourth profile imports the three files with a bad one in the batch (refused
// by name, the others imported) and sees the right counts and common problems;
// one member marks a row 已完成 and exports again, and the re-import updates
// that row; 确认销号 on it; the .xlsx read back by LibreOffice (CSV, row by
// row) and the .docx converted to a landscape PDF; after a reload everything
// is still there; axe on the screen, and nothing scrolls sideways at 390 px;
// the import and the table on Chromium 86.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChecklistPage, FILE_URL, ResultsPage, eventually, launch, printedPdf, showPage, soffice, tempProfile, waitSaved, download, parseCsv,
} from './support.mjs';
import { FILE_URL as OLD_FILE_URL, OldApp, SKIP_OLD, withEngine } from './old-support.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const MEMBERS = [
  { name: '张三', problems: [
    { item: 'w1-xuexi', level: 'yiban', text: '理论学习还不够深入，比如第一议题学习后没有及时写体会', measure: '每月撰写学习体会', deadline: '2027年3月底前' },
    { item: 'w2-laohaoren', level: 'yiban', text: '坚持原则还不够，比如发现材料不规范时只是电话提醒', measure: '逐份审核报送材料', deadline: '长期坚持' },
  ] },
  { name: '李四', problems: [
    { item: 'w1-xuexi', level: 'yiban', text: '学用结合不够紧密，比如学习后没有转化为工作举措', measure: '每季度形成一篇调研报告', deadline: '2027年6月底前' },
  ] },
  { name: '王五', problems: [
    { item: 'w1-xuexi', level: 'yiban', text: '理论学习不够系统，比如全年集中学习只参加了一半', measure: '补学并写出心得', deadline: '2026年3月底前' },
  ] },
];

async function writeProblem(c, p) {
  await c.rate(p.item, p.level);
  const item = c.item(p.item);
  const add = item.getByRole('button', { name: '＋ 写一个问题' });
  if (await add.count() === 0) await item.locator('details.problems > summary').click();
  await add.click();
  await item.getByLabel('问题表现（用自己的话，写出具体事例）').last().fill(p.text);
  await item.getByLabel('整改措施').last().fill(p.measure);
  await item.getByLabel('整改时限').last().fill(p.deadline);
}

/** A member's browser: the draft filled, the list exported into `work`. */
async function memberExports(m, work) {
  const profile = tempProfile();
  const browser = await launch(profile.dir);
  const page = await browser.context.newPage();
  const c = await new ChecklistPage(page).open(FILE_URL);
  for (const p of m.problems) await writeProblem(c, p);
  const r = await new ResultsPage(page).open();
  await r.field('姓名').fill(m.name);
  await r.field('单位').fill('某市委组织部干部一科');
  await r.field('年度').fill('2026');
  await waitSaved(page);
  await showPage(page, '整改台账');
  const file = join(work, `${m.name}.json`);
  const name = await download(page, page.getByTestId('export-for-branch'), file);
  // Dated, so a list sent again is told from the first by its name; and
  // the member is told where it goes.
  assert.match(name, new RegExp(`^问题清单（报支部）-${m.name}-2026年度-\\d{8}\\.json$`));
  assert.match(await page.getByTestId('for-branch-sent').textContent(), /交给支部书记/);
  const close = async () => { await browser.context.close(); profile.cleanup(); };
  return { page, file, close, errors: browser.errors };
}

const files = (paths) => paths.map(([name, buffer]) => ({ name, mimeType: 'application/json', buffer }));

test('支部汇总: three members export, a fourth imports, an update, 确认销号, .xlsx and .docx, reload, a bad file', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ziping-branch-'));
  const members = [];
  const profile = tempProfile();
  let secretary;
  try {
    for (const m of MEMBERS) members.push(await memberExports(m, work));
    // Only 张三 stays open for the update.
    await members[1].close();
    await members[2].close();
    const list = JSON.parse(readFileSync(members[0].file, 'utf8'));
    assert.equal(list.format, 'ziping-branch-list');
    assert.deepEqual(Object.keys(list).sort(), ['draft', 'exported', 'format', 'name', 'problems', 'unit', 'version', 'year']);
    assert.ok(!JSON.stringify(list).includes('rating') && !JSON.stringify(list).includes('causes'));
    // The day in China (UTC+8), as the app counts days.
    const iso = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
    // Each problem's own date, not the day its 时限 counts from (the
    // 组织生活会's months), which travels apart for the overdue rule.
    for (const p of list.problems) {
      assert.equal(p.made, iso, JSON.stringify(p));
      assert.ok(p.from >= p.made, JSON.stringify(p));
    }

    secretary = await launch(profile.dir);
    const page = await secretary.context.newPage();
    await new ChecklistPage(page).open(FILE_URL);
    await showPage(page, '支部汇总');
    await page.getByTestId('branch-empty').waitFor();
    await page.getByTestId('branch-input').setInputFiles(files([
      ['张三.json', readFileSync(members[0].file)],
      ['坏文件.json', Buffer.from('{"format":"ziping-branch-list","version":1,"draft":"x"}')],
      ['李四.json', readFileSync(join(work, '李四.json'))],
      ['王五.json', readFileSync(join(work, '王五.json'))],
    ]));
    const results = page.getByTestId('branch-results');
    await results.waitFor();
    assert.deepEqual(await results.locator('li').allTextContents(), [
      '“张三.json”：已导入张三的问题清单，共 2 项。',
      '“坏文件.json”未导入：问题清单（报支部）已损坏，无法读取：缺少“exported”。未作改动。',
      '“李四.json”：已导入李四的问题清单，共 1 项。',
      '“王五.json”：已导入王五的问题清单，共 1 项。',
    ]);
    const counts = () => page.getByTestId('branch-counts').textContent();
    assert.equal(await counts(), '共3名同志、查摆问题4条：未启动3条、长期坚持1条，已逾期1条。');
    const common = await page.getByTestId('branch-common').locator('li').allTextContents();
    assert.equal(common.length, 1, common.join('|'));
    assert.match(common[0], /^3名同志（张三、李四、王五）查摆了.+方面的相近问题：/);
    // No 支部名称 yet: asked for, with the title it gives meanwhile.
    assert.match(await page.getByTestId('branch-name-missing').textContent(), /还没有填支部名称：标题和文件名现在是“支部2026年度整改问题清单汇总”/);
    // The 应交名单 typed right after the name is left: every character is
    // kept through the redraws the name's save brings (a field that put the
    // stored text back on each redraw lost what was typed meanwhile).
    await page.getByTestId('branch-name').fill('干部一科党支部');
    await page.getByTestId('branch-roster-input').click();
    await page.keyboard.insertText('张三、李四 王五，赵六');
    await eventually(() => page.locator('.branch-page h2').nth(1).textContent(), '干部一科党支部2026年度整改问题清单汇总', 'named');
    // The name saved, and the page drawn again after it (the redraw that put
    // the stored 应交名单 back over what was typed).
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('ziping.v1.branch.')
      && localStorage.getItem(k).includes('干部一科党支部')));
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
    assert.equal(await page.getByTestId('branch-roster-input').inputValue(), '张三、李四 王五，赵六');
    assert.equal(await page.getByTestId('branch-name-missing').count(), 0, 'named: no longer asked');
    // Who has not handed in, at once.
    await page.getByTestId('branch-roster-input').press('Tab');
    const roster = () => page.getByTestId('branch-roster').textContent();
    await eventually(roster, '应交4人，已交3人，未交1人：赵六。', 'roster');
    assert.equal(await page.getByTestId('branch-roster-input').inputValue(), '张三、李四、王五、赵六');
    // On a phone the screens stay reachable from here: their strip has a
    // line of its own (with no figures before it, it was squeezed to a sliver).
    await page.setViewportSize({ width: 390, height: 844 });
    const strip = await page.locator('#app nav.nav').boundingBox();
    assert.ok(strip.width > 300, `the screens' strip ${strip.width} px wide at 390 px`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const rows = page.locator('[data-testid=branch-table] tbody tr.branch-row');
    assert.equal(await rows.count(), 4);
    // A heading per member, with their rows' number.
    const heads = () => page.locator('[data-testid=branch-table] tr.group-head th').allTextContents();
    assert.deepEqual(await heads(), ['张三（2条）移除', '李四（1条）移除', '王五（1条）移除']);
    // No 确认销号 on a row the member has not marked 已完成, and why.
    assert.equal(await page.getByTestId('confirm-close').count(), 0);
    assert.equal(await rows.nth(0).locator('.confirm-cell').textContent(), '待本人标记完成');
    assert.equal(await rows.nth(1).locator('.confirm-cell').textContent(), '长期坚持，不销号');
    // The member's figures and path are not the secretary's.
    assert.equal(await page.locator('.header-score').count(), 0);
    assert.equal(await page.getByTestId('path').count(), 0);
    // Filters: overdue, and by status.
    await page.getByTestId('branch-filter').selectOption('已逾期');
    assert.deepEqual(await rows.locator('td:nth-child(2)').allTextContents(), ['王五']);
    await page.getByTestId('branch-filter').selectOption('长期坚持');
    assert.deepEqual(await rows.locator('td:nth-child(2)').allTextContents(), ['张三']);
    await page.getByTestId('branch-filter').selectOption('全部');
    await page.getByTestId('branch-group').selectOption('按方面');
    assert.equal((await heads()).length >= 2, true);
    assert.ok((await heads()).every((h) => /^.+（\d+条）$/.test(h)), (await heads()).join('|'));
    await page.getByTestId('branch-group').selectOption('按同志');

    // 张三 marks the first row 已完成 and exports again; the re-import updates it.
    const zhang = members[0].page;
    const row0 = zhang.locator('[data-testid=ledger-table] tbody tr').nth(0);
    await row0.locator('select').selectOption('已完成');
    await row0.getByLabel('整改进展').fill('全年撰写学习体会10篇');
    await waitSaved(zhang);
    await download(zhang, zhang.getByTestId('export-for-branch'), join(work, '张三-新.json'));
    await page.getByTestId('branch-input').setInputFiles(files([['张三-新.json', readFileSync(join(work, '张三-新.json'))]]));
    await eventually(() => results.locator('li').allTextContents(), ['“张三-新.json”：已更新张三的问题清单：更新 1 项。'], 'updated');
    assert.equal(await rows.count(), 4, 'never a duplicate');
    assert.equal(await counts(), '共3名同志、查摆问题4条：未启动2条、已完成1条、长期坚持1条，已逾期1条；支部已确认销号0条。');
    // The older file is refused, naming both times to the minute.
    await page.getByTestId('branch-input').setInputFiles(files([['张三.json', readFileSync(members[0].file)]]));
    await eventually(async () => /^“张三.json”未导入：这是\d+年\d+月\d+日\d+时\d+分(\d+秒)?导出的旧清单，汇总中已有张三\d+年\d+月\d+日\d+时\d+分(\d+秒)?导出的较新清单，未作改动。$/
      .test((await results.locator('li').allTextContents())[0]), true, 'older refused');

    // 确认销号 on 张三's first row.
    const first = rows.nth(0);
    assert.equal(await first.locator('.status').textContent(), '已完成');
    // What the member reports done and what closing it takes, beside it.
    assert.equal(await first.getByTestId('branch-progress').textContent(), '进展：全年撰写学习体会10篇');
    await first.getByTestId('confirm-close').click();
    await first.getByTestId('confirm-note').fill('经支委会核实');
    await first.getByTestId('confirm-note').press('Tab');
    await waitSaved(page);
    assert.equal(await first.getByLabel('销号日期').inputValue(), iso);
    assert.ok((await counts()).endsWith('支部已确认销号1条。'));

    // 张三's file from a new computer (another draft, the same name and
    // unit, exported later) replaces theirs; the 销号 follows the same 表现.
    const newPc = JSON.parse(readFileSync(join(work, '张三-新.json'), 'utf8'));
    newPc.draft = 'd-new-computer';
    newPc.exported += 60000;
    await page.getByTestId('branch-input').setInputFiles(files([['张三-新电脑.json', Buffer.from(JSON.stringify(newPc))]]));
    await eventually(async () => /^“张三-新电脑.json”：「张三」已有一份（草稿不同，.+导出），已换用这份（.+导出）：内容相同。$/
      .test((await results.locator('li').allTextContents())[0]), true, 'replaced');
    assert.equal(await rows.count(), 4, 'not a second 张三');
    assert.equal(await rows.nth(0).getByTestId('confirm-note').inputValue(), '经支委会核实');

    // Print: landscape A4, the title lines, counts and the table only.
    await page.evaluate(() => {
      window.print = () => { window.printedHtml = document.documentElement.outerHTML; };
    });
    await page.getByRole('button', { name: '打印汇总（横向A4）' }).click();
    await eventually(() => page.evaluate(() => (window.printedHtml ?? '').length > 0), true, 'printed');
    const { size, text: printed } = await printedPdf(secretary.context, await page.evaluate(() => window.printedHtml), join(work, 'printed.pdf'));
    assert.deepEqual(size, [842, 595], 'landscape A4');
    assert.ok(printed.startsWith('干部一科党支部2026年度整改问题清单汇总统计截至'), printed.slice(0, 200));
    assert.ok(printed.includes('共3名同志、查摆问题4条'), printed);
    for (const gone of ['撤销确认', '导入同志们', '移除', '五项工作', '分组', '打印汇总', '草稿与备份']) assert.ok(!printed.includes(gone), gone);
    // As the .docx: 共性问题 once (from the notes, not the screen's list) and
    // the signature line, on the page that is signed.
    assert.equal(printed.split('共性问题').length - 1, 1, printed);
    assert.ok(printed.replace(/\s/g, '').includes('支部书记（签字）'), printed);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(work, 'printed.pdf'), join('e2e', 'artifacts', 'branch-print')]);
    // The browser's own 打印 (Ctrl+P): the same view, drawn at its
    // beforeprint and dropped at its afterprint.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await eventually(() => page.locator('.ledger-print h2').count(), 1, 'drawn for the browser\'s print');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await eventually(() => page.locator('.ledger-print').count(), 0, 'dropped after it');

    // The outputs: .xlsx row by row through LibreOffice, .docx a landscape PDF.
    const xlsx = join(work, 'branch.xlsx');
    const docx = join(work, 'branch.docx');
    assert.equal(await download(page, page.getByTestId('branch-xlsx'), xlsx), `干部一科党支部2026年度整改问题清单汇总-${iso}.xlsx`);
    assert.equal(await download(page, page.getByTestId('branch-docx'), docx), `干部一科党支部2026年度整改问题清单汇总-${iso}.docx`);
    soffice('csv:Text - txt - csv (StarCalc):44,34,76,1', xlsx, work);
    const csv = parseCsv(readFileSync(join(work, 'branch.csv'), 'utf8')).map((r) => r.map((s) => s.trim()));
    const body = csv.filter((r) => r.some((s) => s !== ''));
    assert.equal(body[0][0], '干部一科党支部2026年度整改问题清单汇总');
    const [y, mo, da] = iso.split('-').map(Number);
    const day = `${y}年${mo}月${da}日`;
    assert.equal(body[1][0], `统计截至${day}　共3名同志、查摆问题4条：未启动2条、已完成1条、长期坚持1条，已逾期1条；支部已确认销号1条。应交4人，已交3人，未交1人：赵六。`);
    assert.deepEqual(body[2], ['序号', '姓名', '问题所属方面', '问题表现', '整改措施', '整改时限', '完成标准', '整改进展', '状态', '支部确认销号']);
    // After the rows: 共性问题 and the line for the signatures.
    assert.deepEqual(body.slice(7).map((r) => r[0]), ['共性问题：', body[8][0], '制表人：　　　　支部书记（签字）：　　　　报送日期：　　年　月　日']);
    assert.match(body[8][0], /^1．3名同志（张三、李四、王五）查摆了.+方面的相近问题：/);
    assert.equal(body.length, 10);
    assert.deepEqual([body[3][0], body[3][1], body[3][3], body[3][4], body[3][5], body[3][7], body[3][8], body[3][9]],
      ['1', '张三', MEMBERS[0].problems[0].text, '每月撰写学习体会', '2027年3月底前', '全年撰写学习体会10篇', '已完成', `${day}（经支委会核实）`]);
    assert.deepEqual([body[4][1], body[4][3], body[4][5], body[4][8]], ['张三', MEMBERS[0].problems[1].text, '长期坚持', '长期坚持']);
    assert.deepEqual([body[5][1], body[5][3], body[5][8]], ['李四', MEMBERS[1].problems[0].text, '未启动']);
    assert.deepEqual([body[6][1], body[6][3], body[6][8]], ['王五', MEMBERS[2].problems[0].text, '未启动（已逾期）']);
    soffice('pdf', docx, work);
    // Kept for a person to look at (gitignored), as the print's.
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', join(work, 'branch.pdf'), join('e2e', 'artifacts', 'branch-docx')]);
    const info = execFileSync('pdfinfo', [join(work, 'branch.pdf')], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    assert.deepEqual([Math.round(Number(w)), Math.round(Number(h))], [842, 595], `landscape A4: ${w} x ${h}`);
    // pdftotext spaces digits from Chinese: compared without spaces.
    const text = execFileSync('pdftotext', [join(work, 'branch.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    assert.ok(text.startsWith(`干部一科党支部2026年度整改问题清单汇总统计截至${day}共3名同志`), text.slice(0, 200));
    assert.ok(text.includes('未启动（已逾期）'), 'the status on one line');
    assert.ok(text.includes('共性问题：') && text.includes('支部书记（签字）：'));

    // After a reload everything is still there.
    await page.reload();
    // The app has taken over from the prerendered first screen.
    await new ChecklistPage(page).allRendered();
    await showPage(page, '支部汇总');
    await page.getByTestId('branch-table').waitFor();
    assert.equal(await counts(), '共3名同志、查摆问题4条：未启动2条、已完成1条、长期坚持1条，已逾期1条；支部已确认销号1条。');
    assert.equal(await rows.nth(0).getByTestId('confirm-note').inputValue(), '经支委会核实');
    assert.equal(await roster(), '应交4人，已交3人，未交1人：赵六。');

    // 张三 deletes the confirmed row and exports again: it is listed apart,
    // last, as 已删除 with its 销号, and the counts leave it out.
    const fewer = { ...newPc, exported: newPc.exported + 60000, problems: newPc.problems.slice(1) };
    await page.getByTestId('branch-input').setInputFiles(files([['张三-删一条.json', Buffer.from(JSON.stringify(fewer))]]));
    await eventually(() => results.locator('li').allTextContents(), ['“张三-删一条.json”：已更新张三的问题清单：删除 1 项。'], 'removed');
    assert.equal(await counts(), '共3名同志、查摆问题3条：未启动2条、长期坚持1条，已逾期1条。另有已删除1条，不计入。');
    assert.deepEqual(await heads(), ['张三（1条）移除', '李四（1条）移除', '王五（1条）移除', '已删除（不计入）（1条）']);
    assert.equal(await rows.nth(3).locator('.status').textContent(), '已删除');
    assert.equal(await rows.nth(3).getByTestId('confirm-note').inputValue(), '经支委会核实');

    // 移除 a member, asked first: their rows and 销号 go.
    page.once('dialog', (d) => {
      assert.equal(d.message(), '从汇总中移除王五及其1项问题（连同支部的确认销号）？移除后无法恢复。');
      d.accept();
    });
    await page.locator('tr.group-head', { hasText: '王五' }).getByRole('button', { name: '移除' }).click();
    await eventually(counts, '共2名同志、查摆问题2条：未启动1条、长期坚持1条，均未逾期。另有已删除1条，不计入。', 'member removed');
    assert.equal(await roster(), '应交4人，已交2人，未交2人：王五、赵六。');
    assert.ok(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('ziping.v1.branch.'))));
    assert.deepEqual(secretary.errors, [], 'no uncaught page errors');
  } finally {
    await secretary?.context.close();
    profile.cleanup();
    for (const m of members) await m.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
});

test('支部汇总: a member file dropped on another screen is offered; axe and 390 px', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ziping-branch-'));
  const member = await memberExports(MEMBERS[0], work);
  await member.close();
  const profile = tempProfile();
  const browser = await launch(profile.dir, { viewport: { width: 390, height: 844 }, bypassCSP: true });
  try {
    const page = await browser.context.newPage();
    await new ChecklistPage(page).open(FILE_URL);
    // Dropped on the checklist: offered, then taken into the 汇总.
    const bytes = [...readFileSync(member.file)];
    await page.evaluate((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], '张三.json', { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    const offer = page.getByTestId('branch-offer');
    await offer.waitFor();
    assert.ok((await offer.textContent()).includes('“张三.json” 是问题清单（报支部）'));
    await offer.getByRole('button', { name: '导入支部汇总' }).click();
    await page.getByTestId('branch-table').waitFor();
    assert.ok((await page.getByTestId('branch-counts').textContent()).startsWith('共1名同志、查摆问题2条'));
    assert.equal(await page.locator('.confirm-cell').first().textContent(), '待本人标记完成');
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= width, `content ${scroll}px wide in a ${width}px window`);
    await page.screenshot({ path: join('e2e', 'artifacts', 'branch-390.png'), fullPage: true }).catch(() => {});
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => window.axe.run(document));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    assert.deepEqual(serious, []);
    // 新建汇总 takes the 年度 a new draft has, which the members' files are
    // of (it took the year before, and refused every file of this one).
    await page.getByTestId('branch-new').click();
    const year = await page.evaluate(() => {
      const d = new Date(Date.now() + 8 * 3600e3);
      return String(d.getUTCMonth() < 6 ? d.getUTCFullYear() - 1 : d.getUTCFullYear());
    });
    const field = page.locator('.branch-page').getByLabel('年度', { exact: true });
    await eventually(() => field.inputValue(), year, 'the new 汇总\'s 年度');
    // Two 汇总 are told apart in the picker by their members, though their
    // titles may be the same.
    const options = await page.getByTestId('branch-pick').locator('option').allTextContents();
    assert.deepEqual(options.map((o) => o.match(/（(\d+)人）$/)?.[1]).sort(), ['0', '1'], options.join('|'));
  } finally {
    await browser.context.close();
    profile.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
});

test('支部汇总 on Chromium 86: the import and the table', { skip: SKIP_OLD && 'old engines skipped (ZIPING_NO_OLD_ENGINES=1)' }, async () => {
  const list = (draft, name) => Buffer.from(JSON.stringify({
    format: 'ziping-branch-list', version: 1, draft, exported: 1800000000000, name, unit: '干部一科', year: '2026',
    problems: [{ id: 'p1', aspect: '旗帜鲜明讲政治', text: '理论学习不够深入', measure: '每月写体会', deadline: '长期坚持', standard: '', made: '2026-03-01', status: 'in_progress' }],
  }));
  await withEngine(86, async ({ page, profile, errors }) => {
    const app = await new OldApp(page, profile).open(OLD_FILE_URL);
    await app.show('支部汇总');
    await app.waitFor('[data-testid=branch-input]');
    await page.setInputFiles('[data-testid=branch-input]', [
      { name: '张三.json', mimeType: 'application/json', buffer: list('d1', '张三') },
      { name: '坏.json', mimeType: 'application/json', buffer: Buffer.from('[]') },
      { name: '李四.json', mimeType: 'application/json', buffer: list('d2', '李四') },
    ]);
    await app.waitFor('[data-testid=branch-table]');
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-testid=branch-table] tbody tr.branch-row').length), 2);
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid=branch-counts]').textContent),
      '共2名同志、查摆问题2条：长期坚持2条。');
    assert.ok((await page.evaluate(() => document.querySelector('[data-testid=branch-results]').textContent)).includes('“坏.json”未导入'));
    assert.deepEqual(errors, []);
  });
});

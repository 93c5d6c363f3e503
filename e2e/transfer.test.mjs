// Files in and out: backups, bad files, department templates, the .docx and
// .md report, hostile strings, and the backup reminder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChecklistPage, DraftsPage, FILE_URL, ImportPanel, ResultsPage, showPage, withPage as withBrowserPage,
  soffice,
} from './support.mjs';

const FIXTURE = readFileSync('tests/fixtures/draft-v1.json', 'utf8');
const EXAMPLE_TEMPLATE = readFileSync('data/templates/example-department.json', 'utf8');
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

/** A fresh page that accepts downloads and answers no dialog. */
function withPage(body) {
  return withBrowserPage(async (page, { work }) => {
    page.on('dialog', (d) => { throw new Error(`unexpected dialog: ${d.message()}`); });
    await body(page, work);
  }, { options: { acceptDownloads: true } });
}

/** Chooses a file for import (the import panel's page object). */
function importFile(page, name, content) {
  return new ImportPanel(page).choose(name, content);
}

/** Clicks a button and returns the downloaded file's path and name. */
async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { path: await d.path(), name: d.suggestedFilename() };
}

async function snapshot(page) {
  return page.evaluate(() => Object.fromEntries(
    Object.keys(localStorage).filter((k) => k.startsWith('ziping.v1.') && k !== 'ziping.v1.prefs')
      .sort().map((k) => [k, localStorage.getItem(k)])));
}

test('export all → clear the local data → import restores every draft exactly', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await c.rate('w3-peixun', 'yiban');
    await c.item('w3-peixun').getByRole('button', { name: '＋ 写一个问题' }).click();
    await c.item('w3-peixun').getByLabel('整改措施').fill('补足学时');
    const d = await new DraftsPage(page).open();
    await d.create();
    await c.rate('w2-ligong', 'jiaohao');
    await c.waitSaved();
    const before = await snapshot(page);
    assert.equal(Object.keys(before).filter((k) => k.includes('.draft.')).length, 2);

    await showPage(page, '草稿与备份');
    const file = await download(page, () => page.getByRole('button', { name: '导出全部草稿（备份）' }).click());
    assert.match(file.name, /^从严治部自评备份-全部2份-\d{8}\.json$/);
    const backup = JSON.parse(readFileSync(file.path, 'utf8'));
    assert.equal(backup.format, 'ziping-backup');
    assert.equal(backup.version, 2);

    await page.getByRole('button', { name: '清除本机数据' }).click();
    await page.getByRole('button', { name: '确认清除' }).click();
    await importFile(page, file.name, readFileSync(file.path));
    const confirm = page.getByTestId('import-confirm');
    await confirm.waitFor();
    assert.match(await confirm.textContent(), /有 2 份草稿/);
    await confirm.getByRole('button', { name: '确认导入' }).click();
    assert.match(await page.getByTestId('import-notice').textContent(), /导入 2 份草稿/);
    // The two, in place of the fresh draft the clearing left (not beside it).
    await page.waitForFunction((n) => Object.keys(localStorage).filter((k) => k.startsWith('ziping.v1.draft.')).length === n, 2);
    const after = await snapshot(page);
    for (const [key, value] of Object.entries(before)) {
      if (key.includes('.draft.')) assert.deepEqual(JSON.parse(after[key]), JSON.parse(value), key);
    }
  });
});

test('every bad file gets its message and changes nothing', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await c.waitSaved();
    const before = await snapshot(page);
    const newer = JSON.stringify({ format: 'ziping-backup', version: 5, drafts: [] });
    const unknownTemplate = FIXTURE.replace('"sige-mofan", "version": 1', '"dept-x", "version": 1');
    const wrongTypes = FIXTURE.replace('"created": 1764000000000', '"created": "yesterday"');
    const cases = [
      ['empty.json', '', /文件是空的/],
      ['notes.json', 'this is not json', /不是有效的 JSON/],
      ['other.json', '{"hello": 1}', /这不是本程序的文件/],
      ['newer.json', newer, /更新版本的自评程序导出/],
      ['unknown-template.json', unknownTemplate, /评价模板“dept-x”在本机不存在/],
      ['wrong-types.json', wrongTypes, /草稿数据结构不正确/],
      ['huge.json', Buffer.alloc(2 * 1024 * 1024 + 10, 32), /文件太大（2\.0 MB），最多可导入 2 MB/],
      ['bad-template.json', EXAMPLE_TEMPLATE.replace('"min": 70', '"min": 90'), /区间重叠/],
    ];
    for (const [name, content, expected] of cases) {
      await importFile(page, name, content);
      const notice = page.getByTestId('import-notice');
      await notice.waitFor();
      const text = await notice.textContent();
      assert.match(text, expected, name);
      assert.match(text, new RegExp(`无法导入“${name.replace('.', '\\.')}”.*本机数据没有任何改动`), name);
      assert.equal(await page.getByTestId('import-confirm').count(), 0, name);
      await notice.getByRole('button', { name: '知道了' }).click();
      assert.deepEqual(await snapshot(page), before, `${name} changed nothing`);
    }
  });
});

test('a draft that exists: keep both by default, or replace', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await importFile(page, 'draft.json', FIXTURE);
    await page.getByTestId('import-confirm').getByRole('button', { name: '确认导入' }).click();
    const d = new DraftsPage(page);
    assert.ok((await d.names()).includes('2026年度个人自评'));
    // The same file again: the choice appears, keep both is checked.
    const edited = FIXTURE.replace('"name": "张三"', '"name": "李四"');
    await importFile(page, 'draft.json', edited);
    const confirm = page.getByTestId('import-confirm');
    assert.match(await confirm.textContent(), /本机已有/);
    assert.equal(await confirm.getByLabel('两份都保留：导入的另存为新草稿（推荐）').isChecked(), true);
    await confirm.getByRole('button', { name: '确认导入' }).click();
    assert.ok((await d.names()).includes('2026年度个人自评（导入）'));
    const count = await d.rows().count();
    await importFile(page, 'draft.json', edited);
    await confirm.getByLabel('用文件中的内容替换本机的草稿').check();
    await confirm.getByRole('button', { name: '确认导入' }).click();
    assert.equal(await d.rows().count(), count, 'replaced, not added');
    await d.row('2026年度个人自评').first().getByRole('button', { name: '打开' }).click();
    const r = await new ResultsPage(page).open();
    assert.equal(await r.field('姓名').inputValue(), '李四');
    // Cancel leaves everything as it was.
    await c.waitSaved();
    const before = await snapshot(page);
    // A copy older than the one here: 替换 names what it would lose.
    const older = FIXTURE.replace('"modified": 1764003600000', '"modified": 1764001800000');
    assert.notEqual(older, FIXTURE);
    await importFile(page, 'draft.json', older);
    assert.equal(await confirm.getByTestId('replace-newer').count(), 0, 'not while both are kept');
    await confirm.getByLabel('用文件中的内容替换本机的草稿').check();
    assert.match(await confirm.getByTestId('replace-newer').textContent(),
      /本机的“2026年度个人自评”比文件中的新.*替换后这些修改会丢失/);
    await confirm.getByRole('button', { name: '取消' }).click();
    assert.deepEqual(await snapshot(page), before);
  });
});

test('answers for unknown items are imported, kept, and the person is told', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const withGone = FIXTURE.replace('"w5-baxiang": { "rating": "hao" }', '"w5-baxiang": { "rating": "hao" }, "w9-gone": { "rating": "jiaocha", "evidence": "旧" }');
    await importFile(page, 'old.json', withGone);
    const confirm = page.getByTestId('import-confirm');
    assert.match(await confirm.textContent(), /1 条答案对应的条目在当前模板中已不存在/);
    await confirm.getByRole('button', { name: '确认导入' }).click();
    assert.match(await page.getByTestId('import-notice').textContent(), /已原样保留，但不计入得分/);
    await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('w9-gone')));
  });
});

test('a file dropped on the page is offered for import', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, FIXTURE);
    const confirm = page.getByTestId('import-confirm');
    await confirm.waitFor();
    assert.match(await confirm.textContent(), /文件“dropped\.json”中有 1 份草稿/);
  });
});

test('a department template: import, create a draft from it, score with its bands, export it', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await importFile(page, 'example-department.json', EXAMPLE_TEMPLATE);
    const confirm = page.getByTestId('import-confirm');
    assert.match(await confirm.textContent(), /某部机关作风建设自查（示例）.*4 条/s);
    await confirm.getByRole('button', { name: '确认导入' }).click();
    await page.getByTestId('new-from').selectOption('example-department');
    await page.getByRole('button', { name: '新建自评' }).click();
    assert.equal(await page.getByTestId('draft-name').textContent(), '某部机关作风建设自查（示例）自评');
    // An occasion with a 等次 (a 组织生活会 has none).
    await page.getByTestId('start-occasion').selectOption('congyan-zicha');
    for (const id of ['e1-taizhang', 'e1-kaohe', 'e2-gongdao']) await c.rate(id, 'dadao');
    await c.rate('e2-baxiang', 'weidadao');
    assert.equal(await c.score(), '75.0');
    assert.equal(await c.grade(), '基本称职', 'the veto caps at the template\'s own band');
    await c.waitSaved();
    await page.reload();
    await c.allRendered();
    assert.equal(await c.grade(), '基本称职', 'the template survived the reload');
    await showPage(page, '草稿与备份');
    const row = page.locator('.template-row', { hasText: '某部机关作风建设自查' });
    const file = await download(page, () => row.getByRole('button', { name: '导出模板' }).click());
    assert.deepEqual(JSON.parse(readFileSync(file.path, 'utf8')), JSON.parse(EXAMPLE_TEMPLATE));
  });
});

test('hostile strings stay text on screen, in print, .md and .docx', async () => {
  await withPage(async (page, work) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await c.item('w1-zhongcheng').getByText('具体事例（选填）').click();
    await c.item('w1-zhongcheng').getByLabel('具体事例 / 佐证').fill(PAYLOAD);
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill(PAYLOAD);
    // 从严治部自查: its 主要成绩 quotes the example, its 自评表 lists it.
    await page.getByTestId('occasion').selectOption('congyan-zicha');
    // An imported draft named with markup, too.
    await importFile(page, 'x.json', FIXTURE.replace('"2026年度个人自评"', JSON.stringify(`<b>${PAYLOAD}</b>`)).replace('d-1764000000000', 'd-hostile'));
    await page.getByTestId('import-confirm').getByRole('button', { name: '确认导入' }).click();
    assert.ok((await new DraftsPage(page).names()).includes(`<b>${PAYLOAD}</b>`));
    await showPage(page, '结果与报告');
    await r.report().waitFor();
    assert.ok((await r.report().inputValue()).includes(`${PAYLOAD}\n`), 'the name line');
    await page.emulateMedia({ media: 'print' });
    assert.ok((await page.locator('.print-report').textContent()).includes(PAYLOAD));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('img').count(), 0, 'no element was made from the payload');
    assert.equal(await page.locator('b').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    const md = await download(page, () => page.getByRole('button', { name: '下载 .md' }).click());
    const mdText = readFileSync(md.path, 'utf8');
    assert.ok(!mdText.includes('<img'));
    assert.ok(mdText.includes('&lt;img src=x onerror="window.\\_\\_pwned=1"&gt;'));

    const docx = await download(page, () => page.getByRole('button', { name: '下载 Word (.docx)' }).click());
    assert.match(docx.name, /\.docx$/);
    const path = join(work, 'report.docx');
    writeFileSync(path, readFileSync(docx.path));
    // LibreOffice must read it as a document: convert to text and to PDF.
    soffice('txt:Text (encoded):UTF8', path, work);
    const text = readFileSync(join(work, 'report.txt'), 'utf8');
    assert.ok(text.includes('个人自查报告'));
    assert.ok(text.includes('一、主要成绩') && text.includes('四、整改措施'));
    assert.ok(text.includes('附件：个人自评表'));
    assert.ok(text.includes(PAYLOAD), 'the payload is literal text in the document');
    soffice('pdf', path, work);
    assert.equal(readFileSync(join(work, 'report.pdf')).subarray(0, 5).toString(), '%PDF-');
  });
});

test('the backup reminder shows when the last backup is a week older than the changes', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await c.waitSaved();
    assert.equal(await page.getByTestId('backup-reminder').count(), 0, 'a new draft: no reminder');
    // Pretend the draft was made 10 days ago.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage).filter((k) => k.startsWith('ziping.v1.draft.'))) {
        const d = JSON.parse(localStorage.getItem(k));
        d.created -= 10 * 86400000;
        localStorage.setItem(k, JSON.stringify(d));
      }
    });
    await page.reload();
    const reminder = page.getByTestId('backup-reminder');
    await reminder.waitFor();
    const file = await download(page, () => reminder.getByRole('button', { name: '导出备份' }).click());
    assert.match(file.name, /^从严治部自评备份-/);
    assert.equal(await page.getByTestId('backup-reminder').count(), 0, 'a backup clears it');
    // Dismissing also holds across a reload.
    await page.evaluate(() => localStorage.setItem('ziping.v1.prefs', JSON.stringify({ font_scale: 100, last_backup: 1 })));
    await page.reload();
    await reminder.waitFor();
    await reminder.getByRole('button', { name: '暂不提醒' }).click();
    await page.reload();
    await c.allRendered();
    assert.equal(await page.getByTestId('backup-reminder').count(), 0);
  });
});

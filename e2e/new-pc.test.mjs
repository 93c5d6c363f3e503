// Nothing lost on a new PC (issue 22): a backup carries the department
// template and the imported occasion its drafts use, and restores them in a
// fresh browser profile; an imported occasion is still chosen after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ChecklistPage, DraftsPage, FILE_URL, ImportPanel, ResultsPage, showPage, withPage as withBrowserPage,
  waitSaved,
} from './support.mjs';

const DEPARTMENT = readFileSync('data/templates/example-department.json', 'utf8');
const DEPARTMENT_TITLE = JSON.parse(DEPARTMENT).title;

/** The built-in occasions as shipped, and one more of the department's. */
function occasionsFile() {
  const set = JSON.parse(readFileSync('data/occasions.json', 'utf8'));
  const extra = structuredClone(set.occasions[0]);
  extra.id = 'zhuanti-hui';
  extra.label = '专题组织生活会';
  extra.title = '{year}年度专题组织生活会个人发言提纲';
  set.occasions.push(extra);
  return JSON.stringify(set);
}

function withPage(body) {
  return withBrowserPage(async (page, ctx) => {
    page.on('dialog', (d) => { throw new Error(`unexpected dialog: ${d.message()}`); });
    await body(page, ctx);
  }, { options: { acceptDownloads: true } });
}

async function importAndConfirm(page, name, content) {
  const panel = new ImportPanel(page);
  await panel.choose(name, content);
  await panel.panel().waitFor();
  await panel.confirm();
  return panel.notice();
}

/** Exports every draft and returns the file's name and bytes. */
async function exportAll(page) {
  await showPage(page, '草稿与备份');
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出全部草稿（备份）' }).click(),
  ]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** The summary line of a draft's row ("已评 2/… · … 分"). */
async function rowSummary(page, name) {
  const drafts = await new DraftsPage(page).open();
  return drafts.row(name).locator('.draft-info .muted').textContent();
}

test('new PC: a draft made from a department template restores from 导出全部草稿（备份） on a fresh profile', async () => {
  let backup; let summary; const name = `${DEPARTMENT_TITLE}自评`;
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await importAndConfirm(page, 'dept.json', DEPARTMENT);
    await page.getByTestId('new-from').selectOption('example-department');
    await new DraftsPage(page).create();
    await c.allRendered();
    await c.rate('e1-taizhang', 'dadao');
    await c.rate('e1-kaohe', 'jibendadao');
    await c.waitSaved();
    summary = await rowSummary(page, name);
    assert.match(summary, /已评 2\//);
    backup = await exportAll(page);
    const json = JSON.parse(backup.bytes.toString('utf8'));
    assert.equal(json.version, 2);
    assert.deepEqual(json.templates.map((t) => t.id), ['example-department']);
  });
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const notice = await importAndConfirm(page, backup.name, backup.bytes);
    assert.match(notice, /导入 2 份草稿，以及草稿使用的 1 个评价模板/);
    assert.doesNotMatch(notice, /未导入/);
    assert.equal(await rowSummary(page, name), summary, 'same template, ratings and score');
    await new DraftsPage(page).openRow(new DraftsPage(page).row(name));
    const c = new ChecklistPage(page);
    await c.allRendered();
    assert.equal(await c.ratingOf('e1-taizhang'), 'dadao');
    assert.equal(await c.ratingOf('e1-kaohe'), 'jibendadao');
    // The template is stored too: it is still there after a reload.
    await waitSaved(page);
    await page.reload();
    await c.allRendered();
    assert.equal(await c.ratingOf('e1-kaohe'), 'jibendadao');
    await showPage(page, '草稿与备份');
    assert.match(await page.locator('.template-list').textContent(), new RegExp(`${DEPARTMENT_TITLE}（已导入`));
  });
});

test('occasion: an imported occasion is still chosen after a reload, and a backup restores it on a fresh profile', async () => {
  let backup;
  const title = /2026年度专题组织生活会个人发言提纲/;
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const notice = await importAndConfirm(page, 'occasions.json', occasionsFile());
    assert.match(notice, /新增 1 个场合，4 个与本机已有的相同/);
    const r = await new ResultsPage(page).open();
    await r.field('年度').fill('2026');
    await page.getByTestId('occasion').selectOption('zhuanti-hui');
    await c.waitSaved();
    assert.match(await r.report().inputValue(), title);
    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('occasion').inputValue(), 'zhuanti-hui');
    assert.match(await r.report().inputValue(), title);
    backup = await exportAll(page);
    assert.deepEqual(JSON.parse(backup.bytes.toString('utf8')).occasions.map((o) => o.id), ['zhuanti-hui']);
  });
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    await importAndConfirm(page, backup.name, backup.bytes);
    await new DraftsPage(page).openRow(new DraftsPage(page).rows().first());
    const r = await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('occasion').inputValue(), 'zhuanti-hui');
    assert.match(await r.report().inputValue(), title);
    assert.equal(await page.getByTestId('occasion-missing').count(), 0);
  });
});

test('a draft whose occasion this computer lacks says so, keeps it, and writes no other genre', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const draft = JSON.parse(readFileSync('tests/fixtures/draft-v2.json', 'utf8'));
    draft.occasion = 'elsewhere-hui';
    const notice = await importAndConfirm(page, 'one.json', JSON.stringify(draft));
    assert.match(notice, /导入 1 份草稿/);
    await new DraftsPage(page).openRow(new DraftsPage(page).rows().first());
    await showPage(page, '结果与报告');
    await page.getByTestId('occasion-missing').waitFor();
    assert.equal(await page.getByTestId('occasion').inputValue(), 'elsewhere-hui');
    assert.equal(await page.getByTestId('report-text').count(), 0, 'no 材料 in another genre');
    // The first screen's line names it too, never another occasion.
    await showPage(page, '逐条自评');
    const start = page.getByTestId('start-occasion');
    assert.equal(await start.inputValue(), 'elsewhere-hui');
    assert.equal(await start.locator('option:checked').textContent(), '本机没有的场合（elsewhere-hui）');
  });
});

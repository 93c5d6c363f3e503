// The state layer's journeys: no draft is ever lost, drafts keep the template
// version they were made with, and hostile ids are refused at import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ChecklistPage, DraftsPage, FILE_URL, ImportPanel, ResultsPage, eventually, saveState, storedKeys, waitSaved, withPage,
} from './support.mjs';

const EXAMPLE = JSON.parse(readFileSync('data/templates/example-department.json', 'utf8'));

test('first use, a second draft at once, reload: both drafts are still there', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const d = await new DraftsPage(page).open();
    assert.deepEqual(await d.names(), ['我的个人自评']);
    await d.create();
    await waitSaved(page);
    const drafts = (await storedKeys(page)).filter((k) => k.startsWith('ziping.v1.draft.'));
    assert.equal(drafts.length, 2, 'the untouched first draft is stored too');
    await page.reload();
    await new ChecklistPage(page).allRendered();
    await new DraftsPage(page).open();
    await eventually(async () => (await d.names()).sort(), ['我的个人自评', '新的自评 2'].sort());
  });
});

test('the save marker tells a stored change from one still pending', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    assert.deepEqual(await saveState(page), { revision: 0, saved: 0 });
    await c.rate('w1-zhongcheng', 'hao');
    const pending = await saveState(page);
    assert.equal(pending.revision, 1);
    assert.equal(pending.saved, 0, 'the autosave waits 300 ms: not stored on the click path');
    await c.waitSaved();
    assert.deepEqual(await saveState(page), { revision: 1, saved: 1 });
  });
});

test('a draft made with template version 1 keeps its items and score after version 2 is imported', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const imports = new ImportPanel(page);
    await imports.choose('v1.json', JSON.stringify(EXAMPLE));
    await imports.confirm();
    assert.match(await imports.notice(), /第 1 版/);
    const d = new DraftsPage(page);
    await page.getByTestId('new-from').selectOption(EXAMPLE.id);
    await d.create();
    const c = new ChecklistPage(page);
    await c.allRendered();
    const first = EXAMPLE.sections[0].items[0];
    const top = EXAMPLE.scale.levels[0].id;
    await c.rate(first.id, top);
    await c.waitSaved();
    const scoreV1 = await c.score();
    const itemsV1 = await page.locator('#app [data-item-id]').count();

    // Version 2 drops the first item and rewords the second.
    const v2 = structuredClone(EXAMPLE);
    v2.version = 2;
    v2.sections[0].items.shift();
    v2.sections[0].items[0].text += '（第二版）';
    await imports.choose('v2.json', JSON.stringify(v2));
    await imports.confirm();
    await eventually(async () => /第 2 版/.test(await imports.notice()), true, 'the version 2 notice');

    await page.reload();
    await c.allRendered();
    assert.equal(await page.locator('#app [data-item-id]').count(), itemsV1, 'still version 1 items');
    assert.equal(await c.ratingOf(first.id), top);
    assert.equal(await c.score(), scoreV1);
    const keys = await storedKeys(page);
    assert.ok(keys.includes(`ziping.v1.template.${EXAMPLE.id}.v1`), 'version 1 kept while a draft uses it');
    assert.ok(keys.includes(`ziping.v1.template.${EXAMPLE.id}.v2`));
    // A new draft from the template uses version 2.
    await new DraftsPage(page).open();
    await page.getByTestId('new-from').selectOption(EXAMPLE.id);
    await d.create();
    await c.allRendered();
    assert.equal(await page.locator('#app [data-item-id]').count(), itemsV1 - 1);
    await new ResultsPage(page).open();
  });
});

test('a department template with a hostile id is refused with a message and changes nothing', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const before = await storedKeys(page);
    const imports = new ImportPanel(page);
    for (const id of ['dept:1', 'a"]b', 'x.y']) {
      await imports.choose('bad.json', JSON.stringify({ ...EXAMPLE, id }));
      // The previous file's notice may still be on screen: wait for this one's.
      const expected = `模板编号“${id}”含有不允许的字符：编号只能由英文字母、数字、“-”和“_”组成`;
      await eventually(async () => (await imports.notice()).includes(expected), true, `the message for ${id}`);
    }
    assert.deepEqual(await storedKeys(page), before);
    assert.equal(await page.getByTestId('new-from').count(), 0, 'no template was added');
  });
});

// A hand-edited 材料 stays as the person wrote it (issue 23, point 12), and
// the app says when the generated text changed under it: 自动生成的文本已更新,
// 查看差异 with the new sentence, 保留我的文本 (the edit stays, the notice goes)
// and 采用新文本 (back to the generated text). Reloads show it is stored.
// The notice with its diff open is shot at 1280 and 390 px into e2e/artifacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { ChecklistPage, FILE_URL, ResultsPage, eventually, waitSaved, withPage } from './support.mjs';

const MINE = '　　这是我自己补充的一句话。';

async function reload(page) {
  await waitSaved(page);
  await page.reload();
  await new ChecklistPage(page).allRendered();
  return new ResultsPage(page).open();
}

test('an edited 材料 stays; the app tells when the generated text changed', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-xuexi', 'hao');
    let r = await new ResultsPage(page).open();
    const notice = page.getByTestId('report-update');
    const generated = await r.report().inputValue();
    assert.ok(generated.includes('【待补充：姓名】'), 'no name yet');
    const mine = `${generated}\n${MINE}`;
    await r.report().fill(mine);
    await page.getByText('您已修改过下面的文本；自评结果再变化时它不会自动更新。').waitFor();
    assert.equal(await notice.count(), 0, 'nothing has changed yet');

    // A change the generated text follows: the edit stays as it was.
    await r.field('姓名').fill('张三');
    await notice.waitFor();
    assert.match(await notice.textContent(), /^自动生成的文本已更新：.*您修改过的文本仍保持原样/);
    assert.equal(await r.report().inputValue(), mine);

    // Stored: after a reload the notice is still there; the diff shows the change.
    r = await reload(page);
    await notice.waitFor();
    assert.equal(await r.report().inputValue(), mine);
    await notice.getByRole('button', { name: '查看差异' }).click();
    const diff = page.getByTestId('report-diff');
    await eventually(() => diff.locator('ins').allTextContents().then((t) => t.map((s) => s.trim())), ['新增的', '张三'],
      'the name is added');
    assert.deepEqual(await diff.locator('del').allTextContents().then((t) => t.map((s) => s.trim())),
      ['删去的', '【待补充：姓名】']);
    assert.ok(!(await diff.textContent()).includes(MINE.trim()), 'the diff is of the generated text, not of mine');

    mkdirSync('e2e/artifacts', { recursive: true });
    await notice.scrollIntoViewIfNeeded();
    await notice.screenshot({ path: 'e2e/artifacts/hand-edit-desktop.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await notice.scrollIntoViewIfNeeded();
    await notice.screenshot({ path: 'e2e/artifacts/hand-edit-phone.png' });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 保留我的文本: the notice goes, the edit stays, also after a reload.
    await notice.getByRole('button', { name: '保留我的文本' }).click();
    await eventually(() => notice.count(), 0, 'the notice goes');
    assert.equal(await r.report().inputValue(), mine);
    r = await reload(page);
    assert.equal(await r.report().inputValue(), mine);
    assert.equal(await notice.count(), 0, 'kept: no notice after a reload');

    // Another change, then 采用新文本: the text is the generated one again.
    await r.field('年度').fill('2026');
    await notice.waitFor();
    await notice.getByRole('button', { name: '采用新文本' }).click();
    await eventually(() => notice.count(), 0, 'the notice goes');
    const now = await r.report().inputValue();
    assert.ok(!now.includes(MINE.trim()), 'my sentence is gone');
    assert.ok(now.startsWith('2026年度'), now.slice(0, 40));
    assert.ok(now.includes('张三'));
    await page.getByText('下面的文本随自评结果自动生成，可直接修改；【待补充】处请补写。').waitFor();
    r = await reload(page);
    assert.equal(await r.report().inputValue(), now, 'it follows the generated text after a reload');
    assert.equal(await page.getByRole('button', { name: '恢复为自动生成的文本' }).count(), 0);
  });
});

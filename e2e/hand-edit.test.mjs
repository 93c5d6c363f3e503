// A hand-edited 材料 stays as the person wrote it (issue 23, point 12), and
// the app says when the generated text changed under it: 自动生成的文本已更新,
// 查看差异 with the new sentence, 查看我的修改 with the person's own (what
// 采用新文本 drops), 保留我的文本 (the edit stays, the notice goes)
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
    await page.getByText('下面是您为“组织生活会对照检查”修改过的文本；自评结果再变化时它不会自动更新。').waitFor();
    assert.equal(await notice.count(), 0, 'nothing has changed yet');
    // The 体检 says it reads the fields, not the text edited by hand.
    await eventually(() => page.getByTestId('checkup').textContent().then((t) => t.includes('看不到在下面文本中直接改写的地方')), true,
      'the 体检 says what it reads');

    // Changes the generated text follows (the signature's name, a sentence
    // of the opening): the edit stays as it was.
    await r.field('姓名').fill('张三');
    await notice.waitFor();
    assert.match(await notice.textContent(), /^自动生成的文本已更新：.*您修改过的文本仍保持原样/);
    await page.getByTestId('notice').fill('关于召开2026年度组织生活会的通知');
    assert.equal(await r.report().inputValue(), mine);

    // Stored: after a reload the notice is still there; the diff shows the
    // new name on its line, and the one changed sentence of the opening.
    r = await reload(page);
    await notice.waitFor();
    assert.equal(await r.report().inputValue(), mine);
    await notice.getByText('查看差异', { exact: true }).click();
    const diff = page.getByTestId('report-diff');
    await diff.waitFor();
    const texts = (l) => l.allTextContents();
    assert.deepEqual(await texts(diff.locator('.diff-line ins')), [
      '根据《关于召开2026年度组织生活会的通知》要求，【待补充：会前谈心谈话的人次和征求意见建议的条数】，对照“五项工作”“四个模范”，查摆问题、剖析根源、明确整改方向。',
      '张三',
    ]);
    assert.deepEqual(await texts(diff.locator('.diff-line del')), [
      '根据【待补充：通知名称】要求，【待补充：会前谈心谈话的人次和征求意见建议的条数】，对照“五项工作”“四个模范”，查摆问题、剖析根源、明确整改方向。',
      '【待补充：姓名】',
    ]);
    const opening = await diff.locator('.diff-line').filter({ has: page.locator('ins') }).first().textContent();
    assert.ok(opening.endsWith('。现将对照检查情况报告如下：'), 'the sentence after it is kept');
    assert.ok(!(await diff.textContent()).includes(MINE.trim()), 'the diff is of the generated text, not of mine');
    // 查看我的修改: what 采用新文本 would drop — my sentence, and nothing of
    // the generated text's own changes.
    await notice.getByText('查看我的修改', { exact: true }).click();
    const own = page.getByTestId('report-mine');
    await own.waitFor();
    assert.match(await own.locator('.diff-legend').textContent(), /采用新文本后不再保留/);
    // (The blank line before it is the person's too.)
    assert.deepEqual((await texts(own.locator('.diff-line ins'))).filter((t) => t.trim()), [MINE.trim()]);
    assert.equal(await own.locator('.diff-line del').count(), 0);

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
    // (A new draft has a 年度 already: the year before it is a change.)
    const year = String(Number(await r.field('年度').inputValue()) - 1);
    await r.field('年度').fill(year);
    await notice.waitFor();
    await notice.getByRole('button', { name: '采用新文本' }).click();
    await eventually(() => notice.count(), 0, 'the notice goes');
    const now = await r.report().inputValue();
    assert.ok(!now.includes(MINE.trim()), 'my sentence is gone');
    assert.ok(now.startsWith(`${year}年度`), now.slice(0, 40));
    assert.ok(now.includes('张三'));
    await page.getByText('下面的文本随自评结果自动生成，可直接修改；【待补充】处请补写。').waitFor();
    r = await reload(page);
    assert.equal(await r.report().inputValue(), now, 'it follows the generated text after a reload');
    assert.equal(await page.getByRole('button', { name: '恢复为自动生成的文本' }).count(), 0);
  });
});

test('each occasion keeps its own edited 材料; 恢复 asks first and 撤销 brings it back', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-xuexi', 'hao');
    let r = await new ResultsPage(page).open();
    const occasion = page.getByTestId('occasion');
    const meeting = `${await r.report().inputValue()}\n　　组织生活会上我自己的话。`;
    await r.report().fill(meeting);
    const kept = page.getByTestId('report-kept');
    assert.equal(await kept.count(), 0, 'no other occasion has an edit yet');
    // Another occasion: its own generated text, not the edit under its title,
    // and a line that the edit just left is kept.
    await occasion.selectOption('niandu-kaohe');
    await eventually(async () => /^(\d+年度)?个人总结\n/.test(await r.report().inputValue()), true, 'the 个人总结');
    assert.ok(!(await r.report().inputValue()).includes('组织生活会上我自己的话'));
    assert.equal(await kept.textContent(), '您为“组织生活会对照检查”改过的文本已保留，切回即可看到。');
    const summary = `${await r.report().inputValue()}\n　　总结里我自己的话。`;
    await r.report().fill(summary);
    await occasion.selectOption('zuzhi-shenghuohui');
    await eventually(() => r.report().inputValue(), meeting, 'the 组织生活会 edit is back');
    // Back on an occasion with a kept edit: the note says it is the person's own.
    await page.getByText('下面是您为“组织生活会对照检查”修改过的文本；自评结果再变化时它不会自动更新。').waitFor();
    assert.equal(await kept.textContent(), '您为“年度考核个人总结”改过的文本已保留，切回即可看到。');
    r = await reload(page);
    assert.equal(await r.report().inputValue(), meeting, 'stored');
    await occasion.selectOption('niandu-kaohe');
    await eventually(() => r.report().inputValue(), summary, 'the 个人总结 edit, stored too');

    // 恢复为自动生成的文本 asks; 取消 keeps the edit; 撤销 brings it back.
    await page.getByRole('button', { name: '恢复为自动生成的文本' }).click();
    assert.match(await page.getByTestId('reset-confirm').textContent(), /将放弃您对下面文本的修改，改用自动生成的文本。在编辑下面的文本或切换草稿之前，可以撤销。/);
    await page.getByTestId('reset-confirm').getByRole('button', { name: '取消' }).click();
    assert.equal(await r.report().inputValue(), summary);
    await page.getByRole('button', { name: '恢复为自动生成的文本' }).click();
    await page.locator('[data-confirm=reset]').click();
    await eventually(async () => (await r.report().inputValue()).includes('总结里我自己的话'), false, 'generated again');
    await page.getByTestId('reset-undo').getByRole('button', { name: '撤销' }).click();
    await eventually(() => r.report().inputValue(), summary, '撤销 restores it');
    assert.equal(await page.getByTestId('reset-undo').count(), 0);
  });
});

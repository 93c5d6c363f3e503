// 清除本机数据 that the browser refuses: the person is told, nothing on the
// screen changes, and the drafts are still there after a reload. The store is
// the real localStorage; only its removals are made to throw, as a browser
// that forbids writing does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChecklistPage, DraftsPage, FILE_URL, eventually, showPage, storedKeys, withPage } from './support.mjs';

/** Makes every removal from storage throw, before any script of the page runs. */
function refuseRemovals() {
  const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
  Storage.prototype.removeItem = refuse;
  Storage.prototype.clear = refuse;
}

test('a refused clear says so, changes nothing, and the draft survives a reload', async () => {
  await withPage(async (first, { context }) => {
    // A draft with a rating, saved in a normal page load.
    const c = await new ChecklistPage(first).open(FILE_URL);
    await c.rate('w1-zhongcheng', 'hao');
    await c.waitSaved();
    const keys = await storedKeys(first);
    await first.close();

    // The same file again, with a store that refuses to remove anything.
    const page = await context.newPage();
    await page.addInitScript(refuseRemovals);
    const refused = await new ChecklistPage(page).open(FILE_URL);
    assert.equal(await refused.ratingOf('w1-zhongcheng'), 'hao');
    const drafts = await new DraftsPage(page).open();
    await page.getByRole('button', { name: '清除本机数据' }).click();
    const confirm = page.getByTestId('clear-confirm');
    assert.match(await confirm.textContent(), /草稿 1 份：“我的个人自评”/);
    assert.match(await confirm.textContent(), /显示设置/);
    await confirm.getByRole('button', { name: '确认清除' }).click();
    const message = page.getByTestId('clear-failed');
    await message.waitFor();
    assert.equal(await message.getAttribute('role'), 'alert');
    assert.match(await message.textContent(), /本机数据没有清除，草稿和设置都还在。请关闭在其他窗口或标签页中打开的本程序，再试一次/);
    assert.match(await message.textContent(), /The operation is insecure/);
    assert.deepEqual(await drafts.names(), ['我的个人自评'], 'the draft is still shown');
    assert.deepEqual(await storedKeys(page), keys, 'nothing was removed');
    await showPage(page, '逐条自评');
    await refused.allRendered();
    assert.equal(await refused.ratingOf('w1-zhongcheng'), 'hao', 'the rating is still shown');
    await page.close();

    // A normal load: the draft and its rating are there.
    const again = await context.newPage();
    const after = await new ChecklistPage(again).open(FILE_URL);
    assert.equal(await after.ratingOf('w1-zhongcheng'), 'hao');
    await new DraftsPage(again).open();
    await eventually(() => new DraftsPage(again).names(), ['我的个人自评']);
  });
});

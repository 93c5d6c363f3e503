// The 材料's date (issue 23, point 9): empty, the 材料 is signed with the
// month the meeting is held in; a date set in the 材料 panel signs it
// instead, is kept over a reload, and 清除 goes back to the default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChecklistPage, FILE_URL, ResultsPage, eventually, withPage } from './support.mjs';

/** The last line of the report text: the date it is signed with. */
async function signedWith(r) {
  return (await r.report().inputValue()).trimEnd().split('\n').pop().trim();
}

test('组织生活会: the 材料 is signed with the date set in the panel, kept over a reload', async () => {
  // This year's meeting is held next January at the earliest (China time).
  const year = new Date(Date.now() + 8 * 3600 * 1000).getUTCFullYear();
  const month = `${year + 1}年1月`;
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const r = await new ResultsPage(page).open();
    await page.getByTestId('occasion').selectOption('zuzhi-shenghuohui');
    await r.field('年度').fill(String(year));
    const hint = page.getByTestId('material-date-hint');
    await eventually(() => hint.textContent(), `留空则为：${month}（召开会议时可改为具体日期）`, 'the hint shows the default');
    await eventually(() => signedWith(r), month, 'signed with the month, no day');

    await page.getByTestId('material-date').fill(`${year + 1}-02-10`);
    const day = `${year + 1}年2月10日`;
    await eventually(() => signedWith(r), day, 'signed with the date set');
    await eventually(() => hint.textContent(), `材料落款：${day}（清除则为：${month}）`, 'the hint says the date set');
    await c.waitSaved();

    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('material-date').inputValue(), `${year + 1}-02-10`);
    assert.equal(await signedWith(r), day);

    await page.getByTestId('material-date-clear').click();
    await eventually(() => signedWith(r), month, 'cleared: the default again');
    assert.equal(await page.getByTestId('material-date').inputValue(), '');
  });
});

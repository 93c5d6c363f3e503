// Phrasing aids by 科室 and 职级 (issue 26): the person's 科室类型 puts the
// aids written for it first; the others wait under 更多参考.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChecklistPage, FILE_URL, ResultsPage, eventually, showPage, withPage } from './support.mjs';

const ZUZHI = '党内统计指标口径掌握不够熟';
const RENCAI = '对人才政策条款和待遇兑现流程掌握不够全面';

test('aids by role: 组织科 shows an 组织科 aid first on w3-hangjia, other 科室 under 更多参考; kept over a reload', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const item = c.item('w3-hangjia');
    const firstAid = () => item.getByTestId('problem-aids').locator('.aid').first().textContent();
    await item.getByText('查摆问题', { exact: true }).click();
    // No 科室类型 yet: the aids for everyone; the tagged ones folded.
    assert.doesNotMatch(await firstAid(), new RegExp(ZUZHI));
    assert.match(await item.getByTestId('more-problem-aids').textContent(), new RegExp(ZUZHI));

    await new ResultsPage(page).open();
    await page.getByTestId('person-dept').selectOption('组织科');
    await c.waitSaved();
    await showPage(page, '逐条自评');
    await c.allRendered();
    await item.getByText('查摆问题', { exact: true }).click();
    await eventually(async () => (await firstAid()).includes(ZUZHI), true, '组织科 first');
    // 人才科's waits under 更多参考, and is still one click away.
    const more = item.getByTestId('more-problem-aids');
    assert.match(await more.textContent(), new RegExp(RENCAI));
    assert.doesNotMatch(await more.textContent(), new RegExp(ZUZHI));
    await more.locator('summary').click();
    await more.locator('.aid', { hasText: RENCAI }).click();
    await eventually(async () => (await item.locator('.problem textarea').first().inputValue()).startsWith(RENCAI), true,
      'an aid from 更多参考 inserted');
    await c.waitSaved();

    await page.reload();
    await c.allRendered();
    // (A problem is written now: the problems are open.)
    assert.match(await firstAid(), new RegExp(ZUZHI), 'still first after a reload');
  });
});

test('a 参考措施 takes the place of a measure with no method (加强学习), and follows a real one', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const item = c.item('w3-hangjia');
    await item.getByText('查摆问题', { exact: true }).click();
    await item.getByTestId('problem-aids').locator('.aid').first().click();
    const measure = item.getByLabel('整改措施', { exact: true });
    await measure.fill('加强学习');
    await c.waitSaved();
    const aid = item.locator('.aids', { hasText: '参考措施：' }).locator('.aid').first();
    const text = (await aid.textContent()).trim();
    await aid.click();
    await eventually(() => measure.inputValue(), text, 'the lazy words give way');
    await measure.fill('每月列出学习清单');
    await aid.click();
    await eventually(() => measure.inputValue(), `每月列出学习清单；${text}`, 'a real measure is kept, the aid after it');
  });
});

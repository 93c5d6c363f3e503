// 民主评议党员 (issue 24): 基本情况 from the person's details, the 自评等次
// the member chooses (the computed grade only a hint), and a 中共预备党员
// given no 等次 at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChecklistPage, FILE_URL, ResultsPage, eventually, withPage } from './support.mjs';

test('民主评议: the chosen 自评等次 is printed; a 预备党员 gets no 等次; a reload keeps both', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const r = await new ResultsPage(page).open();
    await page.getByTestId('occasion').selectOption('minzhu-pingyi');
    await r.field('年度').fill('2026');
    await r.field('姓名').fill('李小雨');
    await r.field('单位').fill('某市委组织部干部监督科');
    await r.field('职务').fill('科员');
    await r.field('性别').fill('女');
    await r.field('出生年月').fill('2001.5');
    await r.field('入党时间').fill('2025.12');
    // None chosen: a placeholder, never the computed grade.
    await eventually(async () => (await r.report().inputValue()).includes('　　自评等次：【待补充：自评等次】。'), true,
      'asks for the 自评等次');
    assert.match(await page.getByTestId('self-grade-hint').textContent(), /优秀一般不超过参评党员的三分之一/);

    // A full member: the grade they chose is the one printed.
    await page.getByTestId('person-standing').selectOption('中共党员');
    await page.getByTestId('self-grade').selectOption('合格');
    await c.waitSaved();
    let text = await r.report().inputValue();
    assert.match(text, /本人李小雨，女，2001年5月出生，2025年12月加入中国共产党，现任某市委组织部干部监督科科员。/);
    assert.match(text, /\n　　自评等次：合格。\n/);
    assert.doesNotMatch(text, /参考等次|评完后确定|优秀/);
    // Kept for a person to look at (gitignored).
    await page.locator('.person-form').screenshot({ path: 'e2e/artifacts/minzhu-person.png' });
    await page.locator('.self-grade').screenshot({ path: 'e2e/artifacts/minzhu-self-grade.png' });
    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('self-grade').inputValue(), '合格');
    assert.equal(await page.getByTestId('person-standing').inputValue(), '中共党员');
    assert.equal(await r.report().inputValue(), text);
    // A veto fact answered 是 (诫勉) rules 优秀 out: shown, not offered.
    const top = page.locator('[data-testid="self-grade"] option[value="优秀"]');
    assert.equal(await top.isDisabled(), false);
    await page.locator('[data-fact-id="f-chengjie"]').getByLabel('是').check();
    await eventually(() => top.isDisabled(), true, '优秀 not offered after a 诫勉');
    assert.match(await top.textContent(), /依规不得评/);
    await page.locator('[data-fact-id="f-chengjie"]').getByLabel('否').check();
    await eventually(() => top.isDisabled(), false, 'offered again');

    // A 预备党员: said so, no 等次 line, no grade word, and no select.
    await page.getByTestId('person-standing').selectOption('中共预备党员');
    await eventually(async () => (await r.report().inputValue()).includes('现为中共预备党员'), true, 'said so');
    await c.waitSaved();
    text = await r.report().inputValue();
    assert.match(text, /本人李小雨，女，2001年5月出生，2025年12月入党，现为中共预备党员，任某市委组织部干部监督科科员。/);
    assert.doesNotMatch(text, /等次|优秀|合格/);
    assert.equal(await page.getByTestId('self-grade').count(), 0);
    assert.match(await page.getByTestId('self-grade-none').textContent(), /不评定等次/);
    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('person-standing').inputValue(), '中共预备党员');
    assert.equal(await r.report().inputValue(), text);
    await page.locator('.person-form').screenshot({ path: 'e2e/artifacts/minzhu-probationary.png' });
  });
});

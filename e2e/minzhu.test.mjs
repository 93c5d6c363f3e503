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
    assert.match(text, /本人李小雨，女，【待补充：民族】，2001年5月出生，【待补充：学历】，2025年12月加入中国共产党，现任某市委组织部干部监督科科员。/);
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
    assert.match(text, /本人李小雨，女，【待补充：民族】，2001年5月出生，【待补充：学历】，2025年12月入党，现为中共预备党员，任某市委组织部干部监督科科员。/);
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

// Member facts (issue 24, point 3): typed in the member form (numbers read
// leniently, full-width too), told in 主要表现 by the engine's sentences; a
// 反向情形 answered 是 rules out 优秀 and prints its consequence; a reload
// keeps them. The form is shot at 1280 and 390 px into e2e/artifacts.
test('民主评议: member facts are printed; a 反向情形 rules out 优秀 and is worded; a reload keeps them', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const r = await new ResultsPage(page).open();
    // Another occasion asks for no member facts.
    assert.equal(await page.getByTestId('member-facts').count(), 0);
    await page.getByTestId('occasion').selectOption('minzhu-pingyi');
    await r.field('年度').fill('2026');
    await r.field('姓名').fill('张三');
    await page.getByTestId('person-standing').selectOption('中共党员');
    const form = page.getByTestId('member-facts');
    await form.waitFor();
    await eventually(async () => (await r.report().inputValue()).includes(
      '（三）在组织纪律方面。【待补充：全年支部召开“三会一课”、开展主题党日的次数和本人参加的次数；是否按时足额交纳党费】'), true,
      'asks for the attendance and the 党费');
    await page.getByTestId('member-meetings-held').fill('２０次');
    await page.getByTestId('member-meetings-attended').fill('18');
    await page.getByTestId('member-days-held').fill('12');
    // "Every time" in words is the number held, shown as it is read.
    await page.getByTestId('member-days-attended').fill('都参加了');
    await eventually(() => page.getByTestId('member-days-attended').inputValue(), '12', '都参加了 read as 12');
    await page.getByTestId('dues-paid').check();
    await page.getByTestId('member-tasks').fill('承办主题党日活动2次，编发支部简报6期');
    await page.getByTestId('member-service').fill('到居住地社区报到，参加志愿服务8次');
    await c.waitSaved();
    await eventually(async () => (await r.report().inputValue()).includes('志愿服务8次。'), true, 'service printed');
    let text = await r.report().inputValue();
    assert.match(text, /（三）在组织纪律方面。全年支部召开“三会一课”20次，本人参加18次，【待补充：2次未参加的原因，如因公出差已向支部请假、会后补学】；开展主题党日活动12次，本人参加12次；按时足额交纳党费。\n/);
    assert.match(text, /（五）在联系服务群众方面。到居住地社区报到，参加志愿服务8次。/);
    assert.match(text, /（六）在先锋模范作用方面。承办主题党日活动2次，编发支部简报6期。【待补充：全年主要工作和数据/);
    assert.equal(await page.getByTestId('member-meetings-held').inputValue(), '20');
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: 'e2e/artifacts/minzhu-member-form-1280.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: 'e2e/artifacts/minzhu-member-form-390.png' });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(sideways, false, 'nothing scrolls sideways at 390 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A 反向情形 answered 是: 优秀 is not offered, the consequence printed.
    await page.getByTestId('self-grade').selectOption('不合格');
    const top = page.locator('[data-testid="self-grade"] option[value="优秀"]');
    assert.equal(await top.isDisabled(), false);
    await page.locator('[data-fact-id="f-shenghuo"]').getByLabel('是').check();
    await eventually(() => top.isDisabled(), true, '优秀 not offered after a 反向情形');
    assert.match(await top.textContent(), /依规不得评/);
    await c.waitSaved();
    await eventually(async () => (await r.report().inputValue()).includes(
      '　　自评等次：不合格。本年度存在无正当理由不参加党的组织生活的情形，依规应评为“不合格”。\n'), true,
      'the consequence printed');
    text = await r.report().inputValue();

    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('member-meetings-attended').inputValue(), '18');
    assert.equal(await page.getByTestId('dues-paid').isChecked(), true);
    assert.equal(await page.getByTestId('member-service').inputValue(), '到居住地社区报到，参加志愿服务8次');
    assert.equal(await page.locator('[data-fact-id="f-shenghuo"]').getByLabel('是').isChecked(), true);
    assert.equal(await top.isDisabled(), true);
    assert.equal(await r.report().inputValue(), text);
  });
});

// 党费 is asked once, among the veto facts: 是否按时足额交纳党费, and only where
// that is 否, the 反向情形 of not paying it without a good reason; the
// member's facts do not ask it again. Paid, the 情形 is answered by it (the
// header counts no open fact for it); unpaid without a reason, 优秀 and 合格
// are not offered and the 材料 says nothing of 党费 in the member's favour.
test('民主评议: 党费 asked once, the 反向情形 as its follow-up', async () => {
  await withPage(async (page) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    const r = await new ResultsPage(page).open();
    await page.getByTestId('occasion').selectOption('minzhu-pingyi');
    await page.getByTestId('person-standing').selectOption('中共党员');
    await page.getByTestId('member-facts').waitFor();
    const facts = page.getByTestId('facts');
    const dues = facts.getByTestId('dues');
    const follow = page.locator('[data-fact-id="f-dangfei"]');
    assert.equal(await dues.count(), 1, 'asked among the veto facts');
    assert.equal(await page.getByTestId('member-facts').getByTestId('dues-paid').count(), 0,
      'not asked again with the member facts');
    assert.equal(await page.locator('[data-testid="dues-paid"]').count(), 1, 'one 党费 question on the screen');
    assert.equal(await page.locator('input[name="member-dues"]').count(), 2, 'its 否 and 是 only');
    assert.equal(await follow.count(), 0, 'the 情形 waits for 党费');
    assert.match(await dues.getAttribute('class'), /unanswered/);
    // The other two 情形 and 党费: three open, until 党费 is answered.
    await page.locator('[data-fact-id="f-shenghuo"]').getByLabel('否').check();
    await page.locator('[data-fact-id="f-renwu"]').getByLabel('否').check();
    // Worded as the other rows: 是否存在未按时足额交纳党费的情况, 否 = paid.
    assert.match(await dues.textContent(), /是否存在未按时足额交纳党费的情况？\s*否\s*是/);
    await dues.getByLabel('否').check();
    assert.equal(await page.getByTestId('dues-paid').isChecked(), true);
    assert.equal(await follow.count(), 0, 'paid: no follow-up');
    assert.doesNotMatch(await dues.getAttribute('class'), /unanswered/);
    await c.waitSaved();
    await eventually(async () => (await r.report().inputValue()).includes('按时足额交纳党费。'), true, 'paid, said');
    // Unpaid: the 情形 asked under it; without a good reason, 不合格 only.
    await page.getByTestId('dues-unpaid').check();
    await follow.waitFor();
    assert.match(await follow.getAttribute('class'), /gated/);
    await follow.getByLabel('是').check();
    // Said paid again while the 情形 stands: the two are said to disagree.
    await dues.getByLabel('否').check();
    await page.getByText('与上面“未按时足额交纳党费”答的“否”不一致，请核对。').waitFor();
    await page.getByTestId('dues-unpaid').check();
    await eventually(() => page.getByText('与上面“未按时足额交纳党费”答的“否”不一致').count(), 0, 'the note goes');
    const top = page.locator('[data-testid="self-grade"] option[value="合格"]');
    await eventually(() => top.isDisabled(), true, '合格 not offered');
    await page.getByTestId('self-grade').selectOption('不合格');
    await c.waitSaved();
    await eventually(async () => (await r.report().inputValue()).includes(
      '本年度存在无正当理由不按时足额交纳党费的情形，依规应评为“不合格”。'), true, 'the consequence printed');
    const text = await r.report().inputValue();
    assert.doesNotMatch(text.replace(/不按时足额交纳党费/g, ''), /按时足额交纳党费/, 'nothing of 党费 in the member’s favour');
    // A reload keeps both answers where they were asked.
    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('dues-unpaid').isChecked(), true);
    assert.equal(await follow.getByLabel('是').isChecked(), true);
    assert.equal(await r.report().inputValue(), text);
    await facts.screenshot({ path: 'e2e/artifacts/minzhu-dues.png' });
  });
});

test('民主评议: a 表态 written for the 组织生活会 is flagged under it and asked about in the 材料', async () => {
  await withPage(async (page) => {
    await new ChecklistPage(page).open(FILE_URL);
    const r = await new ResultsPage(page).open();
    await page.getByTestId('occasion').selectOption('minzhu-pingyi');
    await page.getByTestId('pledge').fill('以这次组织生活会为契机，把问题改到位');
    const holder = page.locator('.field-with-findings').filter({ has: page.getByTestId('pledge') });
    await eventually(() => holder.locator('[data-check="other-occasion"]').count(), 1, 'flagged under the 表态');
    await eventually(async () => (await r.report().inputValue()).includes(
      '把问题改到位【待补充：“组织生活会”与这份材料的场合不符，改为不提会议名称的说法】。'), true, 'asked about in the 材料');
    // Words every occasion can use: neither.
    await page.getByTestId('pledge').fill('以这次查摆为新起点，把问题改到位');
    await eventually(() => holder.locator('[data-check="other-occasion"]').count(), 0, 'gone once rewritten');
    assert.doesNotMatch(await r.report().inputValue(), /不是这份材料的场合/);
  });
});

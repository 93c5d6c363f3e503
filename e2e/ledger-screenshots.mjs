// Screenshots of the ledger and the compare view (issue 13), desktop 1280 px
// and a 390 px phone:  node e2e/ledger-screenshots.mjs [out-dir]
import { ChecklistPage, FILE_URL, ResultsPage, launch, showPage, tempProfile, waitSaved } from './support.mjs';

const out = process.argv[2] ?? 'docs/screenshots';

const PROBLEMS = [
  ['w1-xuexi', 'yiban', '理论学习还不够深入，比如第一议题学习后没有及时写体会', '制定个人学习计划，每月撰写学习体会', '2027年3月底前'],
  ['w2-laohaoren', 'jiaohao', '坚持原则还不够，比如发现报送材料不规范时只是电话提醒', '对报送材料逐份审核，发现问题当即退回', '长期坚持'],
  ['w3-peixun', 'hao', '业务培训学时不足，比如全年只参加2期集中培训', '补足培训学时', '2026年3月底前'],
];

async function problem(c, [id, level, text, measure, deadline]) {
  await c.rate(id, level);
  const item = c.item(id);
  const add = item.getByRole('button', { name: '＋ 写一个问题' });
  if (await add.count() === 0) await item.locator('details.problems > summary').click();
  await add.click();
  await item.getByLabel('问题表现（用自己的话，写出具体事例）').fill(text);
  await item.getByLabel('整改措施').fill(measure);
  await item.getByLabel('整改时限').fill(deadline);
}

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const profile = tempProfile();
  const { context } = await launch(profile.dir, { viewport });
  try {
    const page = await context.newPage();
    const c = await new ChecklistPage(page).open(FILE_URL);
    for (const [i, id] of ['w1-zhongcheng', 'w1-liangge', 'w1-jiguan', 'w2-guiju', 'w2-xuanren'].entries()) {
      await c.rate(id, i % 2 ? 'jiaohao' : 'hao');
    }
    for (const p of PROBLEMS) await problem(c, p);
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill('张三');
    await r.field('单位').fill('某市委组织部干部一科');
    await r.field('年度').fill('2026');
    await showPage(page, '整改台账');
    const row = (i) => page.locator('[data-testid=ledger-table] tbody tr').nth(i);
    await row(0).locator('select').selectOption('已完成');
    await row(0).getByLabel('整改进展').fill('制定学习计划，全年撰写学习体会10篇');
    await row(2).locator('select').selectOption('推进中');
    await row(2).getByLabel('整改进展').fill('已参加1期培训');
    await waitSaved(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${out}/ledger-${name}.png`, fullPage: name === 'phone' });
    await page.getByTestId('carry-over').click();
    await c.allRendered();
    await c.rate('w1-xuexi', 'hao');
    await c.rate('w2-laohaoren', 'yiban');
    await c.rate('w1-zhongcheng', 'jiaohao');
    await problem(c, ['w2-laohaoren', 'yiban', '仍有老好人思想，比如考察谈话中对干部缺点讲得不直接', '谈话中逐人写明缺点', '2028年3月底前']);
    await showPage(page, '对比');
    await page.getByTestId('compare').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${out}/compare-${name}.png`, fullPage: true });
  } finally {
    await context.close();
    profile.cleanup();
  }
}
console.log(`screenshots written to ${out}`);

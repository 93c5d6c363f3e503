// Screenshots of the ledger and the compare view (issue 13), desktop 1280 px
// and a 390 px phone:  node e2e/ledger-screenshots.mjs [out-dir]
import { ChecklistPage, FILE_URL, ResultsPage, launch, showPage, tempProfile, waitSaved } from './support.mjs';

const out = process.argv[2] ?? 'docs/screenshots';

// Realistic rows: sentences of 40 to 70 characters, a 完成标准 on some.
const PROBLEMS = [
  ['w1-xuexi', 'yiban', '理论学习还不够深入系统，满足于集中学、听辅导，自己钻研原著原文少，比如第一议题学习后没有及时撰写体会，学用结合不够紧密',
    '制定个人年度学习计划，每周安排半天自学原著原文，每月撰写1篇学习体会，每季度结合干部工作实际在科室交流发言1次', '2027年3月底前', '全年撰写学习体会不少于12篇'],
  ['w2-laohaoren', 'jiaohao', '坚持原则、敢于较真还不够，比如发现基层报送的干部考察材料不规范、内容空泛时，只是电话提醒修改，没有按规定退回重报',
    '对报送材料逐份审核、逐项登记，发现不规范的当即书面退回并说明理由，每季度通报一次退回情况', '长期坚持', ''],
  ['w3-peixun', 'hao', '业务培训学时不足，比如全年只参加2期集中培训，对新修订的干部选拔任用工作条例学得不够细、用得不够准',
    '补足培训学时，参加市委党校干部工作业务专题班，逐条学习新修订条例并完成测试', '2026年3月底前', '培训学时不少于110学时'],
  ['w2-guiju', 'jiaohao', '执行请示报告制度不够严格，比如个人有关事项发生变化后，没有在规定时间内向组织如实报告',
    '认真学习领导干部报告个人有关事项规定，建立个人事项变化提醒清单，变化后30日内如实报告', '2026年12月底前', ''],
];

async function problem(c, [id, level, text, measure, deadline, standard = '']) {
  await c.rate(id, level);
  const item = c.item(id);
  const add = item.getByRole('button', { name: '＋ 写一个问题' });
  if (await add.count() === 0) await item.locator('details.problems > summary').click();
  await add.click();
  await item.getByLabel('问题表现（用自己的话，写出具体事例）').fill(text);
  await item.getByLabel('整改措施').fill(measure);
  await item.getByLabel('整改时限').fill(deadline);
  if (standard) await item.getByLabel('完成标准（选填，只进整改台账，不写入材料）').fill(standard);
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
    const row = (i) => page.locator('[data-testid=ledger-table] tbody tr').filter({ hasText: PROBLEMS[i][2] });
    await row(0).locator('select').selectOption('已完成');
    await row(0).getByLabel('责任人').fill('张三');
    await row(0).getByLabel('整改进展').fill('已制定学习计划，全年撰写学习体会10篇，在科室交流发言3次');
    await row(0).getByLabel('销号日期').fill('2026年11月25日');
    await row(0).getByLabel('备注').fill('学习体会已报支部存档');
    await row(2).locator('select').selectOption('推进中');
    await row(2).getByLabel('整改进展').fill('已参加1期业务专题班，累计56学时，余下学时在明年一季度补足');
    await row(3).getByLabel('责任人').fill('张三');
    await waitSaved(page);
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    await page.screenshot({ path: `${out}/ledger-${name}.png`, fullPage: true });
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

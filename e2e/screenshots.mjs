// Takes the README's screenshots of the single file (desktop 1280 px and a
// 390 px phone):  node e2e/screenshots.mjs [out-dir]
import { ChecklistPage, FILE_URL, ResultsPage, launch, showPage, tempProfile } from './support.mjs';

const out = process.argv[2] ?? 'docs/screenshots';

async function fill(page) {
  const c = await new ChecklistPage(page).open(FILE_URL);
  const levels = ['hao', 'hao', 'jiaohao', 'hao', 'jiaohao', 'yiban'];
  const ids = await page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.dataset.itemId));
  for (const [i, id] of ids.entries()) await c.rate(id, levels[i % levels.length]);
  await c.rate('w3-peixun', 'yiban');
  await c.item('w3-peixun').getByRole('button', { name: '＋ 写一个问题' }).click();
  await c.item('w3-peixun').getByLabel('问题表现（用自己的话，写出具体事例）').fill('全年参加集中培训学时未达标，比如第三季度两次集中培训请假');
  await c.item('w3-peixun').getByLabel('整改措施').fill('制定个人学习计划，补足学时');
  await c.item('w3-peixun').getByLabel('整改时限').fill('2027年3月底前');
  await c.tab('四个模范');
  const models = await page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.dataset.itemId));
  for (const [i, id] of models.entries()) await c.rate(id, i % 4 === 3 ? 'jiaohao' : 'hao');
  await c.tab('五项工作');
  return c;
}

for (const [name, viewport] of [['desktop', { width: 1280, height: 860 }], ['phone', { width: 390, height: 844 }]]) {
  const profile = tempProfile();
  const { context } = await launch(profile.dir, { viewport });
  try {
    const page = await context.newPage();
    const c = await fill(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${out}/checklist-${name}.png` });
    // A problem on an item rated 好: the aids, one inserted (its slot still
    // open), a typical cause inserted.
    const item = c.item('w1-xuexi');
    await item.getByText('查摆问题', { exact: true }).click();
    await item.getByTestId('problem-aids').locator('.aid').first().click();
    await item.locator('.causes .aid').first().click();
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: `${out}/problem-${name}.png` });
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill('张三');
    await r.field('年度').fill('2026');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${out}/results-${name}.png` });
    await page.getByTestId('problem-count').scrollIntoViewIfNeeded();
    await page.locator('.material-panel').screenshot({ path: `${out}/material-${name}.png` });
    // 本机加密: the lock screen a returning user sees once a passphrase is set.
    await showPage(page, '草稿与备份');
    const lock = page.getByTestId('lock-settings');
    await lock.getByTestId('lock-new').fill('截图用的口令');
    await lock.getByTestId('lock-again').fill('截图用的口令');
    await lock.getByTestId('lock-submit').click();
    await lock.getByTestId('lock-done').waitFor({ timeout: 20000 });
    await page.reload();
    await page.locator('#lock-screen').waitFor();
    await page.screenshot({ path: `${out}/lock-${name}.png` });
  } finally {
    await context.close();
    profile.cleanup();
  }
}
console.log(`screenshots written to ${out}`);

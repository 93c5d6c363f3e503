// The 材料 journeys (issue 12): choose the occasion, write a problem on an
// item rated 好 by inserting a phrasing aid and making it one's own, add 工作实绩,
// download the .docx; LibreOffice converts it and the text checks hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChecklistPage, FILE_URL, ResultsPage, eventually, soffice, withPage } from './support.mjs';

const OWN_EXAMPLE = '比如今年第三季度有两次第一议题学习后没有写体会';

async function problemFromAid(c, page, itemId) {
  const item = c.item(itemId);
  await item.getByText('查摆问题', { exact: true }).click();
  const aids = item.getByTestId('problem-aids').locator('.aid');
  const wording = await aids.first().textContent();
  assert.match(wording, /比如【……】。$/, 'the aid leaves a slot for the person\'s own example');
  await aids.first().click();
  const text = item.getByLabel('问题表现（用自己的话，写出具体事例）');
  assert.equal(await text.inputValue(), wording, 'one click inserts it');
  assert.equal(await item.locator('.slot-hint').count(), 1, 'the slot is pointed out');
  await text.fill(wording.replace('比如【……】', OWN_EXAMPLE));
  assert.equal(await item.locator('.slot-hint').count(), 0);
  // A typical cause (tagged by angle) and a measure, inserted, then a deadline.
  await item.locator('.causes .aid').first().click();
  await item.locator('.problem > .aids .aid').first().click();
  await item.getByLabel('整改时限').fill('2027年3月底前');
  return wording.replace('比如【……】。', '');
}

async function docxText(page, work, name) {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 Word (.docx)' }).click(),
  ]);
  const path = join(work, `${name}.docx`);
  writeFileSync(path, readFileSync(await d.path()));
  soffice('txt:Text (encoded):UTF8', path, work);
  soffice('pdf', path, work);
  const info = execFileSync('pdfinfo', [join(work, `${name}.pdf`)], { encoding: 'utf8' });
  return { text: readFileSync(join(work, `${name}.txt`), 'utf8'), pages: Number(/Pages:\s+(\d+)/.exec(info)[1]) };
}

test('组织生活会: a problem on an item rated 好, from an aid, into the .docx', async () => {
  await withPage(async (page, { work }) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-xuexi', 'hao');
    const start = await problemFromAid(c, page, 'w1-xuexi');
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill('张三');
    await r.field('年度').fill('2026');
    await page.getByTestId('occasion').selectOption('zuzhi-shenghuohui');
    assert.match(await page.getByTestId('problem-count').textContent(), /一般查摆 3–6 个问题，目前已写 1 个/);
    await page.getByTestId('notice').fill('关于召开2026年度组织生活会的通知');
    // The 组织生活会 writes no 工作实绩: the panel does not ask for them.
    assert.equal(await page.getByTestId('work-list').count(), 0);
    await page.getByRole('button', { name: '＋ 添加上年度问题' }).click();
    await page.getByTestId('previous-list').getByLabel('问题', { exact: true }).fill('联系服务基层不够经常');
    await page.getByTestId('previous-list').getByLabel('整改进展、成效').fill('全年到联系乡镇调研6次');
    const report = await r.report().inputValue();
    assert.ok(report.startsWith('2026年度组织生活会个人对照检查材料\n'));
    assert.ok(report.includes(`（一）在旗帜鲜明讲政治方面。${start}${OWN_EXAMPLE}。`), report);
    // 原因剖析 by angle, each asking for the person's judgement first.
    assert.ok(report.includes('一是【待补充：理想信念方面的一句判断'), '原因剖析 by angle');
    assert.ok(report.includes('2027年3月底前，'), 'a day to finish by leads its measure');
    const { text, pages } = await docxText(page, work, 'meeting');
    for (const s of ['2026年度组织生活会个人对照检查材料', '根据《关于召开2026年度组织生活会的通知》要求',
      '一、上年度查摆问题整改落实情况', '关于“联系服务基层不够经常”的问题', '二、存在的问题',
      OWN_EXAMPLE, '三、原因剖析', '四、整改措施', '请同志们批评指正', '张三']) {
      assert.ok(text.includes(s), `${s} in the converted text`);
    }
    for (const s of ['【……】', '姓名：', '场合：', '（自评：', '等次', '得分', '考察干部86人次']) {
      assert.ok(!text.includes(s), `no ${s} in a meeting material`);
    }
    assert.ok(pages <= 5, `${pages} A4 pages`);
  });
});

test('年度考核: 工作实绩 and a problem on an item rated 好, into the .docx', async () => {
  await withPage(async (page, { work }) => {
    const c = await new ChecklistPage(page).open(FILE_URL);
    await c.rate('w1-xuexi', 'hao');
    await c.item('w1-xuexi').getByText('具体事例（选填）').click();
    await c.item('w1-xuexi').getByLabel('具体事例 / 佐证').fill('全年撰写学习体会 8 篇');
    const start = await problemFromAid(c, page, 'w1-xuexi');
    const r = await new ResultsPage(page).open();
    await r.field('姓名').fill('李四');
    await r.field('年度').fill('2026');
    await page.getByTestId('occasion').selectOption('niandu-kaohe');
    assert.match(await page.getByTestId('problem-count').textContent(), /一般查摆 1–3 个问题，目前已写 1 个/);
    await page.getByRole('button', { name: '＋ 添加一项工作实绩' }).click();
    await page.getByTestId('work-list').getByLabel('第 1 项').fill('全年参与干部考察12批次、考察干部86人次');
    await page.getByRole('button', { name: '＋ 添加一项工作实绩' }).click();
    await page.getByTestId('work-list').getByLabel('第 2 项').fill('审核干部人事档案320卷');
    // The body by 德、能、勤、绩、廉 (issue 24): five parts, 绩 from the
    // 工作实绩, then the 不足 and next year in sentences.
    const { text, pages } = await docxText(page, work, 'annual');
    let at = -1;
    for (const s of ['2026年度个人总结', '一、思想政治', '全年撰写学习体会8篇', '二、业务能力', '三、工作作风',
      '四、工作实绩', '全年参与干部考察12批次、考察干部86人次；审核干部人事档案320卷。', '五、廉洁自律',
      '六、存在的不足和今后努力方向', `本人还存在以下不足：${start}${OWN_EXAMPLE}`, '李四', '2026年']) {
      const found = text.indexOf(s, at + 1);
      assert.ok(found > at, `${s} in the converted text, in order`);
      at = found;
    }
    for (const s of ['【……】', '姓名：', '等次', '得分', '（自评：', '主要工作和成绩', '（一）在']) {
      assert.ok(!text.includes(s), `no ${s} in a 个人总结`);
    }
    assert.ok(pages <= 4, `${pages} A4 pages`);
    // The live count of the body against the occasion's 800–1,500, as the
    // person edits the text.
    const count = page.getByTestId('length-count');
    const chars = async () => Number((await count.textContent()).match(/正文约 (\d+) 字/)[1]);
    assert.match(await count.textContent(), /^正文约 \d+ 字（这类材料一般 800–1500 字，还可补写约 \d+ 字）$/);
    assert.match(await count.getAttribute('class'), /warn/, 'short of 800: marked');
    const before = await chars();
    const generated = await r.report().inputValue();
    await r.report().fill(generated.replace('二、业务能力', '二、业务能力和水平'));
    await eventually(chars, before + 3, 'counted as typed');
    await page.getByRole('button', { name: '恢复为自动生成的文本' }).click();
    await page.locator('[data-confirm=reset]').click();
    await eventually(chars, before, 'back with the generated text');
    // 按主要职责 instead: each 工作实绩 a paragraph; kept over a reload.
    await page.getByTestId('layout').selectOption('alt');
    await eventually(async () => (await r.report().inputValue()).includes(
      '　　一、履行主要职责情况\n　　（一）全年参与干部考察12批次、考察干部86人次。\n　　（二）审核干部人事档案320卷。\n'), true,
    'by main duties');
    await c.waitSaved();
    await page.reload();
    await c.allRendered();
    await new ResultsPage(page).open();
    assert.equal(await page.getByTestId('layout').inputValue(), 'alt');
    assert.match(await r.report().inputValue(), /一、履行主要职责情况/);
    await page.getByTestId('layout').selectOption('main');
    // The grade only when the person turns it on, and only once complete.
    await page.getByTestId('show-grade').check();
    assert.match(await r.report().inputValue(), /自评参考等次：【待补充：尚有\d+项未评、\d+项否决情形未回答，两个清单共有的\d+项只需评一次，评完后写出参考等次】/);
  });
});

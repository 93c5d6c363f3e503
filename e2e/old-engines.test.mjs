// The core journeys on the old Chromium engines office PCs carry (83: 信创
// browsers; 86: 360 safe browser 13), from file://, on the real builds that
// scripts/setup.sh installs from npm: render, rate, notes, reload restores,
// drafts switch, backup export and import, .docx download, zero requests;
// the 组织生活会 journey on 86 (its fields, the 材料 and the 发言提纲), and
// the 民主评议 one (member facts, the chosen 自评等次, none for a 预备党员);
// the 材料体检 (a vague problem's findings, 忽略);
// the layout fallbacks and the CSP there; smoke tests on 80, 78 and 72 (the
// oldest build npm carries), which Playwright cannot drive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AFTER_BOOT_PROBE } from './support.mjs';
import { ARGS, FILE_URL, OldApp, SKIP_OLD, TODAY, oldEngine, withEngine } from './old-support.mjs';
import { BrowserExited, openPipeBrowser } from './cdp-pipe.mjs';

const skip = SKIP_OLD && 'old engines skipped (ZIPING_NO_OLD_ENGINES=1)';

for (const major of [83, 86]) {
  test(`Chromium ${major}: render, rate, notes, reload, drafts, backup out and in, .docx, zero requests`, { skip }, async () => {
    await withEngine(major, async ({ page, requests, errors, profile }) => {
      const app = await new OldApp(page, profile).open(FILE_URL);
      assert.equal(await page.evaluate(() => navigator.userAgent.match(/Chrome\/(\d+)/)[1]), String(major));
      assert.equal(await page.evaluate(() => document.getElementById('boot').hidden), true, 'the app runs');
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-item-id]').length), 29);
      assert.equal(await app.score(), '—');

      // Rate by mouse: (4 × 100 % + 3 × 60 %) / 7 = 82.9.
      await app.rate('w1-zhongcheng', 'hao');
      await app.rate('w2-guiju', 'yiban');
      await app.hasText('[data-testid="total-score"]', '82.9');
      // No grade word: a 组织生活会 has no 等次 (GENRE §1).
      await app.hasText('[data-testid="grade"]', '');

      // Notes: a problem under the item, typed for real.
      const weak = '[data-item-id="w2-guiju"]';
      await app.button('＋ 写一个问题', weak);
      await app.waitFor(`${weak} .problem textarea`);
      await app.type(`${weak} .problem [data-field="text"] .field-label`, '公道正派意识不强');
      await app.waitSaved();

      // Reload restores.
      await page.reload();
      await app.allRendered();
      assert.equal(await app.ratingOf('w1-zhongcheng'), 'hao');
      assert.equal(await app.ratingOf('w2-guiju'), 'yiban');
      assert.equal(await app.score(), '82.9');
      assert.equal(await app.value(`${weak} .problem textarea`), '公道正派意识不强');

      // Drafts: a new one, then back to the first.
      await app.show('草稿与备份');
      await app.waitFor('.draft-list');
      await app.button('新建自评');
      await page.waitForFunction(() => document.querySelector('[data-testid="draft-name"]')?.textContent === '新的自评 2');
      await app.allRendered();
      assert.equal(await app.ratingOf('w1-zhongcheng'), null, 'the new draft is empty');
      await app.rate('w3-peixun', 'hao');
      await app.waitSaved();
      await app.show('草稿与备份');
      await app.waitFor('.draft-list');
      const first = await page.evaluate(() => [...document.querySelectorAll('.draft-row')]
        .findIndex((r) => r.querySelector('.draft-title').firstChild.textContent === '我的个人自评'));
      assert.ok(first >= 0);
      assert.equal(await page.evaluate(() => document.querySelectorAll('.draft-row').length), 2);
      await app.button('打开', `.draft-row:nth-child(${first + 1})`);
      await app.allRendered();
      await app.hasText('[data-testid="draft-name"]', '我的个人自评');
      assert.equal(await app.ratingOf('w1-zhongcheng'), 'hao');

      // Backup out, local data cleared, backup in.
      await app.show('草稿与备份');
      await app.waitFor('.draft-list');
      const backup = await app.download(() => app.button('导出全部草稿（备份）'));
      assert.match(backup.name, /^从严治部自评备份-全部2份-\d{8}\.json$/);
      const content = readFileSync(backup.path);
      assert.equal(JSON.parse(content).format, 'ziping-backup');
      await app.button('清除本机数据');
      await app.button('确认清除');
      await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('ziping.v1.draft.')));
      await app.show('草稿与备份');
      await page.setInputFiles('[data-testid="import-input"]', { name: backup.name, mimeType: 'application/json', buffer: content });
      await app.waitFor('[data-testid="import-confirm"]');
      assert.match(await app.text('[data-testid="import-confirm"]'), /有 2 份草稿/);
      await app.button('确认导入', '[data-testid="import-confirm"]');
      await app.waitFor('[data-testid="import-notice"]');
      assert.match(await app.text('[data-testid="import-notice"]'), /导入 2 份草稿/);
      await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('ziping.v1.draft.')).length >= 2);

      // The written material as .docx.
      await app.show('结果与报告');
      await app.waitFor('[data-testid="report-text"]');
      const docx = await app.download(() => app.button('下载 Word (.docx)'));
      assert.match(docx.name, /\.docx$/);
      const bytes = readFileSync(docx.path);
      assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a zip (OOXML) file');
      assert.ok(bytes.length > 2000);

      assert.deepEqual(errors, [], 'no uncaught page errors');
      assert.deepEqual(new Set(requests), new Set([FILE_URL]), 'no request but the document');
    });
  });
}

/** The words of a .docx's body, its runs joined (the XML's tags dropped). */
function docxText(path) {
  return execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '');
}

test('Chromium 86: 组织生活会 — 首次参加, preparation, an opinion answered, 相互批评 kept out, 表态, reload', { skip }, async () => {
  // The meeting of this year is held next year (China time).
  const year = new Date(Date.now() + 8 * 3600 * 1000).getUTCFullYear() + 1;
  const criticism = '考察谈话记录有时写得过简';
  // The date field's order of parts follows the browser's language: pinned
  // (LANGUAGE comes first; LANG stays, as it names the files' encoding).
  const env = { ...process.env, LANGUAGE: 'en_US' };
  await withEngine(86, async ({ page, requests, errors, profile }) => {
    const app = await new OldApp(page, profile).open(FILE_URL);
    await app.show('结果与报告');
    await app.waitFor('[data-testid="report-text"]');
    const report = () => app.value('[data-testid="report-text"]');
    /** Waits until the 材料 says `words` (it is redrawn after the event). */
    const says = (words) => page.waitForFunction(([w]) => document.querySelector('[data-testid="report-text"]').value.includes(w), [words]);
    assert.equal(await app.value('[data-testid="occasion"]'), 'zuzhi-shenghuohui', 'the default occasion');

    await app.click('[data-testid="first-time"]');
    await says('本人是首次参加本支部组织生活会');
    await app.type('[data-testid="talks"]', '12');
    await app.type('[data-testid="studied"]', '认真学习了新修订的《中国共产党纪律处分条例》');
    await app.button('＋ 添加一条意见', '[data-testid="preparation"]');
    await app.waitFor('[data-testid="opinion"] textarea');
    await app.type('[data-testid="opinion"] input', '写考察材料有时套话多');
    await app.type('[data-testid="opinion"] textarea', '情况属实，今年的考察材料已逐人写实');
    await app.button('＋ 添加一条批评意见', '[data-testid="criticisms"]');
    await app.waitFor('[data-testid="criticism"] textarea');
    await app.type('[data-testid="criticism"] textarea', criticism);
    await app.type('[data-testid="pledge"]', '把查摆的问题列入台账逐项整改');
    // 材料落款日期: a date field, typed part by part from its first (the
    // month, in en-US), where a person clicks to start.
    const date = await app.center('[data-testid="material-date"]');
    await page.mouse.click(date.x - date.w / 2 + 8, date.y);
    await page.keyboard.type(`0210${year}`);
    await says(`${year}年2月10日`);
    assert.equal(await app.value('[data-testid="material-date"]'), `${year}-02-10`);
    await says('今后我将把查摆的问题列入台账逐项整改');
    await app.waitSaved();

    const text = await report();
    assert.match(text, /本人是首次参加本支部组织生活会，没有上年度查摆的问题。/);
    assert.doesNotMatch(text, /【待补充：上年度/);
    assert.match(text, /本人认真学习了新修订的《中国共产党纪律处分条例》，会前开展谈心谈话12人次/);
    assert.match(text, /会前征求到涉及本人的意见1条，回应如下：“写考察材料有时套话多”：情况属实，今年的考察材料已逐人写实。/);
    assert.match(text, /今后我将把查摆的问题列入台账逐项整改。/);
    assert.ok(!text.includes(criticism), '相互批评 is never in the 材料');
    assert.equal(text.trimEnd().split('\n').pop().trim(), `${year}年2月10日`, 'signed with the date set');

    // The 材料 as .docx without the criticism; the 发言提纲 with it.
    const docx = await app.download(() => app.button('下载 Word (.docx)'));
    assert.match(docx.name, /\.docx$/);
    const material = docxText(docx.path);
    assert.ok(material.includes('本人是首次参加本支部组织生活会'), 'the 材料 .docx');
    assert.ok(!material.includes(criticism), '相互批评 is not in the 材料 .docx');
    const outline = await app.download(() => app.button('下载发言提纲（Word）', '[data-testid="criticisms"]'));
    assert.match(outline.name, /相互批评发言提纲\.docx$/);
    assert.ok(docxText(outline.path).includes(criticism), 'the 发言提纲 has the criticism');

    // All of it is kept.
    await page.reload();
    await app.allRendered();
    await app.show('结果与报告');
    await app.waitFor('[data-testid="report-text"]');
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid="first-time"]').checked), true);
    assert.equal(await app.value('[data-testid="material-date"]'), `${year}-02-10`);
    assert.equal(await report(), text);

    assert.deepEqual(errors, [], 'no uncaught page errors');
    assert.deepEqual(new Set(requests), new Set([FILE_URL]), 'no request but the document');
  }, { env });
});

test('Chromium 86: 民主评议 — member facts typed, the chosen 自评等次 printed, none for a 预备党员, reload', { skip }, async () => {
  await withEngine(86, async ({ page, requests, errors, profile }) => {
    const app = await new OldApp(page, profile).open(FILE_URL);
    await app.show('结果与报告');
    await app.waitFor('[data-testid="report-text"]');
    const report = () => app.value('[data-testid="report-text"]');
    const says = (words) => page.waitForFunction(([w]) => document.querySelector('[data-testid="report-text"]').value.includes(w), [words]);
    /** Chooses `value` in a select, as its change event tells the app. */
    const choose = (css, value) => page.evaluate(([s, v]) => {
      const el = document.querySelector(s);
      el.value = v;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, [css, value]);
    await choose('[data-testid="occasion"]', 'minzhu-pingyi');
    await app.waitFor('[data-testid="member-facts"]');
    await choose('[data-testid="person-standing"]', '中共党员');
    await app.waitFor('[data-testid="self-grade"]');
    await choose('[data-testid="self-grade"]', '合格');
    await app.type('[data-testid="member-meetings-held"]', '20');
    await app.type('[data-testid="member-meetings-attended"]', '20');
    await app.type('[data-testid="member-days-held"]', '12');
    await app.type('[data-testid="member-days-attended"]', '12');
    await app.click('[data-testid="dues-paid"]');
    await app.type('[data-testid="member-service"]', '到居住地社区报到，参加志愿服务8次');
    await says('志愿服务8次。');
    await app.waitSaved();
    let text = await report();
    assert.match(text, /（三）在组织纪律方面。全年支部召开“三会一课”20次，本人参加20次；开展主题党日活动12次，本人参加12次；按时足额交纳党费。\n/);
    assert.match(text, /\n　　自评等次：合格。\n/);

    // A 预备党员: no 等次 line, and no select.
    await choose('[data-testid="person-standing"]', '中共预备党员');
    await says('现为中共预备党员');
    await app.waitSaved();
    text = await report();
    assert.doesNotMatch(text, /等次/);
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid="self-grade"]')), null);

    await page.reload();
    await app.allRendered();
    await app.show('结果与报告');
    await app.waitFor('[data-testid="report-text"]');
    assert.equal(await app.value('[data-testid="member-days-held"]'), '12');
    assert.equal(await report(), text);
    assert.deepEqual(errors, [], 'no uncaught page errors');
    assert.deepEqual(new Set(requests), new Set([FILE_URL]), 'no request but the document');
  });
});

test('Chromium 86: 材料体检 — a vague problem listed in the panel and under 表现; 忽略 removes one', { skip }, async () => {
  await withEngine(86, async ({ page, errors, profile }) => {
    const app = await new OldApp(page, profile).open(FILE_URL);
    await app.show('结果与报告');
    const free = '[data-testid="free-problems"]';
    await app.button('＋ 写一个问题', free);
    await app.waitFor(`${free} .problem`);
    await app.type(`${free} textarea[placeholder^="如：比如今年"]`, '工作作风不够扎实');
    await app.button('＋ 添加原因', free);
    await app.waitFor(`${free} .cause textarea`);
    await app.type(`${free} .cause textarea`, '工作太忙');
    await app.type(`${free} textarea[placeholder^="以动词开头"]`, '进一步提高认识');
    const checks = (css) => page.evaluate((s) => [...document.querySelectorAll(`${s} [data-check]`)].map((e) => e.dataset.check), css);
    // After the pause, in the panel.
    await page.waitForFunction(() => ['no-instance', 'objective-cause', 'empty-measure']
      .every((id) => document.querySelector(`[data-testid="checkup"] [data-check="${id}"]`)));
    assert.deepEqual(await checks(`${free} .findings[data-place$=":text"]`), ['no-instance'], 'under 表现');
    assert.deepEqual(await checks(`${free} .cause`), ['objective-cause'], 'under the cause');

    await app.click('[data-testid="checkup"] [data-check="objective-cause"] [data-testid="finding-ignore"]');
    await page.waitForFunction(() => !document.querySelector('[data-check="objective-cause"]'));
    assert.ok((await checks('[data-testid="checkup"]')).includes('no-instance'), 'the others stay');
    assert.deepEqual(errors, [], 'no uncaught page errors');
  });
});

test('Chromium 83: the font size scales and stays; print is the report alone on A4, without page numbers (margin boxes: Chromium 131)', { skip }, async () => {
  await withEngine(83, async ({ page, profile, errors }) => {
    const app = await new OldApp(page, profile).open(FILE_URL);
    await app.click('button[aria-label="放大字号"]');
    await page.waitForFunction(() => document.documentElement.className === 'font-125');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '20px');
    await page.reload();
    await app.allRendered();
    assert.equal(await page.evaluate(() => document.documentElement.className), 'font-125');
    await app.click('button[aria-label="缩小字号"]');
    await page.waitForFunction(() => document.documentElement.className === 'font-100');

    await app.rate('w1-zhongcheng', 'hao');
    await app.show('结果与报告');
    await app.waitFor('[data-testid="report-text"]');
    await page.emulateMedia({ media: 'print' });
    const shown = (s) => page.evaluate((s) => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; }, s);
    assert.equal(await shown('header.header'), false);
    assert.equal(await shown('[data-testid="report-text"]'), false);
    assert.equal(await shown('.print-report'), true);
    const pdf = join(profile, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    mkdirSync('e2e/artifacts', { recursive: true });
    writeFileSync('e2e/artifacts/print-chromium83.pdf', readFileSync(pdf));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // The default occasion: the 组织生活会 对照检查材料.
    assert.match(text, /组织生活会个人对照检查材料[\s\S]*二、存在的问题[\s\S]*四、整改措施/);
    assert.doesNotMatch(text, /— 1 —/, 'no page numbers before Chromium 131 (the .docx has them)');
    assert.deepEqual(errors, []);
  });
});

/**
 * Fills part of the checklist so the screen shows every kind of control
 * (rated, weak with a problem being written, unrated), then measures what
 * the layout fallbacks must give: no sideways scrolling, space between the
 * radio pills, the tabs and the header's buttons.
 */
async function layout(page, width, name) {
  const app = new OldApp(page);
  await app.open(FILE_URL);
  await app.rate('w1-zhongcheng', 'hao');
  await app.rate('w1-liangge', 'yiban');
  await app.button('＋ 写一个问题', '[data-item-id="w1-liangge"]');
  await app.waitFor('[data-item-id="w1-liangge"] .problem');
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: `e2e/artifacts/layout-${name}-${width}-checklist.png` });
  const sideways = () => page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  const widths = [await sideways()];
  for (const [screen, file, ready] of [['结果与报告', 'results', '[data-testid="report-text"]'], ['草稿与备份', 'drafts', '.draft-list']]) {
    await app.show(screen);
    await app.waitFor(ready);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `e2e/artifacts/layout-${name}-${width}-${file}.png` });
    widths.push(await sideways());
  }
  await app.show('逐条自评');
  await app.allRendered();
  return page.evaluate((widths) => {
    const gaps = (selector) => {
      const boxes = [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
      const out = [];
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1], boxes[i]];
        // Same line: the horizontal gap; next line: the vertical one.
        out.push(Math.abs(a.top - b.top) < 2 ? b.left - a.right : b.top - a.bottom);
      }
      return out;
    };
    return {
      sideways: Math.max(...widths),
      pills: gaps('#app [data-item-id="w1-zhongcheng"] .choice'),
      tabs: gaps('#app [role=tab]'),
      nav: gaps('#app .nav-link'),
      nogap: document.documentElement.hasAttribute('data-nogap'),
    };
  }, widths);
}

test('Chromium 83: the screens at 1280 and 390 px keep their spacing, and focus stays visible', { skip }, async () => {
  for (const width of [1280, 390]) {
    const viewport = { width, height: width > 400 ? 860 : 844 };
    await withEngine(83, async ({ page }) => {
      const m = await layout(page, width, 'chromium83');
      assert.equal(m.nogap, true, 'Chromium 83 has no flex gap: the fallback is on');
      assert.ok(m.sideways <= 0, `no sideways scrolling at ${width} px (${m.sideways} px)`);
      for (const [what, gaps] of Object.entries({ pills: m.pills, tabs: m.tabs })) {
        assert.ok(gaps.length >= 1, what);
        for (const g of gaps) assert.ok(g >= 4 && g <= 12, `${what} at ${width} px: ${JSON.stringify(gaps)}`);
      }
      for (const g of m.nav) assert.ok(g >= 2 && g <= 8, `nav at ${width} px: ${JSON.stringify(m.nav)}`);
      if (width === 1280) {
        // Keyboard focus on a radio shows the ring (no :focus-visible in 83).
        await page.evaluate(() => document.querySelector('#app [data-item-id="w1-zhongcheng"] input[value=hao]').focus());
        await page.keyboard.press('ArrowRight');
        const ring = await page.evaluate(() => {
          const s = getComputedStyle(document.activeElement);
          return { value: document.activeElement.value, style: s.outlineStyle, width: s.outlineWidth };
        });
        assert.deepEqual(ring, { value: 'jiaohao', style: 'solid', width: '3px' });
      }
    }, { viewport });
  }
  // Today's Chromium, for the screenshots beside them and the same measures.
  for (const width of [1280, 390]) {
    await withEngine(TODAY, async ({ page }) => {
      const m = await layout(page, width, 'chromium-today');
      assert.equal(m.nogap, false);
      assert.ok(m.sideways <= 0);
    }, { viewport: { width, height: width > 400 ? 860 : 844 } });
  }
});

test('Chromium 86: the CSP blocks a fetch and an image before the server sees anything', { skip }, async () => {
  const hits = [];
  const server = createServer((req, res) => { hits.push(req.url); res.end('x'); });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    await withEngine(86, async ({ page, context }) => {
      const failed = [];
      context.on('requestfailed', (r) => failed.push(r.url()));
      await new OldApp(page).open(FILE_URL);
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
      assert.match(csp, /^default-src 'none'; script-src 'sha256-/);
      assert.match(csp, / 'unsafe-eval'; /, "the old engines' policy: wasm compiles under 'unsafe-eval'");
      assert.doesNotMatch(csp, /connect-src|unsafe-inline|wasm-unsafe-eval/);
      assert.equal(await page.evaluate(AFTER_BOOT_PROBE), 'none', 'the after-boot styles pass the old policy');
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-nogap')), false, 'Chromium 86 has flex gap');
      // From the page's own timer, so the page's policy applies.
      const outcome = await page.evaluate(async (url) => {
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const fetched = await fetch(`${url}/leak`).then(() => 'fetched', () => 'blocked');
        const image = await new Promise((ok) => {
          const i = new Image(); i.onload = () => ok('loaded'); i.onerror = () => ok('blocked'); i.src = `${url}/leak.png`;
        });
        // The violation events are queued as tasks of their own.
        await new Promise((ok) => setTimeout(ok, 300));
        return { fetched, image, violations };
      }, origin);
      assert.deepEqual(outcome.fetched, 'blocked');
      assert.deepEqual(outcome.image, 'blocked');
      assert.ok(outcome.violations.includes('connect-src') || outcome.violations.includes('default-src'), JSON.stringify(outcome.violations));
      assert.ok(outcome.violations.includes('img-src'), JSON.stringify(outcome.violations));
    });
    assert.deepEqual(hits, [], 'nothing reached the server');
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});

/**
 * The smoke test on an engine Playwright cannot drive, over CDP: the app
 * renders, a rating survives a reload, nothing is requested but the file.
 */
async function smoke(major, again = false) {
  try {
    await smokeOnce(major);
  } catch (e) {
    // The old build's browser process itself gone (seen once within a
    // second of its start, under a full run's load): started once more. A
    // page that fails or crashes does not end the browser; it times out.
    if (!(e instanceof BrowserExited) || again) throw e;
    console.log(`Chromium ${major}: ${e.message}; started once more`);
    await smoke(major, true);
  }
}

async function smokeOnce(major) {
  const profile = mkdtempSync(join(tmpdir(), `ziping-old-${major}-`));
  const browser = await openPipeBrowser(oldEngine(major), [...ARGS, '--headless', `--user-data-dir=${profile}`]);
  try {
    const requests = [];
    browser.on('Network.requestWillBeSent', (e) => requests.push(e.request.url));
    const page = await browser.page();
    await page.send('Network.enable');
    await page.navigate(FILE_URL);
    await page.waitFor("document.querySelector('#app .checklist[data-all-rendered]') !== null");
    assert.match(await page.evaluate('navigator.userAgent'), new RegExp(`Chrome/${major}\\.`));
    assert.equal(await page.evaluate("document.getElementById('boot').hidden"), true);
    assert.equal(await page.evaluate("document.documentElement.hasAttribute('data-nogap')"), major < 84, 'flex gap came in Chromium 84');
    await page.evaluate("document.querySelector('[data-item-id=\"w1-zhongcheng\"] input[value=\"hao\"]').click()");
    await page.waitFor("document.querySelector('[data-testid=\"total-score\"]').textContent === '100.0'");
    await page.waitFor("document.querySelector('.save.ok') !== null");
    // Page.reload answers before the old document is gone: mark it.
    await page.evaluate('window.beforeReload = true');
    await page.send('Page.reload');
    await page.waitFor("!window.beforeReload && document.querySelector('#app .checklist[data-all-rendered]') !== null");
    assert.equal(await page.evaluate("document.querySelector('[data-item-id=\"w1-zhongcheng\"] input:checked').value"), 'hao');
    assert.deepEqual(new Set(requests), new Set([FILE_URL]), 'no request but the document');
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

test('Chromium 80 (a build Playwright cannot drive): the app runs, rates and keeps it over a reload', { skip }, () => smoke(80));
test('Chromium 78 (the last build before DecompressionStream): the app runs, rates and keeps it over a reload', { skip }, () => smoke(78));
test('Chromium 72 (the oldest build npm carries; the wasm lowered to MVP): the app runs, rates and keeps it over a reload', { skip }, () => smoke(72));

test('Chromium 86: a first use — the path, 下一条未评 below the header, the missing veto facts, carry-over asks and says where, the lock screen\'s way out', { skip }, async () => {
  await withEngine(86, async ({ page, errors, profile }) => {
    const app = await new OldApp(page, profile).open(FILE_URL);
    assert.match(await app.text('[data-testid="start-line"]'), /并生成整改台账。所有内容只保存在本机浏览器中，不会上传。/);
    assert.equal(await app.text('[data-testid="path"] [aria-current]'), '自评');
    await app.rate('w1-zhongcheng', 'hao');
    // The veto facts are asked where the occasion has a 等次 (not a 组织生活会).
    await page.evaluate(() => {
      const s = document.querySelector('[data-testid="start-occasion"]');
      s.value = 'congyan-zicha';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await app.waitFor('[data-testid="missing-facts"]');
    assert.match(await app.text('[data-testid="missing-facts"]'), /^还差\d+个否决事项$/);

    // 下一条未评: the next item's top below the header, its first rating focused and on screen.
    await app.click('.next-unanswered');
    await page.waitForFunction(() => {
      const a = document.activeElement;
      const header = document.querySelector('.header').getBoundingClientRect();
      const item = a && a.closest('[data-item-id]');
      if (!item || a.type !== 'radio') return false;
      const r = a.getBoundingClientRect();
      return item.getBoundingClientRect().top >= header.bottom - 1 && r.top >= header.bottom - 1 && r.bottom <= innerHeight;
    }, null, { timeout: 5000 });

    // The missing veto facts: the link leads to them.
    await app.click('[data-testid="missing-facts"]');
    await page.waitForFunction(() => {
      const f = document.querySelector('[data-testid="facts"]');
      const header = document.querySelector('.header').getBoundingClientRect();
      return f && f.getBoundingClientRect().top >= header.bottom - 1 && f.getBoundingClientRect().top < innerHeight;
    }, null, { timeout: 5000 });

    // Carry-over: asks, then the banner, and the way back.
    await app.show('整改台账');
    await app.click('[data-testid="carry-over"]');
    await app.waitFor('[data-testid="carry-confirm"]');
    assert.match(await app.text('[data-testid="carry-confirm"]'), /^将新建“.+”草稿，“.+”草稿保留不变。/);
    await app.click('[data-confirm="carry"]');
    await app.waitFor('[data-testid="carried-banner"]');
    assert.match(await app.text('[data-testid="carried-banner"]'), /^已结转：现在打开的是“.+”，先核对上年度查摆的问题及整改情况。/);
    await app.click('[data-action="back-to-last-year"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="carried-banner"]'));
    assert.equal(await app.text('[data-testid="draft-name"]'), '我的个人自评');

    // The lock screen's way out: a backup, a passphrase, then 忘记口令？,
    // typing 清除, the backup chosen right there and imported.
    await app.show('草稿与备份');
    await app.waitFor('[data-testid="lock-settings"]');
    const backup = await app.download(() => app.button('导出全部草稿（备份）'));
    await app.type('[data-testid="lock-new"]', '口令一二三四五六');
    await app.type('[data-testid="lock-again"]', '口令一二三四五六');
    await app.button('设置口令并加密', '[data-testid="lock-settings"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="lock-done"]'), null, { timeout: 20000 });
    await page.reload();
    await app.waitFor('#lock-screen');
    await app.button('忘记口令？');
    await app.waitFor('[data-testid="forgot"]');
    assert.equal(await page.evaluate(() => document.querySelector('[data-confirm="forgot"]').disabled), true);
    await page.setInputFiles('[data-testid="forgot-backup"]', backup.path);
    await app.type('[data-testid="forgot-word"]', '清除');
    await app.button('清除本机数据并导入备份');
    // Imported at once, in place of the fresh empty draft.
    await page.waitForFunction(() => !localStorage.getItem('ziping.v1.lock') && document.querySelectorAll('.draft-row').length === 2);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-testid="import-confirm"]').length), 0);
    assert.deepEqual(errors, []);
  });
});

// The core journeys of the single file from file:// in Firefox (ESR), through
// WebDriver and geckodriver: render, rate, notes, reload and restart restore,
// switch drafts, export downloads a file, and no connection ever leaves.
// ZIPING_NO_FIREFOX=1 skips these (documented); a missing Firefox otherwise fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Driver } from './webdriver.mjs';
import { AFTER_BOOT_PROBE, FILE_URL, serve } from './support.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** geckodriver: $GECKODRIVER, then on PATH, then $CARGO_HOME/bin, then ~/.cargo/bin. */
function findGeckodriver() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const dirs = [
    ...(process.env.PATH ?? '').split(':').filter(Boolean),
    ...(process.env.CARGO_HOME ? [join(process.env.CARGO_HOME, 'bin')] : []),
    join(process.env.HOME ?? '', '.cargo/bin'),
  ];
  const found = dirs.map((d) => join(d, 'geckodriver')).find((p) => existsSync(p));
  return found ?? 'geckodriver (not found on PATH, in $CARGO_HOME/bin or ~/.cargo/bin)';
}
const GECKODRIVER = findGeckodriver();
const skip = process.env.ZIPING_NO_FIREFOX === '1' ? 'ZIPING_NO_FIREFOX=1' : false;

/** Page object over WebDriver, with the Playwright ChecklistPage's names. */
class FirefoxChecklist {
  constructor(s) { this.s = s; }
  async open(url) { await this.s.goto(url); await this.allRendered(); return this; }
  allRendered() { return this.s.waitFor(`return document.querySelector('#app .checklist[data-all-rendered]') !== null;`); }
  async rate(item, level) { await this.s.click(await this.s.find(`[data-item-id="${item}"] input[value="${level}"]`)); }
  ratingOf(item) { return this.s.script(`return document.querySelector('[data-item-id="' + arguments[0] + '"] input:checked')?.value ?? null;`, item); }
  text(testid) { return this.s.script(`return document.querySelector('[data-testid="' + arguments[0] + '"]').textContent;`, testid); }
  score() { return this.text('total-score'); }
  grade() { return this.text('grade'); }
  /** The page's save marker: every change so far is stored. */
  waitSaved() {
    return this.s.waitFor(`const el = document.getElementById('save-state');
      return !!el && Number(el.dataset.revision) > 0 && Number(el.dataset.saved) >= Number(el.dataset.revision);`);
  }
  async show(page) { await this.s.click(await this.s.button(page)); }
}

test('Firefox: the single file from file:// — rate, notes, reload, restart, drafts, export, no connections', { skip }, async () => {
  assert.ok(existsSync(FIREFOX), `Firefox is missing at ${FIREFOX} (scripts/setup.sh installs it; ZIPING_NO_FIREFOX=1 skips)`);
  assert.ok(existsSync(GECKODRIVER), `geckodriver is missing at ${GECKODRIVER}`);
  const version = execFileSync(FIREFOX, ['--version']).toString().trim();
  const profileDir = mkdtempSync(join(tmpdir(), 'ziping-ff-profile-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'ziping-ff-downloads-'));
  const driver = await Driver.start(GECKODRIVER);
  const server = await serve();
  let s;
  try {
    s = await driver.session({ firefox: FIREFOX, profileDir, downloadDir });
    assert.equal(s.capabilities.browserName, 'firefox', version);
    const c = await new FirefoxChecklist(s).open(FILE_URL);
    assert.equal(await s.script('return document.getElementById("boot").hidden;'), true, 'the app booted');
    assert.equal(await s.script(`return ${AFTER_BOOT_PROBE};`), 'none', 'the after-boot styles pass the policy');
    await c.rate('w1-zhongcheng', 'hao');
    await c.rate('w2-ligong', 'yiban');
    assert.equal(await c.score(), '77.8');
    assert.equal(await c.grade(), '评完后确定');
    await s.click(await s.find('[data-item-id="w2-ligong"] .problems > button.button'));
    await s.click(await s.find('[data-item-id="w2-ligong"] .problem textarea'));
    await s.type(await s.find('[data-item-id="w2-ligong"] .problem textarea'), '对人对事尺度不一');
    await c.waitSaved();

    await s.refresh();
    await c.allRendered();
    assert.equal(await c.ratingOf('w1-zhongcheng'), 'hao', 'restored after reload');
    assert.equal(await c.ratingOf('w2-ligong'), 'yiban');
    assert.equal(await s.script(`return document.querySelector('[data-item-id="w2-ligong"] .problem textarea').value;`), '对人对事尺度不一');

    // Another draft, then back to the first one.
    await c.show('草稿与备份');
    await s.click(await s.button('新建自评'));
    await c.allRendered();
    assert.equal(await c.ratingOf('w1-zhongcheng'), null, 'a new draft is empty');
    await c.show('草稿与备份');
    await s.waitFor(`return document.querySelectorAll('.draft-row').length === 2;`);
    const firstId = await s.script(`return [...document.querySelectorAll('.draft-row')].find((r) => r.textContent.includes('我的个人自评')).dataset.draftId;`);
    const openFirst = await s.waitFor(`return document.querySelector('[data-draft-id="' + arguments[0] + '"] button');`, 15000, firstId);
    await s.click(Object.values(openFirst)[0]);
    await c.allRendered();
    assert.equal(await c.ratingOf('w1-zhongcheng'), 'hao');

    // Export downloads a real file.
    await c.show('草稿与备份');
    await s.click(await s.button('导出全部草稿（备份）'));
    const end = Date.now() + 15000;
    let files = [];
    while (Date.now() < end && !(files = readdirSync(downloadDir).filter((f) => f.endsWith('.json'))).length) await new Promise((r) => setTimeout(r, 100));
    assert.equal(files.length, 1, 'one backup file downloaded');
    const backup = JSON.parse(readFileSync(join(downloadDir, files[0]), 'utf8'));
    assert.equal(backup.format, 'ziping-backup');
    assert.equal(backup.drafts.length, 2);

    // No connection leaves: nothing was fetched, and attempts are blocked before they reach a server.
    assert.equal(await s.script('return performance.getEntriesByType("resource").length;'), 0);
    const attempt = await s.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(() => done('fetched'), () => {
          const i = new Image(); i.onload = () => done('image loaded'); i.onerror = () => done('blocked'); i.src = arguments[0] + '.png';
        });`,
      args: [`${server.origin}/leak`],
    });
    assert.equal(attempt, 'blocked');
    assert.deepEqual(server.hits, [], 'nothing reached the server');
    // Like a person who waits for 已保存: the open draft is recorded.
    await s.waitFor(`return localStorage.getItem('ziping.v1.current') === arguments[0];`, 15000, firstId);
    await s.quit();
    s = null;

    // A browser restart on the same profile keeps everything.
    s = await driver.session({ firefox: FIREFOX, profileDir, downloadDir });
    const again = await new FirefoxChecklist(s).open(FILE_URL);
    assert.equal(await again.ratingOf('w1-zhongcheng'), 'hao', 'restored after a restart');
    assert.equal(await again.ratingOf('w2-ligong'), 'yiban');
  } finally {
    if (s) await s.quit().catch(() => {});
    driver.stop();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(downloadDir, { recursive: true, force: true });
  }
});

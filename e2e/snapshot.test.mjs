// A returning user's draft on the prerendered first screen, from the snapshot
// the app stores with each save (ziping.v1.snapshot): their ratings are in
// the DOM before the app runs, and the take-over changes nothing on screen;
// never with a passphrase set (no snapshot key, the lock screen first), never
// from a snapshot of another revision, and a damaged one is ignored without a
// word. Keys that are not drafts (occasions, templates, the snapshot, a future key)
// leave a new user's first screen as it was. Chromium 86 too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import {
  appRunning, ChecklistPage, DraftsPage, FILE_URL, HOLD_START, nextFrames, VISIBLE, eventually, waitAttached,
  waitSaved,
  withContext as withBrowser,
} from './support.mjs';
import { OldApp, SKIP_OLD, withEngine } from './old-support.mjs';

const SNAPSHOT = 'ziping.v1.snapshot';

/**
 * What the page showed when the document was parsed (the classic script has
 * run, the app cannot have rendered yet) and whether a first screen was ever
 * put in. Written for Chromium 86 as well: no `?.`.
 */
const WATCH = () => {
  window.__sawShell = false;
  new MutationObserver(() => { if (document.getElementById('shell')) window.__sawShell = true; })
    .observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    const checked = document.querySelector('#shell [data-item-id="w1-zhongcheng"] input:checked');
    window.__atParse = {
      rating: checked ? checked.value : null,
      rendered: performance.getEntriesByName('ziping-rendered').length,
      snapshotMark: performance.getEntriesByName('ziping-snapshot').length,
    };
  });
};

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** A returning user: a draft with three good ratings, renamed, saved with its snapshot. */
async function returningUser(page) {
  const c = await new ChecklistPage(page).open(FILE_URL);
  await c.rate('w1-zhongcheng', 'hao');
  await c.rate('w1-liangge', 'jiaohao');
  await c.rate('w1-xuexi', 'na');
  await c.waitSaved();
  await eventually(async () => JSON.parse(await stored(page, SNAPSHOT) ?? 'null')?.checklists?.[0]?.answered, 3,
    'the snapshot is stored with the save');
  return c;
}

/** Opens the file in a new page that watches the first screen; optionally holds the app back. */
async function reopen(context, { hold = false } = {}) {
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  if (hold) await page.addInitScript(HOLD_START);
  await page.goto(FILE_URL);
  return page;
}

test('a returning user sees their own ratings before the app runs; the take-over changes nothing on screen', async () => {
  await withBrowser(async (context) => {
    const first = await context.newPage();
    await returningUser(first);
    await first.close();

    // At full speed: the rating is checked in the DOM before the app's render mark.
    const page = await reopen(context);
    await appRunning(page);
    assert.deepEqual(await page.evaluate(() => window.__atParse), { rating: 'hao', rendered: 0, snapshotMark: 1 });
    assert.equal(await new ChecklistPage(page).ratingOf('w1-zhongcheng'), 'hao');
    await page.close();

    // Held back: the whole screen, then the app over it.
    const held = await reopen(context, { hold: true });
    const shell = held.locator('#shell');
    await shell.locator('[data-item-id] input[type=radio]').first().waitFor({ state: 'visible' });
    assert.equal(await held.locator('#app').innerHTML(), '', 'the app has not rendered yet');
    assert.equal(await held.locator('#boot').isHidden(), true, 'no loading message over the first screen');
    assert.equal(await shell.getByTestId('completion').textContent(), '已评 3/29');
    assert.match(await shell.getByTestId('total-score').textContent(), /^\d+\.\d$/);
    assert.match(await shell.locator('.subtotal').first().textContent(), /^小计 \d+\.\d 分 · 已评 3\/6$/);
    assert.equal(await shell.locator('[data-item-id="w1-liangge"] input:checked').getAttribute('value'), 'jiaohao');
    assert.equal(await shell.locator('[data-item-id="w1-xuexi"] input:checked').getAttribute('value'), 'na');
    const before = await held.evaluate(VISIBLE, 'shell');
    mkdirSync('e2e/artifacts', { recursive: true });
    await held.screenshot({ path: 'e2e/artifacts/snapshot-returning-1280.png' });

    await held.evaluate(() => window.__release());
    await appRunning(held);
    assert.equal(await held.locator('#shell').count(), 0, 'the first screen is gone');
    await nextFrames(held);
    const after = await held.evaluate(VISIBLE, 'app');
    assert.ok(before.length > 50, `the comparison covers the screen (${before.length} elements)`);
    assert.deepEqual(after, before, 'the app shows exactly what the snapshot showed, where it showed it');
    assert.equal(await held.evaluate(() => document.getElementById('save-state').dataset.revision), '0',
      'taking over its own ratings changes nothing to save');
  });
});

test('on the snapshot screen clicks are kept, and the app opens on the first tab', async () => {
  await withBrowser(async (context) => {
    const first = await context.newPage();
    const c = await returningUser(first);
    await c.tab('四个模范');
    await first.close();

    const page = await reopen(context, { hold: true });
    const shell = page.locator('#shell');
    await shell.locator('[data-item-id="w1-zhongcheng"] input[value="hao"]:checked').waitFor({ state: 'attached' });
    assert.equal(await shell.getByRole('tab', { selected: true }).textContent(), '五项工作');
    await shell.locator('[data-item-id="w1-zhongcheng"] input[value="yiban"]').check();
    await shell.locator('[data-item-id="w1-jiguan"] input[value="hao"]').check();
    assert.equal(await shell.locator('[data-item-id="w1-zhongcheng"] label.checked').textContent(), '一般',
      'the chosen level is marked, the stored one no longer');
    await page.evaluate(() => window.__release());
    await appRunning(page);
    const app = new ChecklistPage(page);
    await app.allRendered();
    assert.equal(await app.ratingOf('w1-zhongcheng'), 'yiban');
    assert.equal(await app.ratingOf('w1-jiguan'), 'hao');
    assert.equal(await page.getByTestId('completion').textContent(), '已评 4/29');
    assert.equal(await page.getByRole('tab', { selected: true }).textContent(), '五项工作');
    await waitSaved(page);
    const snapshot = JSON.parse(await stored(page, SNAPSHOT));
    assert.deepEqual([snapshot.ratings['w1-zhongcheng'], snapshot.checklists[0].answered], ['yiban', 4]);
  });
});

test('with a passphrase set there is no snapshot key, and the lock screen shows first', async () => {
  await withBrowser(async (context) => {
    const page = await context.newPage();
    await returningUser(page);
    await new DraftsPage(page).open();
    const panel = page.getByTestId('lock-settings');
    await panel.getByTestId('lock-new').fill('从严治部 2026 口令');
    await panel.getByTestId('lock-again').fill('从严治部 2026 口令');
    await panel.getByTestId('lock-submit').click();
    await panel.getByTestId('lock-done').waitFor({ timeout: 20000 });
    assert.equal(await stored(page, SNAPSHOT), null, 'setting the passphrase removed it');
    await page.close();

    const again = await reopen(context);
    await waitAttached(again, '#lock-screen');
    assert.equal(await again.evaluate(() => window.__sawShell), false, 'no first screen');
    assert.equal(await again.evaluate(() => window.__atParse.rating), null);
    assert.equal(await stored(again, SNAPSHOT), null);
    await again.getByTestId('unlock-passphrase').fill('从严治部 2026 口令');
    await again.getByTestId('unlock-passphrase').press('Enter');
    const c = new ChecklistPage(again);
    await c.allRendered();
    await c.rate('w1-jiguan', 'hao');
    await c.waitSaved();
    assert.equal(await stored(again, SNAPSHOT), null, 'none is written while the passphrase is set');
    assert.ok(!(await again.evaluate(() => Object.keys(localStorage).join(' '))).includes(SNAPSHOT));
  });
});

test('a snapshot of another revision, draft or set of templates is not used', async () => {
  await withBrowser(async (context) => {
    const page = await context.newPage();
    await returningUser(page);
    const good = await stored(page, SNAPSHOT);
    const id = JSON.parse(good).id;
    const draftKey = `ziping.v1.draft.${id}`;
    const draft = await stored(page, draftKey);
    await page.close();

    const cases = {
      'the stored draft changed since (another window, a failed snapshot write)': {
        [draftKey]: draft.replace(/"modified":(\d+)/, (_, n) => `"modified":${Number(n) + 1}`),
      },
      'the snapshot is of another draft': { [SNAPSHOT]: good.replace(`"id":"${id}"`, '"id":"other"') },
      'another draft is open': { 'ziping.v1.current': 'other' },
      'other template versions': { [SNAPSHOT]: good.replace(/wuxiang-gongzuo\.v\d+/, 'wuxiang-gongzuo.v0') },
      'a larger font': { 'ziping.v1.prefs': '{"font_scale":125}' },
    };
    for (const [name, values] of Object.entries(cases)) {
      const setup = await context.newPage();
      await setup.goto(FILE_URL);
      await appRunning(setup);
      // Stop this window's saves from writing anything back.
      await setup.evaluate((v) => { for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x); }, values);
      await setup.close();
      const again = await reopen(context);
      await appRunning(again);
      assert.equal(await again.evaluate(() => window.__sawShell), false, `${name}: no first screen`);
      assert.equal(await again.evaluate(() => window.__atParse.rating), null, name);
      // Put things back for the next case.
      await again.evaluate(([k, v, dk, d]) => {
        localStorage.setItem(k, v); localStorage.setItem(dk, d);
        localStorage.setItem('ziping.v1.current', JSON.parse(v).id);
        localStorage.removeItem('ziping.v1.prefs');
      }, [SNAPSHOT, good, draftKey, draft]);
      await again.close();
    }
    // Put back as stored, it is used again.
    const last = await reopen(context);
    await appRunning(last);
    assert.equal(await last.evaluate(() => window.__atParse.rating), 'hao', 'the stored snapshot, once current again');
  });
});

test('a damaged snapshot is ignored, with no error shown', async () => {
  await withBrowser(async (context) => {
    const page = await context.newPage();
    await returningUser(page);
    const good = await stored(page, SNAPSHOT);
    await page.close();
    const s = JSON.parse(good);
    const damaged = [
      good.slice(0, good.length - 20),
      'null', '[]', '"x"', '{}',
      JSON.stringify({ ...s, format: 1 }),
      JSON.stringify({ ...s, format: 3 }),
      JSON.stringify({ ...s, sections: 'x' }),
      JSON.stringify({ ...s, sections: s.sections.slice(1) }),
      JSON.stringify({ ...s, sections: [null, ...s.sections.slice(1)] }),
      JSON.stringify({ ...s, ratings: null }),
      JSON.stringify({ ...s, checklists: [{ ...s.checklists[0], answered: '3' }, ...s.checklists.slice(1)] }),
      JSON.stringify({ ...s, checklists: s.checklists.slice(1) }),
      JSON.stringify({ ...s, steps: [true] }),
      JSON.stringify({ ...s, occasion: 'imported-elsewhere' }),
      JSON.stringify({ ...s, name: 7 }),
    ];
    for (const value of damaged) {
      const setup = await context.newPage();
      await setup.goto(FILE_URL);
      await appRunning(setup);
      await setup.evaluate(([k, v]) => localStorage.setItem(k, v), [SNAPSHOT, value]);
      await setup.close();
      const again = await reopen(context);
      const consoleErrors = [];
      again.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      await appRunning(again);
      assert.equal(await again.evaluate(() => window.__sawShell), false, `${value.slice(0, 40)}: no first screen`);
      const c = new ChecklistPage(again);
      await c.allRendered();
      assert.equal(await c.ratingOf('w1-zhongcheng'), 'hao', 'the app shows the draft as stored');
      assert.equal(await again.locator('.notices .notice').count(), 0, 'nothing is reported');
      for (const id of ['boot-failed', 'boot-damaged', 'boot-charset', 'boot-old']) {
        assert.equal(await again.locator(`#${id}`).isHidden(), true, `${id} stays hidden`);
      }
      assert.deepEqual(consoleErrors, []);
      await again.close();
    }
    // Markup in the draft's name is text on the first screen, as in the app.
    const setup = await context.newPage();
    await setup.goto(FILE_URL);
    await appRunning(setup);
    await setup.evaluate(([k, v]) => localStorage.setItem(k, v),
      [SNAPSHOT, JSON.stringify({ ...s, name: '<img src=x onerror="window.__ran=1">' })]);
    await setup.close();
    const again = await reopen(context, { hold: true });
    await again.locator('#shell').waitFor({ state: 'attached' });
    assert.equal(await again.locator('#shell [data-testid="draft-name"]').textContent(), '<img src=x onerror="window.__ran=1">');
    assert.equal(await again.locator('#shell img').count(), 0);
  });
});

test("keys that are not drafts (the snapshot, occasions, templates, a future key) keep a new user's first screen", async () => {
  await withBrowser(async (context) => {
    const page = await context.newPage();
    await returningUser(page);
    const snapshot = await stored(page, SNAPSHOT);
    // No draft left, but what other keys may hold.
    await page.evaluate(([s]) => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('ziping.v1.')) localStorage.removeItem(k);
      localStorage.setItem('ziping.v1.snapshot', s);
      localStorage.setItem('ziping.v1.summary', '{"future":true}');
      // Read by the app only (here not even readable): the boot script does not look.
      localStorage.setItem('ziping.v1.occasions', '{"format":"ziping-occasions"}');
      localStorage.setItem('ziping.v1.template.example-department.v1', '{}');
      localStorage.setItem('ziping.v1.prefs', '{"font_scale":100}');
    }, [snapshot]);
    await page.close();
    const again = await reopen(context, { hold: true });
    const shell = again.locator('#shell');
    await shell.getByTestId('completion').waitFor();
    assert.equal(await shell.getByTestId('completion').textContent(), '已评 0/29');
    assert.equal(await shell.getByTestId('draft-name').textContent(), '我的个人自评');
    assert.equal(await again.evaluate(() => window.__atParse.rating), null, 'the stale snapshot is not used');
    await again.evaluate(() => window.__release());
    await appRunning(again);
  });
});

test('Chromium 86: a returning user sees their rating before the app runs', { skip: SKIP_OLD && 'old engines skipped (ZIPING_NO_OLD_ENGINES=1)' }, async () => {
  await withEngine(86, async ({ context, page, errors, profile }) => {
    const app = await new OldApp(page, profile).open(FILE_URL);
    await app.rate('w1-zhongcheng', 'hao');
    await app.rate('w1-liangge', 'jiaohao');
    await app.waitSaved();
    await page.waitForFunction((k) => localStorage.getItem(k) !== null, SNAPSHOT);
    const again = await context.newPage();
    await again.addInitScript(WATCH);
    await again.goto(FILE_URL);
    await again.waitForFunction(() => performance.getEntriesByName('ziping-rendered').length > 0);
    assert.deepEqual(await again.evaluate(() => window.__atParse), { rating: 'hao', rendered: 0, snapshotMark: 1 });
    const reopened = new OldApp(again, profile);
    await reopened.allRendered();
    assert.equal(await reopened.ratingOf('w1-zhongcheng'), 'hao');
    await reopened.hasText('[data-testid="completion"]', '已评 2/29');
    assert.deepEqual(errors, []);
  });
});

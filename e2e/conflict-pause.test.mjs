// Two windows on one draft: while the conflict notice is open in one of
// them, that window writes nothing for the draft; the person's choice
// resumes saving. Both pages share one browser context, so they share
// localStorage as two tabs on the single file from file:// do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChecklistPage, FILE_URL, Notices, withPage } from './support.mjs';

/** The stored value of the open draft, read in `page`. */
function storedDraft(page) {
  return page.evaluate(() => localStorage.getItem(`ziping.v1.draft.${localStorage.getItem('ziping.v1.current')}`));
}

test('while the conflict notice is open, this window does not write that draft', async () => {
  await withPage(async (pageA, { context }) => {
    const a = await new ChecklistPage(pageA).open(FILE_URL);
    await a.rate('w1-zhongcheng', 'hao');
    await a.waitSaved();

    const pageB = await context.newPage();
    const b = await new ChecklistPage(pageB).open(FILE_URL);
    await b.rate('w1-zhongcheng', 'jiaocha');
    await b.waitSaved();
    const theirs = await storedDraft(pageB);
    assert.match(theirs, /"rating":"jiaocha"/);

    const notices = new Notices(pageA);
    await notices.conflict().waitFor();
    // A had nothing unsaved: leaving it would lose nothing, so it does not ask.
    const asks = () => pageA.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.equal(await asks(), false, 'nothing of A\'s to lose yet');
    // Edits in A while the notice is open: saved in the page, not written over B's.
    await a.rate('w1-zhongcheng', 'yiban');
    await a.rate('w1-liangge', 'hao');
    await a.waitSaved();
    await pageA.waitForTimeout(1200);
    assert.equal(await storedDraft(pageB), theirs, "B's version is still what is stored");
    assert.equal(await a.ratingOf('w1-zhongcheng'), 'yiban', "A's edit stays in A");

    // Seen wherever the person is on the page, and never 已保存 meanwhile.
    await pageA.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await notices.conflict().boundingBox();
    const height = await pageA.evaluate(() => window.innerHeight);
    assert.ok(box && box.y >= 0 && box.y + box.height <= height, `the notice is in view: ${JSON.stringify(box)}`);
    assert.match(await pageA.locator('#app .save').textContent(), /暂停保存/);
    // Closing the window asks first: what was typed here is not stored.
    assert.equal(await asks(), true);
    const asked = new Promise((ok) => pageA.once('dialog', (d) => { ok(d.type()); d.dismiss(); }));
    await pageA.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');
    assert.equal(pageA.isClosed(), false);

    await notices.keepMine();
    assert.equal(await notices.conflict().count(), 0);
    await a.waitSaved();
    await pageB.waitForFunction((before) => {
      const key = `ziping.v1.draft.${localStorage.getItem('ziping.v1.current')}`;
      return localStorage.getItem(key) !== before;
    }, theirs, { timeout: 5000 });
    const mine = await storedDraft(pageB);
    assert.match(mine, /"rating":"yiban"/, "A's version lands once A keeps it");
    assert.doesNotMatch(mine, /"rating":"jiaocha"/);
    // Chosen: nothing is held, and the window closes without asking.
    assert.doesNotMatch(await pageA.locator('#app .save').textContent(), /暂停保存/);
    pageA.once('dialog', (d) => d.dismiss());
    await pageA.close({ runBeforeUnload: true });
    await pageA.waitForEvent('close', { timeout: 5000 }).catch(() => {});
    assert.equal(pageA.isClosed(), true);
  });
});

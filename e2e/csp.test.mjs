// The policy the page's first script writes, on today's Chromium: the strict
// one, which compiles the wasm but refuses eval. Playwright's page.evaluate
// is not subject to the page's CSP, so eval is tried from the page's own
// timer (setTimeout with a string) and through a CDP session that evaluates
// as the page would (allowUnsafeEvalBlockedByCSP: false).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AFTER_BOOT_PROBE } from './support.mjs';
import { FILE_URL, OldApp, TODAY, withEngine } from './old-support.mjs';

test('Chromium today: the strict policy compiles the wasm and refuses eval', async () => {
  await withEngine(TODAY, async ({ context, page, errors }) => {
    await new OldApp(page).open(FILE_URL);
    const csp = await page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.content));
    assert.equal(csp.length, 1, 'one policy');
    assert.match(csp[0], / 'wasm-unsafe-eval'; /);
    assert.doesNotMatch(csp[0], /'unsafe-eval'|unsafe-inline|connect-src/);
    assert.equal(await page.evaluate(AFTER_BOOT_PROBE), 'none', 'the after-boot styles pass the policy');

    // The page's own timer with a string: a violation of script-src, and the
    // string never runs.
    const fromTimer = await page.evaluate(() => new Promise((ok) => {
      window.__evaluated = false;
      document.addEventListener('securitypolicyviolation', (e) => ok({ directive: e.violatedDirective, blocked: e.blockedURI }), { once: true });
      setTimeout('window.__evaluated = true', 0);
      setTimeout(() => ok(null), 2000);
    }));
    assert.ok(fromTimer, 'a securitypolicyviolation event');
    assert.match(fromTimer.directive, /^script-src/);
    assert.equal(fromTimer.blocked, 'eval');
    assert.equal(await page.evaluate(() => window.__evaluated), false, 'the string did not run');

    // eval as the page would run it.
    const cdp = await context.newCDPSession(page);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: 'eval("1 + 1")', allowUnsafeEvalBlockedByCSP: false,
    });
    assert.ok(exceptionDetails, `eval refused (got ${JSON.stringify(result)})`);
    assert.match(exceptionDetails.exception.description, /EvalError/);
    assert.deepEqual(errors, []);
  });
});

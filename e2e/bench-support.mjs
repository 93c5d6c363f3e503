// Helpers shared by the benchmarks (bench.mjs, bench-ab.mjs): statistics,
// the first-control probe, a fresh page, and the timed rating clicks.

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
export const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
export const ms = (x) => `${x.toFixed(2)} ms`;
export const summary = (xs) => ({ median: median(xs), min: spread(xs)[0], max: spread(xs)[1], all: xs });
export const range = (s) => `${ms(s.median)} [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;

/**
 * Records, relative to navigation start, when the first rating control is in
 * the DOM and shown (the prerendered first screen's or the app's:
 * `__firstControl`), and when a checked rating is in the DOM (a returning
 * user's own rating: `__ownRating`). The app may set `checked` as a
 * property, which no mutation reports: each mutation and each frame looks
 * again. The checked rating is looked for first: asking whether a control is
 * shown forces the page's style and, under `content-visibility: auto`, its
 * whole layout (76 ms at 4× in a trace), which is the probe's cost, not part
 * of a rating being in the DOM.
 */
export const FIRST_CONTROL = () => {
  const look = () => {
    if (window.__ownRating === undefined && document.querySelector('input[type=radio]:checked')) {
      window.__ownRating = performance.now();
    }
    if (window.__firstControl === undefined) {
      const radio = document.querySelector('input[type=radio]');
      // checkVisibility arrived in Chromium 105; before it, a box on screen.
      const shown = radio && (radio.checkVisibility ? radio.checkVisibility() : radio.getClientRects().length > 0);
      if (shown) window.__firstControl = performance.now();
    }
    // A new user has no rating to find: the looking ends after 20 s.
    return (window.__firstControl !== undefined && window.__ownRating !== undefined) || performance.now() > 20000;
  };
  const obs = new MutationObserver(() => { if (look()) obs.disconnect(); });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
  const frame = () => { if (!look()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
};

/**
 * A fresh context (its storage seeded with `seed`, if given) and page,
 * probed for the first control unless `probe` is false, its CPU slowed
 * `rate` times (CDP Emulation.setCPUThrottlingRate: a slow office PC).
 * A page timed after its start goes without the probe: without a checked
 * rating it looks through the whole DOM on every mutation for 20 s, inside
 * the very task it would time.
 */
export async function newPage(browser, seed, rate = 1, probe = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (seed) {
    await context.addInitScript((entries) => {
      if (!localStorage.getItem('ziping.v1.current')) for (const [k, v] of entries) localStorage.setItem(k, v);
    }, seed);
  }
  if (probe) await context.addInitScript(FIRST_CONTROL);
  const page = await context.newPage();
  if (rate !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

/**
 * A throttle that silently does not apply shows here: a fixed JS loop timed
 * at each rate in a page of `url` (the kind of page measured), the median
 * of `runs`, in ms.
 */
export async function calibration(browser, url = 'about:blank', rates = [1, 4], runs = 5) {
  const out = {};
  for (const rate of rates) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const { context, page } = await newPage(browser, null, rate);
      await page.goto(url);
      times.push(await page.evaluate(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 3e7; i++) x += i % 7; return performance.now() - t + (x < 0 ? 1 : 0); }));
      await context.close();
    }
    out[rate] = median(times);
  }
  return out;
}

/** Clicks a level of every item (alternating), timing each until the UI work is flushed. */
export async function clickAll(page) {
  return page.evaluate(async () => {
    const tick = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
    const levels = ['hao', 'jiaohao'];
    const times = [];
    const ids = [...document.querySelectorAll('[data-item-id]')].map((e) => e.dataset.itemId);
    for (const [n, id] of ids.entries()) {
      const radio = document.querySelector(`[data-item-id="${id}"] input[value="${levels[n % 2]}"]`);
      await tick();
      const t0 = performance.now();
      radio.click();
      await tick();
      times.push(performance.now() - t0);
    }
    return times;
  });
}


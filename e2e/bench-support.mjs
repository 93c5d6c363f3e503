// Helpers shared by the benchmarks (bench.mjs, bench-ab.mjs): statistics,
// the first-control probe, a fresh page, and the timed rating clicks.

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
export const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
export const ms = (x) => `${x.toFixed(2)} ms`;
export const summary = (xs) => ({ median: median(xs), min: spread(xs)[0], max: spread(xs)[1], all: xs });
export const range = (s) => `${ms(s.median)} [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;

/**
 * Records when the first rating control is in the DOM and shown (the
 * prerendered first screen's or the app's), relative to navigation start.
 */
export const FIRST_CONTROL = () => {
  new MutationObserver((_, obs) => {
    const radio = document.querySelector('input[type=radio]');
    // checkVisibility arrived in Chromium 105; before it, a box on screen.
    const shown = radio && (radio.checkVisibility ? radio.checkVisibility() : radio.getClientRects().length > 0);
    if (shown) {
      window.__firstControl = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** A fresh context (its storage seeded with `seed`, if given) and page, probed for the first control. */
export async function newPage(browser, seed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (seed) {
    await context.addInitScript((entries) => {
      if (!localStorage.getItem('ziping.v1.current')) for (const [k, v] of entries) localStorage.setItem(k, v);
    }, seed);
  }
  await context.addInitScript(FIRST_CONTROL);
  return { context, page: await context.newPage() };
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


// Writes e2e/reference/vanilla.html (not committed: the bench writes it from
// the template as it is at each run), the benchmark's reference page: what a
// hand-written page with no framework would be for the built-in checklist's
// first tab (五项工作, from data/templates/wuxiang.json): every item with its
// five rating radios in plain HTML, a live total, and the ratings saved to
// localStorage and restored at load by a few lines of script. The bench
// times its first control beside ours, at the same throttle, in the same run.
//   node e2e/reference/vanilla.mjs    (the bench runs it before it starts)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The page's HTML for the template at `path`. */
export function vanillaPage(path = 'data/templates/wuxiang.json') {
  const t = JSON.parse(readFileSync(path, 'utf8'));
  const levels = [...t.scale.levels.map((l) => [l.id, l.label, l.share]), ['na', t.scale.not_applicable_label, null]];
  const items = t.sections.map((s) => `<section><h2>${esc(s.title)}</h2>\n${s.items.map((it) => `<fieldset data-weight="${it.weight}"><legend>${esc(it.text)}</legend>${
    levels.map(([id, label]) => `<label><input type="radio" name="${it.id}" value="${id}">${esc(label)}</label>`).join('')}</fieldset>`).join('\n')}</section>`).join('\n');
  const shares = JSON.stringify(Object.fromEntries(levels.filter((l) => l[2] !== null).map(([id, , share]) => [id, share])));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(t.title)}（参照页）</title>
<style>body{font:16px sans-serif;margin:0 auto;max-width:60rem;padding:1rem}fieldset{margin:.5rem 0}label{margin-right:1rem}#total{position:sticky;top:0;background:#fff}</style>
</head>
<body>
<h1>${esc(t.title)}</h1>
<p id="total">总分 —</p>
${items}
<script>
(function () {
  var KEY = 'vanilla.ratings', SHARE = ${shares};
  var saved = {};
  try { saved = JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) {}
  function total() {
    var got = 0, max = 0;
    document.querySelectorAll('fieldset').forEach(function (f) {
      var on = f.querySelector('input:checked'), w = +f.dataset.weight;
      if (on && on.value !== 'na') { got += w * SHARE[on.value] / 100; max += w; }
    });
    document.getElementById('total').textContent = max ? '总分 ' + (100 * got / max).toFixed(1) : '总分 —';
  }
  Object.keys(saved).forEach(function (name) {
    var input = document.querySelector('input[name="' + name + '"][value="' + saved[name] + '"]');
    if (input) input.checked = true;
  });
  total();
  document.addEventListener('change', function (e) {
    saved[e.target.name] = e.target.value;
    localStorage.setItem(KEY, JSON.stringify(saved));
    total();
  });
})();
</script>
</body>
</html>
`;
}

export const VANILLA = fileURLToPath(new URL('vanilla.html', import.meta.url));

/** Writes the page from the template as it is now; returns its path. */
export function writeVanilla() {
  writeFileSync(VANILLA, vanillaPage());
  return VANILLA;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`written: ${writeVanilla()}`);

// The app's only static files, served from memory: one stylesheet and one small script
// (copy buttons and the "n" shortcut). No CDN, no inline scripts (the CSP forbids them).
export const APP_CSS = `
:root { --fg:#1d2329; --muted:#5b6670; --bg:#f6f7f9; --card:#fff; --line:#d9dee3; --accent:#0b5cad; --accent-fg:#fff;
  --warn-bg:#fff4d6; --warn-fg:#6b4800; --bad-bg:#fde8e8; --bad-fg:#8a1c1c; --ok-bg:#e6f4ea; --ok-fg:#1e5b2e; --focus:#ffbf47; }
* { box-sizing: border-box; }
html { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible
  { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--fg); color: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
header.top { background: #13293d; color: #fff; display: flex; align-items: center; gap: 1.5rem; padding: .55rem 1.25rem; flex-wrap: wrap; }
header.top .brand { font-weight: 700; letter-spacing: .01em; }
header.top nav { display: flex; gap: .25rem; flex-wrap: wrap; }
header.top nav a { color: #dbe7f3; text-decoration: none; padding: .3rem .6rem; border-radius: 4px; }
header.top nav a[aria-current="page"], header.top nav a:hover { background: #244a6b; color: #fff; }
header.top .who { margin-left: auto; display: flex; gap: .75rem; align-items: center; font-size: .9rem; color: #c9d6e3; }
header.top .who button { background: transparent; color: #fff; border: 1px solid #6f8aa3; }
main { max-width: 1180px; margin: 0 auto; padding: 1.25rem; }
h1 { font-size: 1.45rem; margin: .25rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 0 0 .75rem; }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.15rem; margin-bottom: 1rem; }
.grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
@media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
button, .button { font: inherit; cursor: pointer; border-radius: 5px; border: 1px solid var(--line); background: #fff; color: var(--fg);
  padding: .4rem .8rem; text-decoration: none; display: inline-block; line-height: 1.3; }
button.primary, .button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
button.danger { color: var(--bad-fg); border-color: #e3a5a5; }
button:hover, .button:hover { filter: brightness(.96); }
input, select, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #aab4be; border-radius: 4px; background: #fff; color: var(--fg); }
textarea { width: 100%; min-height: 4.5rem; }
label { font-weight: 600; }
.muted { color: var(--muted); }
.small { font-size: .85rem; }
kbd { font: .8rem ui-monospace, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3rem; background: #fff; }
.flash { padding: .6rem .9rem; border-radius: 6px; margin-bottom: 1rem; border: 1px solid; }
.flash.ok { background: var(--ok-bg); color: var(--ok-fg); border-color: #b6dcc2; }
.flash.bad { background: var(--bad-bg); color: var(--bad-fg); border-color: #f0b9b9; }
.flash.warn { background: var(--warn-bg); color: var(--warn-fg); border-color: #f0d58a; }
.toolbar { display: flex; gap: .75rem; align-items: end; flex-wrap: wrap; margin-bottom: 1rem; }
.toolbar form { display: flex; gap: .5rem; align-items: end; flex-wrap: wrap; }
.toolbar .field { display: flex; flex-direction: column; gap: .2rem; }
.lanes { display: flex; gap: .5rem; flex-wrap: wrap; margin: 0 0 1rem; padding: 0; list-style: none; }
.lanes a { display: block; padding: .45rem .8rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; text-decoration: none; color: var(--fg); }
.lanes a[aria-current="true"] { border-color: var(--accent); box-shadow: inset 0 -3px 0 var(--accent); }
.lanes .n { font-weight: 700; margin-left: .35rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
caption { text-align: left; padding: .4rem 0; caption-side: top; }
input.search { width: 24rem; max-width: 100%; }
.spaced { margin-top: 1.25rem; }
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); background: #fafbfc; }
tbody tr:hover { background: #f3f7fb; }
.tag { display: inline-block; font-size: .78rem; padding: .05rem .45rem; border-radius: 999px; border: 1px solid var(--line); background: #f3f5f7; margin: 0 .2rem .2rem 0; white-space: nowrap; }
.tag.attn { background: var(--warn-bg); color: var(--warn-fg); border-color: #f0d58a; }
.tag.claimed { background: #e8f0fb; color: #174a85; border-color: #b7cdee; }
.tag.done { background: var(--ok-bg); color: var(--ok-fg); border-color: #b6dcc2; }
.tag.bad { background: var(--bad-bg); color: var(--bad-fg); border-color: #f0b9b9; }
dl.fields { display: grid; grid-template-columns: 11rem minmax(0,1fr); gap: .15rem .75rem; margin: 0; }
dl.fields dt { font-weight: 600; padding-top: .45rem; }
dl.fields dd { margin: 0; padding: .3rem 0; border-bottom: 1px dashed var(--line); }
.value { font: 1.02rem ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; user-select: all; background: #f3f5f7; padding: .1rem .35rem; border-radius: 3px; word-break: break-all; }
.copy { font-size: .8rem; padding: .15rem .5rem; margin-left: .4rem; }
.copy[hidden] { display: none; }
.source { display: block; font-size: .8rem; color: var(--muted); margin-top: .15rem; }
.actions { display: grid; gap: .75rem; }
.actions details { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; background: #fbfcfd; }
.actions summary { cursor: pointer; font-weight: 600; }
.actions form { margin-top: .6rem; display: grid; gap: .5rem; }
.checks { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.checks label { font-weight: normal; }
.msg { border: 1px solid var(--line); border-radius: 6px; margin-bottom: .75rem; background: #fff; }
.msg > header { padding: .5rem .75rem; background: #fafbfc; border-bottom: 1px solid var(--line); font-size: .9rem; }
.msg .body { padding: .75rem; overflow-wrap: anywhere; max-height: 28rem; overflow: auto; }
.msg .body pre { white-space: pre-wrap; font: inherit; margin: 0; }
.msg.out > header { background: #eef4fb; }
ol.timeline { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
ol.timeline li { padding: .35rem 0; border-bottom: 1px dashed var(--line); }
ol.timeline time { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .4rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .75rem; }
.stat { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; }
.stat .k { font-size: .85rem; color: var(--muted); }
.stat .v { font-size: 1.6rem; font-weight: 700; }
.stat .v.long { font-size: 1.1rem; padding-top: .35rem; }
.login { max-width: 24rem; margin: 8vh auto; }
.login form { display: grid; gap: .6rem; }
.login input { width: 100%; }
.inline { display: inline; }
.right { text-align: right; }
`;

export const APP_JS = `
(function () {
  // Copy buttons: shown only when the clipboard API exists; without JS the value is selectable.
  if (navigator.clipboard) {
    document.querySelectorAll('button.copy[data-copy]').forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        navigator.clipboard.writeText(b.getAttribute('data-copy')).then(function () {
          var old = b.textContent; b.textContent = 'Copiado ✓'; b.setAttribute('aria-live', 'polite');
          setTimeout(function () { b.textContent = old; }, 1500);
        });
      });
    });
  }
  // "n" takes the next case, "/" focuses the search, outside form fields.
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target; if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    if (e.key === 'n') { var f = document.getElementById('take-next'); if (f) { e.preventDefault(); f.requestSubmit ? f.requestSubmit() : f.submit(); } }
    if (e.key === '/') { var q = document.getElementById('q'); if (q) { e.preventDefault(); q.focus(); } }
  });
  // Confirmation for final actions (the server does not depend on it).
  document.querySelectorAll('form[data-confirm]').forEach(function (f) {
    f.addEventListener('submit', function (e) { if (!confirm(f.getAttribute('data-confirm'))) e.preventDefault(); });
  });
})();
`;

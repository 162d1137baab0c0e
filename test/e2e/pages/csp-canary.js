// Breaks the strict policy on purpose, so the CSP check proves that the browser
// enforces it and that probe.js reports violations (a check that can fail).
window.__canary = {};
try {
  document.createElement('div').innerHTML = '<b>not trusted</b>';
  window.__canary.innerHTML = 'allowed';
} catch {
  window.__canary.innerHTML = 'blocked';
}
const inline = document.createElement('script');
inline.textContent = "__xss('inline canary')";
try {
  document.head.append(inline);
} catch {
  /* Trusted Types refuses the text: also fine */
}

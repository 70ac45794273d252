// The frame every page shares: the bar with the name, the user, the language switch and sign-out.
import { applyTexts, lang, setLang, t } from './i18n.js';
import { session } from './api.js';

export function frame(render) {
  const bar = document.createElement('header');
  bar.className = 'bar';
  const s = session.get();
  bar.innerHTML = `<a class="brand" href="index.html" data-i18n="app.name"></a>
    <a id="nav-imports" href="imports.html" data-i18n="nav.imports" hidden></a>
    <a id="nav-wall" href="wall.html" data-i18n="nav.wall" hidden></a>
    <span id="who"></span>
    <button type="button" id="lang-switch" data-i18n="nav.lang"></button>
    <button type="button" id="sign-out" data-i18n="nav.signout"></button>`;
  document.body.prepend(bar);
  bar.querySelector('#who').textContent = s ? s.username : '';
  bar.querySelector('#sign-out').hidden = !s;
  // bulk imports: for those who keep records, and for the bureau and administrators to follow them
  bar.querySelector('#nav-imports').hidden = !(s && s.me && s.me.roles.some(r => ['ADMIN', 'BUREAU', 'STATION_STAFF', 'FACILITY_OPERATOR'].includes(r)));
  // the wall screen (大屏): the bureau's and administrators'
  bar.querySelector('#nav-wall').hidden = !(s && s.me && s.me.roles.some(r => ['ADMIN', 'BUREAU'].includes(r)));
  bar.querySelector('#sign-out').addEventListener('click', () => { session.clear(); location.replace('index.html'); });
  // Back after signing out may bring this page from the browser's back-forward cache: show nothing of it
  window.addEventListener('pageshow', e => { if (e.persisted && !session.get()) location.replace('index.html'); });
  // messages are announced to screen readers when they change
  document.querySelectorAll('.message').forEach(m => { if (!m.hasAttribute('aria-live')) m.setAttribute('aria-live', 'polite'); });
  bar.querySelector('#lang-switch').addEventListener('click', () => {
    setLang(lang() === 'en' ? 'zh' : 'en');
    // a message stays in the language it was given in: switching clears it
    document.querySelectorAll('.message:not([data-i18n])').forEach(m => { m.hidden = true; m.replaceChildren(); });
    document.querySelectorAll('[aria-invalid]').forEach(f => f.removeAttribute('aria-invalid'));
    applyTexts();
    render();
  });
  applyTexts();
  render();
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c ?? ''));
  return e;
}

export { t };

import { api, ApiError, session, showError } from './api.js';
import { frame, el, t } from './page.js';

const PAGES = {
  STATION_STAFF: 'station.html', HAULER: 'hauler.html', FACILITY_OPERATOR: 'facility.html',
  DISTRICT_OFFICER: 'district.html', BUREAU: 'bureau.html', ADMIN: '/openapi/ui/',
  INSPECTOR: 'inspector.html',
};

function render() {
  const s = session.get();
  document.getElementById('signin').classList.toggle('hidden', !!s);
  document.getElementById('home').classList.toggle('hidden', !s);
  if (!s) return;
  document.getElementById('hello').textContent = t('home.title', s.username);
  const roles = document.getElementById('roles');
  roles.replaceChildren(...s.me.roles.map(r => el('a', { href: PAGES[r], id: 'go-' + r.toLowerCase() },
    el('strong', {}, t('role.' + r).split('：')[0].split(':')[0]), el('div', { class: 'muted' }, t('role.' + r)))));
}

document.getElementById('signin-form').addEventListener('submit', async e => {
  e.preventDefault();
  const username = document.getElementById('username').value.trim();
  const password = document.getElementById('password').value;
  const box = document.getElementById('signin-message');
  try {
    const me = await api('me', { credentials: { username, password } });
    session.save(username, password, me);
    const next = new URLSearchParams(location.search).get('next');
    if (next && /^[a-z]+\.html$/.test(next)) { location.href = next; return; }
    if (me.roles.length === 1 && PAGES[me.roles[0]] && !PAGES[me.roles[0]].startsWith('/')) { location.href = PAGES[me.roles[0]]; return; }
    render();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      box.className = 'message error'; box.textContent = t('signin.failed'); box.hidden = false;
    } else {
      showError(box, err);
    }
  }
});

frame(render);

// Talking to the WasteNet API from the pages: the signed-in user, the language, problem details.
import { lang, t } from './i18n.js';

const KEY = 'wastenet.session';

export const session = {
  get() { try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; } },
  save(username, password, me) { sessionStorage.setItem(KEY, JSON.stringify({ username, password, me })); },
  clear() { sessionStorage.removeItem(KEY); },
};

function authHeader(s) {
  const bytes = new TextEncoder().encode(`${s.username}:${s.password}`);
  return 'Basic ' + btoa(String.fromCharCode(...bytes));
}

/** An answer other than 2xx: the status and the problem details (RFC 9457). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

/** Calls /api/v1/{path}; JSON in and out. Throws ApiError for refusals. */
export async function api(path, { method = 'GET', body, credentials } = {}) {
  const s = credentials || session.get();
  const headers = { 'Accept': 'application/json', 'Accept-Language': lang() === 'zh' ? 'zh-CN' : 'en' };
  if (s) headers['Authorization'] = authHeader(s);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // credentials 'omit': the Authorization header is ours; without it a 401 would make the browser ask with its own dialog
  const r = await fetch('api/v1/' + path, { method, headers, credentials: 'omit', body: body === undefined ? undefined : JSON.stringify(body) });
  const type = r.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) throw new ApiError(r.status, typeof data === 'object' ? data : { detail: data });
  return data;
}

/** Sends a file as the request body (a CSV for a bulk import); JSON back. Throws ApiError for refusals. */
export async function upload(path, file) {
  const s = session.get();
  const r = await fetch('api/v1/' + path, { method: 'POST', credentials: 'omit', body: file, headers: {
    'Authorization': authHeader(s), 'Accept': 'application/json', 'Content-Type': 'text/csv',
    'Accept-Language': lang() === 'zh' ? 'zh-CN' : 'en' } });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new ApiError(r.status, data);
  return data;
}

/** Downloads an export (it needs the user's credentials, so a plain link will not do). */
export async function download(path) {
  const s = session.get();
  const r = await fetch('api/v1/' + path, { credentials: 'omit', headers: { 'Authorization': authHeader(s), 'Accept-Language': lang() === 'zh' ? 'zh-CN' : 'en' } });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => ({})));
  const name = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '')?.[1] || 'export';
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url; a.download = name; document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Shows an error in a message box: the problem's detail and each field with its reason. */
export function showError(box, err) {
  box.className = 'message error';
  box.replaceChildren();
  const p = err instanceof ApiError ? err.problem : { detail: String(err) };
  const head = document.createElement('div');
  head.textContent = (p.title ? p.title + ': ' : '') + (p.detail || t('error.unknown'));
  box.append(head);
  if (Array.isArray(p.errors) && p.errors.length) {
    const ul = document.createElement('ul');
    for (const e of p.errors) {
      const li = document.createElement('li');
      li.textContent = (e.field ? e.field + ': ' : '') + e.message;
      ul.append(li);
    }
    box.append(ul);
  }
  box.hidden = false;
}

export function showOk(box, text) {
  box.className = 'message ok';
  box.textContent = text;
  box.hidden = false;
}

/** The signed-in user, or back to the sign-in page. */
export function requireSession() {
  const s = session.get();
  if (!s) {
    location.href = 'index.html?next=' + encodeURIComponent(location.pathname.replace(/^\//, ''));
    throw new Error('not signed in');
  }
  return s;
}

export function newClientKey() {
  return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
}

export function cityToday() {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  return now.toISOString().slice(0, 10);
}

export function cityNowIso() {
  const now = new Date(Date.now() + 8 * 3600 * 1000 - 60 * 1000);
  return now.toISOString().slice(0, 19) + '+08:00';
}

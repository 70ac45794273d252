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

/**
 * Calls /api/v1/{path}; JSON in and out. Throws ApiError for refusals. With {@code timeoutMs}, a request left unanswered that
 * long is abandoned and counts as a failure of the network (isNetworkError).
 */
export async function api(path, { method = 'GET', body, credentials, timeoutMs } = {}) {
  const s = credentials || session.get();
  const headers = { 'Accept': 'application/json', 'Accept-Language': lang() === 'zh' ? 'zh-CN' : 'en' };
  if (s) headers['Authorization'] = authHeader(s);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // credentials 'omit': the Authorization header is ours; without it a 401 would make the browser ask with its own dialog
  const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
  const r = await fetch('api/v1/' + path, { method, headers, credentials: 'omit', signal, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = r.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) throw new ApiError(r.status, typeof data === 'object' ? data : { detail: data });
  return data;
}

/** Sends a file as the request body (a CSV for a bulk import, an image for a photo); JSON back. Throws ApiError for refusals. */
export async function upload(path, file, contentType = 'text/csv') {
  const s = session.get();
  const r = await fetch('api/v1/' + path, { method: 'POST', credentials: 'omit', body: file, headers: {
    'Authorization': authHeader(s), 'Accept': 'application/json', 'Content-Type': contentType,
    'Accept-Language': lang() === 'zh' ? 'zh-CN' : 'en' } });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new ApiError(r.status, data);
  return data;
}

/** A file the API serves (an export, a photo) read with the user's credentials, which a plain link or <img> would not carry. */
async function file(path, accept) {
  const s = session.get();
  const headers = { 'Authorization': authHeader(s), 'Accept-Language': lang() === 'zh' ? 'zh-CN' : 'en' };
  if (accept) headers['Accept'] = accept;
  const r = await fetch('api/v1/' + path, { credentials: 'omit', headers });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => ({})));
  return r;
}

/** Downloads an export. */
export async function download(path) {
  const r = await file(path);
  const name = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '')?.[1] || 'export';
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url; a.download = name; document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** An image the API serves (a photo) as a data: URL for an <img> (the Content-Security-Policy allows data: images). */
export async function imageData(path) {
  const blob = await (await file(path, 'image/jpeg, image/png')).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** A failure of the network itself (offline, server unreachable, no answer in time), as opposed to a refusal the server gave. */
export function isNetworkError(err) {
  return !(err instanceof ApiError) && (err instanceof TypeError || err?.name === 'TimeoutError' || err?.name === 'AbortError');
}

/** Clears the marks a refusal left on fields (aria-invalid, described-by the message). */
export function clearInvalid(box) {
  document.querySelectorAll(`[aria-describedby~="${box.id}"]`).forEach(f => {
    f.removeAttribute('aria-invalid');
    const rest = (f.getAttribute('aria-describedby') || '').split(' ').filter(x => x && x !== box.id);
    if (rest.length) f.setAttribute('aria-describedby', rest.join(' ')); else f.removeAttribute('aria-describedby');
  });
}

/**
 * Shows a refusal in a message box, in the page's language: the problem's detail (never its English
 * title beside it) and each field's reason, named by the field's own label when the page shows it
 * ({@code fields}: field name → input id); those inputs are marked aria-invalid and described by the box.
 */
export function showError(box, err, fields = {}) {
  clearInvalid(box);
  box.className = 'message error';
  box.replaceChildren();
  const p = err instanceof ApiError ? err.problem : { detail: isNetworkError(err) ? t('error.network') : String(err && err.message || err) };
  const errs = Array.isArray(p.errors) ? p.errors : [];
  const head = document.createElement('div');
  // a validation problem's detail repeats its errors: say it once, by field
  head.textContent = errs.length ? t('error.fields') : (p.detail || t('error.unknown'));
  box.append(head);
  if (errs.length) {
    const ul = document.createElement('ul');
    for (const e of errs) {
      const li = document.createElement('li');
      const input = e.field && fields[e.field] ? document.getElementById(fields[e.field]) : null;
      const label = input ? document.querySelector(`label[for="${input.id}"]`)?.textContent || input.getAttribute('aria-label') : null;
      li.textContent = (label || e.field ? (label || e.field) + ': ' : '') + e.message;
      ul.append(li);
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        const ids = new Set((input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
        ids.add(box.id);
        input.setAttribute('aria-describedby', [...ids].join(' '));
      }
    }
    box.append(ul);
  }
  box.hidden = false;
}

export function showOk(box, text) {
  clearInvalid(box);
  box.className = 'message ok';
  box.textContent = text;
  box.hidden = false;
}

/** A message the page itself gives (not the server's): an error beside the button, optionally marking one field. */
export function showProblem(box, text, fieldId) {
  clearInvalid(box);
  box.className = 'message error';
  box.textContent = text;
  box.hidden = false;
  const input = fieldId && document.getElementById(fieldId);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', box.id);
  }
}

export function hideMessage(box) {
  clearInvalid(box);
  box.hidden = true;
  box.replaceChildren();
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

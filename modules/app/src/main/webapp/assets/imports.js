import { ApiError, api, newClientKey, requireSession, showError, showOk, upload } from './api.js';
import { date, lang, num, t, time } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const message = document.getElementById('message');
const mayImport = s.me.roles.some(r => ['ADMIN', 'STATION_STAFF', 'FACILITY_OPERATOR'].includes(r));
let types = [];
let shown = null;
let refresh = null;
let pending = null;

function typeName(type) {
  return t('imports.type.' + type);
}

function renderTypes() {
  const select = document.getElementById('record-type');
  const chosen = select.value || (s.me.roles.includes('FACILITY_OPERATOR') ? 'receipts' : 'tonnage-logs');
  select.replaceChildren(...types.map(x => el('option', { value: x.recordType }, typeName(x.recordType))));
  select.value = chosen;
  const type = types.find(x => x.recordType === select.value);
  document.getElementById('header-hint').textContent = type ? type.header.join(',') : '';
}

let shownIn = lang();

async function render() {
  // a message said in the other language belongs to what happened before the switch
  if (lang() !== shownIn) {
    message.hidden = true;
    shownIn = lang();
  }
  try {
    document.getElementById('upload-form').hidden = !mayImport;
    if (!types.length) types = await api('imports/record-types');
    renderTypes();
    const page = await api('imports?size=20');
    const box = document.getElementById('imports');
    if (page.items.length === 0) {
      box.replaceChildren(el('p', { class: 'muted' }, t('imports.none')));
    } else {
      box.replaceChildren(el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'imports-table' },
        el('tr', {}, el('th', {}, t('imports.file')), el('th', {}, t('imports.type')), el('th', {}, t('imports.status')),
          el('th', { class: 'num' }, t('imports.progress')), el('th', { class: 'num' }, t('imports.accepted')),
          el('th', { class: 'num' }, t('imports.already')), el('th', { class: 'num' }, t('imports.rejected')), el('th', {}, '')),
        ...page.items.map(row))));
    }
    clearTimeout(refresh);
    if (page.items.some(i => ['QUEUED', 'RUNNING', 'STOPPING'].includes(i.status))) refresh = setTimeout(render, 1500);
    if (shown !== null) await renderRejections(shown);
  } catch (err) {
    showError(message, err);
  }
}

function row(i) {
  const actions = el('td', {});
  if (i.rejectedRows > 0) {
    actions.append(el('button', { type: 'button', class: 'show-rejections', onclick: () => { shown = i.id; renderRejections(i.id); } },
      t('imports.showRejections')));
  }
  const mine = i.submittedBy === s.username || s.me.roles.includes('ADMIN');
  if (mine && ['QUEUED', 'RUNNING'].includes(i.status)) {
    actions.append(el('button', { type: 'button', class: 'stop', onclick: () => control(i.id, 'stop') }, t('imports.stop')));
  }
  if (mine && ['STOPPED', 'FAILED'].includes(i.status)) {
    actions.append(el('button', { type: 'button', class: 'restart', onclick: () => control(i.id, 'restart') }, t('imports.restart')));
  }
  const bar = el('progress', { max: '100', value: String(i.percent), 'aria-label': t('imports.progress') });
  return el('tr', { 'data-import': String(i.id), 'data-status': i.status },
    el('td', {}, i.fileName, el('div', { class: 'muted' }, `${date(i.submittedAt)} ${time(i.submittedAt)} · ${i.submittedBy}`)),
    el('td', {}, typeName(i.recordType)),
    el('td', {}, el('span', { class: 'badge ' + i.status }, t('imports.status.' + i.status)),
      i.runs > 1 ? el('div', { class: 'muted' }, t('imports.runs', i.runs)) : ''),
    el('td', { class: 'num' }, bar, el('div', {}, `${num(i.rowsDone, 0)} / ${num(i.totalRows, 0)} (${num(i.percent, 1)} %)`)),
    el('td', { class: 'num accepted' }, num(i.accepted, 0)), el('td', { class: 'num' }, num(i.alreadyStored, 0)),
    el('td', { class: 'num rejected' }, num(i.rejectedRows, 0)), actions);
}

async function renderRejections(id) {
  const page = await api(`imports/${id}/rejections?size=200`);
  document.getElementById('rejections-card').hidden = false;
  document.getElementById('rejections-title').textContent = t('imports.rejectionsOf', id, num(page.total, 0));
  document.getElementById('rejections').replaceChildren(el('table', { id: 'rejections-table' },
    el('tr', {}, el('th', { class: 'num' }, t('imports.line')), el('th', {}, t('imports.field')), el('th', {}, t('imports.why'))),
    ...page.items.map(r => el('tr', {}, el('td', { class: 'num' }, String(r.line)), el('td', {}, r.field || '—'), el('td', {}, r.message)))));
}

async function control(id, action) {
  try {
    await api(`imports/${id}/${action}`, { method: 'POST', body: {} });
    render();
  } catch (err) {
    showError(message, err);
  }
}

document.getElementById('record-type').addEventListener('change', renderTypes);

document.getElementById('upload-form').addEventListener('submit', async e => {
  e.preventDefault();
  const file = document.getElementById('file').files[0];
  const recordType = document.getElementById('record-type').value;
  if (!file) {
    showError(message, new ApiError(400, { detail: t('imports.nofile') }));
    return;
  }
  // the same file sent again (a lost answer, a second press) carries the same key: one import
  const what = `${recordType} ${file.name} ${file.size} ${file.lastModified}`;
  if (!pending || pending.what !== what) pending = { what, key: newClientKey() };
  try {
    const created = await upload(`imports?recordType=${encodeURIComponent(recordType)}&fileName=${encodeURIComponent(file.name)}`
      + `&clientKey=${encodeURIComponent(pending.key)}`, file);
    showOk(message, t('imports.received', file.name, num(created.totalRows, 0)));
    render();
  } catch (err) {
    showError(message, err);
  }
});

frame(render);

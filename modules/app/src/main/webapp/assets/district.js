import { api, download, requireSession, showError, showOk } from './api.js';
import { date, num, pct, t } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const districtSelect = document.getElementById('district');
const monthSelect = document.getElementById('month');
const message = document.getElementById('message');

function months() {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  const list = [];
  for (let i = 1; i <= 6; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    list.push(d.toISOString().slice(0, 7));
  }
  return list;
}

async function init() {
  const all = await api('districts?size=100');
  const mine = s.me.roles.includes('BUREAU') || s.me.roles.includes('ADMIN') ? all.items : all.items.filter(d => s.me.scope.districts.includes(d.code));
  districtSelect.replaceChildren(...mine.map(d => el('option', { value: d.code }, `${d.code} ${document.documentElement.lang === 'en' ? d.nameEn : d.nameZh}`)));
  monthSelect.replaceChildren(...months().map(m => el('option', { value: m }, m)));
  districtSelect.addEventListener('change', load);
  monthSelect.addEventListener('change', load);
  frame(load);
}

function range() {
  const [y, m] = monthSelect.value.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${monthSelect.value}-01`, to: `${monthSelect.value}-${String(last).padStart(2, '0')}` };
}

async function load() {
  if (!districtSelect.value) return;
  message.hidden = true;
  await Promise.all([loadReturn(), loadWarnings(), loadCompleteness()]);
}

async function loadReturn() {
  const d = districtSelect.value;
  const box = document.getElementById('return');
  try {
    const r = await api(`returns/${d}/${monthSelect.value}`);
    const figures = r.signed ? r.signed.figures : await api(`indicators?scope=${d}&from=${r.from}&to=${r.to}`);
    const canSubmit = s.me.roles.includes('DISTRICT_OFFICER') && r.status === 'DRAFT';
    box.replaceChildren(
      el('p', {}, el('span', { class: 'badge ' + r.status, id: 'return-status' }, t('status.' + r.status)), ' ',
        r.late ? el('span', { class: 'badge late' }, t('district.late')) : '', ' ',
        el('span', { class: 'muted' }, `${t('col.due')} ${date(r.dueDate)} · ${t('col.warnings')} ${r.openWarnings}`)),
      el('table', {}, ...[['ind.coverage', figures.coverage.rate], ['ind.recovery', figures.recoveryRate.rate],
        ['ind.resource', figures.resourceUtilisation.rate], ['ind.harmless', figures.harmlessTreatment.rate]]
        .map(([k, v]) => el('tr', {}, el('td', {}, t(k)), el('td', { class: 'num' }, pct(v))))),
      el('p', { class: 'row' },
        el('button', { type: 'button', class: 'primary', id: 'submit-return', disabled: canSubmit && r.openWarnings === 0 ? null : '', onclick: submit }, t('district.submit')),
        el('button', { type: 'button', onclick: () => download(`exports/return?format=xlsx&districtCode=${d}&period=${monthSelect.value}`).catch(e => showError(message, e)) }, 'XLSX'),
        el('button', { type: 'button', onclick: () => download(`exports/return?format=csv&districtCode=${d}&period=${monthSelect.value}`).catch(e => showError(message, e)) }, 'CSV')));
  } catch (err) {
    showError(message, err);
  }
}

async function submit() {
  try {
    await api(`returns/${districtSelect.value}/${monthSelect.value}/transitions`, { method: 'POST', body: { action: 'SUBMIT' } });
    showOk(message, t('district.submitted'));
    loadReturn();
  } catch (err) {
    showError(message, err);
  }
}

async function loadWarnings() {
  const { from, to } = range();
  const box = document.getElementById('warnings');
  try {
    const page = await api(`warnings?districtCode=${districtSelect.value}&from=${from}&to=${to}&confirmed=false&size=200`);
    if (page.items.length === 0) {
      box.replaceChildren(el('p', { class: 'muted', id: 'no-warnings' }, t('district.nowarnings')));
      return;
    }
    box.replaceChildren(el('table', { id: 'warnings-table' }, el('tr', {}, el('th', {}, t('col.day')), el('th', {}, t('col.message')), el('th', {})),
      ...page.items.map(w => {
        const input = el('input', { placeholder: t('district.comment'), 'aria-label': t('district.comment'), class: 'comment' });
        return el('tr', { 'data-id': w.id }, el('td', {}, date(w.day)), el('td', {}, w.message),
          el('td', {}, input, el('button', { type: 'button', class: 'confirm', onclick: async () => {
            try {
              await api(`warnings/${w.id}/confirmation`, { method: 'POST', body: { comment: input.value } });
              showOk(message, t('district.confirmed'));
              loadWarnings();
              loadReturn();
            } catch (err) {
              showError(message, err);
            }
          } }, t('district.confirm'))));
      })));
  } catch (err) {
    showError(message, err);
  }
}

async function loadCompleteness(page = 0) {
  const { from, to } = range();
  const box = document.getElementById('completeness');
  const size = 50;
  try {
    const b = await api(`completeness?districtCode=${districtSelect.value}&from=${from}&to=${to}&page=${page}&size=${size}`);
    const first = page * size;
    const pager = b.missingPoints > b.points.length ? el('p', { id: 'complete-pager' },
      t('district.missingPage', b.points.length ? first + 1 : 0, first + b.points.length, b.missingPoints), ' ',
      el('button', { type: 'button', disabled: page === 0 ? '' : null, onclick: () => loadCompleteness(page - 1) }, t('pager.prev')), ' ',
      el('button', { type: 'button', disabled: first + b.points.length >= b.missingPoints ? '' : null, onclick: () => loadCompleteness(page + 1) }, t('pager.next')))
      : '';
    box.replaceChildren(
      el('p', { id: 'complete-summary' }, t('district.complete', b.activePoints, b.completePoints)),
      el('table', {}, el('tr', {}, el('th', {}, t('col.point')), el('th', { class: 'num' }, t('col.days'))),
        ...b.points.map(p => el('tr', {}, el('td', {}, `${p.pointCode} ${p.name}`), el('td', { class: 'num' }, num(p.daysWithoutEntries.length, 0))))),
      pager,
      el('h2', {}, t('district.silent')),
      el('table', {}, el('tr', {}, el('th', {}, t('col.facility')), el('th', { class: 'num' }, t('col.days'))),
        ...b.facilities.map(f => el('tr', {}, el('td', {}, `${f.facilityCode} ${f.name}`), el('td', { class: 'num' }, num(f.daysWithoutRecords.length, 0))))),
      el('p', {}, el('button', { type: 'button', onclick: () => download(`exports/completeness?format=xlsx&districtCode=${districtSelect.value}&from=${from}&to=${to}`).catch(e => showError(message, e)) }, 'XLSX')));
  } catch (err) {
    showError(message, err);
  }
}

init().catch(err => showError(message, err));

import { ApiError, api, cityToday, download, hideMessage, imageData, requireSession, showError, showOk, showProblem } from './api.js';
import { date, districtName, lang, num, pct, t, time, yuan } from './i18n.js';
import { el, frame } from './page.js';
import { photoPicker } from './photos.js';

const s = requireSession();
const districtSelect = document.getElementById('district');
const monthSelect = document.getElementById('month');
const message = document.getElementById('message');
let districts = [];

function lastMonths(n) {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i - 1, 1)).toISOString().slice(0, 7));
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
const range = () => monthRange(monthSelect.value);

async function init() {
  const all = await api('districts?size=100');
  districts = s.me.roles.includes('BUREAU') || s.me.roles.includes('ADMIN') ? all.items : all.items.filter(d => s.me.scope.districts.includes(d.code));
  districtSelect.addEventListener('change', async () => { loadQuality(); await fillMonths(); load(); });
  monthSelect.addEventListener('change', load);
  qMonth.addEventListener('change', loadStandard);
  fillDistricts();
  fillQualityMonths();
  await fillMonths();
  frame(() => { fillDistricts(); load(); loadQuality(); });
}

function fillDistricts() {
  const chosen = districtSelect.value;
  districtSelect.replaceChildren(...districts.map(d => el('option', { value: d.code }, `${d.code} ${lang() === 'en' ? d.nameEn : d.nameZh}`)));
  if (chosen) districtSelect.value = chosen;
}

/** The last six months, none before the district's first data: a month without records has no return to make. */
async function fillMonths() {
  const list = lastMonths(6);
  let shown = list;
  try {
    const trend = await api(`indicators/trend?scope=${districtSelect.value}&from=${monthRange(list[list.length - 1]).from}&to=${monthRange(list[0]).to}&step=MONTH`);
    const withData = new Set(trend.items.filter(a => Number(a.resourceUtilisation.components.collectedKg) > 0 || Number(a.recoveryRate.numeratorKg) > 0)
      .map(a => a.from.slice(0, 7)));
    const first = [...withData].sort()[0];
    shown = first ? list.filter(m => m >= first) : [];
  } catch (err) {
    showError(message, err);
  }
  const chosen = monthSelect.value;
  monthSelect.replaceChildren(...shown.map(m => el('option', { value: m }, m)));
  if (shown.includes(chosen)) monthSelect.value = chosen;
  document.getElementById('no-months').hidden = shown.length > 0;
}

async function load() {
  if (!districtSelect.value || !monthSelect.value) {
    for (const id of ['return', 'warnings', 'completeness', 'charges-summary', 'producer-charges', 'community-charges', 'compensation']) {
      document.getElementById(id).replaceChildren();
    }
    return;
  }
  hideMessage(message);
  await Promise.all([loadReturn(), loadWarnings(), loadCompleteness(), loadCharges(), loadCompensation()]);
}

/** Why the officer cannot submit now, in words, or null when they can. */
function blockedBecause(r) {
  if (!s.me.roles.includes('DISTRICT_OFFICER')) return t('district.why.role');
  if (r.status !== 'DRAFT') return t('district.why.status', t('status.' + r.status));
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  if (today <= r.to) return t('district.why.open', date(r.to));
  if (r.openWarnings > 0) return t('district.why.warnings', r.openWarnings);
  return null;
}

async function loadReturn() {
  const d = districtSelect.value;
  const box = document.getElementById('return');
  try {
    const r = await api(`returns/${d}/${monthSelect.value}`);
    const figures = r.signed ? r.signed.figures : await api(`indicators?scope=${d}&from=${r.from}&to=${r.to}`);
    const why = blockedBecause(r);
    const rates = [['ind.coverage', figures.coverage], ['ind.recovery', figures.recoveryRate], ['ind.resource', figures.resourceUtilisation],
      ['ind.harmless', figures.harmlessTreatment]];
    box.replaceChildren(
      el('p', {}, el('span', { class: 'badge ' + r.status, id: 'return-status' }, t('status.' + r.status)), ' ',
        r.late ? el('span', { class: 'badge late' }, t('district.late')) : '', ' ',
        el('span', { class: 'muted' }, `${t('col.due')} ${date(r.dueDate)} · ${t('col.warnings')} ${r.openWarnings}`)),
      el('table', { id: 'return-rates' }, el('tr', {}, el('th', { scope: 'col' }, t('district.indicator')), el('th', { class: 'num', scope: 'col' }, t('district.rate')),
        el('th', { class: 'num', scope: 'col' }, t('district.target')), el('th', { class: 'num', scope: 'col' }, t('col.gap'))),
        ...rates.map(([k, v]) => {
          const target = v.target ?? null;
          const gap = v.rate === null || v.rate === undefined || target === null ? null : v.rate - target;
          return el('tr', { 'data-rate': k }, el('th', { scope: 'row' }, t(k)), el('td', { class: 'num' }, pct(v.rate)),
            el('td', { class: 'num' }, target === null ? '—' : pct(target)),
            el('td', { class: 'num ' + (gap === null ? '' : gap >= 0 ? 'met' : 'short') }, gap === null ? '—' : (gap >= 0 ? '+' : '') + num(gap, 2)));
        })),
      el('div', { class: 'row' },
        el('button', { type: 'button', class: 'primary', id: 'submit-return', disabled: why ? '' : null,
          'aria-describedby': why ? 'submit-why' : null, onclick: submit }, t('district.submit')),
        el('button', { type: 'button', onclick: () => download(`exports/return?format=xlsx&districtCode=${d}&period=${monthSelect.value}`).catch(e => showError(message, e)) }, 'XLSX'),
        el('button', { type: 'button', onclick: () => download(`exports/return?format=csv&districtCode=${d}&period=${monthSelect.value}`).catch(e => showError(message, e)) }, 'CSV')),
      why ? el('p', { class: 'why', id: 'submit-why' }, why) : '',
      el('div', { id: 'return-message', class: 'message', hidden: '', 'aria-live': 'polite' }));
  } catch (err) {
    showError(message, err);
  }
}

async function submit() {
  const box = document.getElementById('return-message');
  try {
    await api(`returns/${districtSelect.value}/${monthSelect.value}/transitions`, { method: 'POST', body: { action: 'SUBMIT' } });
    await loadReturn();
    showOk(document.getElementById('return-message'), t('district.submitted'));
  } catch (err) {
    showError(box, err);
  }
}

// ---- warnings: a delivery's manifests together, each with its own weights; confirm one or all with one comment
async function loadWarnings() {
  const { from, to } = range();
  const box = document.getElementById('warnings');
  try {
    const [page, delivered] = await Promise.all([
      api(`warnings?districtCode=${districtSelect.value}&from=${from}&to=${to}&confirmed=false&size=1000`),
      api(`kitchen-waste/manifests?status=DELIVERED&districtCode=${districtSelect.value}&from=${shift(from, -3)}&to=${to}&size=1000`).catch(() => ({ items: [] }))]);
    if (page.items.length === 0) {
      box.replaceChildren(el('p', { class: 'muted', id: 'no-warnings' }, t('district.nowarnings')));
      return;
    }
    const manifests = Object.fromEntries(delivered.items.map(m => [m.manifestNo, m]));
    const groups = new Map();
    for (const w of page.items) {
      const m = w.kind === 'MANIFEST_DISCREPANCY' ? manifests[w.recordRef.replace(/^manifest /, '')] : null;
      const key = m ? 'delivery:' + m.deliveryNo : 'kind:' + w.kind;
      if (!groups.has(key)) groups.set(key, { m, items: [] });
      groups.get(key).items.push({ w, m });
    }
    const comment = el('input', { id: 'confirm-all-comment', autocomplete: 'off' });
    const allMessage = el('div', { id: 'warnings-message', class: 'message', hidden: '', 'aria-live': 'polite' });
    box.replaceChildren(
      el('div', { class: 'group', id: 'confirm-all-box' },
        el('label', { for: 'confirm-all-comment' }, t('district.commentAll', page.items.length)), comment,
        el('p', {}, el('button', { type: 'button', class: 'primary', id: 'confirm-all', onclick: () => confirmAll(page.items, comment, allMessage) },
          t('district.confirmAll', page.items.length))), allMessage),
      ...[...groups.entries()].map(([key, g]) => el('div', { class: 'group', 'data-group': key },
        el('h3', {}, key.startsWith('delivery:')
          ? t('district.delivery', g.m.deliveryNo, g.m.facilityCode, kg(g.m.discrepancyKg))
          : t('warning.' + key.slice(5)) + ` (${g.items.length})`),
        el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'warnings-table' }, el('tr', {}, el('th', { scope: 'col' }, t('col.day')),
          el('th', { scope: 'col' }, t('col.message')), el('th', { scope: 'col' }, t('district.confirm'))),
        ...g.items.map(({ w, m }) => {
          const id = 'comment-' + w.id;
          const input = el('input', { id, class: 'comment', autocomplete: 'off' });
          const text = m ? t('district.manifestLine', m.manifestNo, kg(m.weightKg), kg(m.deliveredKg), kg(Number(m.deliveredKg) - Number(m.weightKg))) : w.message;
          return el('tr', { 'data-id': w.id }, el('td', {}, date(w.day)), el('td', {}, text),
            el('td', {}, el('label', { for: id, class: 'visually-hidden' }, t('district.comment')), input,
              el('button', { type: 'button', class: 'confirm', onclick: async () => {
                try {
                  await api(`warnings/${w.id}/confirmation`, { method: 'POST', body: { comment: input.value } });
                  await Promise.all([loadWarnings(), loadReturn()]);
                  showOk(document.getElementById('warnings-message') || message, t('district.confirmed'));
                } catch (err) {
                  showError(allMessage, err, { comment: id });
                }
              } }, t('district.confirm'))));
        }))))));
  } catch (err) {
    showError(message, err);
  }
}

function shift(day, n) { return new Date(Date.parse(day + 'T00:00:00Z') + n * 86400000).toISOString().slice(0, 10); }

function kg(v) { return v === null || v === undefined ? '—' : num(v) + ' kg'; }

async function confirmAll(items, comment, box) {
  if (comment.value.trim() === '') { showProblem(box, t('district.commentNeeded'), 'confirm-all-comment'); comment.focus(); return; }
  const button = document.getElementById('confirm-all');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  let done = 0;
  try {
    for (const w of items) {
      await api(`warnings/${w.id}/confirmation`, { method: 'POST', body: { comment: comment.value.trim() } });
      done++;
    }
    await Promise.all([loadWarnings(), loadReturn()]);
    showOk(document.getElementById('return-message') || message, t('district.confirmedAll', done));
  } catch (err) {
    showError(box, err, { comment: 'confirm-all-comment' });
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

function days(list) {
  return list.map(d => d.slice(5)).join(', ');
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
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'missing-points' }, el('tr', {}, el('th', { scope: 'col' }, t('col.point')),
        el('th', { class: 'num', scope: 'col' }, t('col.days')), el('th', { scope: 'col' }, t('district.missingDates'))),
        ...b.points.map(p => el('tr', {}, el('td', { 'data-point': p.pointCode }, `${p.pointCode} ${p.name}`), el('td', { class: 'num' }, num(p.daysWithoutEntries.length, 0)),
          el('td', { class: 'dates' }, days(p.daysWithoutEntries)))))),
      pager,
      el('h3', {}, t('district.silent')),
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'missing-facilities' }, el('tr', {}, el('th', { scope: 'col' }, t('col.facility')),
        el('th', { class: 'num', scope: 'col' }, t('col.days')), el('th', { scope: 'col' }, t('district.missingDates'))),
        ...b.facilities.map(f => el('tr', {}, el('td', {}, `${f.facilityCode} ${f.name}`), el('td', { class: 'num' }, num(f.daysWithoutRecords.length, 0)),
          el('td', { class: 'dates' }, days(f.daysWithoutRecords)))))),
      el('p', {}, el('button', { type: 'button', onclick: () => download(`exports/completeness?format=xlsx&districtCode=${districtSelect.value}&from=${from}&to=${to}`).catch(e => showError(message, e)) }, 'XLSX')));
  } catch (err) {
    showError(message, err);
  }
}

// ---- quality of sorting (issue 18): each community's 达标 status, open rectifications with the officer's completion, refusals
const qMonth = document.getElementById('q-month');
const qMessage = document.getElementById('quality-message');
let communityNames = {};
let namesOf = null;

/** This month (so far) and the five before it: inspections of the month under way count too. */
function fillQualityMonths() {
  const now = cityToday().slice(0, 7);
  const [y, m] = now.split('-').map(Number);
  const list = Array.from({ length: 6 }, (_, i) => new Date(Date.UTC(y, m - 1 - i, 1)).toISOString().slice(0, 7));
  qMonth.replaceChildren(...list.map(x => el('option', { value: x }, x)));
}

async function names() {
  const d = districtSelect.value;
  if (namesOf !== d) {
    namesOf = d;
    const page = await api(`communities?districtCode=${d}&size=1000`);
    communityNames = Object.fromEntries(page.items.map(c => [c.code, c.name]));
  }
}
const communityLabel = code => (communityNames[code] ? `${code} ${communityNames[code]}` : code);

function loadQuality() {
  if (!districtSelect.value) return;
  hideMessage(qMessage);
  loadStandard();
  loadRectifications();
  loadRefusals();
}

const STANDARD = { true: 'quality.standard', false: 'quality.notStandard', null: 'quality.unknown' };

async function loadStandard() {
  const box = document.getElementById('standard');
  const month = qMonth.value;
  const { from, to: end } = monthRange(month);
  const today = cityToday();
  const to = end > today ? today : end;
  try {
    const [page] = await Promise.all([api(`communities/standard?scope=${districtSelect.value}&from=${from}&to=${to}`), names()]);
    const items = page.items;
    const standard = items.filter(v => v.standard === true).length;
    const inspected = items.filter(v => v.standard !== null).length;
    box.replaceChildren(
      el('p', { id: 'standard-summary' }, t('quality.summary', num(standard, 0), num(inspected, 0), num(items.length, 0), date(from), date(to))),
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'standard-table' },
        el('tr', {}, el('th', { scope: 'col' }, t('col.community')), el('th', { scope: 'col' }, t('quality.status')),
          el('th', { class: 'num', scope: 'col' }, t('quality.inspections')), el('th', { class: 'num', scope: 'col' }, t('quality.lastScore')),
          el('th', { scope: 'col' }, t('col.reason')), el('th', { scope: 'col' }, t('quality.contamination'))),
        ...items.map(v => el('tr', { 'data-community': v.communityCode, 'data-standard': String(v.standard) },
          el('td', {}, communityLabel(v.communityCode)),
          el('td', {}, el('span', { class: 'badge standard-' + String(v.standard) }, t(STANDARD[String(v.standard)]))),
          el('td', { class: 'num' }, v.inspections ? el('button', { type: 'button', class: 'link inspections', 'aria-controls': 'inspections-drill',
            'aria-label': t('quality.showInspections', num(v.inspections, 0), v.communityCode),
            onclick: () => openInspections(v.communityCode, from, to) }, num(v.inspections, 0))
            : num(0, 0)),
          el('td', { class: 'num' }, v.lastScore == null ? '—' : num(v.lastScore)),
          el('td', {}, t('standard.' + v.reason)),
          el('td', {}, contamination(v)))))),
      el('div', { id: 'inspections-drill', hidden: '' }));
  } catch (err) {
    box.replaceChildren();
    showError(qMessage, err);
  }
}

let inspectionsOpen = null;
/** The latest inspections of a community shown at once: a month holds a few; more are said, not hidden. */
const INSPECTIONS_SHOWN = 50;
const rubricItems = {};

/** The item names of a rubric version (the bureau's words, as the inspector's page shows them), read once. */
async function itemNames(code) {
  if (!rubricItems[code]) {
    rubricItems[code] = api(`inspection-rubrics/${encodeURIComponent(code)}`)
      .then(r => Object.fromEntries(r.items.map(i => [i.code, i.name])), () => ({}));
  }
  return rubricItems[code];
}

/**
 * The inspections behind a community's verdict in the period, newest first (the latest decides): when, by whom, the rubric,
 * the score against the pass score, the vetoes, the comment and the photos. Focus moves to its heading; back returns it.
 */
async function openInspections(community, from, to) {
  const box = document.getElementById('inspections-drill');
  const mine = { community };
  inspectionsOpen = mine;
  try {
    const page = await api(`inspections?communityCode=${encodeURIComponent(community)}&from=${from}&to=${to}&size=${INSPECTIONS_SHOWN}`);
    const names = Object.assign({}, ...await Promise.all([...new Set(page.items.map(i => i.rubricCode))].map(itemNames)));
    if (inspectionsOpen !== mine) return; // another community was asked for meanwhile
    const heading = el('h3', { id: 'inspections-title', tabindex: '-1' }, t('quality.inspectionsOf', communityLabel(community), date(from), date(to)));
    const back = el('button', { type: 'button', class: 'link', id: 'inspections-close', onclick: () => {
      box.hidden = true;
      inspectionsOpen = null;
      document.querySelector(`#standard-table tr[data-community="${CSS.escape(community)}"] button.inspections`)?.focus();
    } }, t('quality.closeInspections'));
    box.replaceChildren(heading, page.total > page.items.length ? el('p', { class: 'muted' }, t('quality.latestOf', num(page.items.length, 0), num(page.total, 0))) : '',
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'inspections-table' },
      el('tr', {}, el('th', { scope: 'col' }, t('quality.inspectedAt')), el('th', { scope: 'col' }, t('quality.inspector')),
        el('th', { scope: 'col' }, t('quality.rubric')), el('th', { class: 'num', scope: 'col' }, t('quality.score')),
        el('th', { scope: 'col' }, t('quality.result')), el('th', { scope: 'col' }, t('quality.comment')), el('th', { scope: 'col' }, t('quality.photos'))),
      ...page.items.map(i => el('tr', { 'data-inspection': String(i.id), 'data-passed': String(i.passed) },
        el('td', {}, `${date(i.inspectedAt)} ${time(i.inspectedAt)}`), el('td', { translate: 'no' }, i.inspectedBy),
        el('td', { translate: 'no' }, i.rubricCode), el('td', { class: 'num' }, `${num(i.totalScore)} / ${num(i.passScore)}`),
        el('td', {}, el('span', { class: 'badge standard-' + String(i.passed) }, t(i.passed ? 'quality.passed' : 'quality.failed')),
          ...(i.vetoes.length ? [' ', t('quality.vetoes', ''), ...i.vetoes.flatMap((v, n) => [n ? t('list.separator') : '',
            el('span', { translate: 'no', 'data-veto': v }, names[v] || v)])] : [])),
        el('td', {}, i.comment || '—'),
        el('td', {}, i.photoIds.length ? el('ul', { class: 'photos' }, ...i.photoIds.map(photo)) : '—'))))), back);
    box.hidden = false;
    heading.focus();
  } catch (err) {
    showError(qMessage, err);
  }
}

/** A photo of an inspection, read with the user's credentials and shown small. */
function photo(id) {
  const img = el('img', { alt: t('quality.photoN', id), 'data-photo': String(id), width: '96', height: '72' });
  imageData(`photos/${id}`).then(src => { img.src = src; }, () => { img.alt = t('quality.photoMissing', id); });
  return el('li', {}, img);
}

function contamination(v) {
  const parts = [];
  if (v.refusals) parts.push(t('quality.refusalsN', v.refusals));
  if (v.repeatedRefusals) parts.push(el('span', { class: 'badge repeat' }, t('quality.repeatsN', v.repeatedRefusals)));
  if (v.rejections) parts.push(t('quality.rejectionsN', v.rejections, num(v.rejectedKg)));
  if (parts.length === 0) return '—';
  return el('span', {}, ...parts.flatMap((p, i) => (i ? [' · ', p] : [p])));
}

async function loadRectifications() {
  const box = document.getElementById('rectifications');
  const d = districtSelect.value;
  try {
    const [open, completed] = await Promise.all([api(`rectifications?districtCode=${d}&status=OPEN&size=200`),
      api(`rectifications?districtCode=${d}&status=COMPLETED&size=200`), names()]);
    const items = [...open.items, ...completed.items].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    if (items.length === 0) {
      box.replaceChildren(el('p', { class: 'muted', id: 'no-rectifications' }, t('quality.noRectifications')));
      return;
    }
    const officer = s.me.roles.includes('DISTRICT_OFFICER');
    const overdue = items.filter(r => r.overdue).length;
    box.replaceChildren(el('p', { class: 'muted' }, t('quality.rectSummary', items.length, overdue)),
      el('ul', { class: 'cards-list', id: 'rectification-list' }, ...items.map(r => el('li', { class: r.overdue ? 'overdue' : '', 'data-rectification': r.id },
        el('div', { class: 'head' }, el('span', {}, `#${r.id} ${communityLabel(r.communityCode)}`),
          el('span', {}, r.overdue ? el('span', { class: 'badge late' }, t('quality.overdue')) : '', ' ',
            el('span', { class: 'badge ' + (r.status === 'OPEN' ? 'SUBMITTED' : 'APPROVED') }, t('rect.' + r.status)))),
        el('div', {}, t('quality.rectDates', date(r.openedOn), date(r.dueDate), r.openedByInspection)),
        r.status === 'COMPLETED' ? el('div', { class: 'muted' }, t('quality.completedBy', r.completedBy, date(r.completedAt), r.comment || '')) : '',
        r.status === 'OPEN' && officer ? completionForm(r) : ''))));
  } catch (err) {
    box.replaceChildren();
    showError(qMessage, err);
  }
}

/** The officer's record of what the community did: a comment and photos; pressed again after a lost answer, it is done once. */
function completionForm(r) {
  const id = r.id;
  const comment = el('textarea', { id: `rect-comment-${id}`, rows: '2', maxlength: '1000' });
  const input = el('input', { id: `rect-photo-${id}`, type: 'file', accept: 'image/*', capture: 'environment', multiple: '' });
  const list = el('ul', { class: 'photos', id: `rect-photos-${id}` });
  const msg = el('div', { class: 'message', hidden: '', id: `rect-message-${id}`, 'aria-live': 'polite' });
  const picker = photoPicker(input, list);
  const button = el('button', { type: 'submit', class: 'primary', id: `rect-submit-${id}` }, t('quality.complete'));
  const form = el('form', { class: 'completion', novalidate: '', 'data-rectification': id },
    el('label', { for: comment.id }, t('quality.completionComment')), comment,
    el('label', { for: input.id }, t('quality.completionPhotos')), input, list,
    el('p', {}, button), msg);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    hideMessage(msg);
    if (comment.value.trim() === '') { showProblem(msg, t('quality.commentNeeded'), comment.id); comment.focus(); return; }
    if (picker.waiting()) { showProblem(msg, t('inspector.photosWaiting'), input.id); return; }
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await api(`rectifications/${id}/completion`, { method: 'POST', body: { comment: comment.value.trim(), photoIds: picker.ids() } });
      done();
    } catch (err) {
      // the first press went through and its answer was lost: completed by this officer already, so it is done
      if (err instanceof ApiError && err.status === 409) {
        const now = await api(`rectifications/${id}`).catch(() => null);
        if (now && now.status === 'COMPLETED' && now.completedBy === s.username) { done(); return; }
      }
      showError(msg, err, { comment: comment.id });
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
  const done = async () => {
    await Promise.all([loadRectifications(), loadStandard()]);
    showOk(qMessage, t('quality.completed', `#${id} ${communityLabel(r.communityCode)}`));
  };
  return form;
}

async function loadRefusals() {
  const box = document.getElementById('refusals');
  try {
    const [page] = await Promise.all([api(`kitchen-waste/refusals?districtCode=${districtSelect.value}&status=OPEN&size=200`), names()]);
    if (page.items.length === 0) {
      box.replaceChildren(el('p', { class: 'muted', id: 'no-refusals' }, t('quality.noRefusals')));
      return;
    }
    const repeated = page.items.filter(r => r.repeated).length;
    box.replaceChildren(el('p', { class: 'muted' }, t('quality.refusalSummary', page.items.length, repeated)),
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'refusals-table' },
        el('tr', {}, el('th', { scope: 'col' }, t('col.point')), el('th', { scope: 'col' }, t('quality.refusedAt')),
          el('th', { scope: 'col' }, t('col.reason')), el('th', { scope: 'col' }, t('col.due')), el('th', { scope: 'col' }, t('col.status'))),
        ...page.items.map(r => el('tr', { 'data-refusal': r.id, class: r.overdue ? 'overdue' : '' },
          el('td', {}, r.sourcePointCode, el('div', { class: 'muted' }, r.haulerCode)),
          el('td', {}, `${date(r.refusedAt)} ${time(r.refusedAt)}`), el('td', {}, r.reason),
          el('td', {}, date(r.dueDate), r.overdue ? el('span', { class: 'badge late' }, ' ' + t('quality.overdue')) : ''),
          el('td', {}, r.repeated ? el('span', { class: 'badge repeat', title: r.repeatReason || '' }, t('quality.repeated')) : t('quality.firstNotice')))))));
  } catch (err) {
    box.replaceChildren();
    showError(qMessage, err);
  }
}

// ---- charges and compensation (issue 19): the month's statements of the district, frozen with its return; what it pays and receives
const chargesMessage = document.getElementById('charges-message');
const compMessage = document.getElementById('compensation-message');
const CHARGES_PAGE = 20;
const PICKUPS_PAGE = 50;
let facilityByCode = null;
/** The producer whose statement is open, kept across a change of language (and closed by a change of district or month). */
let statementOpen = null;
/** The compensation line whose records are open. */
let recordsOpen = null;
let chargesOf = null;

/** An answer for a district or month the user has left meanwhile is dropped: a later call draws the chosen one. */
const stale = (d, period) => d !== districtSelect.value || period !== monthSelect.value;
const kgExact = v => (v === null || v === undefined ? '—' : num(v, 3) + ' kg');
const districtLabel = code => { const d = districts.find(x => x.code === code); return d ? `${code} ${districtName(d)}` : code; };
/** A code and the registry's name (Chinese only, a proper name: translate="no", docs/pages.md "Names in English"). */
const named = (code, name) => el('span', {}, code, name ? ' ' : '', name ? el('span', { translate: 'no' }, name) : '');
const facilityNamed = code => named(code, facilityByCode && facilityByCode[code] ? facilityByCode[code].name : '');

async function facilities() {
  if (!facilityByCode) {
    const page = await api('facilities?size=1000').catch(() => ({ items: [] }));
    facilityByCode = Object.fromEntries(page.items.map(f => [f.code, f]));
  }
}

function pager(id, page, size, shown, total, go) {
  if (total <= size && page === 0) return '';
  const first = page * size;
  return el('p', { id, class: 'pager' }, t('charges.page', num(shown ? first + 1 : 0, 0), num(first + shown, 0), num(total, 0)), ' ',
    el('button', { type: 'button', class: 'prev', disabled: page === 0 ? '' : null, onclick: () => go(page - 1) }, t('pager.prev')), ' ',
    el('button', { type: 'button', class: 'next', disabled: first + shown >= total ? '' : null, onclick: () => go(page + 1) }, t('pager.next')));
}

function frozenBadge(x) {
  return x.frozen
    ? el('span', { class: 'badge LOCKED frozen', title: t('charges.frozenHelp') }, t('charges.frozen', x.version ?? ''))
    : el('span', { class: 'badge DRAFT live' }, t('charges.live'));
}

function tierText(l) {
  if (l.tier === null || l.tier === undefined) return t('tier.none');
  return l.tier === 0 ? t('tier.0') : t('tier.n', l.tier);
}

function priceText(l) {
  if (l.priceYuan === null || l.priceYuan === undefined) return '—';
  const p = num(l.priceYuan, 2);
  return l.households !== null && l.households !== undefined ? t('charges.perHousehold', p) : t('charges.perTonne', p);
}

/** What a line charges: kilograms, or households × days for a per-household price. */
function quantityText(l) {
  if (l.households !== null && l.households !== undefined) return t('charges.householdDays', num(l.households, 0), num(l.days, 0));
  return kgExact(l.weightKg);
}

/** A statement's lines: category, tariff, tier, kilograms (or households × days), price, amount; the total at the foot. */
function linesTable(id, statement, withQuota) {
  const head = [t('col.category'), t('col.tariff'), t('col.tier'), t('col.kg'), ...(withQuota ? [t('col.quota')] : []), t('col.price'), t('col.amount')];
  const numeric = new Set([t('col.kg'), t('col.quota'), t('col.price'), t('col.amount')]);
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', { id, class: 'charge-lines' },
    el('thead', {}, el('tr', {}, ...head.map(h => el('th', { scope: 'col', class: numeric.has(h) ? 'num' : null }, h)))),
    el('tbody', {}, ...statement.lines.map(l => el('tr', { 'data-tier': l.tier ?? '', 'data-tariff': l.tariffCode ?? '' },
      el('td', {}, t('cat.' + l.category)), el('td', { translate: 'no' }, l.tariffCode || '—'), el('td', {}, tierText(l)),
      el('td', { class: 'num' }, quantityText(l)), ...(withQuota ? [el('td', { class: 'num' }, kgExact(l.quotaKg))] : []),
      el('td', { class: 'num' }, priceText(l)), el('td', { class: 'num amount' }, yuan(l.amountYuan))))),
    el('tfoot', {}, el('tr', { class: 'total' }, el('th', { scope: 'row', colspan: String(head.length - 1) }, t('col.total')),
      el('td', { class: 'num statement-total' }, yuan(statement.totalYuan))))));
}

function loadCharges() {
  const key = `${districtSelect.value} ${monthSelect.value}`;
  if (chargesOf !== key) { chargesOf = key; statementOpen = null; producerPage = 0; communityPage = 0; }
  hideMessage(chargesMessage);
  return Promise.all([loadChargesSummary(), loadProducerCharges(producerPage), loadCommunityCharges(communityPage)]).then(() => {
    if (statementOpen) openStatement(statementOpen, false);
    else document.getElementById('producer-statement').hidden = true;
  });
}
let producerPage = 0;
let communityPage = 0;

/** The district's month: total, residential, non-residential, frozen (with the lock's version) or live; the CSV of every line. */
async function loadChargesSummary() {
  const d = districtSelect.value;
  const period = monthSelect.value;
  const box = document.getElementById('charges-summary');
  try {
    const all = await api(`charges/districts?period=${period}&districtCode=${d}`);
    if (stale(d, period)) return;
    const c = all.items.find(x => x.districtCode === d);
    if (!c) { box.replaceChildren(el('p', { class: 'muted' }, t('charges.none'))); return; }
    box.replaceChildren(
      el('p', { id: 'charges-state' }, frozenBadge(c)),
      el('table', { id: 'charges-district', 'data-district': d },
        el('tr', { 'data-kind': 'total', class: 'total' }, el('th', { scope: 'row' }, t('charges.total')), el('td', { class: 'num' }, yuan(c.totalYuan))),
        el('tr', { 'data-kind': 'residential' }, el('th', { scope: 'row' }, t('charges.residential')), el('td', { class: 'num' }, yuan(c.residentialYuan))),
        el('tr', { 'data-kind': 'nonResidential' }, el('th', { scope: 'row' }, t('charges.nonResidential')), el('td', { class: 'num' }, yuan(c.nonResidentialYuan)))),
      el('p', {}, el('button', { type: 'button', id: 'charges-export', onclick: () => download(`charges/export?districtCode=${d}&period=${period}`)
        .catch(e => showError(chargesMessage, e)) }, t('charges.export')), ' ',
        el('button', { type: 'button', id: 'charges-export-xlsx', onclick: () => download(`charges/export?districtCode=${d}&period=${period}&format=xlsx`)
          .catch(e => showError(chargesMessage, e)) }, t('charges.exportXlsx'))));
  } catch (err) {
    box.replaceChildren();
    showError(chargesMessage, err);
  }
}

/** The producers' statements, paged as the API pages them: weighed, total, above the quota or not; each opens its statement. */
async function loadProducerCharges(page = 0) {
  producerPage = page;
  const d = districtSelect.value;
  const box = document.getElementById('producer-charges');
  try {
    const period = monthSelect.value;
    const list = await api(`charges/producers?districtCode=${d}&period=${period}&page=${page}&size=${CHARGES_PAGE}`);
    if (stale(d, period)) return;
    if (list.total === 0) { box.replaceChildren(el('p', { class: 'muted', id: 'no-producers' }, t('charges.noProducers'))); return; }
    box.replaceChildren(
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'producer-charges-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col.producer')), el('th', { class: 'num', scope: 'col' }, t('col.weighed')),
          el('th', { scope: 'col' }, t('col.quota')), el('th', { class: 'num', scope: 'col' }, t('col.total')), el('th', { scope: 'col' }, t('charges.open')))),
        el('tbody', {}, ...list.items.map(p => {
          const weighed = p.lines.reduce((sum, l) => sum + Number(l.weightKg || 0), 0);
          const above = p.lines.some(l => (l.tier ?? 0) > 0);
          return el('tr', { 'data-producer': p.producerCode, 'data-above': String(above) },
            el('th', { scope: 'row' }, named(p.producerCode, p.producerName)), el('td', { class: 'num' }, kgExact(weighed.toFixed(3))),
            el('td', {}, p.lines.length === 0 ? '—' : el('span', { class: 'badge ' + (above ? 'late' : 'LOCKED') }, t(above ? 'charges.aboveQuota' : 'charges.withinQuota'))),
            el('td', { class: 'num' }, yuan(p.totalYuan)),
            el('td', {}, el('button', { type: 'button', class: 'link open-statement', 'aria-controls': 'producer-statement',
              'aria-expanded': String(statementOpen?.code === p.producerCode), 'aria-label': t('charges.openOf', p.producerCode),
              onclick: () => openStatement({ code: p.producerCode, page: 0 }) }, t('charges.open'))));
        })))),
      pager('producers-pager', page, CHARGES_PAGE, list.items.length, list.total, loadProducerCharges));
  } catch (err) {
    box.replaceChildren();
    showError(chargesMessage, err);
  }
}

/** A producer's statement (lines with quota and tiers) and the weighed pickups it charges, paged. */
async function openStatement(what, focus = true) {
  statementOpen = what;
  const box = document.getElementById('producer-statement');
  const title = document.getElementById('statement-title');
  const period = monthSelect.value;
  document.querySelectorAll('#producer-charges-table button.open-statement').forEach(b =>
    b.setAttribute('aria-expanded', String(b.closest('tr').dataset.producer === what.code)));
  try {
    const [st, pickups] = await Promise.all([api(`charges?producerCode=${encodeURIComponent(what.code)}&period=${period}`),
      api(`charges/records?producerCode=${encodeURIComponent(what.code)}&period=${period}&page=${what.page}&size=${PICKUPS_PAGE}`)]);
    if (statementOpen !== what || monthSelect.value !== period) return;
    title.replaceChildren(...t('charges.statementOf', '\u0000', period).split('\u0000').flatMap((part, i) =>
      (i ? [named(st.producerCode, st.producerName), part] : [part])));
    const weighed = st.lines.reduce((sum, l) => sum + Number(l.weightKg || 0), 0);
    document.getElementById('statement-body').replaceChildren(
      el('p', { id: 'statement-state' }, frozenBadge(st)),
      linesTable('statement-lines', st, true),
      el('h4', { id: 'pickups-title' }, t('charges.pickups')),
      pickups.total === 0 ? el('p', { class: 'muted', id: 'no-pickups' }, t('charges.noPickups')) : el('div', { class: 'scroll', tabindex: '0' },
        el('table', { id: 'statement-pickups', 'aria-labelledby': 'pickups-title' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col.manifest')), el('th', { scope: 'col' }, t('col.pickedUpAt')),
            el('th', { class: 'num', scope: 'col' }, t('col.weight')))),
          el('tbody', {}, ...pickups.items.map(r => el('tr', { 'data-manifest': r.manifestNo }, el('td', { translate: 'no' }, r.manifestNo),
            el('td', {}, `${date(r.pickedUpAt)} ${time(r.pickedUpAt)}`), el('td', { class: 'num' }, num(r.weightKg, 3))))))),
      pickups.total > PICKUPS_PAGE || what.page > 0
        ? el('p', { id: 'pickups-pager', class: 'pager' },
          t('charges.pickupsPage', num(pickups.items.length ? what.page * PICKUPS_PAGE + 1 : 0, 0), num(what.page * PICKUPS_PAGE + pickups.items.length, 0),
            num(pickups.total, 0), kgExact(weighed.toFixed(3))), ' ',
          el('button', { type: 'button', class: 'prev', disabled: what.page === 0 ? '' : null, onclick: () => openStatement({ code: what.code, page: what.page - 1 }) }, t('pager.prev')), ' ',
          el('button', { type: 'button', class: 'next', disabled: (what.page + 1) * PICKUPS_PAGE >= pickups.total ? '' : null,
            onclick: () => openStatement({ code: what.code, page: what.page + 1 }) }, t('pager.next')))
        : '',
      el('p', {}, el('button', { type: 'button', id: 'statement-close', onclick: closeStatement }, t('charges.close'))));
    box.dataset.producer = what.code;
    box.hidden = false;
    if (focus) {
      title.focus({ preventScroll: true });
      box.scrollIntoView({ block: 'nearest' });
    }
  } catch (err) {
    showError(chargesMessage, err);
  }
}

function closeStatement() {
  const code = statementOpen?.code;
  statementOpen = null;
  document.getElementById('producer-statement').hidden = true;
  document.querySelectorAll('#producer-charges-table button.open-statement').forEach(b => b.setAttribute('aria-expanded', 'false'));
  const back = code && document.querySelector(`#producer-charges-table tr[data-producer="${CSS.escape(code)}"] button.open-statement`);
  if (back) back.focus();
}

/** The communities' statements, paged as the API pages them: each community a group of lines. */
async function loadCommunityCharges(page = 0) {
  communityPage = page;
  const d = districtSelect.value;
  const box = document.getElementById('community-charges');
  try {
    const period = monthSelect.value;
    const list = await api(`charges/communities?districtCode=${d}&period=${period}&page=${page}&size=${CHARGES_PAGE}`);
    if (stale(d, period)) return;
    if (list.total === 0) { box.replaceChildren(el('p', { class: 'muted', id: 'no-communities' }, t('charges.noCommunities'))); return; }
    const head = [t('col.category'), t('col.tariff'), t('col.tier'), t('col.kg'), t('col.price'), t('col.amount')];
    box.replaceChildren(
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'community-charges-table', class: 'charge-lines' },
        el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', class: i >= 3 ? 'num' : null }, h)))),
        ...list.items.map(c => el('tbody', { 'data-community': c.communityCode },
          el('tr', { class: 'community-head' }, el('th', { scope: 'rowgroup', colspan: '5' }, named(c.communityCode, c.communityName), ' · ',
            t('charges.households', num(c.households, 0)), ' ', c.frozen ? frozenBadge(c) : ''),
          el('td', { class: 'num statement-total' }, yuan(c.totalYuan))),
          ...c.lines.map(l => el('tr', { 'data-tier': l.tier ?? '', 'data-tariff': l.tariffCode ?? '', 'data-category': l.category },
            el('td', {}, t('cat.' + l.category)), el('td', { translate: 'no' }, l.tariffCode || '—'), el('td', {}, tierText(l)),
            el('td', { class: 'num' }, quantityText(l)), el('td', { class: 'num' }, priceText(l)), el('td', { class: 'num amount' }, yuan(l.amountYuan)))))))),
      pager('communities-pager', page, CHARGES_PAGE, list.items.length, list.total, loadCommunityCharges));
  } catch (err) {
    box.replaceChildren();
    showError(chargesMessage, err);
  }
}

/** The district's compensation of the month: owed, received, net; the lines it pays or receives, each opening its records. */
async function loadCompensation() {
  const d = districtSelect.value;
  const period = monthSelect.value;
  const box = document.getElementById('compensation');
  hideMessage(compMessage);
  try {
    const [c] = await Promise.all([api(`compensation?period=${period}`), facilities()]);
    if (stale(d, period)) return;
    const balance = c.districts.find(x => x.districtCode === d) || { districtCode: d, owedYuan: 0, receivedYuan: 0, netYuan: 0 };
    const lines = c.lines.filter(l => l.payerDistrictCode === d || l.hostDistrictCode === d);
    const net = Number(balance.netYuan);
    box.replaceChildren(
      el('table', { id: 'compensation-balance', 'data-district': d },
        el('tr', { 'data-kind': 'owed' }, el('th', { scope: 'row' }, t('comp.owed')), el('td', { class: 'num' }, yuan(balance.owedYuan))),
        el('tr', { 'data-kind': 'received' }, el('th', { scope: 'row' }, t('comp.received')), el('td', { class: 'num' }, yuan(balance.receivedYuan))),
        el('tr', { 'data-kind': 'net', class: 'total' }, el('th', { scope: 'row' }, t('comp.net')),
          el('td', { class: 'num ' + (net < 0 ? 'short' : net > 0 ? 'met' : '') }, yuan(balance.netYuan)))),
      lines.length === 0 ? el('p', { class: 'muted', id: 'no-compensation' }, t('comp.none')) : el('div', { class: 'scroll', tabindex: '0' },
        el('table', { id: 'compensation-lines' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('comp.direction')), el('th', { scope: 'col' }, t('comp.payer')),
            el('th', { scope: 'col' }, t('comp.host')), el('th', { scope: 'col' }, t('col.facility')), el('th', { class: 'num', scope: 'col' }, t('comp.weight')),
            el('th', { class: 'num', scope: 'col' }, t('comp.rate')), el('th', { class: 'num', scope: 'col' }, t('col.amount')),
            el('th', { scope: 'col' }, t('comp.records')))),
          el('tbody', {}, ...lines.map((l, i) => {
            const pays = l.payerDistrictCode === d;
            return el('tr', { 'data-payer': l.payerDistrictCode, 'data-host': l.hostDistrictCode, 'data-facility': l.facilityCode,
              'data-direction': pays ? 'pays' : 'receives' },
            el('td', {}, el('span', { class: 'badge ' + (pays ? 'late' : 'LOCKED') }, t(pays ? 'comp.pays' : 'comp.receives')),
              l.frozen ? el('div', { class: 'muted' }, t('comp.frozenLine', l.version ?? '')) : ''),
            el('td', {}, districtLabel(l.payerDistrictCode)), el('td', {}, districtLabel(l.hostDistrictCode)),
            el('td', {}, facilityNamed(l.facilityCode)), el('td', { class: 'num' }, kgExact(l.weightKg)),
            el('td', { class: 'num' }, t('charges.perTonne', num(l.yuanPerTonne, 2))), el('td', { class: 'num amount' }, yuan(l.amountYuan)),
            el('td', {}, l.records ? el('button', { type: 'button', class: 'link open-records', id: 'comp-records-' + i, 'aria-controls': 'compensation-records',
              'aria-expanded': String(recordsOpen?.key === lineKey(l)), 'aria-label': t('comp.recordsOf', `${l.payerDistrictCode} → ${l.facilityCode}`),
              onclick: () => openRecords(l) }, t('comp.records')) : '—'));
          })))));
    const again = recordsOpen && lines.find(l => lineKey(l) === recordsOpen.key);
    if (again) openRecords(again, false);
    else { recordsOpen = null; document.getElementById('compensation-records').hidden = true; }
  } catch (err) {
    box.replaceChildren();
    showError(compMessage, err);
  }
}

const lineKey = l => `${l.payerDistrictCode}|${l.hostDistrictCode}|${l.facilityCode}`;

/**
 * A line's records: its `records` is the indicators' drill-down of the payer's scope at the line's plant (a path under
 * /api/v1, every page of it read); the receipts at that plant are the line's kilograms (a line frozen before the link named
 * its plant reads the scope's every plant, hence the filter).
 */
async function openRecords(line, focus = true) {
  const mine = { key: lineKey(line) };
  recordsOpen = mine;
  const box = document.getElementById('compensation-records');
  const title = document.getElementById('comp-records-title');
  document.querySelectorAll('#compensation-lines button.open-records').forEach(b => {
    const tr = b.closest('tr');
    b.setAttribute('aria-expanded', String(`${tr.dataset.payer}|${tr.dataset.host}|${tr.dataset.facility}` === mine.key));
  });
  try {
    const path = line.records.replace(/^.*?\/api\/v1\//, '');
    const items = [];
    for (let page = 0; page < 50; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const p = await api(`${path}${sep}page=${page}&size=1000`);
      items.push(...p.items);
      if (items.length >= p.total || p.items.length === 0) break;
    }
    if (recordsOpen !== mine) return;
    const rows = items.filter(r => r.facilityCode === line.facilityCode);
    const counted = rows.reduce((sum, r) => sum + Number(r.countedKg), 0);
    title.replaceChildren(...t('comp.recordsTitle', districtLabel(line.payerDistrictCode), districtLabel(line.hostDistrictCode), '\u0000').split('\u0000')
      .flatMap((part, i) => (i ? [facilityNamed(line.facilityCode), part] : [part])));
    document.getElementById('comp-records-body').replaceChildren(
      el('p', { id: 'comp-records-sum' }, t('comp.recordsSum', num(rows.length, 0), kgExact(counted.toFixed(3)), kgExact(line.weightKg))),
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'comp-records-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col.record')), el('th', { scope: 'col' }, t('col.day')), el('th', { scope: 'col' }, t('col.source')),
          el('th', { class: 'num', scope: 'col' }, t('col.weight')), el('th', { class: 'num', scope: 'col' }, t('col.counted')))),
        el('tbody', {}, ...rows.map(r => el('tr', { 'data-record': `${r.record} ${r.id}` }, el('td', {}, `${t('record.' + r.record)} #${r.id}`), el('td', {}, date(r.day)),
          el('td', {}, r.fromFacilityCode ? facilityNamed(r.fromFacilityCode) : [r.sourceKind ? t('source.' + r.sourceKind) : '', r.sourceDistrictCode ? districtLabel(r.sourceDistrictCode) : ''].filter(Boolean).join(' · ')),
          el('td', { class: 'num' }, num(r.weightKg, 3)), el('td', { class: 'num counted' }, num(r.countedKg, 3))))))));
    box.hidden = false;
    if (focus) {
      title.focus({ preventScroll: true });
      box.scrollIntoView({ block: 'nearest' });
    }
  } catch (err) {
    showError(compMessage, err);
  }
}

init().catch(err => showError(message, err));

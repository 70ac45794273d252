import { ApiError, api, cityNowIso, cityToday, hideMessage, isNetworkError, newClientKey, requireSession, showError, showOk, showProblem }
  from './api.js';
import { date, num, t, time } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const CATEGORIES = ['RECYCLABLE', 'HAZARDOUS', 'KITCHEN', 'RESIDUAL'];
const MATERIALS = {
  RECYCLABLE: [['PAPER', '废纸', 'Paper'], ['PLASTIC', '废塑料', 'Plastic'], ['GLASS', '废玻璃', 'Glass'], ['METAL', '废金属', 'Metal'],
    ['TEXTILE', '废旧纺织物', 'Textiles'], ['E_WASTE', '废弃电器电子产品', 'E-waste'], ['WOOD', '废木材', 'Wood']],
  HAZARDOUS: [['BATTERY', '废电池', 'Batteries'], ['LAMP', '废灯管', 'Lamps'], ['MEDICINE', '废药品', 'Medicines'], ['PAINT', '废油漆', 'Paint'],
    ['PESTICIDE', '废杀虫剂', 'Pesticides']],
  KITCHEN: [['HOUSEHOLD_KITCHEN', '家庭厨余', 'Household kitchen waste']],
};
// GB/T 19095-2019 symbols, drawn simply: the recycling loop, the hazard sign, a fish bone for food waste, a bin for the rest
const SVG = 'http://www.w3.org/2000/svg';
const ICONS = {
  RECYCLABLE: 'M24 6 L31 18 H27 L24 13 L18 23 H22 L16 33 L9 21 H13 Z M34 22 L41 34 H27 V38 L20 31 L27 24 V28 H35 L31 21 Z M14 36 H28 V42 H14 L8 31 L12 29 Z',
  HAZARDOUS: 'M24 5 L44 41 H4 Z M22 17 V30 H26 V17 Z M22 33 V37 H26 V33 Z',
  KITCHEN: 'M6 24 L14 18 V30 Z M14 22 H38 V26 H14 Z M18 16 L22 22 H19 L15 16 Z M26 16 L30 22 H27 L23 16 Z M34 16 L38 22 H35 L31 16 Z M18 32 L22 26 H19 L15 32 Z M26 32 L30 26 H27 L23 32 Z M34 32 L38 26 H35 L31 32 Z M38 18 A6 6 0 1 1 38 30 Z',
  RESIDUAL: 'M10 10 H38 V14 H10 Z M20 6 H28 V10 H20 Z M12 16 H36 L33 42 H15 Z M18 20 V38 H21 V20 Z M27 20 V38 H30 V20 Z',
};
const QUEUE = 'wastenet.queue.' + s.username;
const DECIMAL = /^\d{1,6}([.,]\d{1,3})?$/;

let category = null; // no category is chosen for the worker
let pending = null; // the request sent without an answer: sent again as it was (same client key), so it is stored once
let confirmedBody = null; // the request whose weight the worker confirmed after the second look
const usual = new Map(); // point|category → the usual weight, as the server gave it
let names = {};

const box = document.getElementById('log-message');
const submitButton = document.getElementById('log-submit');
const pointSelect = document.getElementById('point');
const points = s.me.scope.points.slice().sort();
document.getElementById('no-points').hidden = points.length > 0;
submitButton.disabled = points.length === 0;
pointSelect.addEventListener('change', () => { hideMessage(box); prefetchUsual(); loadToday(); });

function icon(c) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 48 48');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICONS[c]);
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}

function fillPoints() {
  const chosen = pointSelect.value;
  pointSelect.replaceChildren(...points.map(p => el('option', { value: p }, names[p] ? `${p} ${names[p]}` : p)));
  if (chosen) pointSelect.value = chosen;
}

function render() {
  fillPoints();
  const tiles = document.getElementById('categories');
  tiles.replaceChildren(...CATEGORIES.map(c => el('button', {
    type: 'button', class: 'tile-cat cat-' + c, id: 'cat-' + c, 'aria-pressed': String(c === category), onclick: () => choose(c),
  }, icon(c), el('span', { class: 'cat-name' }, t('cat.' + c)))));
  fillMaterials();
  showUsual();
  renderQueue();
  loadToday();
}

function fillMaterials() {
  const zh = document.documentElement.lang !== 'en';
  const mats = (category && MATERIALS[category]) || [];
  document.getElementById('material-row').hidden = mats.length === 0;
  document.getElementById('material').replaceChildren(el('option', { value: '' }, '—'),
    ...mats.map(([code, zhName, enName]) => el('option', { value: code }, zh ? zhName : enName)));
}

/** Marks the chosen tile without rebuilding the tiles, so the focus stays where the worker is. */
function choose(c) {
  category = c;
  for (const b of document.querySelectorAll('#categories button')) b.setAttribute('aria-pressed', String(b.id === 'cat-' + c));
  delete document.getElementById('categories').dataset.invalid;
  hideMessage(box);
  fillMaterials();
  prefetchUsual();
}

async function usualFor(point, cat) {
  const key = point + '|' + cat;
  if (!usual.has(key)) usual.set(key, await api(`tonnage-logs/usual?pointCode=${encodeURIComponent(point)}&category=${cat}`));
  return usual.get(key);
}

function prefetchUsual() {
  if (!pointSelect.value || !category) { showUsual(); return; }
  usualFor(pointSelect.value, category).then(showUsual, () => {});
}

function showUsual() {
  const u = category && usual.get(pointSelect.value + '|' + category);
  document.getElementById('usual').textContent = u && u.medianKg != null ? t('station.usual', num(u.medianKg), u.days) : '';
}

async function loadToday() {
  const point = pointSelect.value;
  if (!point) return;
  const today = cityToday();
  const entries = document.getElementById('entries');
  try {
    const page = await api(`tonnage-logs?pointCode=${encodeURIComponent(point)}&from=${today}&to=${today}&size=1000`);
    const totals = {};
    for (const l of page.items) totals[l.category] = (totals[l.category] || 0) + Number(l.weightKg);
    document.getElementById('totals').replaceChildren(...CATEGORIES.map(c =>
      el('tr', {}, el('th', { scope: 'row' }, t('cat.' + c)), el('td', { class: 'num', id: 'total-' + c }, num(totals[c] || 0) + ' kg'))));
    const done = document.getElementById('correct-done');
    if (page.items.length === 0) {
      entries.replaceChildren(...(done ? [done] : []), el('p', { class: 'muted' }, t('station.none')));
      return;
    }
    const table = el('table', { id: 'entries-table' }, el('tr', {}, el('th', { scope: 'col' }, t('col.time')), el('th', { scope: 'col' }, t('col.category')),
      el('th', { class: 'num', scope: 'col' }, t('col.weight')), el('th', { scope: 'col' }, t('col.revision')), el('th', { scope: 'col' }, t('station.correct'))));
    for (const l of page.items.sort((a, b) => b.weighedAt.localeCompare(a.weighedAt))) {
      table.append(el('tr', { 'data-id': l.id }, el('td', {}, time(l.weighedAt)), el('td', {}, t('cat.' + l.category)),
        el('td', { class: 'num' }, num(l.weightKg)), el('td', {}, String(l.revision)),
        el('td', {}, el('button', { type: 'button', class: 'correct', 'aria-label': `${t('station.correct')} ${time(l.weighedAt)} ${num(l.weightKg)} kg`,
          onclick: () => correctForm(l) }, t('station.correct')))));
    }
    entries.replaceChildren(...(done ? [done] : []), el('div', { class: 'scroll', tabindex: '0' }, table));
  } catch (err) {
    showError(box, err);
  }
}

function correctForm(log) {
  document.getElementById('correct-done')?.remove();
  const form = el('form', { class: 'card', id: 'correct-form', novalidate: '' },
    el('div', { class: 'muted' }, `#${log.id} · ${date(log.weighedAt)} ${time(log.weighedAt)} · ${t('cat.' + log.category)} · ${num(log.weightKg)} kg`),
    el('label', { for: 'correct-weight' }, t('station.weight')),
    el('input', { id: 'correct-weight', inputmode: 'decimal', value: log.weightKg }),
    el('label', { for: 'correct-reason' }, t('station.reason')),
    el('input', { id: 'correct-reason' }),
    el('p', {}, el('button', { class: 'primary', type: 'submit', id: 'correct-save' }, t('station.save'))),
    el('div', { id: 'correct-message', class: 'message', hidden: '', 'aria-live': 'polite' }));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const message = document.getElementById('correct-message');
    const weight = document.getElementById('correct-weight').value.trim().replace(',', '.');
    if (weight !== '' && !DECIMAL.test(weight)) { showProblem(message, t('station.notNumber'), 'correct-weight'); return; }
    try {
      const after = await api(`tonnage-logs/${log.id}/corrections`, { method: 'POST', body: {
        weightKg: weight === '' ? null : Number(weight), reason: document.getElementById('correct-reason').value,
        basedOnRevision: log.revision } });
      // the confirmation where the form was, in view, not at the top of the page
      const doneBox = el('div', { id: 'correct-done', class: 'message ok', role: 'status', tabindex: '-1' }, t('station.corrected', after.revision));
      form.replaceWith(doneBox);
      doneBox.focus();
      loadToday();
    } catch (err) {
      showError(message, err, { weightKg: 'correct-weight', reason: 'correct-reason' });
    }
  });
  document.getElementById('correct-form')?.remove();
  document.getElementById('entries').prepend(form);
  form.scrollIntoView({ block: 'nearest' });
  document.getElementById('correct-reason').focus();
}

// ---- the offline queue: records the network did not take, sent again later with their own client keys
function queued() {
  try { return JSON.parse(localStorage.getItem(QUEUE)) || []; } catch { return []; }
}
function saveQueue(q) {
  if (q.length) localStorage.setItem(QUEUE, JSON.stringify(q)); else localStorage.removeItem(QUEUE);
}
let lastFlush = null;
function renderQueue() {
  const q = queued();
  const status = document.getElementById('queue-status');
  if (q.length) {
    status.className = 'message queue';
    status.textContent = t('station.waiting', q.length);
    status.hidden = false;
  } else if (lastFlush) {
    status.className = lastFlush.refused ? 'message error' : 'message ok';
    status.textContent = lastFlush.refused ? t('station.sentRefused', lastFlush.sent, lastFlush.refused) : t('station.sentLater', lastFlush.sent);
    status.hidden = false;
  } else {
    status.hidden = true;
  }
}
let flushing = false;
async function flushQueue() {
  if (flushing || queued().length === 0) return;
  flushing = true;
  let sent = 0; let refused = 0;
  try {
    for (const body of queued()) {
      try {
        await api('tonnage-logs', { method: 'POST', body });
        sent++;
      } catch (err) {
        if (isNetworkError(err) || (err instanceof ApiError && err.status >= 500)) break; // still away: try later
        refused++;
      }
      saveQueue(queued().filter(b => b.clientKey !== body.clientKey));
    }
  } finally {
    flushing = false;
  }
  if (sent || refused) {
    lastFlush = { sent, refused };
    loadToday();
  }
  renderQueue();
}
window.addEventListener('online', flushQueue);
setInterval(flushQueue, 4000);

function sending(on) {
  submitButton.disabled = on;
  submitButton.setAttribute('aria-busy', String(on));
  submitButton.textContent = t(on ? 'station.sending' : 'station.submit');
}

async function send(body) {
  sending(true);
  try {
    const log = await api('tonnage-logs', { method: 'POST', body });
    pending = null;
    showOk(box, t('station.logged', num(log.weightKg)));
    document.getElementById('weight').value = '';
    loadToday();
  } catch (err) {
    if (isNetworkError(err)) {
      // kept on this phone and sent when the network is back, with the same client key: stored once
      saveQueue([...queued().filter(b => b.clientKey !== body.clientKey), body]);
      pending = null;
      document.getElementById('weight').value = '';
      showOk(box, t('station.queued', num(body.weightKg)));
      renderQueue();
    } else {
      if (err.status && err.status < 500) pending = null;
      showError(box, err, { weightKg: 'weight', material: 'material', pointCode: 'point' });
    }
  } finally {
    sending(false);
  }
}

document.getElementById('log-form').addEventListener('submit', async e => {
  e.preventDefault();
  hideMessage(box);
  document.getElementById('plausibility').hidden = true;
  if (!category) {
    document.getElementById('categories').dataset.invalid = 'true';
    showProblem(box, t('station.chooseCategory'));
    document.getElementById('cat-RECYCLABLE').focus();
    return;
  }
  const raw = document.getElementById('weight').value.trim();
  if (!DECIMAL.test(raw)) {
    showProblem(box, raw === '' ? t('station.weightMissing') : t('station.notNumber'), 'weight');
    document.getElementById('weight').focus();
    return;
  }
  const material = document.getElementById('material-row').hidden ? null : document.getElementById('material').value || null;
  // no material chosen: the field is left out (the contract's material is a string when given)
  const what = { pointCode: pointSelect.value, category, ...(material ? { material } : {}), weightKg: Number(raw.replace(',', '.')) };
  if (!pending || JSON.stringify(pending.what) !== JSON.stringify(what)) {
    pending = { what, body: { ...what, weighedAt: cityNowIso(), clientKey: newClientKey() } };
  }
  if (confirmedBody !== pending.body) {
    let u = null;
    try { u = await usualFor(what.pointCode, category); } catch { u = null; } // offline: the record is kept and sent as it is
    if (u && what.weightKg > Number(u.askAboveKg)) {
      const panel = document.getElementById('plausibility');
      document.getElementById('plausibility-text').textContent = u.medianKg == null
        ? t('station.implausibleNoHistory', num(what.weightKg), num(u.askAboveKg))
        : t('station.implausible', num(what.weightKg), num(u.medianKg), u.days);
      panel.hidden = false;
      const body = pending.body;
      document.getElementById('plausibility-send').onclick = () => { panel.hidden = true; confirmedBody = body; send(body); };
      document.getElementById('plausibility-fix').onclick = () => { panel.hidden = true; document.getElementById('weight').select(); };
      document.getElementById('plausibility-send').focus();
      return;
    }
  }
  send(pending.body);
});

async function loadNames() {
  const found = await Promise.all(points.map(p => api(`points/${encodeURIComponent(p)}`).then(x => [p, x.name], () => [p, null])));
  names = Object.fromEntries(found.filter(([, n]) => n));
  fillPoints();
}

frame(render);
loadNames();
flushQueue();

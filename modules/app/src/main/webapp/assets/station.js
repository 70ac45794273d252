import { api, cityNowIso, cityToday, newClientKey, requireSession, showError, showOk } from './api.js';
import { date, num, t, time } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const CATEGORIES = ['RECYCLABLE', 'KITCHEN', 'HAZARDOUS', 'RESIDUAL'];
const MATERIALS = {
  RECYCLABLE: [['PAPER', '废纸', 'Paper'], ['PLASTIC', '废塑料', 'Plastic'], ['GLASS', '废玻璃', 'Glass'], ['METAL', '废金属', 'Metal'],
    ['TEXTILE', '废旧纺织物', 'Textiles'], ['E_WASTE', '废弃电器电子产品', 'E-waste'], ['WOOD', '废木材', 'Wood']],
  HAZARDOUS: [['BATTERY', '废电池', 'Batteries'], ['LAMP', '废灯管', 'Lamps'], ['MEDICINE', '废药品', 'Medicines'], ['PAINT', '废油漆', 'Paint'],
    ['PESTICIDE', '废杀虫剂', 'Pesticides']],
  KITCHEN: [['HOUSEHOLD_KITCHEN', '家庭厨余', 'Household kitchen waste']],
};
let category = 'RECYCLABLE';
let pending = null; // the last request sent without an answer: sent again as it was, so a retry is stored once

const pointSelect = document.getElementById('point');
const points = s.me.scope.points.slice().sort();
pointSelect.replaceChildren(...points.map(p => el('option', { value: p }, p)));
document.getElementById('no-points').hidden = points.length > 0;
document.getElementById('log-submit').disabled = points.length === 0;
pointSelect.addEventListener('change', loadToday);

function render() {
  const box = document.getElementById('categories');
  box.replaceChildren(...CATEGORIES.map(c => el('button', {
    type: 'button', class: 'cat-' + c, id: 'cat-' + c, 'aria-pressed': String(c === category),
    onclick: () => { category = c; render(); },
  }, t('cat.' + c))));
  const zh = document.documentElement.lang !== 'en';
  const mats = MATERIALS[category] || [];
  document.getElementById('material-row').hidden = mats.length === 0;
  document.getElementById('material').replaceChildren(el('option', { value: '' }, '—'),
    ...mats.map(([code, zhName, enName]) => el('option', { value: code }, zh ? zhName : enName)));
  loadToday();
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
      el('tr', {}, el('td', {}, t('cat.' + c)), el('td', { class: 'num', id: 'total-' + c }, num(totals[c] || 0)))));
    if (page.items.length === 0) {
      entries.replaceChildren(el('p', { class: 'muted' }, t('station.none')));
      return;
    }
    const table = el('table', { id: 'entries-table' }, el('tr', {}, el('th', {}, t('col.time')), el('th', {}, t('col.category')),
      el('th', { class: 'num' }, t('col.weight')), el('th', {}, t('col.revision')), el('th', {})));
    for (const l of page.items.sort((a, b) => b.weighedAt.localeCompare(a.weighedAt))) {
      table.append(el('tr', { 'data-id': l.id }, el('td', {}, time(l.weighedAt)), el('td', {}, t('cat.' + l.category)),
        el('td', { class: 'num' }, num(l.weightKg)), el('td', {}, String(l.revision)),
        el('td', {}, el('button', { type: 'button', class: 'correct', onclick: () => correctForm(l) }, t('station.correct')))));
    }
    entries.replaceChildren(table);
  } catch (err) {
    showError(document.getElementById('log-message'), err);
  }
}

function correctForm(log) {
  const box = el('form', { class: 'card', id: 'correct-form' },
    el('div', { class: 'muted' }, `#${log.id} · ${date(log.weighedAt)} ${time(log.weighedAt)} · ${t('cat.' + log.category)} · ${num(log.weightKg)}`),
    el('label', { for: 'correct-weight' }, t('station.weight')),
    el('input', { id: 'correct-weight', inputmode: 'decimal', value: log.weightKg }),
    el('label', { for: 'correct-reason' }, t('station.reason')),
    el('input', { id: 'correct-reason' }),
    el('div', { id: 'correct-message', class: 'message', hidden: '' }),
    el('p', {}, el('button', { class: 'primary', type: 'submit', id: 'correct-save' }, t('station.save'))));
  box.addEventListener('submit', async e => {
    e.preventDefault();
    const weight = document.getElementById('correct-weight').value.trim();
    try {
      const after = await api(`tonnage-logs/${log.id}/corrections`, { method: 'POST', body: {
        weightKg: weight === '' ? null : Number(weight), reason: document.getElementById('correct-reason').value,
        basedOnRevision: log.revision } });
      showOk(document.getElementById('log-message'), t('station.corrected', after.revision));
      box.remove();
      loadToday();
    } catch (err) {
      showError(document.getElementById('correct-message'), err);
    }
  });
  document.getElementById('correct-form')?.remove();
  document.getElementById('entries').prepend(box);
  document.getElementById('correct-reason').focus();
}

document.getElementById('log-form').addEventListener('submit', async e => {
  e.preventDefault();
  const box = document.getElementById('log-message');
  const raw = document.getElementById('weight').value.trim().replace(',', '.');
  const material = document.getElementById('material').value || null;
  const what = { pointCode: pointSelect.value, category, material, weightKg: raw === '' ? null : Number(raw) };
  const same = pending && JSON.stringify(pending.what) === JSON.stringify(what);
  if (!same) pending = { what, body: { ...what, weighedAt: cityNowIso(), clientKey: newClientKey() } };
  try {
    const log = await api('tonnage-logs', { method: 'POST', body: pending.body });
    pending = null;
    showOk(box, t('station.logged', num(log.weightKg)));
    document.getElementById('weight').value = '';
    loadToday();
  } catch (err) {
    if (err.status && err.status < 500) pending = null;
    showError(box, err);
  }
});

frame(render);

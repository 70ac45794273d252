import { api, download, hideMessage, requireSession, showError, showOk, showProblem } from './api.js';
import { date, lang, num, pct, t } from './i18n.js';
import { el, frame } from './page.js';

requireSession();
const monthSelect = document.getElementById('month');
const message = document.getElementById('message');
const charts = {};
let districts = [];
let districtsLoaded = Promise.resolve();

function months(n) {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i - 1, 1)).toISOString().slice(0, 7));
}

function range(month) {
  const [y, m] = month.split('-').map(Number);
  return { from: `${month}-01`, to: `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}` };
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init(document.getElementById(id));
  return charts[id];
}
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

const name = d => (lang() === 'en' ? d.nameEn : d.nameZh);

async function render() {
  message.hidden = true;
  delete document.body.dataset.drawn;
  const { from, to } = range(monthSelect.value);
  document.getElementById('downloads').replaceChildren(...['indicators', 'ranking'].flatMap(table => ['xlsx', 'csv'].map(f =>
    el('button', { type: 'button', id: `download-${table}-${f}`, onclick: () => download(`exports/${table}?format=${f}&lang=${lang()}&from=${from}&to=${to}`)
      .catch(e => showError(message, e)) }, `${t('dl.' + table)} ${f.toUpperCase()}`))));
  // every call at once: the capacity chart and the points' map do not wait for the tiles
  const side = Promise.all([capacity(from, to).catch(err => showError(message, err)), pointsMap().catch(err => showError(message, err))]);
  try {
    // the city and every district in one answer (tiles and ranking)
    const [all, trend, returns] = await Promise.all([
      api(`indicators/districts?from=${from}&to=${to}`),
      api(`indicators/trend?scope=CITY&from=${range(months(6)[5]).from}&to=${to}&step=MONTH`),
      api(`returns?period=${monthSelect.value}`), districtsLoaded]);
    tiles(all.city);
    components(all.city);
    trendChart(trend.items);
    returnsTable(returns.items);
    const byCode = Object.fromEntries(districts.map(d => [d.code, d]));
    ranking(all.districts.filter(a => byCode[a.scope]).map(a => ({ d: byCode[a.scope], a })));
  } catch (err) {
    showError(message, err);
  }
  await side;
  // every number and chart of the month is drawn: what the dashboard benchmark (bench-dashboard) waits for
  performance.mark('drawn');
  document.body.dataset.drawn = monthSelect.value;
}

function tiles(a) {
  const items = [['coverage', 'ind.coverage', a.coverage], ['recovery', 'ind.recovery', a.recoveryRate],
    ['resource', 'ind.resource', a.resourceUtilisation], ['harmless', 'ind.harmless', a.harmlessTreatment]];
  document.getElementById('tiles').replaceChildren(...items.map(([id, key, r]) => {
    const gap = r.rate === null ? null : r.rate - r.target;
    return el('div', { class: 'tile ' + (gap === null ? '' : gap >= 0 ? 'met' : 'short'), id: 'tile-' + id,
      onclick: id === 'coverage' ? () => drill(a) : null },
    el('div', { class: 'muted' }, t(key)), el('div', { class: 'value' }, pct(r.rate)),
    el('div', { class: 'target' }, t('ind.target', pct(r.target))),
    el('div', { class: 'gap' }, gap === null ? t('ind.nodata') : gap >= 0 ? t('ind.met', num(gap, 2)) : t('ind.gap', num(-gap, 2))));
  }));
}

function components(a) {
  const c = a.resourceUtilisation.components;
  const rows = [['R', c.recoveredKg], ['I', c.incineratedKg], ['K', c.kitchenTreatedKg], ['L', c.landfilledKg], ['C', c.collectedKg]];
  document.getElementById('components').replaceChildren(el('table', {}, ...rows.map(([k, v]) => el('tr', {
    id: 'component-' + k, class: 'clickable', title: t('bureau.records'), onclick: () => componentRecords(a, k) },
    el('td', {}, `${k} · ${t('comp.' + k)}`), el('td', { class: 'num' }, num(v, 0)))), el('tr', {}, el('td', { class: 'muted' }, a.resourceUtilisation.coefficients.set),
    el('td', { class: 'num muted' }, `k_inc ${a.resourceUtilisation.coefficients.incineration} · k_kit ${a.resourceUtilisation.coefficients.kitchen} · k_lf ${a.resourceUtilisation.coefficients.landfill}`))));
}

async function componentRecords(a, component) {
  const box = document.getElementById('drill');
  box.classList.remove('hidden');
  box.querySelector('h2').textContent = `${component} · ${t('comp.' + component)}`;
  try {
    const page = await api(`indicators/components/${component}?scope=CITY&from=${a.from}&to=${a.to}&size=100`);
    document.getElementById('drill-body').replaceChildren(el('p', { class: 'muted' }, `${page.items.length} / ${page.total}`),
      el('table', { id: 'drill-table' }, el('tr', {}, el('th', {}, t('col.day')), el('th', {}, t('col.facility')), el('th', {}, t('col.source')),
        el('th', { class: 'num' }, t('col.weight'))),
      ...page.items.map(r => el('tr', {}, el('td', {}, date(r.day)), el('td', {}, r.facilityCode),
        el('td', {}, r.record === 'TREATMENT' ? '—' : (r.fromFacilityCode || r.sourceDistrictCode || r.sourceKind || '')),
        el('td', { class: 'num' }, num(r.countedKg, 0))))));
    box.scrollIntoView({ behavior: 'smooth' });
  } catch (err) {
    showError(message, err);
  }
}

async function drill(a) {
  document.querySelector('#drill h2').textContent = t('bureau.drill');
  const box = document.getElementById('drill');
  box.classList.remove('hidden');
  const verdicts = await api(`indicators/coverage?scope=CITY&from=${a.from}&to=${a.to}`);
  const uncovered = verdicts.items.filter(v => !v.covered);
  document.getElementById('drill-body').replaceChildren(el('p', { class: 'muted' }, `${uncovered.length} / ${verdicts.total}`),
    el('table', { id: 'drill-table' }, el('tr', {}, el('th', {}, t('col.community')), el('th', {}, t('col.district')),
      el('th', { class: 'num' }, t('col.households')), el('th', {}, t('col.reason'))),
    ...uncovered.slice(0, 100).map(v => el('tr', {}, el('td', {}, `${v.code} ${v.name}`), el('td', {}, v.districtCode),
      el('td', { class: 'num' }, num(v.households, 0)), el('td', {}, t('reason.' + v.reason) + (v.missingCategories?.length ? '：' + v.missingCategories.map(c => t('cat.' + c)).join('、') : ''))))));
  box.scrollIntoView({ behavior: 'smooth' });
}

function trendChart(items) {
  const m = items.map(a => a.from.slice(0, 7));
  const series = [['ind.coverage', a => a.coverage.rate], ['ind.recovery', a => a.recoveryRate.rate], ['ind.resource', a => a.resourceUtilisation.rate]];
  chart('trend-chart').setOption({
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 20, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: m }, yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: series.map(([k, f]) => ({ name: t(k), type: 'line', data: items.map(f), markLine: k === 'ind.resource'
      ? { symbol: 'none', data: [{ yAxis: items[0]?.resourceUtilisation.target, name: t('ind.target', '') }] } : undefined })),
  }, true);
}

function ranking(rows) {
  rows.sort((x, y) => (y.a.resourceUtilisation.rate ?? -1) - (x.a.resourceUtilisation.rate ?? -1));
  document.getElementById('ranking').replaceChildren(el('table', { id: 'ranking-table' },
    el('tr', {}, el('th', {}, t('col.rank')), el('th', {}, t('col.district')), el('th', { class: 'num' }, t('col.resource')),
      el('th', { class: 'num' }, t('col.gap')), el('th', { class: 'num' }, t('col.coverage'))),
    ...rows.map(({ d, a }, i) => {
      const r = a.resourceUtilisation;
      return el('tr', { 'data-district': d.code }, el('td', {}, String(i + 1)), el('td', {}, name(d)), el('td', { class: 'num' }, pct(r.rate)),
        el('td', { class: 'num' }, r.rate === null ? '—' : num(r.rate - r.target, 2)), el('td', { class: 'num' }, pct(a.coverage.rate)));
    })));
}

function returnsTable(items) {
  document.getElementById('returns').replaceChildren(el('table', { id: 'returns-table' },
    el('tr', {}, el('th', { scope: 'col' }, t('col.district')), el('th', { scope: 'col' }, t('col.status')),
      el('th', { class: 'num', scope: 'col' }, t('col.warnings')), el('th', { scope: 'col' }, t('bureau.review'))),
    ...items.map(r => el('tr', { 'data-district': r.districtCode },
      el('td', {}, lang() === 'en' ? r.districtNameEn : r.districtName),
      el('td', {}, el('span', { class: 'badge ' + r.status }, t('status.' + r.status)), ' ', r.late ? el('span', { class: 'badge late' }, t('district.late')) : ''),
      el('td', { class: 'num' }, String(r.openWarnings)),
      el('td', {}, r.status === 'DRAFT' ? '' : el('button', { type: 'button', class: 'review',
        'aria-label': `${t('bureau.review')} ${lang() === 'en' ? r.districtNameEn : r.districtName}`, onclick: () => review(r) }, t('bureau.review')))))));
}

/** A return's figures, and what the bureau may do with it: approve, lock, send back (with a reason), each confirmed first. */
async function review(row) {
  const box = document.getElementById('review');
  const body = document.getElementById('review-body');
  box.classList.remove('hidden');
  try {
    const r = await api(`returns/${row.districtCode}/${row.period}`);
    const f = r.signed ? r.signed.figures : await api(`indicators?scope=${r.districtCode}&from=${r.from}&to=${r.to}`);
    const who = `${lang() === 'en' ? r.districtNameEn : r.districtName} ${r.period}`;
    const msg = el('div', { id: 'review-message', class: 'message', hidden: '', 'aria-live': 'polite' });
    const confirmRow = el('div', { id: 'review-confirm', class: 'card confirm-box', hidden: '' });
    const reason = el('textarea', { id: 'review-reason', rows: '2' });
    const ask = (action, label) => () => {
      if (action === 'REOPEN' && reason.value.trim() === '') { showProblem(msg, t('bureau.reasonNeeded'), 'review-reason'); reason.focus(); return; }
      hideMessage(msg);
      confirmRow.replaceChildren(el('p', {}, t('bureau.confirmAction', t(label), who)),
        el('div', { class: 'row' }, el('button', { type: 'button', class: 'primary', id: 'review-yes', onclick: async () => {
          try {
            await api(`returns/${r.districtCode}/${r.period}/transitions`, { method: 'POST',
              body: action === 'REOPEN' ? { action, reason: reason.value.trim() } : { action } });
            confirmRow.hidden = true;
            returnsTable((await api(`returns?period=${r.period}`)).items);
            await review(row);
            showOk(document.getElementById('review-message'), t('bureau.done', t(label), who));
          } catch (err) { confirmRow.hidden = true; showError(msg, err, { reason: 'review-reason' }); }
        } }, t('bureau.yes')), el('button', { type: 'button', onclick: () => { confirmRow.hidden = true; } }, t('bureau.cancel'))));
      confirmRow.hidden = false;
      document.getElementById('review-yes').focus();
    };
    const rates = [['ind.coverage', f.coverage], ['ind.recovery', f.recoveryRate], ['ind.resource', f.resourceUtilisation], ['ind.harmless', f.harmlessTreatment]];
    const mayReopen = ['SUBMITTED', 'APPROVED', 'LOCKED'].includes(r.status);
    body.replaceChildren(
      el('p', {}, el('strong', {}, who), ' ', el('span', { class: 'badge ' + r.status, id: 'review-status' }, t('status.' + r.status))),
      el('table', { id: 'review-figures' }, el('tr', {}, el('th', { scope: 'col' }, t('district.indicator')), el('th', { class: 'num', scope: 'col' }, t('district.rate')),
        el('th', { class: 'num', scope: 'col' }, t('district.target'))),
      ...rates.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, t(k)), el('td', { class: 'num' }, pct(v.rate)), el('td', { class: 'num' }, v.target == null ? '—' : pct(v.target))))),
      el('p', { class: 'muted' }, `${t('comp.C')} ${num(Number(f.resourceUtilisation.components.collectedKg) / 1000)} t · ${t('col.warnings')} ${r.openWarnings}`),
      el('div', { class: 'row' },
        r.status === 'SUBMITTED' ? el('button', { type: 'button', class: 'primary', id: 'review-approve', onclick: ask('APPROVE', 'bureau.approve') }, t('bureau.approve')) : '',
        r.status === 'APPROVED' ? el('button', { type: 'button', class: 'primary', id: 'review-lock', onclick: ask('LOCK', 'bureau.lock') }, t('bureau.lock')) : ''),
      mayReopen ? el('div', {}, el('label', { for: 'review-reason' }, t('bureau.reason')), reason,
        el('p', {}, el('button', { type: 'button', id: 'review-sendback', onclick: ask('REOPEN', 'bureau.sendBack') }, t('bureau.sendBack')))) : '',
      confirmRow, msg);
    box.scrollIntoView({ block: 'nearest' });
  } catch (err) {
    showError(message, err);
  }
}

async function capacity(from, to) {
  // every facility's utilisation in one answer; names from the registry
  const [registry, use] = await Promise.all([api('facilities?size=200'), api(`facilities/capacity?from=${from}&to=${to}`)]);
  const facilities = Object.fromEntries(registry.items.filter(f => f.designCapacityTonnesPerDay).map(f => [f.code, f]));
  const rows = use.items.filter(c => facilities[c.facilityCode]).map(c => ({ f: facilities[c.facilityCode], c }))
    .sort((a, b) => (b.c.utilisation ?? 0) - (a.c.utilisation ?? 0));
  chart('capacity-chart').setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, grid: { left: 160, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: rows.map(r => r.f.name), axisLabel: { width: 150, overflow: 'truncate' }, inverse: true },
    series: [{ type: 'bar', name: t('col.utilisation'), data: rows.map(r => ({ value: r.c.utilisation,
      itemStyle: { color: (r.c.utilisation ?? 0) > 100 ? '#b3261e' : '#1b7f4b' } })),
      markLine: { symbol: 'none', data: [{ xAxis: 100 }] } }],
  }, true);
}

async function pointsMap() {
  // the whole city as one compact layer (code, longitude, latitude, kind, status), revalidated by its ETag
  const layer = await api('points/map');
  const at = Object.fromEntries(layer.fields.map((f, i) => [f, i]));
  const byStatus = {};
  for (const p of layer.rows) (byStatus[p[at.status]] = byStatus[p[at.status]] || []).push([p[at.longitude], p[at.latitude], p[at.code]]);
  const colours = { ACTIVE: '#1b7f4b', SUSPENDED: '#a15c00', CLOSED: '#b3261e' };
  chart('points-chart').setOption({
    tooltip: { formatter: p => p.value[2] }, legend: { top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'value', scale: true, name: 'E' }, yAxis: { type: 'value', scale: true, name: 'N' },
    series: Object.entries(byStatus).map(([s, data]) => ({ name: t('status.' + s), type: 'scatter', symbolSize: 5, data, itemStyle: { color: colours[s] },
      large: true, largeThreshold: 2000, animation: false })),
  }, true);
}

async function init() {
  monthSelect.replaceChildren(...months(12).map(m => el('option', { value: m }, m)));
  monthSelect.addEventListener('change', render);
  districtsLoaded = api('districts?size=100').then(page => { districts = page.items; });
  frame(render);
}

init().catch(err => showError(message, err));

import { api, download, hideMessage, requireSession, showError, showOk, showProblem } from './api.js';
import { date, districtName, facilityName, lang, num, pct, t, tco2e, tonnes } from './i18n.js';
import { el, frame } from './page.js';

requireSession();
const monthSelect = document.getElementById('month');
const message = document.getElementById('message');
const charts = {};
let districts = [];
let districtsLoaded = Promise.resolve();
let facilityByCode = {};
let registryLoaded = Promise.resolve();
/** The carbon factor sets by code (read once): the carbon card names the set an answer used, with its source. */
let factorSets = {};
let factorSetsLoaded = Promise.resolve();
/** The month's answer (the city and every district): the tiles, the ranking and the drill-downs read it. */
let latest = null;
/** What the drill-down shows, kept across a change of month or language: { tile: 'recovery' } or { component: 'I' }. */
let drillOpen = null;
let drillTicket = 0;

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

const name = d => districtName(d);
const districtOf = code => districts.find(d => d.code === code);
const facilityLabel = code => (facilityByCode[code] ? facilityName(facilityByCode[code]) : code);

async function render() {
  message.hidden = true;
  delete document.body.dataset.drawn;
  const { from, to } = range(monthSelect.value);
  document.getElementById('downloads').replaceChildren(...['indicators', 'ranking', 'carbon-projects'].flatMap(table => ['xlsx', 'csv'].map(f =>
    el('button', { type: 'button', id: `download-${table}-${f}`, onclick: () => download(`exports/${table}?format=${f}&lang=${lang()}&from=${from}&to=${to}`)
      .catch(e => showError(message, e)) }, `${t('dl.' + (table === 'carbon-projects' ? 'carbon' : table))} ${f.toUpperCase()}`))));
  // every call at once: the capacity chart and the points' map do not wait for the tiles
  const side = Promise.all([capacity(from, to).catch(err => showError(message, err)), pointsMap().catch(err => showError(message, err))]);
  try {
    // the city and every district in one answer (tiles, ranking and the rates' drill-downs)
    const [all, trend, returns] = await Promise.all([
      api(`indicators/districts?from=${from}&to=${to}`),
      api(`indicators/trend?scope=CITY&from=${range(months(6)[5]).from}&to=${to}&step=MONTH`),
      api(`returns?period=${monthSelect.value}`), districtsLoaded]);
    latest = all;
    tiles(all.city);
    await factorSetsLoaded;
    carbon(all);
    standardCommunities(all);
    components(all.city);
    trendChart(trend.items);
    returnsTable(returns.items);
    const byCode = Object.fromEntries(districts.map(d => [d.code, d]));
    ranking(all.districts.filter(a => byCode[a.scope]).map(a => ({ d: byCode[a.scope], a })));
    // an open drill-down follows the month and the language
    if (drillOpen) openDrill(drillOpen, false);
  } catch (err) {
    showError(message, err);
  }
  await side;
  // every number and chart of the month is drawn: what the dashboard benchmark (bench-dashboard) waits for
  performance.mark('drawn');
  document.body.dataset.drawn = monthSelect.value;
}

const RATES = { coverage: ['ind.coverage', 'coverage'], recovery: ['ind.recovery', 'recoveryRate'],
  resource: ['ind.resource', 'resourceUtilisation'], harmless: ['ind.harmless', 'harmlessTreatment'] };

/** The four rates as buttons: each opens its drill-down (the districts' figures; for coverage also the communities not covered). */
function tiles(a) {
  document.getElementById('tiles').replaceChildren(...Object.entries(RATES).map(([id, [key, field]]) => {
    const r = a[field];
    const gap = r.rate === null ? null : r.rate - r.target;
    return el('button', { type: 'button', class: 'tile ' + (gap === null ? '' : gap >= 0 ? 'met' : 'short'), id: 'tile-' + id,
      'aria-controls': 'drill', 'aria-expanded': String(drillOpen?.tile === id), onclick: () => openDrill({ tile: id }) },
    el('span', { class: 'muted' }, t(key)), el('span', { class: 'value' }, pct(r.rate)),
    el('span', { class: 'target' }, t('ind.target', pct(r.target))),
    el('span', { class: 'gap' }, gap === null ? t('ind.nodata') : gap >= 0 ? t('ind.met', num(gap, 2)) : t('ind.gap', num(-gap, 2))),
    el('span', { class: 'more' }, t('bureau.details')));
  }));
}

const ROUTES = ['RECYCLING', 'INCINERATION', 'KITCHEN_TREATMENT', 'LANDFILL'];

/** The set(s) an answer's carbon used, by name, with each one's cited source ("default-1, cd-carbon-2027" when a set starts within). */
function factorSetNote(names) {
  const codes = String(names || '').split(',').map(x => x.trim()).filter(Boolean);
  return [el('span', { id: 'carbon-set', translate: 'no' }, t('carbon.set', codes.join(', '))),
    ...codes.filter(c => factorSets[c]?.source).map(c => el('div', { class: 'muted carbon-source', 'data-set': c }, t('carbon.source', `${c}: ${factorSets[c].source}`)))];
}

/** Carbon beside the rates: the tonnes of CO₂e the city avoided in the month, by route and by district, with the factor set. */
function carbon(all) {
  const box = document.getElementById('carbon');
  const c = all.city.carbon;
  if (!c) { box.replaceChildren(el('p', { class: 'muted', id: 'carbon-none' }, t('carbon.none'))); return; }
  const byRoute = Object.fromEntries((c.byRoute || []).map(r => [r.route, r]));
  const byCode = Object.fromEntries(districts.map(d => [d.code, d]));
  const rows = all.districts.filter(a => byCode[a.scope] && a.carbon)
    .sort((x, y) => Number(y.carbon.avoidedTCo2e) - Number(x.carbon.avoidedTCo2e) || x.scope.localeCompare(y.scope));
  box.replaceChildren(
    el('p', { class: 'carbon-total' }, ...t('carbon.total', '\u0000').split('\u0000').flatMap((part, i) =>
      (i ? [el('span', { class: 'value', id: 'carbon-total' }, tco2e(c.avoidedTCo2e)), part] : [part]))),
    el('div', { class: 'muted' }, ...factorSetNote(c.factorSet)),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'carbon-routes' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('carbon.route')), el('th', { class: 'num', scope: 'col' }, t('carbon.mass')),
        el('th', { class: 'num', scope: 'col' }, t('carbon.avoided')))),
      el('tbody', {}, ...ROUTES.filter(r => byRoute[r]).map(r => el('tr', { 'data-route': r }, el('th', { scope: 'row' }, t('route.' + r)),
        el('td', { class: 'num' }, tonnes(byRoute[r].weightKg)), el('td', { class: 'num' }, tco2e(byRoute[r].tCo2e))))),
      el('tfoot', {}, el('tr', { class: 'total' }, el('th', { scope: 'row' }, t('drill.city')), el('td', { class: 'num' }, tonnes(
        (c.byRoute || []).reduce((sum, r) => sum + Number(r.weightKg), 0))), el('td', { class: 'num' }, tco2e(c.avoidedTCo2e)))))),
    el('p', { class: 'muted' }, t('carbon.method')),
    el('details', { id: 'carbon-districts' }, el('summary', {}, t('carbon.byDistrict')),
      el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'carbon-district-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col.district')), ...ROUTES.slice(0, 3).map(r => el('th', { class: 'num', scope: 'col' }, t('route.' + r))),
          el('th', { class: 'num', scope: 'col' }, t('carbon.avoided')))),
        el('tbody', {}, ...rows.map(a => {
          const routes = Object.fromEntries((a.carbon.byRoute || []).map(r => [r.route, r]));
          return el('tr', { 'data-district': a.scope }, el('th', { scope: 'row' }, name(byCode[a.scope])),
            ...ROUTES.slice(0, 3).map(r => el('td', { class: 'num' }, tco2e(routes[r]?.tCo2e))), el('td', { class: 'num' }, tco2e(a.carbon.avoidedTCo2e)));
        }))))));
}

/**
 * 达标小区: the city's count against its target (the definition set's; the plan's 打造万个生活垃圾分类达标小区 is 10,000), and
 * each district's standard, inspected and all communities.
 */
function standardCommunities(all) {
  const c = all.city.standardCommunities;
  const box = document.getElementById('standard');
  if (!c) { box.replaceChildren(el('p', { class: 'muted' }, t('ind.nodata'))); return; }
  const byCode = Object.fromEntries(districts.map(d => [d.code, d]));
  const rows = all.districts.filter(a => byCode[a.scope] && a.standardCommunities)
    .sort((x, y) => (y.standardCommunities.count - x.standardCommunities.count) || x.scope.localeCompare(y.scope));
  const cells = s => [el('td', { class: 'num' }, num(s.count, 0)), el('td', { class: 'num' }, num(s.inspected, 0)),
    el('td', { class: 'num' }, num(s.communities, 0)), el('td', { class: 'num' }, pct(s.rate))];
  box.replaceChildren(
    ...(c.target ? [
      el('p', { id: 'standard-target' }, t('standard.progress', num(c.count, 0), num(c.target, 0), pct(Math.round(c.count / c.target * 10000) / 100))),
      el('progress', { class: 'target', id: 'standard-progress', max: String(c.target), value: String(Math.min(c.count, c.target)), 'aria-labelledby': 'standard-target' })] : []),
    el('p', { class: 'muted', id: 'standard-city' }, t('standard.city', num(c.count, 0), num(c.inspected, 0), num(c.communities, 0), pct(c.rate))),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'standard-table' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col.district')), el('th', { class: 'num', scope: 'col' }, t('standard.count')),
        el('th', { class: 'num', scope: 'col' }, t('standard.inspected')), el('th', { class: 'num', scope: 'col' }, t('standard.communities')),
        el('th', { class: 'num', scope: 'col' }, t('standard.rate')))),
      el('tbody', {}, ...rows.map(a => el('tr', { 'data-district': a.scope }, el('th', { scope: 'row' }, name(byCode[a.scope])), ...cells(a.standardCommunities)))),
      el('tfoot', {}, el('tr', { class: 'total', 'data-district': 'CITY' }, el('th', { scope: 'row' }, t('drill.city')), ...cells(c))))));
}

const COMPONENTS = { R: 'recoveredKg', I: 'incineratedKg', K: 'kitchenTreatedKg', L: 'landfilledKg', C: 'collectedKg' };

/** R, I, K, L and C of the city in tonnes, each a button to the records behind it. */
function components(a) {
  const c = a.resourceUtilisation.components;
  const k = a.resourceUtilisation.coefficients;
  document.getElementById('components').replaceChildren(el('table', { id: 'components-table' },
    el('tr', {}, el('th', { scope: 'col' }, t('col.component')), el('th', { class: 'num', scope: 'col' }, t('col.mass'))),
    ...Object.entries(COMPONENTS).map(([key, field]) => el('tr', { 'data-component': key },
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link component', id: 'component-' + key, 'aria-controls': 'drill',
        'aria-expanded': String(drillOpen?.component === key), title: t('bureau.records'), onclick: () => openDrill({ component: key }) },
      `${key} · ${t('comp.' + key)}`)),
      el('td', { class: 'num' }, tonnes(c[field])))),
    el('tr', {}, el('td', { class: 'muted' }, k.set), el('td', { class: 'num muted' }, `k_inc ${k.incineration} · k_kit ${k.kitchen} · k_lf ${k.landfill}`))));
}

/** Opens (or redraws) the drill-down of a tile or a component; focus moves to its heading when the user asked for it. */
async function openDrill(what, focus = true) {
  drillOpen = what;
  const ticket = ++drillTicket;
  const box = document.getElementById('drill');
  const title = document.getElementById('drill-title');
  document.querySelectorAll('#tiles .tile').forEach(b => b.setAttribute('aria-expanded', String(b.id === 'tile-' + what.tile)));
  document.querySelectorAll('#components button.component').forEach(b => b.setAttribute('aria-expanded', String(b.id === 'component-' + what.component)));
  try {
    const body = what.component ? await componentDrill(what.component) : what.tile === 'coverage' ? await coverageDrill() : rateDrill(what.tile);
    if (ticket !== drillTicket) return; // another drill-down was asked for meanwhile
    title.textContent = what.component ? `${what.component} · ${t('comp.' + what.component)}` : t('drill.' + what.tile);
    document.getElementById('drill-body').replaceChildren(...body);
    box.dataset.drill = what.component || what.tile;
    box.classList.remove('hidden');
    if (focus) {
      title.focus({ preventScroll: true });
      box.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  } catch (err) {
    showError(message, err);
  }
}

function gapCell(r) {
  const gap = r.rate === null || r.rate === undefined || r.target === null || r.target === undefined ? null : r.rate - r.target;
  return el('td', { class: 'num ' + (gap === null ? '' : gap >= 0 ? 'met' : 'short') }, gap === null ? '—' : (gap >= 0 ? '+' : '') + num(gap, 2));
}

/** Every district's figures of the month, furthest below the target first, the city's at the foot. */
function districtRows(field, columns) {
  const byCode = Object.fromEntries(districts.map(d => [d.code, d]));
  const gapOf = r => (r.rate === null || r.rate === undefined ? Infinity : r.rate - r.target);
  const rows = latest.districts.filter(a => byCode[a.scope]).map(a => ({ d: byCode[a.scope], r: a[field] }))
    .sort((x, y) => gapOf(x.r) - gapOf(y.r) || x.d.code.localeCompare(y.d.code));
  const line = (attrs, label, r) => el('tr', attrs, el('th', { scope: 'row' }, label), el('td', { class: 'num' }, pct(r.rate)),
    el('td', { class: 'num' }, pct(r.target)), gapCell(r), ...columns.map(([, f]) => el('td', { class: 'num' }, f(r))));
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'drill-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col.district')), el('th', { class: 'num', scope: 'col' }, t('district.rate')),
      el('th', { class: 'num', scope: 'col' }, t('district.target')), el('th', { class: 'num', scope: 'col' }, t('col.gap')),
      ...columns.map(([head]) => el('th', { class: 'num', scope: 'col' }, head)))),
    el('tbody', {}, ...rows.map(({ d, r }) => line({ 'data-district': d.code }, name(d), r))),
    el('tfoot', {}, line({ class: 'total' }, t('drill.city'), latest.city[field]))));
}

/** Recovery, resource utilisation, harmless treatment: each district's rate with the tonnes it is made of. */
function rateDrill(tile) {
  const columns = tile === 'resource'
    ? Object.entries(COMPONENTS).map(([k, field]) => [el('abbr', { title: t('comp.' + k) }, k), r => tonnes(r.components[field])])
    : [[t('drill.num.' + tile), r => tonnes(r.numeratorKg)], [t('drill.den.' + tile), r => tonnes(r.denominatorKg)]];
  return [districtRows(RATES[tile][1], columns)];
}

/** Coverage: each district's covered communities, then the communities not covered and why. */
async function coverageDrill() {
  const a = latest.city;
  const verdicts = await api(`indicators/coverage?scope=CITY&from=${a.from}&to=${a.to}`);
  const uncovered = verdicts.items.filter(v => !v.covered);
  const shown = uncovered.slice(0, 100);
  return [districtRows('coverage', [[t('drill.communities'), r => `${num(r.coveredCommunities, 0)} / ${num(r.communities, 0)}`]]),
    el('h3', {}, t('drill.uncovered', num(verdicts.total, 0), num(uncovered.length, 0), num(shown.length, 0))),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'uncovered-table' }, el('tr', {}, el('th', { scope: 'col' }, t('col.community')),
      el('th', { scope: 'col' }, t('col.district')), el('th', { class: 'num', scope: 'col' }, t('col.households')), el('th', { scope: 'col' }, t('col.reason'))),
    ...shown.map(v => el('tr', { 'data-district': v.districtCode }, el('td', {}, `${v.code} ${v.name}`),
      el('td', {}, name(districtOf(v.districtCode)) || v.districtCode), el('td', { class: 'num' }, num(v.households, 0)),
      el('td', {}, t('reason.' + v.reason) + (v.missingCategories?.length ? (lang() === 'en' ? ': ' : '：') + v.missingCategories.map(c => t('cat.' + c)).join(lang() === 'en' ? ', ' : '、') : ''))))))];
}

function source(r) {
  if (r.record === 'TREATMENT') return t('drill.treatment');
  if (r.fromFacilityCode) return facilityLabel(r.fromFacilityCode);
  return [r.sourceKind ? t('source.' + r.sourceKind) : '', name(districtOf(r.sourceDistrictCode)) || r.sourceDistrictCode || ''].filter(Boolean).join(' · ');
}

/** A component's records (receipts or treatments) with the tonnes each counts for the city. */
async function componentDrill(component) {
  const a = latest.city;
  const [page] = await Promise.all([api(`indicators/components/${component}?scope=CITY&from=${a.from}&to=${a.to}&size=100`), registryLoaded]);
  return [el('p', { class: 'muted' }, t('drill.records', num(page.total, 0), num(page.items.length, 0))),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'drill-table' },
      el('tr', {}, el('th', { scope: 'col' }, t('col.day')), el('th', { scope: 'col' }, t('col.facility')), el('th', { scope: 'col' }, t('col.source')),
        el('th', { class: 'num', scope: 'col' }, t('col.counted'))),
      ...page.items.map(r => el('tr', { 'data-facility': r.facilityCode }, el('td', {}, date(r.day)), el('td', { class: 'facility' }, facilityLabel(r.facilityCode)),
        el('td', {}, source(r)), el('td', { class: 'num' }, tonnes(r.countedKg, 3))))))];
}

function trendChart(items) {
  const m = items.map(a => a.from.slice(0, 7));
  const series = [['ind.coverage', a => a.coverage.rate], ['ind.recovery', a => a.recoveryRate.rate], ['ind.resource', a => a.resourceUtilisation.rate]];
  // the month's avoided emissions as bars on their own axis, beside the rates
  const carbonSeries = { name: t('carbon.series'), type: 'bar', yAxisIndex: 1, barMaxWidth: 28, itemStyle: { color: '#9ccfb0' },
    data: items.map(a => (a.carbon ? Number(a.carbon.avoidedTCo2e) : null)) };
  chart('trend-chart').setOption({
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 70, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: m },
    yAxis: [{ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      { type: 'value', name: 't CO₂e', splitLine: { show: false }, axisLabel: { formatter: v => num(v, 0) } }],
    series: [carbonSeries, ...series.map(([k, f]) => ({ name: t(k), type: 'line', data: items.map(f), markLine: k === 'ind.resource'
      ? { symbol: 'none', data: [{ yAxis: items[0]?.resourceUtilisation.target, name: t('ind.target', '') }] } : undefined }))],
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
      ...rates.map(([k, v]) => el('tr', { 'data-rate': k }, el('th', { scope: 'row' }, t(k)), el('td', { class: 'num' }, pct(v.rate)), el('td', { class: 'num' }, v.target == null ? '—' : pct(v.target))))),
      el('p', { class: 'muted' }, `${t('comp.C')} ${tonnes(f.resourceUtilisation.components.collectedKg)} · ${t('col.warnings')} ${r.openWarnings}`),
      f.carbon ? el('p', { class: 'muted', id: 'review-carbon' }, t('carbon.review', tco2e(f.carbon.avoidedTCo2e), f.carbon.factorSet)) : '',
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
  // every facility's utilisation in one answer; names from the registry (read once)
  const [use] = await Promise.all([api(`facilities/capacity?from=${from}&to=${to}`), registryLoaded]);
  const rows = use.items.filter(c => facilityByCode[c.facilityCode]?.designCapacityTonnesPerDay).map(c => ({ f: facilityByCode[c.facilityCode], c }))
    .sort((a, b) => (b.c.utilisation ?? 0) - (a.c.utilisation ?? 0));
  chart('capacity-chart').setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ps => `${facilityName(rows[ps[0].dataIndex].f)}: ${pct(ps[0].value)}` },
    grid: { left: 160, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
    // the registry has no English names: in English the axis names each facility by its code, the tooltip by code and name
    yAxis: { type: 'category', data: rows.map(r => (lang() === 'en' ? r.f.code : r.f.name)), axisLabel: { width: 150, overflow: 'truncate' }, inverse: true },
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
  // without the registry, facilities are named by their codes
  factorSetsLoaded = api('carbon-factor-sets').then(page => { factorSets = Object.fromEntries(page.items.map(x => [x.code, x])); }, () => {});
  registryLoaded = api('facilities?size=500').then(page => { facilityByCode = Object.fromEntries(page.items.map(f => [f.code, f])); },
    err => showError(message, err));
  frame(render);
}

init().catch(err => showError(message, err));

// The bureau's wall screen (大屏): the city at a glance on one 1920 x 1080 screen, refreshed on its own.
// ?refresh=N sets the refresh interval in seconds (default 60, at least 2).
import { api, cityToday, requireSession } from './api.js';
import { facilityName, lang, num, pct, setLang } from './i18n.js';
import { el } from './page.js';
import { applyTexts, t } from './wall-i18n.js';

requireSession();
const params = new URLSearchParams(location.search);
const refreshSeconds = Math.min(3600, Math.max(2, Number(params.get('refresh')) || 60));
const POINTS_EVERY = 10; // the points layer (ETag, 304 when unchanged) every tenth refresh
const STATUS_COLOURS = { ACTIVE: '#4caf50', SUSPENDED: '#ffb300', CLOSED: '#ef5350' };
const STAGE = { POINT: 0, DISTRICT: 0, PRODUCER: 0, SORTING_CENTRE: 1, RECYCLING_PROCESSOR: 2, KITCHEN_WASTE_PLANT: 2,
  HAZARDOUS_WASTE_FACILITY: 2, INCINERATION_PLANT: 3, LANDFILL: 4 };
const message = document.getElementById('message');
const charts = {};
const last = { ticks: 0 };
let geo = null;

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
  return charts[id];
}
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

const iso = d => d.toISOString().slice(0, 10);
/** The indicators' period: this month up to yesterday (an answer the server keeps), the whole last month on the 1st. */
function ratesPeriod() {
  const today = new Date(cityToday() + 'T00:00:00Z');
  const yesterday = new Date(today.getTime() - 86400000);
  const first = new Date(Date.UTC(yesterday.getUTCFullYear(), yesterday.getUTCMonth(), 1));
  return { from: iso(first), to: iso(yesterday) };
}
const tonnes = kg => num(Number(kg) / 1000, 1);
const districtName = code => {
  const d = last.districts?.[code];
  return d ? (lang() === 'en' ? d.nameEn : d.nameZh) : code;
};

async function loadGeo() {
  const r = await fetch('assets/geo/chengdu.json');
  const json = await r.json();
  // regions are named by district code; the names shown come from nameMap in the page's language
  json.features.forEach(f => { f.properties.name = f.properties.adcode; });
  echarts.registerMap('chengdu', json);
  geo = json;
}

async function tick() {
  const { from, to } = ratesPeriod();
  const calls = {
    indicators: api(`indicators/districts?from=${from}&to=${to}`),
    today: api('wall/today'),
    alerts: api('wall/alerts'),
    flows: api('wall/flows'),
    overdue: api('kitchen-waste/manifests?overdue=true&size=3'),
    capacity: api(`facilities/capacity?from=${cityToday().slice(0, 8)}01&to=${cityToday()}`),
  };
  if (last.ticks % POINTS_EVERY === 0) calls.points = api('points/map');
  if (!last.facilities) calls.facilities = api('facilities?size=200');
  if (!last.districts) calls.districtList = api('districts?size=100');
  const keys = Object.keys(calls);
  const answers = await Promise.allSettled(Object.values(calls));
  const failed = [];
  answers.forEach((a, i) => {
    if (a.status === 'fulfilled') last[keys[i]] = a.value;
    else failed.push(a.reason);
  });
  if (last.facilityList === undefined && last.facilities) last.facilityList = last.facilities;
  if (last.districtList && !last.districts) last.districts = Object.fromEntries(last.districtList.items.map(d => [d.code, d]));
  last.period = { from, to };
  last.ticks++;
  if (failed.length) {
    message.textContent = failed.map(e => e.message || String(e)).join('; ');
    message.hidden = false;
  } else {
    message.hidden = true;
    last.updated = new Date();
  }
  draw();
  document.body.dataset.refreshes = String(last.ticks);
  setTimeout(tick, refreshSeconds * 1000);
}

function draw() {
  applyTexts();
  if (last.period) document.getElementById('period').textContent = t('wall.period', last.period.from, last.period.to);
  if (last.updated) {
    document.getElementById('updated').textContent = new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'zh-CN',
      { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(last.updated);
    document.getElementById('updated').setAttribute('datetime', last.updated.toISOString());
  }
  // each panel on its own: one that cannot be drawn leaves the others and says why
  const panels = [
    [last.indicators, () => { rates(last.indicators.city); ranking(last.indicators.districts); }],
    [last.today, () => today(last.today)],
    [last.flows, () => sankey(last.flows)],
    [last.alerts, () => alerts(last.alerts, last.overdue)],
    [geo && last.indicators, map],
  ];
  for (const [ready, drawPanel] of panels) {
    if (!ready) continue;
    try {
      drawPanel();
    } catch (err) {
      console.error(err);
      message.textContent = String(err);
      message.hidden = false;
    }
  }
}

function rates(city) {
  const items = [['coverage', 'ind.coverage', city.coverage], ['recovery', 'ind.recovery', city.recoveryRate],
    ['resource', 'ind.resource', city.resourceUtilisation], ['harmless', 'ind.harmless', city.harmlessTreatment]];
  document.getElementById('rates').replaceChildren(...items.map(([id, key, r]) => {
    const gap = r.rate === null ? null : r.rate - r.target;
    const fill = el('div', { class: 'fill' });
    fill.style.width = Math.min(100, r.rate ?? 0) + '%';
    const mark = el('div', { class: 'mark' });
    mark.style.left = Math.min(100, r.target) + '%';
    return el('div', { class: 'rate ' + (gap === null ? '' : gap >= 0 ? 'met' : 'short'), id: 'rate-' + id },
      el('div', { class: 'name' }, t(key)), el('div', { class: 'value' }, pct(r.rate)),
      el('div', { class: 'bar', role: 'presentation' }, fill, mark),
      el('div', { class: 'target' }, t('wall.target', pct(r.target)), ' · ',
        el('span', { class: 'gap' }, gap === null ? t('wall.nodata') : gap >= 0 ? t('wall.met', num(gap, 2)) : t('wall.gap', num(-gap, 2)))));
  }));
  // beside the rates: the emissions the period's waste avoided against landfill, with the factor set (issue 19)
  const c = city.carbon;
  document.getElementById('wall-carbon').replaceChildren(...(c
    ? [t('wall.carbon'), ' ', el('strong', { id: 'wall-carbon-total' }, t('wall.tco2e', num(c.avoidedTCo2e, 0))), ' ',
      el('span', { class: 'set', translate: 'no' }, `(${c.factorSet})`)]
    : []));
}

function ranking(districts) {
  const rows = [...districts].sort((x, y) => (y.resourceUtilisation.rate ?? -1) - (x.resourceUtilisation.rate ?? -1));
  const cell = r => el('td', { class: 'num ' + (r.rate === null ? '' : r.rate >= r.target ? 'met' : 'short') }, pct(r.rate));
  document.getElementById('ranking').replaceChildren(el('table', { class: 'ranking', id: 'ranking-table' },
    el('tr', {}, el('th', {}, t('wall.col.rank')), el('th', {}, t('wall.col.district')), el('th', { class: 'num' }, t('wall.col.resource')),
      el('th', { class: 'num' }, t('wall.col.recovery')), el('th', { class: 'num' }, t('wall.col.coverage'))),
    ...rows.map((a, i) => el('tr', { 'data-district': a.scope }, el('td', {}, String(i + 1)), el('td', {}, districtName(a.scope)),
      cell(a.resourceUtilisation), cell(a.recoveryRate), cell(a.coverage)))));
}

function today(day) {
  const total = document.getElementById('today-total');
  total.textContent = t('wall.t', num(Number(day.totalKg) / 1000, 2));
  total.dataset.kg = day.totalKg;
  document.getElementById('today').replaceChildren(...day.categories.map(c => el('div', { class: 'cat cat-' + c.category, id: 'today-' + c.category },
    el('div', { class: 'name' }, t('cat.' + c.category)), el('div', { class: 'kg' }, t('wall.t', tonnes(c.kg))),
    el('div', { class: 'n' }, t('wall.weighings', num(c.weighings, 0))))));
}

function alerts(a, overdue) {
  const counts = [['capacity', a.openWarnings.FACILITY_OVER_CAPACITY ?? 0], ['overdue', overdue ? overdue.total : null],
    ['late', a.lateReturns.length], ['open', a.openWarningsTotal]];
  document.getElementById('alert-counts').replaceChildren(...counts.map(([k, n]) => el('div', { class: 'alert-count' + (n ? ' hot' : ''), id: 'alert-' + k },
    el('span', { class: 'label' }, t('wall.alert.' + k)), el('span', { class: 'n' }, n === null ? '—' : num(n, 0)))));
  const items = [
    // a few of each kind, so that one long list does not hide the others
    ...a.lateReturns.slice(0, 4).map(r => el('li', {}, el('span', { class: 'kind' }, t('wall.alert.late')),
      t('wall.late', lang() === 'en' ? r.districtNameEn : r.districtName, r.period, r.dueDate))),
    ...(a.lateReturns.length > 4 ? [el('li', { class: 'more' }, t('wall.more', a.lateReturns.length - 4))] : []),
    ...(overdue ? overdue.items : []).map(m => el('li', {}, el('span', { class: 'kind' }, t('wall.alert.overdue')),
      t('wall.overdue', m.manifestNo, m.haulerCode, (m.pickedUpAt || '').slice(0, 16).replace('T', ' ')))),
    ...a.newestWarnings.map(w => el('li', {}, el('span', { class: 'kind' }, t('wall.kind.' + w.kind)), lang() === 'en' ? w.messageEn : w.messageZh)),
  ];
  document.getElementById('alert-list').replaceChildren(...(items.length ? items : [el('li', {}, t('wall.none'))]));
}

function sankey(flows) {
  const links = new Map();
  for (const l of flows.links) {
    if (!(l.from in STAGE) || !(l.to in STAGE) || STAGE[l.from] >= STAGE[l.to]) continue; // the diagram runs one way
    const key = l.from + '>' + l.to;
    links.set(key, (links.get(key) || 0) + Number(l.kg));
  }
  const data = [...links.entries()].map(([k, kg]) => ({ source: k.split('>')[0], target: k.split('>')[1], value: Math.round(kg / 100) / 10 }));
  const into = {};
  const out = {};
  for (const d of data) {
    out[d.source] = (out[d.source] || 0) + d.value;
    into[d.target] = (into[d.target] || 0) + d.value;
  }
  const nodes = [...new Set(data.flatMap(d => [d.source, d.target]))]
    .map(name => ({ name, depth: Math.min(STAGE[name], 3), value: Math.max(into[name] || 0, out[name] || 0) }));
  chart('sankey').setOption({
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    series: [{ type: 'sankey', left: 10, right: 210, top: 10, bottom: 10, nodeGap: 10, nodeWidth: 16, layoutIterations: 16, data: nodes, links: data,
      emphasis: { focus: 'adjacency' }, lineStyle: { color: 'gradient', opacity: 0.45, curveness: 0.5 },
      label: { color: '#e8f1f8', fontSize: 15, formatter: p => `${t('wall.node.' + p.name)}  ${num(p.data.value, 0)}` },
      itemStyle: { borderWidth: 0 } }],
  }, true);
  document.getElementById('sankey').dataset.links = String(data.length);
}

function map() {
  const { indicators, points, facilityList, capacity } = last;
  const byStatus = {};
  if (points) {
    const at = Object.fromEntries(points.fields.map((f, i) => [f, i]));
    for (const p of points.rows) (byStatus[p[at.status]] ||= []).push([p[at.longitude], p[at.latitude]]);
  }
  const use = Object.fromEntries((capacity?.items || []).map(c => [c.facilityCode, c.utilisation]));
  const facilities = (facilityList?.items || []).filter(f => f.longitude !== null && f.latitude !== null)
    .map(f => ({ name: lang() === 'en' ? f.code : f.name, fullName: facilityName(f), value: [Number(f.longitude), Number(f.latitude), use[f.code] ?? 0] }));
  chart('map').setOption({
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    // regions are keyed by district code (the series' data names); the labels name them in the page's language
    geo: { map: 'chengdu', roam: false, layoutCenter: ['50%', '50%'], layoutSize: '100%', aspectScale: 0.86,
      label: { show: true, color: '#e8f1f8', fontSize: 13, formatter: p => districtName(p.name) }, itemStyle: { areaColor: '#16324a', borderColor: '#8fb8d8', borderWidth: 1 },
      emphasis: { label: { color: '#fff' }, itemStyle: { areaColor: '#24507a' } } },
    visualMap: { type: 'continuous', seriesIndex: 0, min: 70, max: 100, calculable: false, left: 10, bottom: 10, itemHeight: 140,
      text: [t('wall.coverage') + ' 100 %', '70 %'], textStyle: { color: '#e8f1f8', fontSize: 14 },
      inRange: { color: ['#7f1d1d', '#b45309', '#1e6b52', '#1f8a70'] } },
    legend: { right: 10, bottom: 10, orient: 'vertical', textStyle: { color: '#e8f1f8', fontSize: 14 } },
    series: [
      { type: 'map', geoIndex: 0, name: t('wall.coverage'), tooltip: { formatter: p => `${districtName(p.name)}: ${pct(Number.isNaN(p.value) ? null : p.value)}` },
        data: indicators.districts.map(a => ({ name: a.scope, value: a.coverage.rate })) },
      ...Object.entries(byStatus).map(([s, data]) => ({ type: 'scatter', coordinateSystem: 'geo', name: `${t('wall.points')} · ${t('status.' + s)}`,
        data, symbolSize: s === 'ACTIVE' ? 3 : 6, large: true, largeThreshold: 2000, itemStyle: { color: STATUS_COLOURS[s] || '#bbb' }, silent: true, z: s === 'ACTIVE' ? 3 : 4 })),
      { type: 'scatter', coordinateSystem: 'geo', name: t('wall.facilities'), data: facilities, symbol: 'diamond', z: 5,
        symbolSize: v => 10 + Math.min(26, Math.sqrt(Math.max(0, v[2])) * 2.2),
        itemStyle: { color: p => (p.value[2] > 100 ? '#ef5350' : '#4fc3f7'), borderColor: '#08131f', borderWidth: 1 },
        tooltip: { formatter: p => `${p.data.fullName}: ${t('wall.load', pct(p.value[2]))}` } },
    ],
  }, true);
  const model = chart('map').getModel();
  const regions = model.getComponent('geo').coordinateSystem.regions;
  const coloured = model.getSeriesByIndex(0).getData();
  let withValue = 0;
  coloured.each('value', (v, i) => { if (!Number.isNaN(v) && regions.some(r => r.name === coloured.getName(i))) withValue++; });
  const box = document.getElementById('map');
  box.dataset.regions = String(regions.length);
  box.dataset.coloured = String(withValue);
  box.dataset.points = String(Object.values(byStatus).reduce((n, d) => n + d.length, 0));
}

document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(lang() === 'en' ? 'zh' : 'en');
  draw();
});
applyTexts();
loadGeo().catch(err => { message.textContent = String(err); message.hidden = false; }).finally(tick);

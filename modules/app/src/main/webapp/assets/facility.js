import { api, cityToday, newClientKey, requireSession, showError, showOk } from './api.js';
import { date, num, pct, t } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const message = document.getElementById('message');
const select = document.getElementById('facility');
let chart;
let facilities = [];

function kg(v) { return num(v, 0); }

async function init() {
  const today = cityToday();
  const first = new Date(Date.parse(today) - 29 * 86400000).toISOString().slice(0, 10);
  document.getElementById('from').value = first;
  document.getElementById('to').value = today;
  document.getElementById('t-date').value = today;
  const all = (await api('facilities?size=500')).items;
  facilities = s.me.roles.includes('BUREAU') || s.me.roles.includes('ADMIN') ? all : all.filter(f => s.me.scope.facilities.includes(f.code));
  select.replaceChildren(...facilities.map(f => el('option', { value: f.code }, `${f.code} ${f.name}`)));
  for (const id of ['facility', 'from', 'to']) document.getElementById(id).addEventListener('change', render);
  window.addEventListener('resize', () => chart && chart.resize());
  frame(render);
}

async function render() {
  const code = select.value;
  if (!code) return;
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  const facility = facilities.find(f => f.code === code);
  document.getElementById('treatment-form').classList.toggle('hidden', facility.kind !== 'KITCHEN_WASTE_PLANT');
  try {
    const [capacity, balance, flows, alerts] = await Promise.all([
      api(`facilities/${code}/capacity?from=${from}&to=${to}`), api(`facilities/${code}/mass-balance?from=${from}&to=${to}`),
      api(`facilities/${code}/flows?from=${from}&to=${to}`), api(`capacity-alerts?facilityCode=${code}&confirmed=false&from=${from}&to=${to}`)]);
    chart = chart || echarts.init(document.getElementById('intake-chart'));
    chart.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: capacity.days.map(d => d.date) }, yAxis: { type: 'value', name: 't' },
      series: [
        { name: t('facility.in'), type: 'bar', data: capacity.days.map(d => ({ value: Number(d.intakeKg) / 1000,
          itemStyle: { color: d.overCapacity ? '#b3261e' : '#1b7f4b' } })) },
        { name: t('facility.capacityline'), type: 'line', step: 'middle', symbol: 'none', data: capacity.days.map(d => d.capacityKg === null ? null : Number(d.capacityKg) / 1000) }],
    }, true);
    document.getElementById('balance').replaceChildren(el('table', { id: 'balance-table' },
      ...[['facility.in', balance.inputKg], ['facility.outputs', balance.outputsKg], ['facility.residues', balance.residuesKg]].map(([k, v]) =>
        el('tr', {}, el('td', {}, t(k)), el('td', { class: 'num' }, kg(v)))),
      el('tr', {}, el('td', {}, 'Δ'), el('td', { class: 'num' }, `${kg(balance.imbalanceKg)} (${pct(balance.imbalancePercent)})`))),
      el('p', { class: balance.withinTolerance ? 'message ok' : 'message error' }, t(balance.withinTolerance ? 'facility.within' : 'facility.outside')),
      el('p', { class: 'muted' }, `${t('col.utilisation')}: ${pct(capacity.utilisation)}`));
    const alertBox = document.getElementById('alerts');
    alertBox.replaceChildren(...(alerts.items.length === 0 ? [el('p', { class: 'muted' }, t('facility.noalerts'))] : alerts.items.map(a => {
      const comment = el('input', { placeholder: t('district.comment'), 'aria-label': t('district.comment') });
      return el('div', { class: 'card', 'data-alert': a.id }, el('div', {}, `${date(a.date)}: ${kg(a.intakeKg)} / ${kg(a.capacityKg)} kg`), comment,
        el('button', { type: 'button', onclick: async () => {
          try {
            await api(`capacity-alerts/${a.id}/confirmation`, { method: 'POST', body: { comment: comment.value } });
            showOk(message, t('district.confirmed'));
            render();
          } catch (err) { showError(message, err); }
        } }, t('district.confirm')));
    })));
    document.getElementById('flows').replaceChildren(el('table', { id: 'flows-table' },
      el('tr', {}, el('th', {}, t('col.day')), el('th', { class: 'num' }, t('facility.in')), el('th', { class: 'num' }, t('facility.outputs')),
        el('th', { class: 'num' }, t('facility.residues'))),
      ...flows.days.slice().reverse().map(d => el('tr', {}, el('td', {}, date(d.date)), el('td', { class: 'num' }, kg(d.inKg)),
        el('td', { class: 'num' }, kg(d.outputsKg)), el('td', { class: 'num' }, kg(d.residuesKg))))));
  } catch (err) {
    showError(message, err);
  }
}

let pending = null;
document.getElementById('treatment-form').addEventListener('submit', async e => {
  e.preventDefault();
  const v = id => { const x = document.getElementById(id).value.trim(); return x === '' ? null : Number(x); };
  const what = { facilityCode: select.value, date: document.getElementById('t-date').value, inputKg: v('t-input'), impuritiesKg: v('t-impurities'),
    biogasNm3: v('t-biogas'), crudeOilKg: v('t-oil') };
  if (!pending || JSON.stringify(pending.what) !== JSON.stringify(what)) pending = { what, body: { ...what, clientKey: newClientKey() } };
  try {
    await api('kitchen-waste/treatments', { method: 'POST', body: pending.body });
    pending = null;
    showOk(message, t('facility.save') + ' ✓');
    render();
  } catch (err) {
    if (err.status && err.status < 500) pending = null;
    showError(message, err);
  }
});

init().catch(err => showError(message, err));

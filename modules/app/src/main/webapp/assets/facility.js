import { api, cityNowIso, cityToday, hideMessage, newClientKey, requireSession, showError, showOk, showProblem } from './api.js';
import { date, num, pct, t, time } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const message = document.getElementById('message');
const select = document.getElementById('facility');
const DECIMAL = /^\d{1,6}([.,]\d{1,3})?$/;
let chart;
let facilities = [];
let incoming = [];
let disposal = []; // where a rejected part may go: incineration plants and landfills

function kg(v) { return v === null || v === undefined ? '—' : num(v) + ' kg'; }

async function init() {
  const today = cityToday();
  const first = new Date(Date.parse(today) - 29 * 86400000).toISOString().slice(0, 10);
  document.getElementById('from').value = first;
  document.getElementById('to').value = today;
  document.getElementById('t-date').value = today;
  const all = (await api('facilities?size=500')).items;
  disposal = all.filter(f => f.kind === 'INCINERATION_PLANT' || f.kind === 'LANDFILL').sort((a, b) => a.code.localeCompare(b.code));
  facilities = s.me.roles.includes('BUREAU') || s.me.roles.includes('ADMIN') ? all : all.filter(f => s.me.scope.facilities.includes(f.code));
  // a plant's operator opens on the plant: the weighbridge is where the work is
  facilities.sort((a, b) => Number(b.kind === 'KITCHEN_WASTE_PLANT') - Number(a.kind === 'KITCHEN_WASTE_PLANT') || a.code.localeCompare(b.code));
  select.replaceChildren(...facilities.map(f => el('option', { value: f.code }, `${f.code} ${f.name}`)));
  for (const id of ['facility', 'from', 'to']) document.getElementById(id).addEventListener('change', render);
  window.addEventListener('resize', () => chart && chart.resize());
  frame(render);
}

function fillDisposal() {
  const to = document.getElementById('rejected-to');
  const chosen = to.value;
  to.replaceChildren(el('option', { value: '' }, t('reject.pickTo')), ...disposal.map(f => el('option', { value: f.code },
    `${f.code} ${f.name} (${t('kind.' + f.kind)})`)));
  if (chosen) to.value = chosen;
}

// the whole load rejected: the rejected weight is the weighbridge weight
document.getElementById('reject-all').addEventListener('click', () => {
  document.getElementById('rejected-kg').value = document.getElementById('delivery-weight').value.trim();
  document.getElementById('rejection-reason').focus();
});

async function render() {
  fillDisposal();
  // a delivery's result is of the moment it was closed, in the language it was given in: another facility or language clears it
  document.getElementById('delivery-result').replaceChildren();
  const code = select.value;
  if (!code) return;
  const facility = facilities.find(f => f.code === code);
  const plant = facility.kind === 'KITCHEN_WASTE_PLANT';
  document.getElementById('treatment-form').classList.toggle('hidden', !plant);
  document.getElementById('incoming-card').classList.toggle('hidden', !plant);
  await Promise.all([plant ? loadIncoming() : null, loadReports(code)]);
}

// ---- the weighbridge: the manifests coming to the plant, closed on one weight
async function loadIncoming() {
  const box = document.getElementById('incoming');
  try {
    const page = await api(`kitchen-waste/manifests/incoming?facilityCode=${select.value}&size=200`);
    incoming = page.items;
    if (incoming.length === 0) {
      box.replaceChildren(el('p', { class: 'muted', id: 'no-incoming' }, t('facility.noincoming')));
    } else {
      box.replaceChildren(el('p', { class: 'muted' }, t('facility.pickManifests')), el('ul', { class: 'cards-list', id: 'incoming-list' },
        ...incoming.map(m => el('li', { class: m.overdue ? 'overdue' : '', 'data-manifest': m.manifestNo },
          el('div', { class: 'check-row' },
            el('input', { type: 'checkbox', id: 'm-' + m.manifestNo, value: m.manifestNo, class: 'pick', onchange: showSum }),
            el('label', { for: 'm-' + m.manifestNo },
              el('span', { class: 'head' }, el('span', {}, m.manifestNo), m.overdue ? el('span', { class: 'badge late' }, t('hauler.overdue')) : ''),
              el('span', { class: 'muted' }, ` ${m.sourceCode} · ${m.haulerCode} `, el('span', { translate: 'no' }, m.vehicleCode),
                ` · ${date(m.pickedUpAt)} ${time(m.pickedUpAt)}`),
              el('strong', {}, ` · ${t('hauler.picked')} ${kg(m.weightKg)}`)))))));
    }
    showSum();
  } catch (err) {
    showError(message, err);
  }
}

function chosen() {
  return [...document.querySelectorAll('#incoming-list input.pick:checked')].map(i => i.value);
}

function showSum() {
  const picked = chosen();
  const sum = incoming.filter(m => picked.includes(m.manifestNo)).reduce((a, m) => a + Number(m.weightKg), 0);
  document.getElementById('selected-sum').textContent = picked.length ? t('facility.selected', picked.length, kg(sum)) : '';
}

let pendingDelivery = null;
document.getElementById('delivery-form').addEventListener('submit', async e => {
  e.preventDefault();
  const box = document.getElementById('delivery-message');
  hideMessage(box);
  const picked = chosen();
  const raw = document.getElementById('delivery-weight').value.trim();
  if (picked.length === 0) { showProblem(box, t('facility.pickFirst')); return; }
  if (!DECIMAL.test(raw)) { showProblem(box, raw === '' ? t('station.weightMissing') : t('station.notNumber'), 'delivery-weight'); return; }
  // a part (or all) of the load rejected for contamination: its weight, why, and where it goes, all three or none
  const rejectedRaw = document.getElementById('rejected-kg').value.trim();
  const rejectionReason = document.getElementById('rejection-reason').value.trim();
  const rejectedTo = document.getElementById('rejected-to').value;
  const rejecting = rejectedRaw !== '' || rejectionReason !== '' || rejectedTo !== '';
  if (rejecting) {
    if (!DECIMAL.test(rejectedRaw)) { showProblem(box, rejectedRaw === '' ? t('reject.kgMissing') : t('station.notNumber'), 'rejected-kg'); return; }
    if (Number(rejectedRaw.replace(',', '.')) > Number(raw.replace(',', '.'))) { showProblem(box, t('reject.tooMuch'), 'rejected-kg'); return; }
    if (!rejectionReason) { showProblem(box, t('reject.reasonMissing'), 'rejection-reason'); return; }
    if (!rejectedTo) { showProblem(box, t('reject.toMissing'), 'rejected-to'); return; }
  }
  const rejection = rejecting ? { rejectedKg: Number(rejectedRaw.replace(',', '.')), rejectionReason, rejectedToFacilityCode: rejectedTo } : {};
  const what = { picked, raw, code: select.value, rejection };
  // one weighing: pressed again after a lost answer, the same request (a delivered manifest is not delivered twice)
  if (!pendingDelivery || JSON.stringify(pendingDelivery.what) !== JSON.stringify(what)) {
    pendingDelivery = { what, body: { facilityCode: select.value, weightKg: Number(raw.replace(',', '.')), deliveredAt: cityNowIso(), manifestNos: picked,
      ...rejection } };
  }
  const button = document.getElementById('delivery-submit');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const done = await api('kitchen-waste/deliveries', { method: 'POST', body: pendingDelivery.body });
    pendingDelivery = null;
    const items = done.items;
    const pickedUp = items.reduce((a, m) => a + Number(m.weightKg), 0);
    const first = items[0];
    showOk(box, t('facility.closed', items.length, first.deliveryNo, kg(pickedUp), kg(first.discrepancyKg), first.discrepancyFlag ? t('facility.outside') : t('facility.within')));
    if (first.discrepancyFlag) box.className = 'message error';
    document.getElementById('delivery-result').replaceChildren(el('table', { id: 'delivery-table' },
      el('tr', {}, el('th', { scope: 'col' }, t('facility.manifest')), el('th', { class: 'num', scope: 'col' }, t('hauler.picked')),
        el('th', { class: 'num', scope: 'col' }, t('facility.share')), el('th', { class: 'num', scope: 'col' }, t('facility.diff'))),
      ...items.map(m => el('tr', { 'data-manifest': m.manifestNo }, el('td', {}, m.manifestNo), el('td', { class: 'num' }, kg(m.weightKg)),
        el('td', { class: 'num' }, kg(m.deliveredKg)), el('td', { class: 'num' }, kg(Number(m.deliveredKg) - Number(m.weightKg)))))));
    const rejected = items.reduce((a, m) => a + Number(m.rejectedKg || 0), 0);
    const accepted = items.reduce((a, m) => a + Number(m.acceptedKg ?? m.deliveredKg ?? 0), 0);
    document.getElementById('delivery-result').append(el('p', { id: 'rejection-result', class: rejected > 0 ? 'message error' : 'muted' },
      rejected > 0 ? t('reject.result', kg(accepted), kg(rejected), first.rejectedToFacilityCode, first.rejectionReason || '') : t('reject.noneResult', kg(accepted))));
    document.getElementById('delivery-weight').value = '';
    for (const id of ['rejected-kg', 'rejection-reason', 'rejected-to']) document.getElementById(id).value = '';
    loadIncoming();
    loadReports(select.value);
  } catch (err) {
    if (err.status && err.status < 500) pendingDelivery = null;
    showError(box, err, { weightKg: 'delivery-weight', deliveredAt: 'delivery-weight', rejectedKg: 'rejected-kg', rejectionReason: 'rejection-reason',
      rejectedToFacilityCode: 'rejected-to' });
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
});

// ---- intake, mass balance, alerts, flows
async function loadReports(code) {
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  try {
    const [capacity, balance, flows, alerts] = await Promise.all([
      api(`facilities/${code}/capacity?from=${from}&to=${to}`), api(`facilities/${code}/mass-balance?from=${from}&to=${to}`),
      api(`facilities/${code}/flows?from=${from}&to=${to}`), api(`capacity-alerts?facilityCode=${code}&confirmed=false&from=${from}&to=${to}`)]);
    chart = chart || echarts.init(document.getElementById('intake-chart'));
    chart.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: capacity.days.map(d => d.date) }, yAxis: { type: 'value', name: t('unit.tonnes') },
      series: [
        { name: t('facility.in'), type: 'bar', data: capacity.days.map(d => ({ value: Number(d.intakeKg) / 1000,
          itemStyle: { color: d.overCapacity ? '#b3261e' : '#1b7f4b' } })) },
        { name: t('facility.capacityline'), type: 'line', step: 'middle', symbol: 'none', data: capacity.days.map(d => d.capacityKg === null ? null : Number(d.capacityKg) / 1000) }],
    }, true);
    // every term of the balance, with its sign: input − products − residues − treated − stock change = imbalance
    const terms = [['facility.in', '', balance.inputKg], ['facility.outputs', '−', balance.outputsKg], ['facility.residues', '−', balance.residuesKg],
      ['facility.disposed', '−', balance.disposedKg], ['facility.stock', '−', balance.stockChangeKg]];
    document.getElementById('balance').replaceChildren(el('table', { id: 'balance-table', class: 'balance' },
      ...terms.map(([k, sign, v]) => el('tr', { 'data-term': k }, el('td', { class: 'term' }, sign), el('td', {}, t(k)), el('td', { class: 'num' }, kg(v)))),
      el('tr', { class: 'total' }, el('td', {}, '='), el('td', {}, t('facility.imbalance')),
        el('td', { class: 'num' }, `${kg(balance.imbalanceKg)} (${pct(balance.imbalancePercent)})`))),
      el('p', { class: balance.withinTolerance ? 'message ok' : 'message error' },
        t(balance.withinTolerance ? 'facility.within' : 'facility.outside'), ` (±${num(balance.tolerancePercent)} %)`),
      el('p', { class: 'muted' }, `${t('col.utilisation')}: ${pct(capacity.utilisation)}`));
    const alertBox = document.getElementById('alerts');
    alertBox.replaceChildren(...(alerts.items.length === 0 ? [el('p', { class: 'muted' }, t('facility.noalerts'))] : alerts.items.map(a => {
      const id = 'alert-comment-' + a.id;
      const msg = el('div', { class: 'message', hidden: '', id: 'alert-message-' + a.id, 'aria-live': 'polite' });
      const comment = el('input', { id });
      return el('div', { class: 'group', 'data-alert': a.id }, el('div', {}, `${date(a.date)}: ${kg(a.intakeKg)} / ${kg(a.capacityKg)}`),
        el('label', { for: id }, t('district.comment')), comment,
        el('p', {}, el('button', { type: 'button', onclick: async () => {
          try {
            await api(`capacity-alerts/${a.id}/confirmation`, { method: 'POST', body: { comment: comment.value } });
            showOk(message, t('district.confirmed'));
            loadReports(code);
          } catch (err) { showError(msg, err, { comment: id }); }
        } }, t('district.confirm'))), msg);
    })));
    document.getElementById('flows').replaceChildren(el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'flows-table' },
      el('tr', {}, el('th', { scope: 'col' }, t('col.day')), el('th', { class: 'num', scope: 'col' }, t('facility.in') + ' (kg)'),
        el('th', { class: 'num', scope: 'col' }, t('facility.outputs') + ' (kg)'), el('th', { class: 'num', scope: 'col' }, t('facility.residues') + ' (kg)')),
      ...flows.days.slice().reverse().map(d => el('tr', {}, el('td', {}, date(d.date)), el('td', { class: 'num' }, num(d.inKg, 0)),
        el('td', { class: 'num' }, num(d.outputsKg, 0)), el('td', { class: 'num' }, num(d.residuesKg, 0)))))));
  } catch (err) {
    showError(message, err);
  }
}

let pending = null;
document.getElementById('treatment-form').addEventListener('submit', async e => {
  e.preventDefault();
  const box = document.getElementById('treatment-message');
  hideMessage(box);
  const v = id => { const x = document.getElementById(id).value.trim().replace(',', '.'); return x === '' ? null : Number(x); };
  for (const id of ['t-input', 't-impurities', 't-biogas', 't-oil', 't-digestate']) {
    const x = document.getElementById(id).value.trim();
    if (x !== '' && !DECIMAL.test(x)) { showProblem(box, t('station.notNumber'), id); return; }
  }
  const what = { facilityCode: select.value, date: document.getElementById('t-date').value, inputKg: v('t-input'), impuritiesKg: v('t-impurities'),
    biogasNm3: v('t-biogas'), crudeOilKg: v('t-oil'), digestateKg: v('t-digestate') };
  if (!pending || JSON.stringify(pending.what) !== JSON.stringify(what)) pending = { what, body: { ...what, clientKey: newClientKey() } };
  try {
    await api('kitchen-waste/treatments', { method: 'POST', body: pending.body });
    pending = null;
    showOk(box, t('facility.saved'));
    loadReports(select.value);
  } catch (err) {
    if (err.status && err.status < 500) pending = null;
    showError(box, err, { date: 't-date', inputKg: 't-input', impuritiesKg: 't-impurities', biogasNm3: 't-biogas', crudeOilKg: 't-oil',
      digestateKg: 't-digestate' });
  }
});

init().catch(err => showError(message, err));

import { api, cityNowIso, newClientKey, requireSession, showError, showOk } from './api.js';
import { date, num, t, time } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const hauler = s.me.scope.haulers[0];
const message = document.getElementById('message');
let pending = null;

async function render() {
  if (!hauler) return;
  try {
    const vehicles = await api(`vehicles?haulerCode=${hauler}&size=200`);
    const select = document.getElementById('vehicle');
    const chosen = select.value;
    select.replaceChildren(...vehicles.items.map(v => el('option', { value: v.code }, `${v.code} (${num(v.capacityKg, 0)} kg)`)));
    if (chosen) select.value = chosen;
    const open = await api(`kitchen-waste/manifests?status=PICKED_UP&haulerCode=${hauler}&size=200`);
    const box = document.getElementById('manifests');
    if (open.items.length === 0) {
      box.replaceChildren(el('p', { class: 'muted' }, t('hauler.none')));
      return;
    }
    open.items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.pickedUpAt.localeCompare(b.pickedUpAt));
    box.replaceChildren(el('table', { id: 'manifest-table' }, el('tr', {}, el('th', {}, 'No.'), el('th', {}, t('hauler.source')),
      el('th', { class: 'num' }, t('col.weight')), el('th', {}, t('col.time')), el('th', {}, t('hauler.deliver'))),
    ...open.items.map(m => {
      const plant = el('input', { placeholder: 'QL-KW01', 'aria-label': t('hauler.plant'), class: 'plant' });
      plant.value = m.destinationFacilityCode ?? '';
      const weight = el('input', { inputmode: 'decimal', 'aria-label': t('hauler.weighbridge'), placeholder: t('hauler.weighbridge'), class: 'weighbridge' });
      return el('tr', { class: m.overdue ? 'overdue' : '', 'data-manifest': m.manifestNo },
        el('td', {}, m.manifestNo, m.overdue ? el('div', { class: 'badge late' }, t('hauler.overdue')) : ''),
        el('td', {}, m.sourceCode, m.destinationFacilityCode ? el('div', { class: 'muted' }, `→ ${m.destinationFacilityCode}`) : ''),
        el('td', { class: 'num' }, num(m.weightKg)),
        el('td', {}, `${date(m.pickedUpAt)} ${time(m.pickedUpAt)}`),
        el('td', {}, plant, weight, el('button', { type: 'button', class: 'deliver', onclick: async () => {
          try {
            await api(`kitchen-waste/manifests/${encodeURIComponent(m.manifestNo)}/delivery`, { method: 'POST', body: {
              facilityCode: plant.value.trim(), weightKg: weight.value === '' ? null : Number(weight.value), deliveredAt: cityNowIso() } });
            showOk(message, `${m.manifestNo} ✓`);
            render();
          } catch (err) {
            showError(message, err);
          }
        } }, t('hauler.deliver'))));
    })));
  } catch (err) {
    showError(message, err);
  }
}

document.getElementById('pickup-form').addEventListener('submit', async e => {
  e.preventDefault();
  const source = document.getElementById('source').value.trim();
  const raw = document.getElementById('pickup-weight').value.trim();
  const destination = document.getElementById('destination').value.trim();
  const what = { source, vehicle: document.getElementById('vehicle').value, raw, destination };
  if (!pending || JSON.stringify(pending.what) !== JSON.stringify(what)) {
    const isProducer = /-R\d+$/.test(source);
    pending = { what, body: { sourcePointCode: isProducer ? null : source, producerCode: isProducer ? source : null, haulerCode: hauler,
      vehicleCode: what.vehicle, weightKg: raw === '' ? null : Number(raw), pickedUpAt: cityNowIso(), clientKey: newClientKey(),
      destinationFacilityCode: destination === '' ? null : destination } };
  }
  try {
    const m = await api('kitchen-waste/manifests', { method: 'POST', body: pending.body });
    pending = null;
    showOk(message, `${m.manifestNo}: ${num(m.weightKg)} kg`);
    render();
  } catch (err) {
    if (err.status && err.status < 500) pending = null;
    showError(message, err);
  }
});

frame(render);

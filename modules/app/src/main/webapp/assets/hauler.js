import { ApiError, api, cityNowIso, hideMessage, isNetworkError, newClientKey, requireSession, showError, showOk, showProblem } from './api.js';
import { date, num, t, time } from './i18n.js';
import { el, frame } from './page.js';
import { photoPicker } from './photos.js';

const s = requireSession();
const hauler = s.me.scope.haulers[0];
const message = document.getElementById('message');
const DECIMAL = /^\d{1,6}([.,]\d{1,3})?$/;
let pending = null;
let routes = [];
let plants = [];
let pointNames = {};

function sourceLabel(kind, code) {
  return pointNames[code] ? `${code} ${pointNames[code]}` : code;
}

/** The sources are the stops of the hauler's routes, picked, not typed. */
function fillSources() {
  const select = document.getElementById('source');
  const chosen = select.value;
  const groups = routes.filter(r => r.stops.length).map(r => el('optgroup', { label: `${r.code} ${r.name}` },
    ...r.stops.map(st => el('option', { value: `${st.sourceKind}|${st.sourceCode}|${r.code}` }, sourceLabel(st.sourceKind, st.sourceCode)))));
  select.replaceChildren(el('option', { value: '' }, t('hauler.pickSource')), ...groups);
  if (chosen) select.value = chosen;
  document.getElementById('no-routes').hidden = groups.length > 0;
  const dest = document.getElementById('destination');
  const d = dest.value;
  dest.replaceChildren(el('option', { value: '' }, t('hauler.byRoute')), ...plants.map(p => el('option', { value: p.code }, `${p.code} ${p.name}`)));
  if (d) dest.value = d;
  // a refusal is of a point's bin: the points among the stops, each once
  const refusalPoint = document.getElementById('refusal-point');
  const r = refusalPoint.value;
  const points = [...new Set(routes.flatMap(x => x.stops.filter(st => st.sourceKind === 'POINT').map(st => st.sourceCode)))].sort();
  refusalPoint.replaceChildren(el('option', { value: '' }, t('hauler.pickSource')), ...points.map(c => el('option', { value: c }, sourceLabel('POINT', c))));
  if (r) refusalPoint.value = r;
}

function card(m, delivered) {
  const diff = delivered && m.deliveredKg !== null ? Number(m.deliveredKg) - Number(m.weightKg) : null;
  return el('li', { class: m.overdue ? 'overdue' : '', 'data-manifest': m.manifestNo },
    el('div', { class: 'head' }, el('span', {}, m.manifestNo), m.overdue ? el('span', { class: 'badge late' }, t('hauler.overdue')) : ''),
    el('div', {}, `${sourceLabel(m.sourceKind, m.sourceCode)} · ${m.vehicleCode}`),
    el('div', {}, `${t('hauler.picked')} ${num(m.weightKg)} kg · ${date(m.pickedUpAt)} ${time(m.pickedUpAt)}`),
    delivered
      ? el('div', { class: 'delivery-result' }, t('hauler.result', m.facilityCode, num(m.deliveredKg), diff === null ? '—' : (diff > 0 ? '+' : '') + num(diff)),
        m.discrepancyFlag ? el('span', { class: 'badge late' }, ' ' + t('hauler.flagged')) : '')
      : el('div', { class: 'muted' }, `→ ${m.destinationFacilityCode || t('hauler.anyPlant')}`));
}

async function render() {
  if (!hauler) return;
  try {
    const [vehicles, routePage, facilities, open, done] = await Promise.all([api(`vehicles?haulerCode=${hauler}&size=200`),
      api(`kitchen-waste/routes?haulerCode=${hauler}`), api('facilities?size=500').catch(() => ({ items: [] })),
      api(`kitchen-waste/manifests?status=PICKED_UP&haulerCode=${hauler}&size=200`),
      api(`kitchen-waste/manifests?status=DELIVERED&haulerCode=${hauler}&size=10`)]);
    routes = routePage.items;
    plants = facilities.items.filter(f => f.kind === 'KITCHEN_WASTE_PLANT');
    fillSources();
    const select = document.getElementById('vehicle');
    const chosen = select.value;
    select.replaceChildren(...vehicles.items.map(v => el('option', { value: v.code }, `${v.code} (${num(v.capacityKg, 0)} kg)`)));
    if (chosen) select.value = chosen;
    open.items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.pickedUpAt.localeCompare(b.pickedUpAt));
    document.getElementById('manifests').replaceChildren(open.items.length === 0 ? el('p', { class: 'muted' }, t('hauler.none'))
      : el('ul', { class: 'cards-list', id: 'manifest-list' }, ...open.items.map(m => card(m, false))));
    document.getElementById('delivered').replaceChildren(done.items.length === 0 ? el('p', { class: 'muted' }, t('hauler.nodelivered'))
      : el('ul', { class: 'cards-list', id: 'delivered-list' }, ...done.items.map(m => card(m, true))));
    loadNames();
    loadRefusals();
  } catch (err) {
    showError(message, err);
  }
}

// ---- refusals at pickup (不合格不收运): the point's notice, with a photo; retried with the same client key, stored once
const refusalBox = document.getElementById('refusal-message');
const refusalPhotos = photoPicker(document.getElementById('refusal-photo'), document.getElementById('refusal-photos'));
let pendingRefusal = null;

async function loadRefusals() {
  const box = document.getElementById('refusals');
  try {
    const page = await api(`kitchen-waste/refusals?haulerCode=${hauler}&size=20`);
    box.replaceChildren(page.items.length === 0 ? el('p', { class: 'muted', id: 'no-refusals' }, t('refusal.none'))
      : el('ul', { class: 'cards-list', id: 'refusal-list' }, ...page.items.map(r => el('li', { class: r.overdue ? 'overdue' : '', 'data-refusal': r.id },
        el('div', { class: 'head' }, el('span', {}, sourceLabel('POINT', r.sourcePointCode)),
          el('span', {}, el('span', { class: 'badge ' + (r.status === 'OPEN' ? 'SUBMITTED' : 'LOCKED') }, t('refusal.' + r.status)),
            r.repeated ? el('span', { class: 'badge repeat' }, ' ' + t('quality.repeated')) : '',
            r.overdue ? el('span', { class: 'badge late' }, ' ' + t('quality.overdue')) : '')),
        el('div', {}, `${date(r.refusedAt)} ${time(r.refusedAt)} · ${r.reason}`),
        el('div', { class: 'muted' }, r.status === 'OPEN' ? t('refusal.due', date(r.dueDate)) : t('refusal.closedBy', r.closedByManifestNo || '—'))))));
  } catch (err) {
    showError(refusalBox, err);
  }
}

document.getElementById('refusal-form').addEventListener('submit', async e => {
  e.preventDefault();
  hideMessage(refusalBox);
  const point = document.getElementById('refusal-point').value;
  const reason = document.getElementById('refusal-reason').value.trim();
  if (!point) { showProblem(refusalBox, t('hauler.pickSourceFirst'), 'refusal-point'); return; }
  if (!reason) { showProblem(refusalBox, t('refusal.reasonNeeded'), 'refusal-reason'); document.getElementById('refusal-reason').focus(); return; }
  if (refusalPhotos.waiting()) { showProblem(refusalBox, t('inspector.photosWaiting'), 'refusal-photo'); return; }
  const what = { sourcePointCode: point, haulerCode: hauler, reason, photoIds: refusalPhotos.ids() };
  if (!pendingRefusal || JSON.stringify(pendingRefusal.what) !== JSON.stringify(what)) {
    pendingRefusal = { what, body: { ...what, refusedAt: cityNowIso(), clientKey: newClientKey() } };
  }
  const button = document.getElementById('refusal-submit');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const r = await api('kitchen-waste/refusals', { method: 'POST', body: pendingRefusal.body });
    pendingRefusal = null;
    showOk(refusalBox, t(r.repeated ? 'refusal.recordedRepeat' : 'refusal.recorded', sourceLabel('POINT', r.sourcePointCode), date(r.dueDate)));
    document.getElementById('refusal-reason').value = '';
    refusalPhotos.clear();
    loadRefusals();
  } catch (err) {
    if (isNetworkError(err) || (err instanceof ApiError && err.status >= 500)) {
      showProblem(refusalBox, t('refusal.notSent'));
    } else {
      pendingRefusal = null;
      showError(refusalBox, err, { sourcePointCode: 'refusal-point', reason: 'refusal-reason', refusedAt: 'refusal-point' });
    }
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
});

let namesAsked = false;
async function loadNames() {
  if (namesAsked) return;
  namesAsked = true;
  const codes = [...new Set(routes.flatMap(r => r.stops.filter(st => st.sourceKind === 'POINT').map(st => st.sourceCode)))].slice(0, 60);
  const found = await Promise.all(codes.map(c => api(`points/${encodeURIComponent(c)}`).then(p => [c, p.name], () => [c, null])));
  pointNames = Object.fromEntries(found.filter(([, n]) => n));
  fillSources();
}

document.getElementById('pickup-form').addEventListener('submit', async e => {
  e.preventDefault();
  hideMessage(message);
  const source = document.getElementById('source').value;
  const raw = document.getElementById('pickup-weight').value.trim();
  if (!source) { showProblem(message, t('hauler.pickSourceFirst'), 'source'); return; }
  if (!DECIMAL.test(raw)) { showProblem(message, raw === '' ? t('station.weightMissing') : t('station.notNumber'), 'pickup-weight'); return; }
  const [kind, code, routeCode] = source.split('|');
  const destination = document.getElementById('destination').value;
  const route = routes.find(r => r.code === routeCode);
  const what = { source, vehicle: document.getElementById('vehicle').value, raw, destination };
  if (!pending || JSON.stringify(pending.what) !== JSON.stringify(what)) {
    pending = { what, body: { sourcePointCode: kind === 'POINT' ? code : null, producerCode: kind === 'PRODUCER' ? code : null, haulerCode: hauler,
      vehicleCode: what.vehicle, weightKg: Number(raw.replace(',', '.')), pickedUpAt: cityNowIso(), clientKey: newClientKey(),
      destinationFacilityCode: destination || (route && route.destinationFacilityCode) || null } };
  }
  const button = document.getElementById('pickup-submit');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const m = await api('kitchen-waste/manifests', { method: 'POST', body: pending.body });
    pending = null;
    showOk(message, t('hauler.opened', m.manifestNo, num(m.weightKg), m.destinationFacilityCode || t('hauler.anyPlant')));
    document.getElementById('pickup-weight').value = '';
    render();
  } catch (err) {
    if (err.status && err.status < 500) pending = null;
    showError(message, err, { weightKg: 'pickup-weight', vehicleCode: 'vehicle', destinationFacilityCode: 'destination',
      sourcePointCode: 'source', producerCode: 'source' });
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
});

frame(render);

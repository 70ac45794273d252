// The inspector's phone page (督导检查): this month's plan for the signed-in inspector, the rubric valid today as large
// controls, photos from the camera, the position when allowed; the verdict is the server's. Submissions are kept on the phone
// in a queue, each with its client key, until the server acknowledges them: without a signal the inspector goes on to the next
// community, and each is sent again, in order and as it was, when the network is back, so it is stored once.
import { ApiError, api, cityNowIso, cityToday, hideMessage, isNetworkError, newClientKey, requireSession, showError, showOk, showProblem }
  from './api.js';
import { photoPicker } from './photos.js';
import { date, num, t, time } from './i18n.js';
import { el, frame } from './page.js';

const s = requireSession();
const KEPT = 'wastenet.inspection.' + s.username;
const SCORE = /^\d{1,4}([.,]\d)?$/;
const message = document.getElementById('message');
const box = document.getElementById('inspection-message');
const submitButton = document.getElementById('inspection-submit');
const select = document.getElementById('community');
const districts = (s.me.scope && s.me.scope.districts) || [];

let rubric = null;
let assignments = []; // this month's assignments of the signed-in inspector: {communityCode, done}
let communities = []; // the communities of the inspector's districts
let vetoes = new Set();
let position = null; // {latitude, longitude, accuracy} when the phone allowed it
let positionState = 'asking';
let lastVerdict = null;

function month() { return cityToday().slice(0, 7); }

/** The queue kept on the phone (a single submission, as an earlier version of the page kept it, becomes a queue of one). */
function kept() {
  try {
    const k = JSON.parse(localStorage.getItem(KEPT));
    return Array.isArray(k) ? k : k ? [k] : [];
  } catch { return []; }
}
function keep() {
  if (queue.length) localStorage.setItem(KEPT, JSON.stringify(queue)); else localStorage.removeItem(KEPT);
}
/** The submissions not yet acknowledged, oldest first: each sent again as it was (same client key) until the server answers. */
let queue = kept();
/** The client key of the submission the form still shows (its fields are named when the server refuses it). */
let inForm = null;

/** Kept inspections the server refused (the form had moved on): listed, on this phone too, until the inspector dismisses them. */
const REFUSED = KEPT + '.refused';
let refused = (() => { try { return JSON.parse(localStorage.getItem(REFUSED)) || []; } catch { return []; } })();
function keepRefused() {
  if (refused.length) localStorage.setItem(REFUSED, JSON.stringify(refused)); else localStorage.removeItem(REFUSED);
}
function renderRefused() {
  const list = document.getElementById('refused-list');
  list.hidden = refused.length === 0;
  list.replaceChildren(...(refused.length === 0 ? [] : [el('p', {}, t('inspector.refusedTitle', num(refused.length, 0))),
    el('ul', {}, ...refused.map(r => el('li', { 'data-community': r.communityCode },
      t('inspector.refusedKept', communityLabel(r.communityCode), `${date(r.inspectedAt)} ${time(r.inspectedAt)}`, r.detail), ' ',
      el('button', { type: 'button', class: 'link dismiss', onclick: () => { refused = refused.filter(x => x !== r); keepRefused(); renderRefused(); } },
        t('inspector.dismiss')))))]));
}

const communityName = code => communities.find(c => c.code === code)?.name;
const communityLabel = code => (communityName(code) ? `${code} ${communityName(code)}` : code);

/** The month's plans and the inspector's inspections of it: the assignments, each marked done or not. */
function assignmentsRead() {
  const today = cityToday();
  return [api(`inspection-plans?period=${month()}&size=100`), api(`inspections?from=${month()}-01&to=${today}&size=1000`)];
}
function assignmentsOf(plans, mine) {
  const inspected = new Set(mine.items.filter(i => i.inspectedBy === s.username).map(i => i.communityCode));
  return plans.items.flatMap(p => p.assignments.filter(a => a.inspector === s.username)
    .map(a => ({ communityCode: a.communityCode, districtCode: p.districtCode, done: inspected.has(a.communityCode) })));
}

async function load() {
  try {
    const [rubrics, plans, mine, ...perDistrict] = await Promise.all([
      api(`inspection-rubrics?on=${cityToday()}`).catch(err => { if (err instanceof ApiError && [400, 404].includes(err.status)) return { items: [] }; throw err; }),
      ...assignmentsRead(),
      ...districts.map(d => api(`communities?districtCode=${d}&size=1000`))]);
    rubric = rubrics.items[0] || null;
    communities = perDistrict.flatMap(p => p.items).sort((a, b) => a.code.localeCompare(b.code));
    assignments = assignmentsOf(plans, mine);
    render();
  } catch (err) {
    showError(message, err);
  }
}

/** After an acknowledgement: the assignments again, without redrawing the form the inspector may be filling in. */
async function loadAssignments() {
  try {
    const [plans, mine] = await Promise.all(assignmentsRead());
    assignments = assignmentsOf(plans, mine);
    renderAssignments();
    showKind();
  } catch {
    // shown at the next load of the page
  }
}

function render() {
  renderAssignments();
  fillCommunities();
  renderItems();
  photos.redraw();
  renderPosition();
  renderPending();
  renderRefused();
  if (lastVerdict) showVerdict(lastVerdict, false);
}

function renderAssignments() {
  const list = document.getElementById('assignments');
  if (assignments.length === 0) {
    list.replaceChildren(el('p', { class: 'muted', id: 'no-assignments' }, t('inspector.noPlan', month())));
    return;
  }
  const todo = assignments.filter(a => !a.done).length;
  list.replaceChildren(el('p', { class: 'muted', id: 'plan-summary' }, t('inspector.planSummary', month(), assignments.length, todo)),
    el('ul', { class: 'cards-list', id: 'assignment-list' }, ...assignments.slice().sort((a, b) => Number(a.done) - Number(b.done))
      .map(a => el('li', { 'data-community': a.communityCode, class: a.done ? 'done' : '' },
        el('div', { class: 'head' }, el('span', { id: 'name-' + a.communityCode, translate: 'no' }, communityLabel(a.communityCode)),
          el('span', { class: 'badge ' + (a.done ? 'COMPLETED' : 'SUBMITTED') }, t(a.done ? 'inspector.done' : 'inspector.todo'))),
        el('button', { type: 'button', class: 'inspect', id: 'inspect-' + a.communityCode,
          'aria-labelledby': `inspect-${a.communityCode} name-${a.communityCode}`,
          onclick: () => { select.value = a.communityCode; showKind(); document.getElementById('community').focus(); } },
        t('inspector.inspect'))))));
}

function fillCommunities() {
  const chosen = select.value;
  const planned = new Set(assignments.map(a => a.communityCode));
  const option = c => el('option', { value: c }, communityLabel(c));
  const groups = [];
  if (planned.size) groups.push(el('optgroup', { label: t('inspector.planned') }, ...[...planned].sort().map(option)));
  const others = communities.map(c => c.code).filter(c => !planned.has(c));
  if (others.length) groups.push(el('optgroup', { label: t('inspector.outside') }, ...others.map(option)));
  select.replaceChildren(el('option', { value: '' }, t('inspector.pickCommunity')), ...groups);
  if (chosen) select.value = chosen;
  showKind();
}

function showKind() {
  const c = select.value;
  const planned = assignments.some(a => a.communityCode === c);
  document.getElementById('community-kind').textContent = !c ? '' : planned ? t('inspector.isPlanned') : t('inspector.isOutside');
}
select.addEventListener('change', () => { hideMessage(box); showKind(); });

/** The scores as the inputs hold them (empty: not scored yet). */
function scoreInputs() {
  return rubric ? rubric.items.map(i => ({ item: i, input: document.getElementById('score-' + i.code) })) : [];
}

function renderItems() {
  const items = document.getElementById('items');
  if (!rubric) {
    document.getElementById('rubric-name').textContent = '';
    items.replaceChildren(el('p', { class: 'message error', id: 'no-rubric' }, t('inspector.noRubric')));
    submitButton.disabled = true;
    return;
  }
  submitButton.disabled = false;
  const before = Object.fromEntries(scoreInputs().filter(x => x.input).map(x => [x.item.code, x.input.value]));
  document.getElementById('rubric-name').textContent = t('inspector.rubric', rubric.name, rubric.code, num(rubric.passScore));
  // the items' names are the bureau's, in Chinese only: kept out of translation (translate="no"), named to assistive
  // technology through the legend, with the words around them in the page's language
  items.replaceChildren(el('span', { id: 'word-minus', class: 'visually-hidden' }, t('inspector.minusWord')),
    el('span', { id: 'word-plus', class: 'visually-hidden' }, t('inspector.plusWord')), ...rubric.items.map(i => {
      const id = 'score-' + i.code;
      const legend = 'legend-' + i.code;
      const input = el('input', { id, class: 'score', inputmode: 'decimal', autocomplete: 'off', 'data-item': i.code,
        'aria-labelledby': legend, 'aria-describedby': 'max-' + i.code, oninput: runningTotal });
      input.value = before[i.code] ?? '';
      const step = d => () => {
        const v = input.value.trim() === '' ? (d > 0 ? Number(i.maxScore) : Number(i.maxScore) - 1) : Number(input.value.replace(',', '.')) + d;
        input.value = String(Math.max(0, Math.min(Number(i.maxScore), Math.round(v * 10) / 10)));
        runningTotal();
      };
      return el('fieldset', { class: 'item', 'data-item': i.code },
        el('legend', { id: legend }, el('span', { translate: 'no' }, i.name)),
        el('div', { class: 'score-row' },
          el('button', { type: 'button', class: 'step minus', id: 'minus-' + i.code, 'aria-labelledby': `word-minus ${legend}`, onclick: step(-1) }, '−'),
          input,
          el('button', { type: 'button', class: 'step plus', id: 'plus-' + i.code, 'aria-labelledby': `word-plus ${legend}`, onclick: step(1) }, '+'),
          el('button', { type: 'button', class: 'full', id: 'full-' + i.code, 'aria-labelledby': `full-${i.code} ${legend}`,
            onclick: () => { input.value = String(Number(i.maxScore)); runningTotal(); } }, t('inspector.full'))),
        el('div', { class: 'muted', id: 'max-' + i.code }, t('inspector.max', num(i.maxScore))),
        i.veto ? el('button', { type: 'button', class: 'veto', id: 'veto-' + i.code, 'aria-pressed': String(vetoes.has(i.code)),
          onclick: e => toggleVeto(i.code, e.currentTarget) }, t('inspector.vetoWord') + ' ', el('span', { translate: 'no' }, i.name)) : '');
    }));
  runningTotal();
}

function toggleVeto(code, button) {
  if (vetoes.has(code)) vetoes.delete(code); else vetoes.add(code);
  button.setAttribute('aria-pressed', String(vetoes.has(code)));
  runningTotal();
}

/** The sum as typed, for the inspector's eye only: the verdict shown after sending is the server's. */
function runningTotal() {
  const xs = scoreInputs().map(x => x.input.value.trim().replace(',', '.'));
  const line = document.getElementById('running-total');
  if (!rubric || xs.some(x => x === '' || !SCORE.test(x))) { line.textContent = ''; return; }
  const sum = xs.reduce((a, x) => a + Number(x), 0);
  line.textContent = t('inspector.typed', num(sum), num(rubric.passScore)) + (vetoes.size ? ' · ' + t('inspector.vetoesChosen', vetoes.size) : '');
}

// ---- photos: uploaded as soon as they are taken; the inspection refers to them by id
const photos = photoPicker(document.getElementById('photo'), document.getElementById('photos'));

// ---- the position, when the phone allows it
function locate() {
  if (!navigator.geolocation) { positionState = 'none'; renderPosition(); return; }
  navigator.geolocation.getCurrentPosition(p => {
    position = { latitude: Number(p.coords.latitude.toFixed(6)), longitude: Number(p.coords.longitude.toFixed(6)), accuracy: p.coords.accuracy };
    positionState = 'known';
    renderPosition();
  }, () => { positionState = 'none'; renderPosition(); }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 120000 });
}

function renderPosition() {
  document.getElementById('position').textContent = positionState === 'known'
    ? t('inspector.position', num(position.latitude, 5), num(position.longitude, 5), num(position.accuracy, 0))
    : t(positionState === 'asking' ? 'inspector.locating' : 'inspector.noPosition');
}

// ---- sending: the same body (and client key) again until the server answers
function renderPending() {
  const status = document.getElementById('resend-status');
  if (queue.length) {
    status.textContent = t('inspector.waiting', num(queue.length, 0), queue.map(p => communityLabel(p.body.communityCode)).join(t('list.separator')));
    status.hidden = false;
  } else {
    status.hidden = true;
  }
}

function sending(on) {
  submitButton.disabled = on || !rubric;
  submitButton.setAttribute('aria-busy', String(on));
  submitButton.textContent = t(on ? 'station.sending' : 'inspector.submit');
}

let inFlight = false;
/** An answer that says "not now" rather than "not this": the network, the server's own trouble, a sign-in to renew, a busy server. */
function retryLater(err) {
  return isNetworkError(err) || (err instanceof ApiError && (err.status >= 500 || [401, 408, 429].includes(err.status)));
}

async function send() {
  if (inFlight || !queue.length) return;
  inFlight = true;
  sending(true);
  let answered = false;
  try {
    while (queue.length) {
      const head = queue[0];
      const own = inForm === head.body.clientKey;
      try {
        // a weak signal may leave a request hanging: abandoned after 20 s, it is sent again like any unanswered one
        const inspection = await api('inspections', { method: 'POST', body: head.body, timeoutMs: 20000 });
        queue.shift();
        keep();
        answered = true;
        if (own) { inForm = null; clearForm(); }
        // a kept inspection acknowledged in the background is shown without taking the inspector's focus away
        showVerdict(inspection, own);
      } catch (err) {
        if (retryLater(err)) {
          // the answer did not come: kept on this phone and sent again as it is, so it is stored once; the form is free
          if (inForm && queue.some(p => p.body.clientKey === inForm)) { inForm = null; clearForm(); }
          showProblem(box, t(err instanceof ApiError && err.status === 401 ? 'inspector.signInAgain' : 'inspector.notSent'));
          return;
        }
        // refused: dropped from the queue; the form's own submission has its fields named, a kept one is listed until dismissed
        queue.shift();
        keep();
        if (own) {
          inForm = null;
          showError(box, err, { communityCode: 'community', comment: 'comment', ...Object.fromEntries(
            (rubric?.items || []).map((i, n) => [`scores[${n}].score`, 'score-' + i.code])) });
        } else {
          refused.push({ communityCode: head.body.communityCode, inspectedAt: head.body.inspectedAt, detail: err.message });
          keepRefused();
          renderRefused();
        }
      }
    }
  } finally {
    if (answered) loadAssignments();
    inFlight = false;
    sending(false);
    renderPending();
  }
}

function clearForm() {
  scoreInputs().forEach(x => { x.input.value = ''; });
  vetoes = new Set();
  document.querySelectorAll('#items button.veto').forEach(b => b.setAttribute('aria-pressed', 'false'));
  document.getElementById('comment').value = '';
  photos.clear();
  runningTotal();
  hideMessage(box);
}

function showVerdict(i, focus) {
  lastVerdict = i;
  const section = document.getElementById('verdict');
  const names = Object.fromEntries((rubric?.items || []).map(x => [x.code, x.name]));
  document.getElementById('verdict-body').replaceChildren(
    el('p', { id: 'verdict-result', class: 'message ' + (i.passed ? 'ok' : 'error'), role: 'status' },
      t(i.passed ? 'inspector.passed' : 'inspector.failed', communityLabel(i.communityCode))),
    el('table', { id: 'verdict-table' },
      el('tr', {}, el('th', { scope: 'row' }, t('inspector.total')), el('td', { class: 'num', id: 'verdict-total' }, `${num(i.totalScore)} / ${num(i.passScore)}`)),
      el('tr', {}, el('th', { scope: 'row' }, t('inspector.vetoes')),
        el('td', { id: 'verdict-vetoes' }, i.vetoes.length ? i.vetoes.map(v => names[v] || v).join(' · ') : t('inspector.noVeto'))),
      el('tr', {}, el('th', { scope: 'row' }, t('inspector.kind')), el('td', {}, t(i.planned ? 'inspector.planned' : 'inspector.outside'))),
      el('tr', {}, el('th', { scope: 'row' }, t('col.time')), el('td', {}, `${date(i.inspectedAt)} ${time(i.inspectedAt)}`)),
      el('tr', {}, el('th', { scope: 'row' }, t('inspector.record')), el('td', { id: 'verdict-id' }, '#' + i.id)),
      i.rectificationId ? el('tr', {}, el('th', { scope: 'row' }, t('inspector.rectification')),
        el('td', { id: 'verdict-rectification' }, t('inspector.rectificationOpen', i.rectificationId))) : ''));
  section.hidden = false;
  if (focus) { section.focus(); section.scrollIntoView({ block: 'start' }); }
}

document.getElementById('inspection-form').addEventListener('submit', e => {
  e.preventDefault();
  hideMessage(box);
  const code = select.value;
  if (!code) { showProblem(box, t('inspector.pickCommunityFirst'), 'community'); select.focus(); return; }
  const scores = [];
  for (const { item, input } of scoreInputs()) {
    const raw = input.value.trim().replace(',', '.');
    if (raw === '' || !SCORE.test(raw) || Number(raw) > Number(item.maxScore)) {
      showProblem(box, raw === '' ? t('inspector.scoreMissing', item.name) : t('inspector.scoreInvalid', item.name, num(item.maxScore)), input.id);
      input.focus();
      return;
    }
    scores.push({ itemCode: item.code, score: Number(raw) });
  }
  if (photos.waiting()) { showProblem(box, t('inspector.photosWaiting'), 'photo'); return; }
  const comment = document.getElementById('comment').value.trim();
  const what = { communityCode: code, scores, vetoes: [...vetoes].sort(), comment: comment || null, photoIds: photos.ids(),
    ...(position ? { latitude: position.latitude, longitude: position.longitude } : {}) };
  // pressed again before the answer came: the same submission, not a second one
  const same = queue.find(p => JSON.stringify(p.what) === JSON.stringify(what));
  if (same) { inForm = same.body.clientKey; send(); return; }
  const entry = { what, body: { ...what, inspectedAt: cityNowIso(), clientKey: newClientKey() } };
  queue.push(entry);
  keep();
  inForm = entry.body.clientKey;
  send();
  // the inspector walks on to the next community: its inspection takes the position there
  locate();
});

// a submission left without an answer goes again when the network is back, and every few seconds
window.addEventListener('online', send);
setInterval(() => { if (queue.length && !inFlight && navigator.onLine) send(); }, 5000);

frame(render);
load();
locate();

// Toneline's built-in dashboard: submits articles, shows paragraphs, a tone chart per actor with its
// shifts, the actor table, recent analyses from the change feed, and actor timelines. Plain JS, no build;
// the tone chart and the shared helpers (para, toneAxis) are in chart.js, loaded first.
'use strict';

const LEVELS = ['hostile', 'critical', 'neutral', 'cooperative', 'conciliatory'];
const $ = (id) => document.getElementById(id);
let timeline = null;
let cursor = '0';
const recent = new Map(); // id -> {status, title}
const RECENT = 50; // analyses listed under Recent analyses

function setStatus(text) { $('status').textContent = text; }

async function problemText(res) {
  try {
    const p = await res.json();
    return `${p.title || res.status}: ${p.detail || ''}`;
  } catch (e) {
    return `HTTP ${res.status}`;
  }
}

// API key: where the service requires credentials a call answers 401; then the key field shows, and the
// key typed there is kept for this tab (sessionStorage) and sent as a bearer token on every API call
async function api(url, options = {}) {
  const key = sessionStorage.getItem('toneline-key');
  const headers = key ? { ...options.headers, Authorization: 'Bearer ' + key } : options.headers;
  const res = await fetch(url, { ...options, headers });
  if (res.status === 401) {
    const form = $('key-form');
    form.hidden = false;
    form.onsubmit = (e) => {
      e.preventDefault();
      sessionStorage.setItem('toneline-key', $('key').value.trim());
      $('key').value = '';
      form.hidden = true;
      setStatus('Key saved for this tab.');
    };
  }
  return res;
}

async function submit(async) {
  const text = $('text').value;
  if (!text.trim()) { setStatus('Paste or upload an article first.'); $('text').focus(); return; }
  const params = new URLSearchParams();
  if ($('title').value) params.set('title', $('title').value);
  const headers = { 'Content-Type': $('format').value };
  if (async) headers['Prefer'] = 'respond-async';
  setStatus(async ? 'Queueing…' : 'Analysing…');
  const res = await api('/v1/analyses?' + params, { method: 'POST', headers, body: text });
  if (res.status === 202) {
    const s = await res.json();
    setStatus(`Queued as ${s.id}; it appears under Recent analyses when it finishes.`);
    return;
  }
  if (!res.ok) { setStatus(await problemText(res)); return; }
  const analysis = await res.json();
  setStatus(`Analysed: ${analysis.paragraphs.length} paragraphs, ${analysis.actors.length} actors.`);
  show(analysis, analysis.text || text);
}

function shiftText(s) {
  return `${s.from} \u2192 ${s.to} (${para(s.fromParagraph)} \u2192 ${para(s.toParagraph)}, confidence `
    + `${s.confidence.toFixed(2)}${s.major ? ', major' : ''})`;
}

function show(analysis, text) {
  $('result').hidden = false;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  drawChart(analysis.actors.filter((a) => a.trajectory.length > 0).slice(0, 10));
  const shifts = $('shifts');
  shifts.replaceChildren();
  for (const a of analysis.actors) {
    for (const s of a.shifts) {
      const li = document.createElement('li');
      li.className = 'shift' + (s.major ? ' major' : '');
      li.textContent = `${a.name}: ${shiftText(s)}`;
      shifts.append(li);
    }
  }
  // the actor table
  const body = $('actors-table').querySelector('tbody');
  body.replaceChildren();
  for (const a of analysis.actors) {
    const tr = document.createElement('tr');
    tr.dataset.actor = a.id;
    const cells = [a.name + (a.iso ? ` (${a.iso})` : ''), a.type, a.aliases.join(', '), a.mentionCount,
      a.score == null ? '\u2013' : a.score.toFixed(2), a.arcSummary || '\u2013',
      a.shifts.map((s) => `${s.from} \u2192 ${s.to} at ${para(s.toParagraph)} (${s.confidence.toFixed(2)}`
        + `${s.major ? ', major' : ''})`).join('; ') || '\u2013'];
    cells.forEach((c, i) => {
      const td = document.createElement('td');
      td.textContent = c;
      if (i === 5) td.className = 'arc';
      tr.append(td);
    });
    body.append(tr);
  }
  drawParagraphs(analysis, text, names);
}

// paragraphs with their number, their kind (not body: greyed, the reason as tooltip), each actor's
// tone (mixed ones marked) and every scored mention highlighted
function drawParagraphs(analysis, text, names) {
  const list = $('paragraphs');
  list.replaceChildren();
  if (text == null) {
    const li = document.createElement('li');
    li.textContent = 'The text of a stored plain-text analysis is not kept; the chart and table above show it.';
    list.append(li);
    return;
  }
  for (const p of analysis.paragraphs) {
    const li = document.createElement('li');
    li.className = p.kind === 'body' ? 'body' : `other ${p.kind}`;
    li.dataset.index = p.index;
    if (p.kind !== 'body') li.title = `${p.kind}: ${p.reason || 'not scored'}`;
    const number = document.createElement('span');
    number.className = 'pnum';
    number.textContent = para(p.index) + (p.kind === 'body' ? '' : ` \u00b7 ${p.kind}`);
    const words = document.createElement('span');
    words.className = 'ptext';
    const marks = [];
    for (const t of p.tones) {
      for (const m of t.mentions) marks.push({ ...m, actor: names.get(t.actor) || t.actor });
    }
    marks.sort((x, y) => x.start - y.start);
    let at = p.start;
    for (const m of marks) {
      if (m.start < at) continue; // a reference shared by two actors is marked once
      words.append(text.slice(at, m.start));
      const mark = document.createElement('mark');
      mark.className = 'tone-' + m.label;
      mark.textContent = text.slice(m.start, m.end);
      mark.title = `${m.actor}: ${m.label} (${m.score.toFixed(2)})${m.resolved ? ', resolved reference' : ''}`;
      words.append(mark);
      at = m.end;
    }
    words.append(text.slice(at, p.end));
    li.append(number, words);
    if (p.tones.length > 0) li.append(toneLine(p.tones, names));
    list.append(li);
  }
}

function toneLine(tones, names) {
  const line = document.createElement('span');
  line.className = 'ptones';
  for (const t of tones) {
    const tone = document.createElement('span');
    tone.className = 'ptone tone-' + t.label + (t.mixed ? ' mixed' : '');
    tone.textContent = `${names.get(t.actor) || t.actor}: ${t.label} ${t.score.toFixed(2)}${t.mixed ? ' (mixed)' : ''}`;
    if (t.mixed) tone.title = 'mixed: the probabilities split between both ends of the scale';
    line.append(tone);
  }
  return line;
}

// recent analyses: first the newest 50 (order=desc, which also returns the feed's current cursor), then
// follow the change feed from that cursor; a finished one can be opened
async function loadRecent() {
  try {
    const res = await api('/v1/analyses?order=desc&limit=' + RECENT);
    if (res.ok) {
      const page = await res.json();
      for (const item of page.items) recent.set(item.id, item);
      cursor = page.next;
      drawRecent();
    }
  } catch (e) { /* the feed from the start will fill the list */ }
  poll();
}

async function poll() {
  try {
    const res = await api('/v1/analyses?limit=100&since=' + encodeURIComponent(cursor));
    if (res.ok) {
      const page = await res.json();
      for (const item of page.items) {
        if (item.status === 'deleted') recent.delete(item.id); else recent.set(item.id, item);
      }
      cursor = page.next;
      if (page.items.length > 0) drawRecent();
    }
  } catch (e) { /* the next poll tries again */ }
  setTimeout(poll, 2000);
}

function drawRecent() {
  const ul = $('recent');
  ul.replaceChildren();
  const items = [...recent.values()].sort((a, b) => (b.updatedAt || '').localeCompare(a.updatedAt || '')).slice(0, RECENT);
  for (const item of items) {
    const li = document.createElement('li');
    li.dataset.id = item.id;
    li.dataset.status = item.status;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = item.title || item.id.slice(0, 8);
    button.title = (item.title ? item.title + ' \u2013 ' : '') + item.id;
    button.disabled = item.status !== 'succeeded';
    button.addEventListener('click', () => open(item.id));
    const state = document.createElement('span');
    state.className = 'state';
    state.textContent = ' ' + item.status;
    li.append(button, state);
    ul.append(li);
  }
}

async function open(id) {
  const res = await api('/v1/analyses/' + encodeURIComponent(id));
  if (!res.ok) { setStatus(await problemText(res)); return; }
  const doc = await res.json();
  if (doc.analysis) {
    // HTML submissions carry their extracted text; plain-text ones are shown without their paragraphs
    show(doc.analysis, doc.analysis.text || null);
    setStatus(`Showing analysis ${id}.`);
  }
}

// actors over time
async function loadActors() {
  const res = await api('/v1/actors?limit=200');
  if (!res.ok) return;
  const list = await res.json();
  const select = $('actor-select');
  select.replaceChildren();
  for (const a of list.items) {
    const o = document.createElement('option');
    o.value = a.id;
    o.textContent = `${a.name} (${a.analyses})`;
    select.append(o);
  }
  if (list.items.length > 0) drawTimeline();
}

async function drawTimeline() {
  const id = $('actor-select').value;
  if (!id) return;
  const res = await api(`/v1/actors/${encodeURIComponent(id)}/timeline?interval=${$('interval').value}`);
  if (!res.ok) return;
  const t = await res.json();
  if (!timeline) timeline = echarts.init($('timeline'), null, { renderer: 'svg' });
  timeline.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { top: 30, left: 100, right: 20, bottom: 40 },
    xAxis: { type: 'category', data: t.points.map((p) => p.period) },
    yAxis: toneAxis('mean tone'),
    series: [{ name: 'mean tone', type: 'line', data: t.points.map((p) => p.mean) },
      { name: 'analyses', type: 'bar', yAxisIndex: 0, data: [], silent: true }]
  }, true);
}

function route() {
  const actors = location.hash === '#actors';
  $('article-view').hidden = actors;
  $('actors-view').hidden = !actors;
  if (actors) loadActors();
}

document.addEventListener('DOMContentLoaded', () => {
  $('submit-form').addEventListener('submit', (e) => { e.preventDefault(); submit(false); });
  $('queue').addEventListener('click', () => submit(true));
  $('file').addEventListener('change', async (e) => {
    const f = e.target.files[0];
    if (!f) return;
    $('text').value = await f.text();
    $('format').value = /\.html?$/i.test(f.name) || f.type === 'text/html' ? 'text/html' : 'text/plain';
  });
  $('actor-select').addEventListener('change', drawTimeline);
  $('interval').addEventListener('change', drawTimeline);
  window.addEventListener('hashchange', route);
  window.addEventListener('resize', () => { if (chart) chart.resize(); if (timeline) timeline.resize(); });
  route();
  loadRecent();
});

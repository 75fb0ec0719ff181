// Toneline's built-in dashboard: submits articles, shows paragraphs, a tone chart per actor with its
// shifts, the actor table, recent analyses from the change feed, and actor timelines. Plain JS, no build.
'use strict';

const LEVELS = ['hostile', 'critical', 'neutral', 'cooperative', 'conciliatory'];
const $ = (id) => document.getElementById(id);
let chart = null;
let timeline = null;
let cursor = '0';
const recent = new Map(); // id -> {status, title}

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

function show(analysis, text) {
  $('result').hidden = false;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  // the chart: one line per scored actor, shifts as marked points
  const scored = analysis.actors.filter((a) => a.trajectory.length > 0).slice(0, 10);
  if (!chart) chart = echarts.init($('chart'), null, { renderer: 'svg' });
  chart.setOption({
    animation: false, // no motion; and what is drawn is final at once
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { top: 40, left: 45, right: 20, bottom: 40 },
    xAxis: { type: 'value', name: 'paragraph', nameLocation: 'middle', nameGap: 25, minInterval: 1 },
    yAxis: { type: 'value', min: -1, max: 1, name: 'tone' },
    series: scored.map((a) => ({
      name: a.name, type: 'line', showSymbol: true,
      data: a.trajectory.map((p) => [p.paragraph, p.score]),
      markPoint: {
        symbol: 'pin', symbolSize: 38,
        label: { formatter: 'shift', fontSize: 9 },
        data: a.shifts.map((s) => ({ name: `${s.from} → ${s.to}`,
          coord: [s.toParagraph, (a.trajectory.find((p) => p.paragraph === s.toParagraph) || { score: 0 }).score] }))
      }
    }))
  }, true);
  const shifts = $('shifts');
  shifts.replaceChildren();
  for (const a of analysis.actors) {
    for (const s of a.shifts) {
      const li = document.createElement('li');
      li.className = 'shift';
      li.textContent = `${a.name}: ${s.from} → ${s.to} (paragraph ${s.fromParagraph} to ${s.toParagraph})`;
      shifts.append(li);
    }
  }
  // the actor table
  const body = $('actors-table').querySelector('tbody');
  body.replaceChildren();
  for (const a of analysis.actors) {
    const tr = document.createElement('tr');
    const cells = [a.name + (a.iso ? ` (${a.iso})` : ''), a.type, a.aliases.join(', '), a.mentionCount,
      a.score == null ? '–' : a.score.toFixed(2), a.shifts.map((s) => `${s.from} → ${s.to}`).join('; ') || '–'];
    for (const c of cells) { const td = document.createElement('td'); td.textContent = c; tr.append(td); }
    body.append(tr);
  }
  // paragraphs with their scored mentions highlighted
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
    li.className = p.kind;
    const marks = [];
    for (const t of p.tones) {
      for (const m of t.mentions) marks.push({ ...m, actor: names.get(t.actor) || t.actor });
    }
    marks.sort((x, y) => x.start - y.start);
    let at = p.start;
    for (const m of marks) {
      if (m.start < at) continue; // a reference shared by two actors is marked once
      li.append(text.slice(at, m.start));
      const mark = document.createElement('mark');
      mark.className = 'tone-' + m.label;
      mark.textContent = text.slice(m.start, m.end);
      mark.title = `${m.actor}: ${m.label} (${m.score.toFixed(2)})${m.resolved ? ', resolved reference' : ''}`;
      li.append(mark);
      at = m.end;
    }
    li.append(text.slice(at, p.end));
    list.append(li);
  }
}

// recent analyses: follow the change feed with its cursor; a finished one can be opened
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
  const items = [...recent.values()].sort((a, b) => (b.updatedAt || '').localeCompare(a.updatedAt || '')).slice(0, 20);
  for (const item of items) {
    const li = document.createElement('li');
    li.dataset.id = item.id;
    li.dataset.status = item.status;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = item.title || item.id.slice(0, 8);
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
    grid: { top: 30, left: 45, right: 20, bottom: 40 },
    xAxis: { type: 'category', data: t.points.map((p) => p.period) },
    yAxis: { type: 'value', min: -1, max: 1, name: 'mean tone' },
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
  poll();
});

// Toneline's dashboard: the tone chart of an article and the helpers both charts share. Loaded before
// dashboard.js (classic scripts share their top-level names). Plain JS, no build.
'use strict';

let chart = null;

// one paragraph numbering everywhere: the API's 0-based index, shown as "¶ N"
const para = (n) => `\u00b6 ${n}`;
// the tone axis names the levels at their scores
const LEVEL_AT = new Map([[-1, 'hostile'], [-0.5, 'critical'], [0, 'neutral'], [0.5, 'cooperative'], [1, 'conciliatory']]);
const toneAxis = (name) => ({ type: 'value', min: -1, max: 1, interval: 0.5, name,
  axisLabel: { formatter: (v) => LEVEL_AT.get(v) || '' } });

// the chart: one line per scored actor (mixed paragraphs as diamonds), shifts as pins; pins of
// several actors at one paragraph are set side by side instead of on top of each other
function drawChart(scored) {
  if (!chart) chart = echarts.init($('chart'), null, { renderer: 'svg' });
  const pinsAt = new Map();
  chart.setOption({
    animation: false, // no motion; and what is drawn is final at once
    tooltip: { trigger: 'axis', renderMode: 'richText', formatter: (items) => tooltip(scored, items) },
    legend: { type: 'scroll', top: 0 },
    grid: { top: 40, left: 100, right: 30, bottom: 40 },
    xAxis: { type: 'value', name: 'paragraph', nameLocation: 'middle', nameGap: 25, minInterval: 1,
      axisLabel: { formatter: (v) => (Number.isInteger(v) ? para(v) : '') } },
    yAxis: toneAxis('tone'),
    series: scored.map((a) => ({
      name: a.name, type: 'line', showSymbol: true, symbolSize: 7,
      data: a.trajectory.map((p) => ({ value: [p.paragraph, p.score], symbol: p.mixed ? 'diamond' : 'circle',
        symbolSize: p.mixed ? 11 : 7 })),
      markPoint: {
        symbol: 'pin', symbolSize: 38,
        label: { formatter: 'shift', fontSize: 9 },
        data: a.shifts.map((s) => {
          const k = pinsAt.get(s.toParagraph) || 0;
          pinsAt.set(s.toParagraph, k + 1);
          const point = a.trajectory.find((p) => p.paragraph === s.toParagraph) || { score: 0 };
          return { name: `${s.from} \u2192 ${s.to}`, coord: [s.toParagraph, point.score],
            symbolSize: s.major ? 40 : 30, symbolOffset: [(k % 2 ? -1 : 1) * Math.ceil(k / 2) * 26, '-50%'] };
        })
      }
    }))
  }, true);
}

// the axis tooltip as plain text (richText mode: no HTML is built from the article's words)
function tooltip(scored, items) {
  const list = Array.isArray(items) ? items : [items];
  if (list.length === 0) return '';
  const lines = [para(list[0].value[0])];
  for (const it of list) {
    const p = scored[it.seriesIndex] && scored[it.seriesIndex].trajectory[it.dataIndex];
    if (p) lines.push(`${it.seriesName}: ${p.label} (${p.score.toFixed(2)})${p.mixed ? ', mixed' : ''}`);
  }
  return lines.join('\n');
}


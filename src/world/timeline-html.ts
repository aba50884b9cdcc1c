import type { CallEntry, TraceEntry, TransitionEntry } from '../model/trace';
import { formatOffset, renderValue } from './timeline';

/**
 * Options of {@link formatTimelineHtml}.
 *
 * @example
 * ```ts
 * const options: TimelineHtmlOptions = { title: 'orders stays encrypted, seed 42', last: 5_000 };
 * ```
 */
export interface TimelineHtmlOptions {
  /** The page's title and heading. Default `kinesis-sse-harness timeline`. */
  readonly title?: string;
  /** The virtual time (epoch ms) shown as `+0.000s`. Default: the first entry's time. */
  readonly start?: number;
  /** The virtual time the picture ends at (bands are drawn up to it). Default: the last entry's time. */
  readonly end?: number;
  /** Draw at most this many entries (the last ones) and say how many were left out. Default 20 000. */
  readonly last?: number;
  /** Lines of text shown above the picture (a failure's message, the replay line). */
  readonly notes?: readonly string[];
}

/** One resource's lane: its bands (one row per property that changed) and its calls. */
interface Lane {
  readonly key: string;
  readonly service: string;
  readonly region: string;
  readonly label: string;
  readonly rows: Map<string, { t: number; value: string }[]>;
  readonly calls: number[];
}

interface Mark {
  readonly t: number;
  readonly lane: number;
  readonly seq: number;
  readonly title: string;
  readonly input: string;
  readonly answer: string;
  readonly error: boolean;
  readonly fault: string | undefined;
}

/** Which property rows a lane of each service draws, in order. */
const ROW_ORDER = ['StreamStatus', 'EncryptionType', 'KeyId', 'DeliveryStreamStatus', 'EncryptionStatus', 'KeyInEffect', 'KeyState', 'KeyCondition', 'RecordEncryption'];

/** Colours of the values an SSE timeline is about; any other value gets one from a palette by its text. */
const COLOURS: Readonly<Record<string, string>> = {
  ACTIVE: '#4caf50',
  CREATING: '#ffd54f',
  UPDATING: '#ffb300',
  DELETING: '#9e9e9e',
  ENABLING: '#ffb300',
  DISABLING: '#ffb300',
  ENABLED: '#1e88e5',
  DISABLED: '#cfd8dc',
  ENABLING_FAILED: '#e57373',
  DISABLING_FAILED: '#e57373',
  CREATING_FAILED: '#e57373',
  DELETING_FAILED: '#e57373',
  KMS: '#1e88e5',
  NONE: '#cfd8dc',
  Enabled: '#4caf50',
  Disabled: '#ff9800',
  PendingDeletion: '#8e24aa',
  PendingImport: '#bdbdbd',
  Unavailable: '#6d4c41',
  Creating: '#ffd54f',
  Updating: '#ffb300',
  true: '#1e88e5',
  false: '#cfd8dc',
};
const PALETTE = ['#26a69a', '#7e57c2', '#5c6bc0', '#29b6f6', '#9ccc65', '#ec407a', '#8d6e63', '#78909c'];

function colourOf(value: string): string {
  const known = COLOURS[value];
  if (known !== undefined) return known;
  let h = 0;
  for (let i = 0; i < value.length; i++) h = (h * 31 + value.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** `arn:aws:kinesis:us-east-1:123456789012:stream/orders` → region and `stream/orders`. */
function parseArn(arn: string): { readonly region: string; readonly resource: string } | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const parts = arn.split(':');
  if (parts.length < 6 || parts[5] === '') return undefined;
  return { region: parts[3] ?? '', resource: parts.slice(5).join(':') };
}

function inputRecord(e: CallEntry): Record<string, unknown> {
  return typeof e.input === 'object' && e.input !== null ? (e.input as Record<string, unknown>) : {};
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The resource (`stream/orders`, `deliverystream/logs`, `key/<id>`, `alias/x`) a call is about, if one. */
function resourceOfCall(e: CallEntry, aliases: ReadonlyMap<string, string>): { readonly region: string; readonly resource: string } | undefined {
  const input = inputRecord(e);
  const str = (k: string): string | undefined => (typeof input[k] === 'string' ? (input[k] as string) : undefined);
  if (e.service === 'kinesis') {
    const arn = str('StreamARN');
    if (arn !== undefined) return parseArn(arn);
    const name = str('StreamName');
    return name === undefined ? undefined : { region: e.region, resource: `stream/${name}` };
  }
  if (e.service === 'firehose') {
    const name = str('DeliveryStreamName');
    return name === undefined ? undefined : { region: e.region, resource: `deliverystream/${name}` };
  }
  const id = str('KeyId') ?? str('TargetKeyId');
  if (id === undefined) return undefined;
  const arn = parseArn(id);
  const resource = arn?.resource ?? (GUID.test(id) ? `key/${id}` : id);
  const target = aliases.get(resource);
  return { region: arn?.region ?? e.region, resource: target ?? resource };
}

function answerText(e: CallEntry): string {
  if (e.error !== undefined) return `✗ ${e.error.type}: ${e.error.message}`;
  return renderValue(e.output, { width: 4_000 });
}

/** Tick steps a reader counts in: milliseconds, seconds, minutes, hours, days. */
const STEPS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000,
  1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];

function ticks(from: number, to: number, count: number): number[] {
  const raw = Math.max(to - from, 1e-3) / count;
  const step = STEPS.find((s) => s >= raw) ?? Math.ceil(raw / 86_400_000) * 86_400_000;
  const out: number[] = [];
  // Ticks on whole steps counted from the start, so they read +1h00m, +2h00m…
  for (let t = 0; from + t <= to + 1e-9; t += step) out.push(from + t);
  return out;
}

const LABEL_W = 260;
const PLOT_W = 1000;
const LANE_HEAD = 20;
const ROW_H = 16;
const CALL_ROW_H = 22;
const AXIS_H = 28;

/**
 * A picture of a trace: a self-contained HTML page (inline SVG, CSS and script; nothing fetched) with
 * one lane per resource (stream, delivery stream, key) whose status, encryption and key state are
 * coloured bands over virtual time, and the calls as marks on their resource's lane (errors red,
 * answers from an injected fault drawn as diamonds). Hovering a mark names the call; clicking it shows
 * its input and answer. The time axis zooms with the mouse wheel or the buttons, and pans by dragging;
 * `#t=<from>,<to>` after the file's address (milliseconds from +0) opens it zoomed to that window.
 * Write it to a file and open it in a browser.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('timeline.html', formatTimelineHtml(world.trace, { title: 'orders after rotation' }));
 * ```
 */
export function formatTimelineHtml(trace: readonly TraceEntry[], options: TimelineHtmlOptions = {}): string {
  const last = options.last ?? 20_000;
  if (!Number.isInteger(last) || last < 1) throw new RangeError(`[kinesis-sse-harness] formatTimelineHtml last must be a whole number >= 1; got ${String(last)}`);
  for (const k of ['start', 'end'] as const) {
    const v = options[k];
    if (v !== undefined && !Number.isFinite(v)) throw new TypeError(`[kinesis-sse-harness] formatTimelineHtml ${k} must be a finite number (epoch ms); got ${String(v)}`);
  }
  const shown = trace.length > last ? trace.slice(trace.length - last) : trace.slice();
  const left = trace.length - shown.length;
  const title = options.title ?? 'kinesis-sse-harness timeline';
  const start = options.start ?? shown[0]?.time ?? 0;
  const lastTime = shown.length === 0 ? start : shown[shown.length - 1]!.time;
  const end = Math.max(options.end ?? lastTime, lastTime, start);
  const span = Math.max(end - start, 1);

  // Aliases the trace itself created, so calls naming an alias land on their key's lane.
  const aliases = new Map<string, string>();
  for (const e of shown) {
    if (e.kind !== 'call' || e.service !== 'kms' || e.error !== undefined || (e.operation !== 'CreateAlias' && e.operation !== 'UpdateAlias')) continue;
    const input = inputRecord(e);
    const target = input['TargetKeyId'];
    if (typeof input['AliasName'] === 'string' && typeof target === 'string') {
      aliases.set(input['AliasName'], parseArn(target)?.resource ?? (GUID.test(target) ? `key/${target}` : target));
    }
  }

  const lanes: Lane[] = [];
  const byKey = new Map<string, number>();
  const laneOf = (service: string, region: string, label: string): number => {
    const key = `${service} ${region} ${label}`;
    let i = byKey.get(key);
    if (i === undefined) {
      i = lanes.length;
      lanes.push({ key, service, region, label, rows: new Map(), calls: [] });
      byKey.set(key, i);
    }
    return i;
  };
  const marks: Mark[] = [];
  for (const e of shown) {
    if (e.kind === 'transition') {
      const arn = parseArn(e.resource);
      const lane = lanes[laneOf(e.service, arn?.region ?? '', arn?.resource ?? e.resource)]!;
      addTransition(lane, e, start);
      continue;
    }
    const res = resourceOfCall(e, aliases);
    const lane = laneOf(e.service, res?.region ?? e.region, res?.resource ?? `(other ${e.service} calls)`);
    lanes[lane]!.calls.push(marks.length);
    const fault = e.fault;
    marks.push({
      t: e.time,
      lane,
      seq: e.seq,
      title: `${formatOffset(e.time - start)} ${e.service} ${e.operation}${e.error === undefined ? '' : ` ✗ ${e.error.type}`}${fault === undefined ? '' : ` [${fault}]`}${e.attempt === undefined ? '' : ` (attempt ${e.attempt})`}`,
      input: renderValue(e.input, { width: 4_000 }),
      answer: answerText(e),
      error: e.error !== undefined,
      fault,
    });
  }
  const regions = new Set(lanes.map((l) => l.region).filter((r) => r !== ''));
  const order = [...lanes.keys()].sort((a, b) => serviceRank(lanes[a]!.service) - serviceRank(lanes[b]!.service) || a - b);

  const x = (t: number): number => LABEL_W + ((t - start) / span) * PLOT_W;
  const parts: string[] = [];
  let y = AXIS_H;
  for (const i of order) {
    const lane = lanes[i]!;
    const name = `${lane.service} ${lane.label}${regions.size > 1 && lane.region !== '' ? ` (${lane.region})` : ''}`;
    const rows = [...lane.rows.keys()].sort((a, b) => ROW_ORDER.indexOf(a) - ROW_ORDER.indexOf(b));
    const height = LANE_HEAD + rows.length * ROW_H + CALL_ROW_H;
    parts.push(`<g class="lane" data-lane="${escapeHtml(name)}">`);
    parts.push(`<rect class="lane-bg" x="0" y="${y}" width="${LABEL_W + PLOT_W}" height="${height}"/>`);
    parts.push(`<text class="lane-name" x="6" y="${y + 14}">${escapeHtml(name)}</text>`);
    let ry = y + LANE_HEAD;
    for (const property of rows) {
      const changes = lane.rows.get(property)!;
      parts.push(`<text class="row-name" x="18" y="${ry + 12}">${escapeHtml(property)}</text>`);
      for (let k = 0; k < changes.length; k++) {
        const { t, value } = changes[k]!;
        const until = k + 1 < changes.length ? changes[k + 1]!.t : end;
        if (value === 'none') continue;
        const w = Math.max(x(until) - x(t), 1);
        parts.push(
          `<rect class="band" data-t0="${t}" data-t1="${until}" data-property="${escapeHtml(property)}" data-value="${escapeHtml(value)}" x="${x(t).toFixed(2)}" y="${ry + 2}" width="${w.toFixed(2)}" height="${ROW_H - 4}" fill="${colourOf(value)}"><title>${escapeHtml(`${property} ${value} from ${formatOffset(t - start)} to ${formatOffset(until - start)}`)}</title></rect>`,
        );
        parts.push(`<text class="band-label" data-t0="${t}" x="${(x(t) + 3).toFixed(2)}" y="${ry + 11}">${escapeHtml(value.length > 40 ? `…${value.slice(-39)}` : value)}</text>`);
      }
      ry += ROW_H;
    }
    parts.push(`<text class="row-name" x="18" y="${ry + 15}">calls (${lane.calls.length})</text>`);
    for (const m of lane.calls) {
      const mark = marks[m]!;
      const cx = x(mark.t).toFixed(2);
      const cy = ry + CALL_ROW_H / 2;
      const cls = `mark${mark.error ? ' error' : ' ok'}${mark.fault === undefined ? '' : ' fault'}`;
      const shape =
        mark.fault === undefined
          ? `<circle cx="0" cy="0" r="5"/>`
          : `<path d="M0,-7 L7,0 L0,7 L-7,0 Z"/>`;
      parts.push(`<g class="${cls}" data-i="${m}" data-t="${mark.t}" transform="translate(${cx},${cy})" tabindex="0">${shape}<title>${escapeHtml(mark.title)}</title></g>`);
    }
    parts.push('</g>');
    y += height + 4;
  }
  const totalH = Math.max(y + 4, AXIS_H + 40);
  const axis = ticks(start, end, 8)
    .map((t) => `<g class="tick" data-t="${t}" transform="translate(${x(t).toFixed(2)},0)"><line y1="${AXIS_H - 6}" y2="${totalH}"/><text y="${AXIS_H - 10}">${formatOffset(t - start)}</text></g>`)
    .join('');
  const errors = marks.filter((m) => m.error).length;
  const faults = marks.filter((m) => m.fault !== undefined).length;
  const summary = `${shown.length} entries (${marks.length} calls, ${errors} errors, ${faults} from faults) over ${formatOffset(end - start)} of virtual time; +0.000s = ${Number.isFinite(new Date(start).getTime()) ? new Date(start).toISOString() : String(start)}${left > 0 ? `; ${left} earlier entries left out` : ''}`;
  const data = { steps: STEPS, start, end, labelWidth: LABEL_W, plotWidth: PLOT_W, axisHeight: AXIS_H, calls: marks.map((m) => ({ title: m.title, input: m.input, answer: m.answer, t: m.t, lane: m.lane })) };

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="summary">${escapeHtml(summary)}</p>
${(options.notes ?? []).length > 0 ? `<pre class="notes">${escapeHtml((options.notes ?? []).join('\n'))}</pre>` : ''}
<div class="controls"><button type="button" id="zoom-in" title="Zoom in">+</button><button type="button" id="zoom-out" title="Zoom out">−</button><button type="button" id="zoom-reset" title="Show everything">fit</button> <span id="range"></span> <span class="hint">wheel: zoom · drag: pan · click a mark: its call</span></div>
<svg id="timeline" width="${LABEL_W + PLOT_W}" height="${totalH}" viewBox="0 0 ${LABEL_W + PLOT_W} ${totalH}" role="img" aria-label="${escapeHtml(title)}">
<g id="axis">${axis}</g>
${parts.join('\n')}
<rect id="label-mask" x="0" y="0" width="${LABEL_W - 32}" height="${AXIS_H - 4}"/>
</svg>
<div id="details" class="details" hidden><button type="button" id="close">×</button><div id="details-body"></div></div>
<script type="application/json" id="timeline-data">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function serviceRank(service: string): number {
  return service === 'kinesis' ? 0 : service === 'firehose' ? 1 : 2;
}

function addTransition(lane: Lane, e: TransitionEntry, start: number): void {
  let row = lane.rows.get(e.property);
  if (row === undefined) {
    row = [{ t: Math.min(start, e.time), value: e.from }];
    lane.rows.set(e.property, row);
  }
  const previous = row[row.length - 1]!;
  if (previous.t === e.time) row[row.length - 1] = { t: e.time, value: e.to };
  else row.push({ t: e.time, value: e.to });
}

const CSS = `
body { font: 13px/1.4 system-ui, sans-serif; margin: 12px; color: #222; background: #fff; }
h1 { font-size: 16px; margin: 0 0 4px; }
.summary { margin: 0 0 6px; color: #555; }
.notes { background: #fff3f3; border: 1px solid #f1c0c0; padding: 6px; white-space: pre-wrap; max-height: 12em; overflow: auto; }
.controls { margin: 6px 0; }
.controls button { min-width: 2.2em; }
.hint { color: #777; margin-left: 1em; }
svg { display: block; user-select: none; cursor: grab; }
.lane-bg { fill: #f7f7f7; stroke: #e0e0e0; }
.lane-name { font-weight: 600; font-size: 12px; }
.row-name { font-size: 11px; fill: #555; }
.band-label { font-size: 10px; fill: #111; pointer-events: none; }
.tick line { stroke: #ddd; }
.tick text { font-size: 10px; fill: #555; text-anchor: middle; }
#label-mask { fill: #fff; }
.mark { cursor: pointer; }
.mark.ok circle, .mark.ok path { fill: #1565c0; stroke: #fff; stroke-width: 1; }
.mark.error circle, .mark.error path { fill: #e00000; stroke: #600; stroke-width: 1; }
.mark.fault path { stroke: #000; stroke-width: 2; }
.mark.selected circle, .mark.selected path { stroke: #000; stroke-width: 3; }
.details { position: fixed; right: 12px; bottom: 12px; width: 520px; max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #999; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 8px; }
.details pre { white-space: pre-wrap; word-break: break-all; margin: 2px 0 8px; background: #f5f5f5; padding: 4px; }
#close { float: right; }
`;

/** The page's script: zoom and pan by re-placing every element from its virtual time; details on click. */
const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var STEPS = data.steps;
  var svg = document.getElementById('timeline');
  var L = data.labelWidth, W = data.plotWidth;
  var full = [data.start, Math.max(data.end, data.start + 1)];
  var view = full.slice();
  function x(t) { return L + (t - view[0]) / (view[1] - view[0]) * W; }
  function fmt(ms) {
    var sign = ms < 0 ? '-' : '+'; ms = Math.abs(ms);
    var whole = Math.floor(ms), s = Math.floor(whole / 1000) % 60, m = Math.floor(whole / 60000) % 60, h = Math.floor(whole / 3600000);
    var milli = String(whole % 1000).padStart(3, '0');
    var secs = (h > 0 || m > 0 ? String(s).padStart(2, '0') : String(s)) + '.' + milli + 's';
    return sign + (h > 0 ? h + 'h' + String(m).padStart(2, '0') + 'm' : m > 0 ? m + 'm' : '') + secs;
  }
  function clip(v) { return Math.max(L - 1, Math.min(L + W + 1, v)); }
  function layout() {
    svg.querySelectorAll('.band').forEach(function (r) {
      var a = clip(x(+r.dataset.t0)), b = clip(x(+r.dataset.t1));
      r.setAttribute('x', a.toFixed(2)); r.setAttribute('width', Math.max(b - a, b > L && a < L + W ? 1 : 0).toFixed(2));
    });
    svg.querySelectorAll('.band-label').forEach(function (t) {
      var a = x(+t.dataset.t0); t.setAttribute('x', (Math.max(a, L) + 3).toFixed(2));
      t.style.display = a > L + W ? 'none' : '';
    });
    svg.querySelectorAll('.mark').forEach(function (g) {
      var v = x(+g.dataset.t); var tr = g.getAttribute('transform'); var y = tr.slice(tr.indexOf(',') + 1, -1);
      g.setAttribute('transform', 'translate(' + v.toFixed(2) + ',' + y + ')');
      g.style.display = v < L - 6 || v > L + W + 6 ? 'none' : '';
    });
    var axis = document.getElementById('axis'); while (axis.firstChild) axis.removeChild(axis.firstChild);
    var raw = (view[1] - view[0]) / 8;
    var step = STEPS.find(function (s) { return s >= raw; }) || Math.ceil(raw / 86400000) * 86400000;
    for (var t = data.start + Math.ceil((view[0] - data.start) / step) * step; t <= view[1] + 1e-9; t += step) {
      var g = document.createElementNS(svg.namespaceURI, 'g'); g.setAttribute('class', 'tick'); g.setAttribute('transform', 'translate(' + x(t).toFixed(2) + ',0)');
      var line = document.createElementNS(svg.namespaceURI, 'line'); line.setAttribute('y1', data.axisHeight - 6); line.setAttribute('y2', svg.getAttribute('height'));
      var text = document.createElementNS(svg.namespaceURI, 'text'); text.setAttribute('y', data.axisHeight - 10); text.textContent = fmt(t - data.start);
      g.appendChild(line); g.appendChild(text); axis.appendChild(g);
    }
    document.getElementById('range').textContent = fmt(view[0] - data.start) + ' … ' + fmt(view[1] - data.start);
  }
  function zoom(factor, at) {
    var span = view[1] - view[0];
    var next = Math.min(Math.max(span * factor, 0.001), full[1] - full[0]);
    var a = at - (at - view[0]) * next / span;
    a = Math.max(full[0], Math.min(a, full[1] - next));
    view = [a, a + next]; layout();
  }
  function timeAt(clientX) {
    var box = svg.getBoundingClientRect(); var px = (clientX - box.left) * (svg.viewBox.baseVal.width / box.width);
    return view[0] + (Math.max(L, Math.min(L + W, px)) - L) / W * (view[1] - view[0]);
  }
  svg.addEventListener('wheel', function (ev) { ev.preventDefault(); zoom(ev.deltaY < 0 ? 0.8 : 1.25, timeAt(ev.clientX)); }, { passive: false });
  document.getElementById('zoom-in').onclick = function () { zoom(0.5, (view[0] + view[1]) / 2); };
  document.getElementById('zoom-out').onclick = function () { zoom(2, (view[0] + view[1]) / 2); };
  document.getElementById('zoom-reset').onclick = function () { view = full.slice(); layout(); };
  var drag = null;
  svg.addEventListener('mousedown', function (ev) { drag = { x: ev.clientX, view: view.slice() }; });
  window.addEventListener('mouseup', function () { drag = null; });
  window.addEventListener('mousemove', function (ev) {
    if (drag === null) return;
    var box = svg.getBoundingClientRect(); var dt = (ev.clientX - drag.x) * (svg.viewBox.baseVal.width / box.width) / W * (drag.view[1] - drag.view[0]);
    var span = drag.view[1] - drag.view[0]; var a = Math.max(full[0], Math.min(drag.view[0] - dt, full[1] - span));
    view = [a, a + span]; layout();
  });
  var details = document.getElementById('details'), body = document.getElementById('details-body');
  function show(i) {
    var c = data.calls[i];
    var same = data.calls.map(function (d, j) { return j; }).filter(function (j) { return data.calls[j].lane === c.lane && data.calls[j].t === c.t; });
    body.textContent = '';
    same.forEach(function (j) {
      var d = data.calls[j];
      var h = document.createElement('strong'); h.textContent = d.title; body.appendChild(h);
      [['input', d.input], ['answer', d.answer]].forEach(function (p) {
        var label = document.createElement('div'); label.textContent = p[0]; body.appendChild(label);
        var pre = document.createElement('pre'); pre.textContent = p[1]; body.appendChild(pre);
      });
    });
    svg.querySelectorAll('.mark.selected').forEach(function (g) { g.classList.remove('selected'); });
    var g = svg.querySelector('.mark[data-i="' + i + '"]'); if (g) g.classList.add('selected');
    details.hidden = false;
  }
  svg.querySelectorAll('.mark').forEach(function (g) {
    g.addEventListener('click', function () { show(+g.dataset.i); });
    g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') show(+g.dataset.i); });
  });
  document.getElementById('close').onclick = function () { details.hidden = true; };
  // #t=<from>,<to> (milliseconds from +0) opens the picture zoomed to that window.
  var hash = /^#t=(-?[0-9.]+),(-?[0-9.]+)$/.exec(location.hash);
  if (hash !== null && +hash[2] > +hash[1]) {
    var a = Math.max(full[0], data.start + +hash[1]), b = Math.min(full[1], data.start + +hash[2]);
    if (b > a) view = [a, b];
  }
  layout();
  document.body.dataset.ready = 'true';
})();
`;

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatTimelineHtml, type TraceEntry } from '../../src/index';
import { pictureWorld } from '../../fixtures/timeline';
import { countColour, readPng } from './png';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const out = join(root, '.tmp', 'timeline-html');

/** The lanes, marks and bands the page draws, read from its markup. */
function drawn(html: string): { lanes: string[]; marks: string[]; errors: number; faults: number; bands: string[] } {
  return {
    lanes: [...html.matchAll(/<g class="lane" data-lane="([^"]*)"/g)].map((m) => m[1]!),
    marks: [...html.matchAll(/<g class="(mark[^"]*)"/g)].map((m) => m[1]!),
    errors: [...html.matchAll(/<g class="mark error/g)].length,
    faults: [...html.matchAll(/<g class="mark [a-z]+ fault"/g)].length,
    bands: [...html.matchAll(/<rect class="band"[^>]*data-property="([^"]*)" data-value="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`),
  };
}

describe('formatTimelineHtml', () => {
  const world = pictureWorld();
  const html = formatTimelineHtml(world.trace, { title: 'orders <picture>' });

  it('draws one lane per resource, with its status, encryption and key state as bands', () => {
    const { lanes, bands } = drawn(html);
    const key = world.kms.describe('alias/orders')!.KeyId;
    expect(lanes).toEqual(['kinesis stream/orders', 'kinesis (other kinesis calls)', 'firehose deliverystream/logs', `kms key/${key}`]);
    for (const band of ['StreamStatus=ACTIVE', 'StreamStatus=UPDATING', 'EncryptionType=KMS', 'EncryptionStatus=ENABLING', 'EncryptionStatus=ENABLED', 'KeyState=Enabled', 'KeyState=Disabled']) {
      expect(bands).toContain(band);
    }
    // `none` (before the resource existed) is no band.
    expect(bands.some((b) => b.endsWith('=none'))).toBe(false);
  });

  it('draws every call as a mark on its lane: errors red, answers from a fault as diamonds, each with its input and answer', () => {
    const calls = world.trace.filter((e) => e.kind === 'call');
    const { marks, errors, faults } = drawn(html);
    expect(marks).toHaveLength(calls.length);
    expect(errors).toBe(calls.filter((e) => e.error !== undefined).length);
    expect(errors).toBe(2);
    expect(faults).toBe(1);
    expect(html).toMatch(/<g class="mark error fault"[^>]*><path d="M0,-7/);
    const data = JSON.parse(/<script type="application\/json" id="timeline-data">(.*?)<\/script>/s.exec(html)![1]!) as { calls: { title: string; input: string; answer: string }[] };
    expect(data.calls).toHaveLength(calls.length);
    const refused = data.calls.find((c) => c.answer.startsWith('✗ KMSDisabledException'))!;
    expect(refused.title).toBe('+1h01m10.000s kinesis PutRecord ✗ KMSDisabledException');
    expect(refused.input).toBe('{StreamName: "orders", PartitionKey: "pk", Data: <4 bytes>}');
    expect(data.calls.find((c) => c.title.includes('[fault#0'))?.title).toBe(
      '+1h03m10.000s kinesis PutRecord ✗ LimitExceededException [fault#0 throttle kinesis PutRecord with LimitExceededException]',
    );
  });

  it('is self-contained: nothing fetched, every text escaped (a hostile input cannot end the script)', () => {
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain('<title>orders &#60;picture&#62;</title>');
    const hostile: TraceEntry[] = [
      { seq: 0, time: 0, kind: 'call', service: 'kinesis', operation: 'PutRecord', region: 'us-east-1', input: { StreamName: '</script><script>alert(1)</script>' }, error: { type: 'X', message: '<b>' } as never },
    ];
    const page = formatTimelineHtml(hostile);
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain('data-lane="kinesis stream/&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });

  it('draws only the last entries asked for, says how many it left out, and reads only those', () => {
    const entries = world.trace;
    const big: TraceEntry[] = Array.from({ length: 50_000 }, (_, i) => ({ ...entries[i % entries.length]!, seq: i, time: i }));
    let reads = 0;
    const counted = new Proxy(big, {
      get(target, p, receiver) {
        if (typeof p === 'string' && /^\d+$/.test(p)) reads++;
        return Reflect.get(target, p, receiver) as unknown;
      },
    });
    const page = formatTimelineHtml(counted, { last: 100 });
    expect(page).toContain('100 entries (');
    expect(page).toContain('49900 earlier entries left out');
    expect(reads).toBeLessThanOrEqual(100 + 2);
  });

  it('shows notes above the picture, and refuses bad options', () => {
    expect(formatTimelineHtml(world.trace, { notes: ['Replay it: assertProperty(property, { seed: 1 })'] })).toContain(
      '<pre class="notes">Replay it: assertProperty(property, { seed: 1 })</pre>',
    );
    expect(formatTimelineHtml([])).toContain('0 entries (0 calls, 0 errors, 0 from faults)');
    expect(() => formatTimelineHtml(world.trace, { last: 0 })).toThrow('[kinesis-sse-harness] formatTimelineHtml last must be a whole number >= 1; got 0');
    expect(() => formatTimelineHtml(world.trace, { start: Number.NaN })).toThrow(TypeError);
  });
});

describe('formatTimelineHtml in a real browser (headless Chromium)', () => {
  const chromium = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-dev-shm-usage', '--window-size=1300,560'];

  it('finds Chromium (Debian package `chromium`, or CHROMIUM=<path>)', () => {
    expect(existsSync(chromium), `Chromium is not installed at ${chromium}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM to its path`).toBe(true);
  });

  it('runs the page: its script lays out the lanes and marks and opens a #t=from,to window zoomed', { timeout: 120_000 }, async () => {
    mkdirSync(out, { recursive: true });
    const file = join(out, 'picture.html');
    writeFileSync(file, formatTimelineHtml(pictureWorld().trace, { title: 'pictureWorld' }));
    const url = `${pathToFileURL(file).href}#t=3600000,3900000`;
    const [dom, shot] = await Promise.all([
      run(chromium, [...flags, '--virtual-time-budget=2000', '--dump-dom', url], { maxBuffer: 64 * 1024 * 1024, timeout: 100_000 }),
      run(chromium, [...flags, `--screenshot=${join(out, 'zoomed.png')}`, url], { timeout: 100_000 }),
    ]);
    expect(shot.stdout + shot.stderr).toMatch(/bytes written to file/);
    const html = dom.stdout;
    expect(html).toContain('<body data-ready="true">');
    // The zoomed window, its ticks made by the script (every minute), and only the marks inside it shown.
    expect(html).toMatch(/<span id="range">\+1h00m00\.000s … \+1h05m00\.000s<\/span>/);
    expect(html).toContain('>+1h01m00.000s</text>');
    expect(html).not.toContain('>+1h00m30.000s</text>');
    expect(drawn(html).lanes).toHaveLength(4);
    const visible = [...html.matchAll(/<g class="mark ([^"]*)"[^>]*?(style="display: none;")?>/g)].filter((m) => m[2] === undefined).map((m) => m[1]);
    expect(visible.sort()).toEqual(['error', 'error fault', 'ok']);
    // In the zoomed screenshot, the red of the two error marks is there.
    const png = readPng(readFileSync(join(out, 'zoomed.png')));
    expect(png.width).toBe(1300);
    expect(countColour(png, '#e00000', 16)).toBeGreaterThan(40);
  });

  it('draws lanes, bands and marks that a screenshot shows (red error marks included)', { timeout: 120_000 }, async () => {
    mkdirSync(out, { recursive: true });
    const file = join(out, 'full.html');
    writeFileSync(file, formatTimelineHtml(pictureWorld().trace, { title: 'pictureWorld', notes: ['expected PutRecord to succeed'] }));
    const png = join(out, 'full.png');
    const { stdout, stderr } = await run(chromium, [...flags, `--screenshot=${png}`, pathToFileURL(file).href], { timeout: 100_000 });
    expect(stdout + stderr).toMatch(/bytes written to file/);
    const image = readPng(readFileSync(png));
    expect([image.width, image.height]).toEqual([1300, 560]);
    expect(countColour(image, '#4caf50')).toBeGreaterThan(5_000); // ACTIVE / Enabled bands
    expect(countColour(image, '#1e88e5')).toBeGreaterThan(5_000); // KMS / ENABLED bands
    expect(countColour(image, '#1565c0')).toBeGreaterThan(20); // call marks
    expect(countColour(image, '#e00000', 16)).toBeGreaterThan(20); // error marks
  });

  it('the screenshot in the docs is a picture of the same kind (lanes and a red error mark)', () => {
    const image = readPng(readFileSync(join(root, 'docs', 'timeline-picture.png')));
    expect(countColour(image, '#4caf50')).toBeGreaterThan(5_000);
    expect(countColour(image, '#e00000', 16)).toBeGreaterThan(20);
    expect(readFileSync(join(root, 'docs', 'timeline.md'), 'utf8')).toContain('](timeline-picture.png)');
  });
});

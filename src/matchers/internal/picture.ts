// A matcher's failure writes a picture of the world's trace when KINESIS_SSE_HARNESS_PICTURE names a folder.
import type { TraceEntry } from '../../model/trace';
import { formatTimelineHtml } from '../../world/timeline-html';
import { savePicture } from '../../world/picture-file';

/**
 * The environment variable naming the folder failure pictures are written to.
 *
 * @example
 * ```ts
 * process.env[PICTURE_ENV] = '.tmp/pictures';
 * ```
 */
export const PICTURE_ENV = 'KINESIS_SSE_HARNESS_PICTURE';

let written = 0;

/**
 * Writes a picture of `trace` into the folder {@link PICTURE_ENV} names and returns the line a failure
 * message gains (`Picture: /abs/path.html`); nothing (and `undefined`) when the variable is unset.
 *
 * @example
 * ```ts
 * const line = failurePicture(world.trace, 'Trace of the stream'); // 'Picture: /…/matcher-1234-1.html'
 * ```
 */
export function failurePicture(trace: readonly TraceEntry[], title: string): string | undefined {
  const env = (globalThis as { process?: { pid: number; env: Record<string, string | undefined> } }).process;
  const dir = env?.env[PICTURE_ENV];
  if (env === undefined || dir === undefined || dir === '') return undefined;
  try {
    return `Picture: ${savePicture(dir, `matcher-${env.pid}-${++written}`, formatTimelineHtml(trace, { title }))}`;
  } catch (e) {
    return `Picture: not written to ${dir} (${e instanceof Error ? e.message : String(e)})`;
  }
}

// Pictures of failures (formatTimelineHtml written to a file), asked for by an option or by
// KINESIS_SSE_HARNESS_PICTURE=<folder>.
import type { TraceEntry } from '../model/trace';
import { formatTimelineHtml, type TimelineHtmlOptions } from '../world/timeline-html';
import { savePicture } from '../world/picture-file';

/**
 * The environment variable that names the folder failure pictures are written to when no option does.
 *
 * @example
 * ```ts
 * process.env[PICTURE_ENV] = '.tmp/pictures'; // then a failing assertProperty writes one picture per replayed world
 * ```
 */
export const PICTURE_ENV = 'KINESIS_SSE_HARNESS_PICTURE';

/**
 * The folder to write a failure's picture to: the option when given, else {@link PICTURE_ENV}; none when neither.
 *
 * @internal
 *
 * @example
 * ```ts
 * pictureFolder(options.picture); // '.tmp/pictures' or undefined
 * ```
 */
export function pictureFolder(option: string | undefined): string | undefined {
  if (option !== undefined && typeof option !== 'string') throw new TypeError(`[kinesis-sse-harness] picture must be a folder path (a string); got ${typeof option}`);
  const dir = option ?? process.env[PICTURE_ENV];
  return dir === undefined || dir === '' ? undefined : dir;
}

/**
 * Writes the picture of a trace as `<folder>/<name>.html` and returns its absolute path.
 *
 * @internal
 *
 * @example
 * ```ts
 * writePicture('.tmp/pictures', 'property-42-1', run.trace(), { start: run.start });
 * ```
 */
export function writePicture(folder: string, name: string, trace: readonly TraceEntry[], options: TimelineHtmlOptions): string {
  return savePicture(folder, name, formatTimelineHtml(trace, options));
}

import type { AsyncCommand } from 'fast-check';
import { takeCallFault, type OracleCallFault, type SseModel } from './oracle';
import type { SseReal } from './real';
import { catchUp } from './sync';

/**
 * A model-based step: an `fc.AsyncCommand` over the oracle ({@link SseModel}) and the real system
 * ({@link SseReal}). `toString()` reads like the call it makes.
 *
 * @example
 * ```ts
 * const steps: fc.Arbitrary<SseStep>[] = sseSteps({ streams: [{ name: 's0' }], keys: [{ alias: 'alias/k0' }] });
 * ```
 */
export type SseStep = AsyncCommand<SseModel, SseReal>;

/**
 * The outcome of one SDK call: `ok` with the answer, or the exception's name. @internal
 *
 * @example
 * ```ts
 * const o: CallOutcome = await outcome(client.send(command));
 * if (!o.ok) o.name; // e.g. 'ResourceInUseException'
 * ```
 */
export type CallOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly name: string; readonly error: unknown };

/**
 * Awaits a call and captures how it ended. @internal
 *
 * @example
 * ```ts
 * const o = await outcome(client.send(new DescribeStreamSummaryCommand({ StreamName: 's' })));
 * ```
 */
export async function outcome(call: Promise<unknown>): Promise<CallOutcome> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    const name = error !== null && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : String(error);
    return { ok: false, name, error };
  }
}

/**
 * Thrown by a step when AWS's answer is not one the oracle allows.
 *
 * @example
 * ```ts
 * // StartStreamEncryption(s0, alias/k1) at +12.000s: AWS answered ok, the oracle expected ResourceInUseException
 * ```
 */
export class StepMismatch extends Error {
  override readonly name = 'StepMismatch';
  constructor(
    readonly step: string,
    readonly answered: string,
    readonly expected: readonly string[],
    at: string,
  ) {
    super(`[kinesis-sse-harness] ${step} at ${at}: AWS answered ${answered}, the oracle expected ${expected.join(' or ')}`);
  }
}

function relative(model: SseModel): string {
  return `+${((model.now - model.start) / 1000).toFixed(3)}s`;
}

/**
 * Compares an answer (`ok`, `ok:<detail>` or an exception name) with what the oracle allows;
 * throws a {@link StepMismatch} unless the model runs without asserting. @internal
 *
 * @example
 * ```ts
 * expectAnswer(model, 'StartStreamEncryption(s)', answerName(o), ['ok', 'ResourceInUseException']);
 * ```
 */
export function expectAnswer(model: SseModel, step: string, answered: string, allowed: readonly string[]): void {
  if (!model.assert) return;
  if (!allowed.includes(answered)) throw new StepMismatch(step, answered, [...new Set(allowed)], relative(model));
}

/**
 * The answer's name for {@link expectAnswer}: `ok` or the exception's name. @internal
 *
 * @example
 * ```ts
 * answerName({ ok: false, name: 'LimitExceededException', error }); // 'LimitExceededException'
 * ```
 */
export function answerName(o: CallOutcome): string {
  return o.ok ? 'ok' : o.name;
}

/**
 * One step's AWS call: brings the oracle to the world's time, takes the call fault the oracle
 * knows is due on this operation, sends, and when a fault was due checks that it answered. Returns
 * the outcome for the step to judge, or `undefined` when a fault answered (nothing more to check).
 * Read the oracle's fields in `send` and after, not before: the catch-up may change them.
 *
 * @internal
 *
 * @example
 * ```ts
 * await callAws(model, real, 'StopStreamEncryption(s)', 'kinesis', 'StopStreamEncryption', () => real.kinesis.send(command));
 * ```
 */
export async function callAws(
  m: SseModel,
  r: SseReal,
  step: string,
  service: OracleCallFault['service'],
  operation: string,
  send: () => Promise<unknown>,
): Promise<CallOutcome | undefined> {
  catchUp(m, r);
  const fault = takeCallFault(m, service, operation);
  const o = await outcome(send());
  if (fault === undefined) return o;
  expectAnswer(m, step, answerName(o), [fault]);
  return undefined;
}

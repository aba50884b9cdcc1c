import type { Service } from '../../model/errors';
import { installFaults } from '../../world/faults';
import { settleModel, type SseModel } from './oracle';
import type { SseReal } from './real';
import { catchUp } from './sync';
import type { SseStep } from './step';

/**
 * Moves virtual time on by `ms`; the oracle completes whatever transitions are due by then.
 *
 * @example
 * ```ts
 * new AdvanceTimeStep(5_000).toString(); // 'AdvanceTime(5000)'
 * ```
 */
export class AdvanceTimeStep implements SseStep {
  constructor(readonly ms: number) {}
  check(): boolean {
    return true;
  }
  async run(m: SseModel, r: SseReal): Promise<void> {
    catchUp(m, r);
    await r.advance(this.ms);
    settleModel(m, Math.max(m.now + this.ms, r.world.now()));
  }
  toString(): string {
    return `AdvanceTime(${this.ms})`;
  }
}

/**
 * The call faults a {@link CallFaultStep} injects.
 *
 * @example
 * ```ts
 * const kind: CallFaultKind = 'throttle';
 * ```
 */
export type CallFaultKind = 'throttle' | 'internal-failure';

const THROTTLE_ERROR: Readonly<Record<Service, string>> = { kinesis: 'LimitExceededException', firehose: 'ThrottlingException', kms: 'ThrottlingException' };
const INTERNAL_ERROR: Readonly<Record<Service, string>> = { kinesis: 'InternalFailureException', firehose: 'ServiceUnavailableException', kms: 'KMSInternalException' };

/**
 * Injects a call fault from now on: the next `times` calls of `operation` are throttled
 * (LimitExceededException for Kinesis, ThrottlingException for Firehose and KMS) or fail
 * (InternalFailureException, ServiceUnavailableException, KMSInternalException).
 *
 * @example
 * ```ts
 * new CallFaultStep('throttle', 'kinesis', 'StartStreamEncryption', 2).toString();
 * // 'Fault(throttle kinesis StartStreamEncryption ×2)'
 * ```
 */
export class CallFaultStep implements SseStep {
  constructor(
    readonly fault: CallFaultKind,
    readonly service: Service,
    readonly operation: string,
    readonly times: number,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: SseModel, r: SseReal): Promise<void> {
    catchUp(m, r);
    installFaults(r.world, [{ kind: this.fault, service: this.service, operation: this.operation, times: this.times }], { start: m.now });
    m.callFaults.push({
      service: this.service,
      operation: this.operation,
      error: (this.fault === 'throttle' ? THROTTLE_ERROR : INTERNAL_ERROR)[this.service],
      remaining: this.times,
    });
    return Promise.resolve();
  }
  toString(): string {
    return `Fault(${this.fault} ${this.service} ${this.operation}${this.times === 1 ? '' : ` ×${this.times}`})`;
  }
}

/**
 * Injects a transition fault from now on: the next transition of that kind (`stream-updating`,
 * `encryption-enabling`, `encryption-disabling`) is slower by `extraDelayMs`, or fails (Kinesis:
 * ACTIVE again with the old encryption; Firehose: ENABLING_FAILED / DISABLING_FAILED).
 *
 * @example
 * ```ts
 * new TransitionFaultStep('encryption-enabling', 0, true).toString(); // 'Fault(fail encryption-enabling)'
 * ```
 */
export class TransitionFaultStep implements SseStep {
  constructor(
    readonly transition: string,
    readonly extraDelayMs: number,
    readonly fails: boolean,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: SseModel, r: SseReal): Promise<void> {
    catchUp(m, r);
    installFaults(
      r.world,
      [this.fails ? { kind: 'transition-failure', transition: this.transition } : { kind: 'slow-transition', transition: this.transition, extraDelayMs: this.extraDelayMs }],
      { start: m.now },
    );
    m.transitionFaults.push({ transition: this.transition, extraDelayMs: this.fails ? 0 : this.extraDelayMs, fails: this.fails, remaining: 1 });
    return Promise.resolve();
  }
  toString(): string {
    return this.fails ? `Fault(fail ${this.transition})` : `Fault(slow ${this.transition} by ${this.extraDelayMs})`;
  }
}

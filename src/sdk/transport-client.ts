import type { World } from '../world/index';
import { requestHandler, type TransportHandler } from './transport';

/**
 * Static fake credentials (AWS's documentation example keys) for clients built without any: the
 * transport accepts any signature, and a client with none would otherwise search the environment,
 * `~/.aws` and the instance metadata service on its first call.
 */
const FAKE_CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } as const;

const RETRY_MODES = ['standard', 'adaptive', 'legacy'];

/** The settings the SDK would otherwise load from `~/.aws/config` (real file I/O on a client's first call), with AWS's defaults. */
function staticSettings(world: World, handler: TransportHandler): Readonly<Record<string, unknown>> {
  const resolved = <T>(value: T) => (): Promise<T> => Promise.resolve(value);
  return {
    requestHandler: handler,
    region: resolved(world.region),
    useDualstackEndpoint: resolved(false),
    useFipsEndpoint: resolved(false),
    userAgentAppId: resolved(undefined),
    accountIdEndpointMode: resolved('preferred'),
    authSchemePreference: resolved([]),
    defaultsMode: resolved('legacy'),
    // A process-wide loader of AWS_DISABLE_CLOCK_SKEW_CORRECTION / the config file, read by the signer.
    disableClockSkewCorrection: resolved(false),
    // The endpoint does not matter to the transport; AWS_ENDPOINT_URL_* in the config file would be read for it.
    ignoreConfiguredEndpointUrls: true,
  };
}

/** The constructor settings the SDK honours from the environment without file I/O. */
function envMaxAttempts(): number | undefined {
  const raw = typeof process === 'object' ? process.env['AWS_MAX_ATTEMPTS'] : undefined;
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

function envRetryMode(): string | undefined {
  const raw = typeof process === 'object' ? process.env['AWS_RETRY_MODE'] : undefined;
  return raw !== undefined && RETRY_MODES.includes(raw) ? raw : undefined;
}

/**
 * @internal The configuration keys the client's constructor was given. The SDK's runtime config is built as
 * `{ ...sharedValues, ...constructorArgs, runtime: 'node', <defaults for what was not given> }`, and
 * the resolved config is that same object, so a key the constructor was given comes before `runtime`
 * in its key order, and a key filled by a default loader after it.
 *
 * @example
 * ```ts
 * givenKeys(new KinesisClient({ region: 'eu-west-1' }).config).has('region'); // true
 * ```
 */
export function givenKeys(config: object): ReadonlySet<string> {
  const keys = Object.keys(config);
  const runtime = keys.indexOf('runtime');
  return new Set(runtime < 0 ? [] : keys.slice(0, runtime));
}

interface ClientShape {
  readonly config: Record<string, unknown>;
  readonly constructor: new (config: Record<string, unknown>) => { readonly config: Record<string, unknown> };
}

function isClient(value: unknown): value is ClientShape {
  return value !== null && typeof value === 'object' && typeof (value as { config?: unknown }).config === 'object' && (value as { config?: unknown }).config !== null;
}

/**
 * @internal What a transport-mode stub does to each client it sees: installs the world's request
 * handler, and replaces every setting the SDK would load from files on the first call (region,
 * credentials, retry settings, endpoint flags) with a static value, unless the constructor set it.
 * `restore()` puts the clients' own settings back.
 *
 * @example
 * ```ts
 * const transport = transportBinding(world);
 * transport.prepare(client);
 * transport.restore();
 * ```
 */
export function transportBinding(world: World): { prepare(client: unknown): void; restore(): void } {
  const handler = requestHandler(world);
  const prepared = new WeakSet<object>();
  const originals: { client: ClientShape; saved: Record<string, unknown> }[] = [];
  return {
    prepare(client) {
      if (!isClient(client) || prepared.has(client)) return;
      prepared.add(client);
      const config = client.config;
      const given = givenKeys(config);
      const saved: Record<string, unknown> = {};
      const set = (key: string, value: unknown): void => {
        saved[key] = config[key];
        config[key] = value;
      };
      for (const [key, value] of Object.entries(staticSettings(world, handler))) {
        if (key === 'requestHandler' || (!given.has(key) && !(key === 'ignoreConfiguredEndpointUrls' && given.has('endpoint')))) set(key, value);
      }
      if (!given.has('credentials')) set('credentials', FAKE_CREDENTIALS);
      if (!given.has('retryStrategy')) {
        // The retry strategy closes over the maxAttempts and retryMode loaders of its constructor, so a
        // strategy built by a client of the same class from static values replaces it.
        const donor = new client.constructor({
          region: world.region,
          credentials: FAKE_CREDENTIALS,
          requestHandler: handler,
          maxAttempts: given.has('maxAttempts') ? config['maxAttempts'] : (envMaxAttempts() ?? 3),
          retryMode: given.has('retryMode') ? config['retryMode'] : (envRetryMode() ?? 'standard'),
        });
        set('retryStrategy', donor.config['retryStrategy']);
        set('maxAttempts', donor.config['maxAttempts']);
        set('retryMode', donor.config['retryMode']);
      }
      originals.push({ client, saved });
    },
    restore() {
      for (const { client, saved } of originals.splice(0)) {
        for (const [key, value] of Object.entries(saved)) client.config[key] = value;
      }
    },
  };
}

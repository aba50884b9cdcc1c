/**
 * `kinesis-sse-harness/server`: the world behind a loopback HTTP endpoint (HTTP/1.1 and h2c on one
 * port) for the AWS CLI, boto3, R paws, curl and the JS SDK, with a `/_harness/` control API.
 * See docs/server.md.
 */
export { startServer, isLoopback, DEFAULT_MAX_BODY_BYTES } from './server';
export type { ServerOptions, HarnessServer } from './server';
export { CLOCK_MODES, DEFAULT_MS_PER_REQUEST } from './clock';
export type { ClockMode } from './clock';
export { CONTROL_PREFIX, CONTROL_ROUTES } from './control';

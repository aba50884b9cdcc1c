// Shared by the AWS CLI scenario files: run one scenario of aws-cli.sh, and the CLI's error line.
import { join } from 'node:path';
import { AWS_CLI, clientEnv, requireClient, runClient, scripts, type Finished } from './endpoint';

/** Runs one scenario of aws-cli.sh against `url`; fails plainly when the CLI is not installed. */
export async function cliScenario(url: string, name: string, timeoutMs = 150_000): Promise<Finished> {
  requireClient(AWS_CLI);
  return runClient('bash', [join(scripts, 'aws-cli.sh'), name], { env: clientEnv(url), timeoutMs });
}

/** The last line the AWS CLI prints on stderr for a service error (wire-protocol.md §4.3). */
export const ERROR = (code: string, operation: string, message: string): string => `An error occurred (${code}) when calling the ${operation} operation: ${message}`;

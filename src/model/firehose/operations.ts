import type { OperationTable } from '../operation';

/** Every modelled Firehose operation, by AWS name. */
export const firehoseOperations: OperationTable = {};

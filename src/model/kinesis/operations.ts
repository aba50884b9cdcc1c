import type { OperationTable } from '../operation';

/** Every modelled Kinesis Data Streams operation, by AWS name. */
export const kinesisOperations: OperationTable = {};

import type { OperationTable } from '../operation';

/** Every modelled KMS operation, by AWS name. */
export const kmsOperations: OperationTable = {};

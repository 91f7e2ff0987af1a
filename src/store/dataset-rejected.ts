import { ErrorCode } from '../errors.js';

/** A write that would break the model; mutations report it as a bad input. */
export class DatasetRejected extends Error {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

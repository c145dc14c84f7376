import { constraintViolation, isUniqueViolation } from '@blk/db';
import { AppError } from '../../graphql/errors';

/** Runs a write; a unique-constraint violation (23505) becomes ALREADY_EXISTS. */
export async function failIfDuplicate<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const index = constraintViolation(error)?.constraint ?? 'a unique index';
      throw new AppError('ALREADY_EXISTS', `unique violation on ${index}`);
    }
    throw error;
  }
}

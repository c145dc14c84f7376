import { Prisma } from '@blk/db';
import { AppError } from '../../graphql/errors';

/** Runs a write; a unique-constraint violation (Prisma P2002) becomes ALREADY_EXISTS. */
export async function failIfDuplicate<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('ALREADY_EXISTS', `unique violation on ${String(error.meta?.target)}`);
    }
    throw error;
  }
}

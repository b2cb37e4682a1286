import { say } from '@tongket/domain';
import { z } from 'zod';

const key = z.string().min(8, say('Idempotency-Key quá ngắn', 'The Idempotency-Key is too short')).max(100);

/** Writes a client may retry take an Idempotency-Key: the same key again gets the first answer. */
export const idempotencyHeaders = z.object({ 'idempotency-key': key.optional() });

/** For writes that must not happen twice by accident (the đôn đốc click): the key is required. */
export const requiredIdempotencyHeaders = z.object({ 'idempotency-key': key });

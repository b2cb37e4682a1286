import { z } from 'zod';
import { ROLES } from './role-labels.ts';

export const roleSchema = z.enum(ROLES);

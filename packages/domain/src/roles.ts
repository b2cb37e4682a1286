import { z } from 'zod';
import { ROLES } from './role-list.ts';

export const roleSchema = z.enum(ROLES);

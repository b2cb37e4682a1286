import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { createUserEndpoint } from './endpoints/create-user.ts';
import { getUserEndpoint } from './endpoints/get-user.ts';
import { listUsersEndpoint } from './endpoints/list-users.ts';
import { resetPasswordEndpoint } from './endpoints/reset-password.ts';
import { updateUserEndpoint } from './endpoints/update-user.ts';

/** The accounts' endpoints, one file each under endpoints/. */
export const usersEndpoints = [
  listUsersEndpoint,
  getUserEndpoint,
  createUserEndpoint,
  updateUserEndpoint,
  resetPasswordEndpoint,
];

export const usersRoutes = (ctx: AppContext) => endpointsPlugin(ctx, usersEndpoints);

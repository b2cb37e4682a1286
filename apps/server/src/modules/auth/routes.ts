import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { changePasswordEndpoint } from './endpoints/change-password.ts';
import { getSessionEndpoint } from './endpoints/get-session.ts';
import { loginEndpoint } from './endpoints/login.ts';
import { logoutEndpoint } from './endpoints/logout.ts';

/** Signing in and out, the session's user and one's own password, one file each under endpoints/. */
export const authEndpoints = [loginEndpoint, logoutEndpoint, getSessionEndpoint, changePasswordEndpoint];

export const authRoutes = (ctx: AppContext) => endpointsPlugin(ctx, authEndpoints);

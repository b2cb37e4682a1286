import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { listNoticesEndpoint } from './endpoints/list-notices.ts';
import { listOutboxEndpoint } from './endpoints/list-outbox.ts';

/** A unit's inbox and the province's outbox, one file each under endpoints/. */
export const notificationsEndpoints = [listNoticesEndpoint, listOutboxEndpoint];

export const notificationsRoutes = (ctx: AppContext) => endpointsPlugin(ctx, notificationsEndpoints);

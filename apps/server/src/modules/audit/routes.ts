import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { listAuditEndpoint } from './endpoints/list-audit.ts';

/** The audit trail's one endpoint. */
export const auditEndpoints = [listAuditEndpoint];

export const auditRoutes = (ctx: AppContext) => endpointsPlugin(ctx, auditEndpoints);

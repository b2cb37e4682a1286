import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { createUnitEndpoint } from './endpoints/create-unit.ts';
import { exportUnitsEndpoint } from './endpoints/export-units.ts';
import { getUnitEndpoint } from './endpoints/get-unit.ts';
import { importUnitsEndpoint } from './endpoints/import-units.ts';
import { listUnitsEndpoint } from './endpoints/list-units.ts';
import { updateUnitEndpoint } from './endpoints/update-unit.ts';

/** The unit tree's endpoints (and its Excel export and import), one file each under endpoints/. */
export const unitsEndpoints = [
  listUnitsEndpoint,
  exportUnitsEndpoint,
  getUnitEndpoint,
  createUnitEndpoint,
  updateUnitEndpoint,
  importUnitsEndpoint,
];

export const unitsRoutes = (ctx: AppContext) => endpointsPlugin(ctx, unitsEndpoints);

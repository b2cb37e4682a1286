/** What the operations module offers the rest of the server; nothing else in it is imported from outside. */
export { createMetrics } from './metrics.ts';
export { operationsRoutes } from './routes.ts';

/** What the units module offers the rest of the server; nothing else in it is imported from outside. */
export { unitsRoutes } from './routes.ts';

/** What the audit module offers the rest of the server; nothing else in it is imported from outside. */
export { type ProvinceScope, provinceScope, withProvince } from './province-scope.ts';
export { auditRoutes } from './routes.ts';

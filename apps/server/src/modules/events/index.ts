/** What the events module offers the rest of the server; nothing else in it is imported from outside. */
export { eventsRoutes } from './routes.ts';

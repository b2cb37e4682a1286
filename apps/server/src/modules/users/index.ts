/** What the users module offers the rest of the server; nothing else in it is imported from outside. */

export { usersRoutes } from './routes.ts';
export { insertUser, insertUsers } from './store.ts';

/** What the users module offers the rest of the server; nothing else in it is imported from outside. */
export { insertUser, insertUsers } from './insert-user.ts';
export { usersRoutes } from './routes.ts';

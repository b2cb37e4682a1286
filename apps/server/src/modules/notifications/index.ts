/** What the notifications module offers the rest of the server; nothing else in it is imported from outside. */
export { type Notice, queueNotices } from './queue-notice.ts';
export { notificationsRoutes } from './routes.ts';

export * from './audit.ts';
export * from './dates.ts';
export * from './permissions.ts';
export * from './problem.ts';
export * from './roles.ts';
export * from './text.ts';
export * from './units.ts';
export * from './users.ts';

export * from './decree30.ts';

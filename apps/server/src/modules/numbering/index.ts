/** What the numbering module offers the rest of the server; nothing else in it is imported from outside. */
export { duplicateNumber, registerNumber } from './register-number.ts';

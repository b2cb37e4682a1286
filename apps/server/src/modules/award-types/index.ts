/** What the award-types module offers the rest of the server; nothing else in it is imported from outside. */
export { createAwardType, listAwardTypeIds, listAwardTypes, updateAwardType } from './award-types.ts';

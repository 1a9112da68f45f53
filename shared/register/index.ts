export { compareRegisterRows, registerRow, registerRows, type NoticeSummary, type RegisterOptions, type RegisterRow } from './rows';
export { filterRegister, matchesRegisterFilter, type BreachType, type RegisterFilter } from './filter';
export { csvCell, csvInstant, csvLine, registerCsv } from './csv';
export * from './labels';

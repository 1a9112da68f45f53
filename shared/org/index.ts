// The organisation's identity and contact details: pure checks for what the settings screen accepts.
export {
  checkOrgNr,
  formatOrgNr,
  normaliseOrgNr,
  orgNrCheckDigit,
  type OrgNrCheck,
  type OrgNrProblem,
} from './orgNumber';
export { isPlausibleEmail, isPlausiblePhone } from './contact';

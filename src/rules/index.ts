// RULES.md, written once: imported by the app's forms and by the mock backend.

export { collectFields, type FieldErrors, type FieldsResult, type RuleResult } from './result'
export { checkUscc, usccCheckChar } from './uscc'
export { checkPatentNo, looksLikePatentNo, patentNoCheckDigit } from './patent-no'
export { checkPhone } from './phone'
export {
  DESCRIPTION_MAX,
  MAX_BODY_BYTES,
  TITLE_MAX,
  checkDescription,
  checkEnterpriseName,
  checkPersonName,
  checkTitle,
  codePointLength,
  isUrlSafeId,
  utf8ByteLength,
} from './text'
export {
  FINANCING_MAX_FEN,
  FINANCING_MIN_FEN,
  LOAN_TERMS,
  ROYALTY_PROFIT_CAP,
  ROYALTY_SALES_CAP,
  checkFen,
  checkFinancingAmountFen,
  checkRoyaltyRate,
  checkTermMonths,
  parseWanYuanToFen,
  parseYuanToFen,
  type LoanTerm,
  type RoyaltyBasis,
} from './money'
export {
  CITY_LEVEL_PROVINCES,
  COMMON_CITIES,
  COMMON_INDUSTRY_CODES,
  allIndustries,
  checkIndustry,
  checkRegion,
  commonIndustries,
  industryMatches,
  industryName,
  industryTree,
  ipcClassOf,
  ipcName,
  ipcTree,
  isIndustry,
  isIndustryFilter,
  isIpcClass,
  isIpcFilter,
  isStrategicIndustry,
  looksLikeRegionCode,
  provinceOf,
  regionMatches,
  strategicIndustryName,
  strategicIndustryTree,
  type CatalogEntry,
  type IndustryCode,
  type RegionCode,
} from './catalog'
export { checkEnterprise, type EnterpriseProfile } from './enterprise'
export {
  MAX_PLEDGED_PATENTS,
  PURPOSE_MAX,
  amountFitsProduct,
  checkFinanceApplication,
  checkFinancingNeed,
  checkPatentIds,
  checkPurpose,
  needsPledge,
  type FinancingNeedField,
  type ProductTerms,
} from './financing'
export { checkSignupInput } from './signup'
export {
  ACTIVE_REGISTRATION_STATUSES,
  APPLICATION_KINDS,
  FILING_DEADLINE_MONTHS,
  FINANCE_STATUSES,
  KIND_LABELS,
  LICENCE_STATUSES,
  REGISTRATION_STATUSES,
  STATUS_LABELS,
  canTransition,
  illegalMoveMessage,
  isApplicationKind,
  isStatusOf,
  nextStatuses,
  statusLabel,
  type Actor,
  type ApplicationKind,
  type FinanceStatus,
  type LicenceStatus,
  type RegistrationStatus,
  type StatusOf,
} from './workflow'
export { DEFAULT_OFFICER_PASSCODE, PASSCODE_MAX } from './auth'

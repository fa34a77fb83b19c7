export { DEFAULT_SEED, FIXED_PATENTS, generatePatents, indexOfPatentId, patentIdOf, type PatentRecord } from './patents'
export { DEMO_ENTERPRISE, DEMO_LOGIN_CODES, DEMO_USER_IDS, seedUsers } from './users'

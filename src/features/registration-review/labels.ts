// Chinese labels of the officer's registration review.

import { REGISTRATION_STATUSES, STATUS_LABELS, type RegistrationStatus } from '@/rules'

export const REGISTRATION_FILTERS: { value: RegistrationStatus | ''; label: string }[] = [
  { value: '', label: '全部' },
  ...REGISTRATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS.registration[s] })),
]

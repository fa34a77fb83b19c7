// Seeded events (对接活动 / 入园惠企), relative to the mock's clock so some are always upcoming.

import type { MockDb } from '../db'

export function seedEvents(_db: MockDb, _nowMs: number): void {}

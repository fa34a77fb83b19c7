// The row validator that guards MOCK_DATA_FILE and the mini-program's saved state must accept every
// row the mock itself writes, or a restart would refuse a file the mock made.

import { createMockContext } from '@mock/context'
import { tablesOf } from '@mock/db'
import { validateRow } from '@mock/db/validate'

test('should accept every seeded row of every table', () => {
  const ctx = createMockContext({ patentCount: 20 })
  let rows = 0
  for (const table of tablesOf(ctx.db)) {
    for (const row of table.values()) {
      expect([table.name, row.id, validateRow(table.name, JSON.parse(JSON.stringify(row)))]).toEqual([table.name, row.id, null])
      rows++
    }
  }
  expect(rows).toBeGreaterThan(100)
})

test('should name the field and never the value', () => {
  const problem = validateRow('sessions', { id: 'SECRET-TOKEN', userId: 'u-1', createdAtMs: 'soon', expiresAtMs: 2 })
  expect(problem).toContain('createdAtMs')
  expect(problem).not.toContain('SECRET')
  expect(problem).not.toContain('soon')
  expect(validateRow('__proto__', {})).toBe('未知的表')
})

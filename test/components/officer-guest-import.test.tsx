import { TextDecoder as NodeTextDecoder } from 'node:util'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { __setRouterParams } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import RegistrationsPage from '@/officer/pages/registrations/index'
import { VALID_USCC } from '../api/officer-fixtures'
import { createEventAsOfficer, startInprocMock } from './officer-fixtures'
import { signIn } from '../setup/session'

// Issue 18: officers import the guest list from the CSV file Excel or WPS saved, through the
// platform's file picker (H5: a hidden <input type="file">), with the per-row report.

const HEADER = '姓名,手机号,企业名称,统一社会信用代码'
const ROWS = [`王嘉宾,13912347001,江门示例科技有限公司,${VALID_USCC}`, `,12345,江门示例科技有限公司,${VALID_USCC}`, `赵嘉宾,13912347002,江门示例科技有限公司,${VALID_USCC}`]

const realTextDecoder = globalThis.TextDecoder
beforeAll(() => {
  // What a browser has (and jsdom lacks): TextDecoder, with GBK.
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder })
})
afterAll(() => {
  Object.assign(globalThis, { TextDecoder: realTextDecoder })
})

/** GBK bytes of `text`, from the decoder's own table (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>()
  const decoder = new NodeTextDecoder('gbk')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail])
    }
  }
  const out: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0))
    else out.push(...(table.get(ch) ?? []))
  }
  return new Uint8Array(out)
}

async function openRegistrations() {
  const ctx = startInprocMock()
  await signIn('officer')
  const event = await createEventAsOfficer({ title: '嘉宾导入测试活动' })
  __setRouterParams({ eventId: event.id })
  renderWithClient(<RegistrationsPage />)
  await screen.findByText('选择 CSV 文件')
  return { ctx, event }
}

function pick(parts: (string | Uint8Array)[], name: string) {
  fireEvent.click(screen.getByText('选择 CSV 文件'))
  const input = document.querySelector('input[type="file"]') as HTMLInputElement
  expect(input).not.toBeNull()
  expect(input.accept).toBe('.csv,text/csv')
  const file = new File(parts.map((p) => (typeof p === 'string' ? p : (p.buffer as ArrayBuffer))), name, { type: 'text/csv' })
  Object.defineProperty(input, 'files', { configurable: true, value: [file] })
  fireEvent.change(input)
}

test('should import a UTF-8 CSV file with a BOM picked from disk and report the bad row', async () => {
  const { ctx, event } = await openRegistrations()
  pick(['\uFEFF' + [HEADER, ...ROWS].join('\r\n') + '\r\n'], 'guests.csv')
  const report = await screen.findByTestId('import-report')
  expect(report).toHaveTextContent('文件：guests.csv')
  expect(report).toHaveTextContent('已导入 2 人，1 行有误：')
  expect(report).toHaveTextContent('第 2 行：姓名')
  const names = ctx.db.registrations.filter((r) => r.eventId === event.id).map((r) => r.attendeeName)
  expect(names.sort()).toEqual(['王嘉宾', '赵嘉宾'])
})

test('should read a GBK CSV saved by Excel on Chinese Windows', async () => {
  const { ctx, event } = await openRegistrations()
  pick([gbk([HEADER, ROWS[0]].join('\r\n'))], '嘉宾名单.csv')
  const report = await screen.findByTestId('import-report')
  expect(report).toHaveTextContent('已导入 1 人')
  expect(ctx.db.registrations.filter((r) => r.eventId === event.id).map((r) => r.attendeeName)).toEqual(['王嘉宾'])
})

test('should ask for a UTF-8 CSV when the file is in no encoding it can read', async () => {
  const { ctx, event } = await openRegistrations()
  pick([new Uint8Array([0xff, 0xfe, 0xff, 0x2c, 0x80, 0x81])], 'broken.csv')
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('请将文件另存为 UTF-8 编码的 CSV'))
  expect(screen.queryByTestId('import-report')).toBeNull()
  expect(ctx.db.registrations.filter((r) => r.eventId === event.id)).toEqual([])
})

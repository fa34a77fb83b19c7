// Issue 18 in the WeChat-like runtime, through the pages' own taps and inputs: the ticket's 30-second
// dynamic QR read back from the <Image> the page draws, a 90-second-old screenshot refused by an
// offline desk while the current QR is accepted, the 核验码 typed with the phone's last 4 digits (a
// typed ticket code refused), two desks scanning one ticket offline that converge on the earliest
// scan, and the guest list imported from a CSV file picked in a chat.
//
// The mini-program's mock runs inside each phone, so two phones do not share a server. The two-desk
// test stands in for the shared backend by carrying the mock's saved state from one phone to the
// other between runs (what a real server would hold); every scan, flush and screen is the app's own.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { decodeQrDataUri } from '../support/qr-svg-decode.mjs'
import { MOCK_STATE_KEY, cloneDevice, coldStart, createDevice, loginThroughUi, mockRequest, problems, session } from './support.mjs'
import { deviceNow, liveTicketQr } from './ticket-qr.mjs'

const SESSION_KEY = 'huiqi-session'
const QUEUE_KEY = 'huiqi-checkin-queue'
const EVENT = 'ev-demo-today'
const ATTENDEE = { attendeeName: '林晓', phone: '13912348765', enterprise: { name: '江门市云帆智能装备有限公司', uscc: '91350100M000100Y43' } }

function clean(mp, note) {
  assert.deepEqual(problems(mp, { allowLoading: true }), [], note)
}

async function fill(mp, label, value) {
  await mp.input(mp.tree.input(label), value)
}

/** What the QR on screen says, decoded from the image as a scanner would. */
function shownQr(mp) {
  const img = mp.tree.all.find((n) => mp.tree.tag(n) === 'image' && String(mp.tree.attr(n, 'src') ?? '').startsWith('data:image/svg+xml'))
  assert.ok(img, `页面上没有二维码：${mp.tree.text().slice(0, 400)}`)
  return decodeQrDataUri(String(mp.tree.attr(img, 'src')))
}

async function scan(desk, device, text) {
  device.scanQueue.push(text)
  await desk.tap(/^扫码签到$/)
  if (desk.tree.has('隐私保护提示')) await desk.tap('同意并继续')
}

/** `2026-05-20T09:01:30+08:00` → `2026-05-20 09:01`, as the pages show times. */
function shownTime(iso) {
  return iso.slice(0, 16).replace('T', ' ')
}

describe('dynamic ticket QR, offline desk', () => {
  const device = createDevice()
  const sessions = {}
  let registrationId = ''
  let screenshot = ''

  test('the ticket page shows a QR of code.step.mac that changes every 30 seconds, and the short code', async () => {
    let mp = await loginThroughUi(device, 'sme')
    mp.close()
    sessions.sme = device.storage.get(SESSION_KEY)
    const { registration } = await mockRequest(device, 'POST', `/api/events/${EVENT}/registrations`, ATTENDEE)
    registrationId = registration.id
    mp = await coldStart(device, `packages/events/pages/ticket/index?id=${registrationId}`)
    screenshot = shownQr(mp)
    const [code, step, mac] = screenshot.split('.')
    assert.equal(code, registration.ticketCode)
    assert.match(step, /^\d+$/)
    assert.match(mac, /^[A-Za-z0-9_-]{12}$/)
    assert.ok(mp.tree.has('二维码每 30 秒自动更新，截图无效'))
    assert.ok(mp.tree.has(`核验码 ${registration.shortCode.slice(0, 4)} ${registration.shortCode.slice(4)}`), mp.tree.text().slice(0, 600))
    assert.ok(!mp.tree.text().includes(registration.ticketCode), `电子票页不应显示长票号：${mp.tree.text().slice(0, 600)}`)
    await mp.settle(31_000)
    const next = shownQr(mp)
    assert.notEqual(next, screenshot, '30 秒后二维码应已更新')
    assert.equal(Number(next.split('.')[1]), Number(step) + 1)
    clean(mp)
    mp.close()
  })

  test('offline, a 90-second-old screenshot is refused and the current QR checks in', async () => {
    device.storage.delete(SESSION_KEY)
    let mp = await loginThroughUi(device, 'officer')
    mp.close()
    sessions.officer = device.storage.get(SESSION_KEY)
    let desk = await coldStart(device, `officer/pages/checkin/index?eventId=${EVENT}`)
    await desk.tap(/下载名单/)
    await desk.settle(2000)
    assert.ok(desk.tree.has(/已下载名单/), desk.tree.text().slice(0, 600))
    desk.close()

    device.networkType = 'none'
    desk = await coldStart(device, `officer/pages/checkin/index?eventId=${EVENT}`)
    assert.ok(desk.tree.has('已离线：扫码按本机名单核验并排队，联网后自动同步'), desk.tree.text().slice(0, 600))
    await desk.settle(90_000)
    await scan(desk, device, screenshot)
    assert.ok(desk.tree.has('二维码已过期'), desk.tree.text().slice(0, 600))
    assert.ok(desk.tree.has(ATTENDEE.attendeeName))
    desk.close()

    // The attendee opens the ticket again (the QR is made on the phone, no network needed).
    device.storage.set(SESSION_KEY, sessions.sme)
    mp = await coldStart(device, `packages/events/pages/ticket/index?id=${registrationId}`)
    const current = shownQr(mp)
    assert.notEqual(current, screenshot)
    mp.close()

    device.storage.set(SESSION_KEY, sessions.officer)
    desk = await coldStart(device, `officer/pages/checkin/index?eventId=${EVENT}`)
    await scan(desk, device, current)
    assert.ok(desk.tree.has('签到成功'), desk.tree.text().slice(0, 600))
    assert.ok(desk.tree.has('离线判断，联网后自动同步核验'))
    desk.setNetwork('wifi')
    await desk.settle(8000)
    assert.ok(!desk.tree.has('待同步'), desk.tree.text().slice(0, 600))
    assert.ok(desk.tree.has('在线'))
    clean(desk)
    desk.close()

    const { registration } = await mockRequest(device, 'GET', `/api/registrations/${registrationId}`)
    assert.equal(registration.status, 'checked_in')
    device.storage.set(SESSION_KEY, sessions.sme)
    mp = await coldStart(device, `packages/events/pages/ticket/index?id=${registrationId}`)
    assert.ok(mp.tree.has(`已签到（${shownTime(registration.checkedInAt)}）`), mp.tree.text().slice(0, 600))
    clean(mp)
    mp.close()
  })

  test('a typed 核验码 checks in only with the phone last 4 digits; a typed ticket code or QR text is refused', async () => {
    device.storage.set(SESSION_KEY, sessions.officer)
    const roster = await mockRequest(device, 'GET', `/api/events/${EVENT}/roster`)
    const ticket = roster.tickets.find((t) => t.status === 'confirmed')
    const desk = await coldStart(device, `officer/pages/checkin/index?eventId=${EVENT}`)
    await fill(desk, '核验码', ticket.ticketCode)
    await fill(desk, '手机号后四位', ticket.phoneLast4)
    await desk.tap(/^核验签到$/)
    assert.ok(desk.tree.has('不能手动输入电子票号。请扫描电子票二维码，或输入 8 位核验码和手机尾号'), desk.tree.text().slice(0, 600))
    await fill(desk, '核验码', liveTicketQr(roster.ticketKey, ticket.ticketCode, deviceNow(device)))
    await desk.tap(/^核验签到$/)
    assert.ok(desk.tree.has('二维码内容不能手动输入。请扫描电子票二维码，或输入 8 位核验码和手机尾号'), desk.tree.text().slice(0, 600))
    assert.ok(!desk.tree.has('签到成功'))
    await fill(desk, '核验码', ticket.shortCode.toLowerCase())
    await fill(desk, '手机号后四位', '0000' === ticket.phoneLast4 ? '1111' : '0000')
    await desk.tap(/^核验签到$/)
    assert.ok(desk.tree.has('无效票'), desk.tree.text().slice(0, 600))
    assert.ok(desk.tree.has('核验码或手机尾号不符，请核对后重新输入'), desk.tree.text().slice(0, 600))
    await fill(desk, '核验码', ticket.shortCode.toLowerCase())
    await fill(desk, '手机号后四位', '')
    await desk.tap(/^核验签到$/)
    assert.ok(desk.tree.has('请输入参会人手机号后四位'), desk.tree.text().slice(0, 600))
    await fill(desk, '手机号后四位', ticket.phoneLast4)
    await desk.tap(/^核验签到$/)
    assert.ok(desk.tree.has('签到成功'), desk.tree.text().slice(0, 600))
    assert.ok(desk.tree.has(ticket.attendeeName))
    clean(desk)
    desk.close()
  })
})

describe('two desks at one door', () => {
  test('scan one ticket offline and converge on the earliest scan, which both desks show', async () => {
    const a = createDevice()
    const mp = await loginThroughUi(a, 'officer')
    mp.close()
    let desk = await coldStart(a, `officer/pages/checkin/index?eventId=${EVENT}`)
    await desk.tap(/下载名单/)
    await desk.settle(2000)
    desk.close()
    const roster = await mockRequest(a, 'GET', `/api/events/${EVENT}/roster`)
    const ticket = roster.tickets.find((t) => t.status === 'confirmed')

    // Desk B: the same officer on a second phone with its own device id and the same roster.
    const b = cloneDevice(a)
    const queue = JSON.parse(JSON.parse(b.storage.get(QUEUE_KEY)))
    queue.state.deviceId = 'd-desk-b'
    b.storage.set(QUEUE_KEY, JSON.stringify(JSON.stringify(queue)))

    a.networkType = 'none'
    b.networkType = 'none'
    desk = await coldStart(b, `officer/pages/checkin/index?eventId=${EVENT}`)
    await scan(desk, b, liveTicketQr(roster.ticketKey, ticket.ticketCode, deviceNow(b)))
    assert.ok(desk.tree.has('签到成功'), desk.tree.text().slice(0, 600))
    desk.close()
    // Desk A scans the same ticket two minutes later on its own clock.
    a.lastTime = b.lastTime + 120_000
    desk = await coldStart(a, `officer/pages/checkin/index?eventId=${EVENT}`)
    await scan(desk, a, liveTicketQr(roster.ticketKey, ticket.ticketCode, deviceNow(a)))
    assert.ok(desk.tree.has('签到成功'), desk.tree.text().slice(0, 600))

    // A is back first: its later scan checks the ticket in.
    desk.setNetwork('wifi')
    await desk.settle(8000)
    assert.ok(!desk.tree.has('待同步'), desk.tree.text().slice(0, 600))
    desk.close()
    const afterA = (await mockRequest(a, 'GET', `/api/events/${EVENT}/registrations?pageSize=50`)).items.find((r) => r.ticketCode === ticket.ticketCode)

    // Then B, holding the earlier scan, reaches the same backend.
    b.storage.set(MOCK_STATE_KEY, a.storage.get(MOCK_STATE_KEY))
    b.lastTime = a.lastTime
    b.networkType = 'wifi'
    desk = await coldStart(b, `officer/pages/checkin/index?eventId=${EVENT}`, { settleMs: 8000 })
    assert.ok(!desk.tree.has('待同步'), desk.tree.text().slice(0, 600))
    const stored = (await mockRequest(b, 'GET', `/api/events/${EVENT}/registrations?pageSize=50`)).items.find((r) => r.ticketCode === ticket.ticketCode)
    assert.ok(Date.parse(stored.checkedInAt) <= Date.parse(afterA.checkedInAt) - 120_000, `应以最早一次扫码为准：${stored.checkedInAt} / ${afterA.checkedInAt}`)
    const earliest = shownTime(stored.checkedInAt)
    await desk.settle(6000)
    assert.ok(desk.tree.has(`${earliest} · 本机`), desk.tree.text().slice(0, 800))
    assert.ok(desk.tree.has('本机签到 1'), desk.tree.text().slice(0, 800))
    clean(desk)
    desk.close()

    // A sees the same time, from the other desk, in its live list.
    a.storage.set(MOCK_STATE_KEY, b.storage.get(MOCK_STATE_KEY))
    a.lastTime = b.lastTime
    desk = await coldStart(a, `officer/pages/checkin/index?eventId=${EVENT}`, { settleMs: 8000 })
    assert.ok(desk.tree.has(`${earliest} · 其他设备`), desk.tree.text().slice(0, 800))
    assert.ok(!desk.tree.has(`${shownTime(afterA.checkedInAt)} · 本机`))
    assert.ok(desk.tree.has('本机签到 0'), desk.tree.text().slice(0, 800))
    clean(desk)
    desk.close()
  })
})

/** Stores a session the way the app does, for fixtures made as another user on this phone. */
function switchTo(device, raw) {
  device.storage.set(SESSION_KEY, raw)
}

async function loginFixture(device, body) {
  const { token, user } = await mockRequest(device, 'POST', '/api/auth/login', body)
  return JSON.stringify(JSON.stringify({ state: { token, user }, version: 0 }))
}

describe('a waitlist that moves by itself', () => {
  test('the waitlisted attendee sees their place, then an offer with its deadline, and takes the seat', async () => {
    const device = createDevice()
    const mp0 = await loginThroughUi(device, 'sme')
    mp0.close()
    const attendee = device.storage.get(SESSION_KEY)
    const officer = await loginFixture(device, { role: 'officer', passcode: 'huiqi-officer-demo' })
    const other = await loginFixture(device, { role: 'sme', code: 'wl-first' })

    switchTo(device, officer)
    const now = Date.now()
    const iso = (ms) => new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 19) + '+08:00'
    const { event } = await mockRequest(device, 'POST', '/api/events', {
      kind: 'matchmaking', title: '候补递补测试对接会', organizer: '江门市市场监督管理局', venue: '江门市科技馆报告厅', city: '440700',
      startsAt: iso(now + 3 * 86400_000), endsAt: iso(now + 3 * 86400_000 + 4 * 3600_000), signupOpensAt: iso(now - 3600_000), signupClosesAt: iso(now + 2 * 86400_000),
      capacity: 1, requiresApproval: false, waitlistEnabled: true, description: '候补测试', agenda: [], banks: [], industries: [], waitlistOfferHours: 12,
    })
    switchTo(device, other)
    const first = await mockRequest(device, 'POST', `/api/events/${event.id}/registrations`, { ...ATTENDEE, attendeeName: '陈先到' })
    switchTo(device, attendee)
    const { registration } = await mockRequest(device, 'POST', `/api/events/${event.id}/registrations`, ATTENDEE)
    assert.equal(registration.status, 'waitlisted')

    let mp = await coldStart(device, `packages/events/pages/ticket/index?id=${registration.id}`)
    assert.ok(mp.tree.has('已进入候补（第 1 位）'), mp.tree.text().slice(0, 600))
    assert.ok(mp.tree.has(/^退出候补$/))
    clean(mp)
    mp.close()

    // The first attendee cancels (on this phone's own mock, so between runs: the live refresh of an
    // open page against a shared server is the E2E test's part).
    switchTo(device, other)
    await mockRequest(device, 'POST', `/api/registrations/${first.registration.id}/cancel`, {})
    switchTo(device, attendee)
    assert.ok(session(device)?.token)
    mp = await coldStart(device, `packages/events/pages/ticket/index?id=${registration.id}`)
    assert.ok(mp.tree.has('有名额释放给您'), mp.tree.text().slice(0, 600))
    assert.ok(mp.tree.has(/逾期名额将顺延给下一位/))
    assert.ok(mp.tree.has(/^放弃名额$/))
    await mp.tap(/^确认参加$/)
    await mp.settle(2000)
    assert.ok(mp.log.toasts.includes('已确认参加'), `toasts: ${mp.log.toasts}`)
    assert.ok(mp.tree.has('二维码每 30 秒自动更新，截图无效'), mp.tree.text().slice(0, 600))
    clean(mp)
    mp.close()
    const notes = await mockRequest(device, 'GET', '/api/me/notifications')
    assert.ok(notes.items.some((x) => x.title === '候补名额待确认'))
    assert.ok(notes.items.some((x) => x.title === '候补成功：你已获得活动名额'))
  })
})

describe('officer event operations', () => {
  test('bulk approve with a filter, a guest CSV with its row report, and cancelling the event', async () => {
    const device = createDevice()
    const mp0 = await loginThroughUi(device, 'officer')
    mp0.close()
    const officer = device.storage.get(SESSION_KEY)
    const now = Date.now()
    const iso = (ms) => new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 19) + '+08:00'
    const { event } = await mockRequest(device, 'POST', '/api/events', {
      kind: 'matchmaking', title: '批量审核测试对接会', organizer: '江门市市场监督管理局', venue: '江门市科技馆报告厅', city: '440700',
      startsAt: iso(now + 3 * 86400_000), endsAt: iso(now + 3 * 86400_000 + 4 * 3600_000), signupOpensAt: iso(now - 3600_000), signupClosesAt: iso(now + 2 * 86400_000),
      capacity: 10, requiresApproval: true, waitlistEnabled: true, description: '批量审核', agenda: [], banks: [], industries: [],
    })
    const people = []
    for (const [i, name] of ['张一', '李二', '张三'].entries()) {
      switchTo(device, await loginFixture(device, { role: 'sme', code: `ops-${i}` }))
      people.push(await mockRequest(device, 'POST', `/api/events/${event.id}/registrations`, { ...ATTENDEE, attendeeName: name, phone: `1371234000${i}` }))
    }
    switchTo(device, officer)
    const mp = await coldStart(device, `officer/pages/registrations/index?eventId=${event.id}`)
    await fill(mp, '批量筛选', '张')
    await mp.tap(/^批量通过$/)
    assert.ok(mp.tree.has('成功 2 条，未处理 0 条'), mp.tree.text().slice(0, 800))
    // The officer sends the Excel export to 文件传输助手 and picks it there (UTF-8 with BOM, CRLF).
    const csv = ['姓名,手机号,企业名称,统一社会信用代码', '王嘉宾,13912347001,江门示例科技有限公司,91350100M000100Y43', ',12345,江门示例科技有限公司,91350100M000100Y43'].join('\r\n')
    device.messageFiles.push({ name: '嘉宾名单.csv', data: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8') })
    await mp.tap(/^选择 CSV 文件$/)
    if (mp.tree.has('隐私保护提示')) await mp.tap('同意并继续')
    await mp.settle(2000)
    assert.deepEqual(device.messageFilePicks.at(-1), { count: 1, type: 'file', extension: ['csv', 'txt'] })
    assert.ok(mp.tree.has('文件：嘉宾名单.csv'), mp.tree.text().slice(0, 800))
    assert.ok(mp.tree.has('已导入 1 人，1 行有误：'), mp.tree.text().slice(0, 800))
    assert.ok(mp.tree.has(/第 2 行：姓名/), mp.tree.text().slice(0, 800))
    // A GBK file (Excel's 「CSV (逗号分隔)」 on Chinese Windows) cannot be read here: say what to do.
    device.messageFiles.push({ name: 'gbk.csv', data: Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5, 0x0d, 0x0a]) })
    await mp.tap(/^选择 CSV 文件$/)
    await mp.settle(2000)
    assert.ok(mp.tree.has('无法识别文件编码，请将文件另存为 UTF-8 编码的 CSV'), mp.tree.text().slice(0, 800))
    await fill(mp, '取消原因', '场地临时检修')
    await mp.tap(/^取消活动$/)
    await mp.settle(2000)
    assert.ok(mp.tree.has('本活动已取消，报名与电子票均已作废'), mp.tree.text().slice(0, 800))
    clean(mp)
    mp.close()
    const list = await mockRequest(device, 'GET', `/api/events/${event.id}/registrations`)
    assert.deepEqual([...new Set(list.items.map((r) => r.status))], ['cancelled'])
    switchTo(device, await loginFixture(device, { role: 'sme', code: 'ops-0' }))
    const notes = await mockRequest(device, 'GET', '/api/me/notifications')
    assert.equal(notes.items[0].title, '活动已取消')
  })
})

describe('attendee reminders', () => {
  test('signed up with a subscription, the attendee finds the start reminder in 消息 and it went out as a subscribe message', async () => {
    const device = createDevice()
    const mp0 = await loginThroughUi(device, 'sme')
    mp0.close()
    const attendee = device.storage.get(SESSION_KEY)
    const officer = await loginFixture(device, { role: 'officer', passcode: 'huiqi-officer-demo' })
    switchTo(device, attendee)
    // Two acceptances, two sends (RULES.md): one for 报名成功, one left for the reminder.
    for (let i = 0; i < 2; i++) await mockRequest(device, 'POST', '/api/me/subscriptions', { accepted: [{ templateId: 'tmpl-registration-status', purpose: 'registration' }] })
    // ev-demo-today starts within 90 minutes: the two-hour reminder is due at once.
    await mockRequest(device, 'POST', `/api/events/${EVENT}/registrations`, ATTENDEE)
    const mp = await coldStart(device, 'packages/tracking/pages/messages/index')
    assert.ok(mp.tree.has('活动 2 小时后开始'), mp.tree.text().slice(0, 800))
    assert.ok(mp.tree.has(/请携带电子票（动态二维码）按时签到/))
    assert.ok(!mp.tree.has('活动明天开始'), '开始前两小时内报名，只发较近的一次提醒')
    clean(mp)
    mp.close()
    switchTo(device, officer)
    const outbox = await mockRequest(device, 'GET', '/api/officer/subscribe-outbox?pageSize=50')
    const sent = outbox.items.filter((o) => Object.values(o.data).some((v) => v.value === '活动 2 小时后开始'))
    assert.equal(sent.length, 1, JSON.stringify(outbox.items.slice(0, 3)))
  })
})

// Journeys in the WeChat-like runtime, through Taro's own event handlers (taps, inputs) — never by
// calling the mock: 企业用户 from login to a ticket, and a cold restart that keeps what they did;
// 工作人员 checking tickets in online, offline into the queue, across a restart, and back online.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { coldStart, createDevice, loginThroughUi, mockRequest, problems, session } from './support.mjs'
import { deviceNow, liveTicketQr } from './ticket-qr.mjs'

const PROFILE = { name: '江门市云帆智能装备有限公司', uscc: '91350100M000100Y43', contactName: '周敏', phone: '13912345678' }

async function fill(mp, label, value) {
  await mp.input(mp.tree.input(label), value)
}

function clean(mp, note) {
  assert.deepEqual(problems(mp, { allowLoading: true }), [], note)
}

describe('企业用户 journey', () => {
  const device = createDevice()
  const found = {}

  test('logs in on 我的 and fills 企业信息; a wrong USCC shows the field message', async () => {
    const mp = await loginThroughUi(device, 'sme')
    await mp.tap('企业信息')
    assert.equal(mp.page.route, 'pages/enterprise/index')
    await fill(mp, '企业名称', PROFILE.name)
    await fill(mp, '统一社会信用代码', '91350100M000100Y44')
    assert.ok(mp.tree.has('校验位错误'), mp.tree.text())
    await fill(mp, '统一社会信用代码', PROFILE.uscc.toLowerCase())
    assert.ok(!mp.tree.has('校验位错误'))
    await fill(mp, '联系人', PROFILE.contactName)
    await fill(mp, '手机号', PROFILE.phone)
    const region = mp.tree.byClass('chip')[0]
    await mp.tap(region)
    const industry = mp.tree.byClass('chip').find((n) => mp.tree.ancestors(n).some((a) => mp.tree.textOf(a).startsWith('所属行业')))
    await mp.tap(industry)
    await mp.tap(/^保存$/)
    assert.ok(mp.log.toasts.includes('保存成功'), `toasts: ${mp.log.toasts}`)
    const me = await mockRequest(device, 'GET', '/api/me')
    assert.equal(me.enterprise.name, PROFILE.name)
    assert.equal(me.enterprise.uscc, PROFILE.uscc)
    clean(mp)
    mp.close()
  })

  test('finds a patent by 专利号, favourites it and applies for a licence', async () => {
    const { items } = await mockRequest(device, 'GET', '/api/patents?sort=newest&pageSize=3')
    found.patent = items[1]
    const mp = await coldStart(device, 'pages/patents/index')
    await fill(mp, '搜索', `ZL${found.patent.patentNo}`)
    await mp.fire(mp.tree.input('搜索'), 'confirm', { value: `ZL${found.patent.patentNo}` })
    await mp.settle(3000)
    assert.ok(mp.tree.has('共 1 件'), mp.tree.text().slice(0, 400))
    await mp.tap(found.patent.title)
    assert.equal(mp.page.route, 'pages/patent/index')
    await mp.tap(/^收藏$/)
    assert.ok(mp.tree.has('已收藏'), mp.tree.text().slice(0, 600))
    await mp.tap('申请许可')
    assert.equal(mp.page.route, 'packages/trade/pages/licence-apply/index')
    assert.ok(mp.tree.has(PROFILE.name), '申请表应带出已保存的企业信息')
    await fill(mp, '如：用于本公司', '用于本公司智能装备产品线的研发与量产')
    await mp.tap(/^提交申请$/)
    await mp.settle(3000)
    assert.equal(mp.page.route, 'packages/trade/pages/licence-done/index', mp.tree.text().slice(0, 600))
    assert.ok(mp.tree.has('申请已提交'))
    clean(mp)
    mp.close()
  })

  test('signs up for ev-demo-open and sees the ticket QR', async () => {
    const mp = await coldStart(device, 'pages/event/index?id=ev-demo-open')
    await mp.tap(/^立即报名$/)
    assert.equal(mp.log.subscribeCalls.length, 1, '报名时应请求订阅消息')
    assert.ok(mp.log.subscribeCalls.every((c) => c.inTap), 'requestSubscribeMessage 必须在点击的同步调用栈内')
    assert.equal(mp.page.route, 'packages/events/pages/signup/index', mp.tree.text().slice(0, 400))
    await fill(mp, '姓名', PROFILE.contactName)
    await fill(mp, '手机号', PROFILE.phone)
    await mp.tap(/^(提交报名|确认报名)$/)
    await mp.settle(3000)
    if (mp.page.route !== 'packages/events/pages/ticket/index') await mp.tap(/电子票/)
    assert.equal(mp.page.route, 'packages/events/pages/ticket/index', mp.tree.text().slice(0, 600))
    const qr = mp.tree.all.find((n) => mp.tree.tag(n) === 'image' && String(mp.tree.attr(n, 'src') ?? '').startsWith('data:image/svg+xml'))
    assert.ok(qr, '电子票页应显示二维码图片')
    found.registrationId = mp.page.options.id
    // Issue 18: the long ticket code is a static pass; the page shows the 30-second QR and the 核验码 only.
    const { registration } = await mockRequest(device, 'GET', `/api/registrations/${found.registrationId}`)
    assert.match(registration.ticketCode, /^[A-Za-z0-9_-]{16,32}$/)
    assert.ok(!mp.tree.text().includes(registration.ticketCode), `电子票页不应显示长票号：${mp.tree.text().slice(0, 600)}`)
    assert.ok(mp.tree.has(`核验码 ${registration.shortCode.slice(0, 4)} ${registration.shortCode.slice(4)}`), mp.tree.text().slice(0, 600))
    assert.ok(mp.tree.has('现场无法扫码时，请向工作人员出示 8 位核验码并报手机尾号'))
    clean(mp)
    mp.close()
  })

  test('leaves an unsent draft in 发布需求', async () => {
    const mp = await coldStart(device, 'packages/trade/pages/need-new/index')
    await fill(mp, '需求标题', '锂电池回收再利用技术')
    clean(mp)
    mp.close()
  })

  test('a cold restart keeps the session, the favourite, the registration and the draft', async () => {
    assert.ok(session(device)?.token)
    let mp = await coldStart(device, 'pages/me/index')
    assert.ok(!mp.tree.has('选择演示身份'), '冷启动后仍应是登录状态')
    mp.close()
    mp = await coldStart(device, 'packages/trade/pages/favourites/index')
    assert.ok(mp.tree.has(found.patent.title), mp.tree.text().slice(0, 400))
    clean(mp)
    mp.close()
    mp = await coldStart(device, 'packages/tracking/pages/applications/index')
    assert.ok(mp.tree.has('江门市新能源产业专利供需对接会'), mp.tree.text().slice(0, 600))
    clean(mp)
    mp.close()
    mp = await coldStart(device, 'packages/trade/pages/need-new/index')
    assert.ok(mp.tree.has('锂电池回收再利用技术'), '未发送的草稿应在冷启动后恢复')
    clean(mp)
    mp.close()
  })
})

describe('an attendee from a poster, signed out', () => {
  test('taps 立即报名, signs in on 我的 and lands back on the event', async () => {
    const device = createDevice()
    const mp = await coldStart(device, 'pages/event/index?scene=ev-demo-open')
    const title = mp.tree.texts().find((t) => t.includes('供需对接会'))
    await mp.tap(/^立即报名$/)
    assert.equal(mp.page.route, 'pages/me/index')
    await mp.tap('企业用户')
    await mp.settle(2000)
    assert.equal(mp.page.route, 'pages/event/index', `登录后应回到活动页，实际在 ${mp.page.route}`)
    assert.ok(mp.tree.has(title), mp.tree.text().slice(0, 300))
    await mp.tap(/^立即报名$/)
    assert.equal(mp.page.route, 'packages/events/pages/signup/index')
    clean(mp)
    mp.close()
  })
})

describe('工作人员 check-in journey', () => {
  const device = createDevice()
  let tickets = []
  let ticketKey = ''

  test('checks a ticket in by 核验码 and phone tail, refusing a typed ticket code', async () => {
    const mp = await loginThroughUi(device, 'officer')
    mp.close()
    const roster = await mockRequest(device, 'GET', '/api/events/ev-demo-today/roster')
    ticketKey = roster.ticketKey
    const confirmed = roster.tickets.filter((t) => t.status === 'confirmed')
    tickets = confirmed.map((t) => t.ticketCode)
    assert.ok(tickets.length >= 4, `ev-demo-today 只有 ${tickets.length} 张可签到的票`)
    const desk = await coldStart(device, 'officer/pages/checkin/index?eventId=ev-demo-today')
    await desk.tap(/下载名单/)
    await desk.settle(2000)
    assert.ok(desk.tree.has(/已下载名单/), desk.tree.text().slice(0, 600))
    await fill(desk, '核验码', tickets[0])
    await fill(desk, '手机号后四位', confirmed[0].phoneLast4)
    await desk.tap(/^核验签到$/)
    assert.ok(desk.tree.has('不能手动输入电子票号。请扫描电子票二维码，或输入 8 位核验码和手机尾号'), desk.tree.text().slice(0, 600))
    assert.ok(!desk.tree.has('签到成功'))
    await fill(desk, '核验码', confirmed[0].shortCode)
    await fill(desk, '手机号后四位', confirmed[0].phoneLast4)
    await desk.tap(/^核验签到$/)
    assert.ok(desk.tree.has('签到成功'), desk.tree.text().slice(0, 600))
    clean(desk)
    desk.close()
  })

  test('offline, three scans go into the queue, which survives a cold restart and flushes once', async () => {
    device.networkType = 'none'
    let desk = await coldStart(device, 'officer/pages/checkin/index?eventId=ev-demo-today')
    assert.ok(desk.tree.has('离线'))
    for (const code of tickets.slice(1, 4)) {
      // The attendee's phone shows the QR of this moment (the desk refuses a bare code).
      device.scanQueue.push(liveTicketQr(ticketKey, code, deviceNow(device)))
      await desk.tap(/^扫码签到$/)
      // The first scan asks for 隐私保护指引 consent; agreeing lets the held scan go on.
      if (desk.tree.has('隐私保护提示')) await desk.tap('同意并继续')
    }
    assert.equal(desk.log.privacyPrompts.length, 1)
    assert.ok(desk.tree.has('待同步 3'), desk.tree.text().slice(0, 600))
    desk.close()

    desk = await coldStart(device, 'officer/pages/checkin/index?eventId=ev-demo-today')
    assert.ok(desk.tree.has('待同步 3'), `冷启动后离线队列应保留：${desk.tree.text().slice(0, 600)}`)
    desk.setNetwork('wifi')
    await desk.settle(6000)
    assert.ok(!desk.tree.has('待同步'), desk.tree.text().slice(0, 600))
    const after = await mockRequest(device, 'GET', '/api/events/ev-demo-today/registrations?pageSize=50')
    const byCode = new Map(after.items.map((r) => [r.ticketCode, r]))
    assert.deepEqual(tickets.slice(0, 4).map((c) => byCode.get(c)?.status), ['checked_in', 'checked_in', 'checked_in', 'checked_in'])
    const before = JSON.stringify(after.items.map((r) => [r.id, r.status, r.checkedInAt]))
    desk.setNetwork('none')
    desk.setNetwork('wifi')
    await desk.settle(6000)
    const again = await mockRequest(device, 'GET', '/api/events/ev-demo-today/registrations?pageSize=50')
    assert.equal(JSON.stringify(again.items.map((r) => [r.id, r.status, r.checkedInAt])), before, '第二次同步不应改变任何记录')
    clean(desk)
    desk.close()
  })
})

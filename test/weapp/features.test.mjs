// What only the mini-program does, exercised in the WeChat-like runtime: the 隐私保护指引 consent,
// addPhoneCalendar, the poster drawn on a canvas and saved to the album (and openSetting after a
// refusal), share cards that reopen their page, the tab badge, a failed require.async retried.
// The first tests show the runtime itself can fail: it catches what WeChat would refuse.
import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { cloneDevice, coldStart, createDevice, loginThroughUi, mockRequest, problems } from './support.mjs'

function clean(mp) {
  assert.deepEqual(problems(mp, { allowLoading: true }), [])
}

describe('the runtime refuses what WeChat refuses', () => {
  test('a global WeChat lacks is recorded; a typeof probe is told apart', async () => {
    const mp = await coldStart(createDevice(), 'pages/index/index')
    const { wx } = mp.rt.sandbox
    assert.equal(typeof wx.login, 'function')
    const result = mp.rt.evaluate('probe.js', 'var a = typeof window; try { fetch("/x") } catch (e) { a += ":" + e.name } return a')
    assert.equal(result, 'undefined:ReferenceError')
    assert.deepEqual(mp.log.missingGlobals.map((g) => g.name), ['fetch'])
    assert.ok(mp.log.probes.some((g) => g.name === 'window'))
    mp.close()
  })

  test('requestSubscribeMessage outside a tap, wx.request and unknown wx calls are findings', async () => {
    const mp = await coldStart(createDevice(), 'pages/index/index')
    mp.rt.evaluate('late.js', 'wx.requestSubscribeMessage({ tmplIds: ["t1"] }); wx.request({ url: "https://x" }); wx.getLocation({})')
    const found = problems(mp)
    assert.ok(found.some((p) => p.includes('requestSubscribeMessage 不在点击事件')))
    assert.ok(found.some((p) => p.includes('wx.request')))
    assert.ok(found.some((p) => p.includes('wx.getLocation')))
    mp.close()
  })

  // An unhandled rejection is recorded too; under node:test it also fails the running test outright.
  test('an error thrown in a timer is a finding', async () => {
    const mp = await coldStart(createDevice(), 'pages/index/index')
    mp.rt.evaluate('late.js', 'setTimeout(function () { null.x }, 10)')
    await mp.settle(100)
    const found = problems(mp)
    assert.ok(found.some((p) => p.startsWith('未捕获错误（timer）')), found.join('\n'))
    mp.close()
  })

  test('a synchronous require across subpackages fails; storage refuses more than 1 MB per key', async () => {
    const mp = await coldStart(createDevice(), 'packages/events/pages/poster/index?id=ev-demo-open')
    assert.throws(() => mp.rt.requireFrom('packages/events/pages/poster/index.js', '../../../trade/sub-vendors.js'), /another subpackage/)
    assert.throws(() => mp.rt.sandbox.wx.setStorageSync('big', 'x'.repeat(1024 * 1024 + 1)), /exceed storage item max length/)
    mp.close()
  })
})

describe('mini-program-only features', () => {
  const sme = createDevice()
  let registrationId = ''

  before(async () => {
    ;(await loginThroughUi(sme, 'sme')).close()
    await mockRequest(sme, 'PUT', '/api/me/enterprise', { name: '泸州市白酒智造科技有限公司', uscc: '91350100M000100Y43', contactName: '王强', phone: '13700137000', region: (await firstPatent()).region, industry: (await firstPatent()).industry })
    const reg = await mockRequest(sme, 'POST', '/api/events/ev-demo-open/registrations', { attendeeName: '王强', phone: '13700137000', enterprise: { name: '泸州市白酒智造科技有限公司', uscc: '91350100M000100Y43' } })
    registrationId = reg.registration.id
  })

  async function firstPatent() {
    return (await mockRequest(sme, 'GET', '/api/patents?sort=newest&pageSize=1')).items[0]
  }

  test('addPhoneCalendar asks for 隐私保护指引 consent first; agreeing adds the event', async () => {
    const device = cloneDevice(sme)
    const mp = await coldStart(device, `packages/events/pages/ticket/index?id=${registrationId}`)
    await mp.tap(/添加到日历/)
    assert.ok(mp.tree.has('隐私保护提示'), mp.tree.text().slice(0, 300))
    assert.ok(mp.tree.has('添加日程到手机日历'))
    assert.equal(device.calendar.length, 0, '同意之前不应写入日历')
    await mp.tap(/^同意并继续$/)
    assert.equal(device.calendar.length, 1)
    assert.match(device.calendar[0].title, /江门市新能源产业专利供需对接会/)
    assert.ok(mp.log.toasts.includes('已添加到日历'))
    assert.ok(!mp.tree.has('隐私保护提示'))
    clean(mp)
    mp.close()
  })

  test('refusing the 隐私保护指引 says why and loses nothing', async () => {
    const device = cloneDevice(sme)
    const mp = await coldStart(device, `packages/events/pages/ticket/index?id=${registrationId}`)
    await mp.tap(/添加到日历/)
    await mp.tap(/^不同意$/)
    assert.equal(device.calendar.length, 0)
    assert.ok(mp.log.toasts.includes('未同意隐私保护指引，无法添加到日历'), mp.log.toasts.join('|'))
    // The ticket is still there, and asking again works.
    assert.ok(mp.tree.has('添加到日历'))
    await mp.tap(/添加到日历/)
    await mp.tap(/^同意并继续$/)
    assert.equal(device.calendar.length, 1)
    clean(mp)
    mp.close()
  })

  test('the poster is drawn on a canvas and saved to the album; a refused album leads to openSetting', async () => {
    const device = cloneDevice(sme)
    device.privacyAgreed = true
    device.albumAnswer = 'deny'
    device.openSettingGrants = { 'scope.writePhotosAlbum': true }
    const mp = await coldStart(device, 'packages/events/pages/poster/index?id=ev-demo-open')
    await mp.tap(/^保存海报$/)
    await mp.settle(3000)
    assert.equal(mp.log.openSetting, 1, '相册权限被拒后应引导到设置')
    assert.ok(mp.log.modals.some((m) => m.title === '需要相册权限'))
    assert.equal(device.savedImages.length, 1)
    const drawn = mp.rt.tempFiles.get(device.savedImages[0]).drawn
    const texts = drawn.filter(([op]) => op === 'fillText').map(([, text]) => text).join('')
    assert.match(texts, /江门市新能源/)
    assert.ok(drawn.filter(([op]) => op === 'fillRect').length > 100, '海报应画出二维码的模块')
    assert.ok(mp.log.toasts.includes('已保存到相册'))
    clean(mp)
    mp.close()
  })

  test('share cards reopen the same page', async () => {
    const device = cloneDevice(sme)
    const patent = await firstPatent()
    for (const url of [`pages/patent/index?id=${patent.id}`, 'pages/event/index?id=ev-demo-open']) {
      const mp = await coldStart(device, url)
      const card = mp.share()
      assert.ok(card?.path && card.title, `${url} 没有分享卡片`)
      const title = card.title
      mp.close()
      const reopened = await coldStart(cloneDevice(createDevice()), card.path.replace(/^\//, ''))
      assert.ok(reopened.tree.has(title), `${card.path} 应重新打开「${title}」`)
      clean(reopened)
      reopened.close()
    }
  })

  test('the 我的 tab badge shows the unread count', async () => {
    const device = cloneDevice(sme)
    const { count: unreadCount } = await mockRequest(device, 'GET', '/api/me/notifications/unread-count')
    assert.ok(unreadCount > 0, '报名成功应产生未读消息')
    const mp = await coldStart(device, 'pages/index/index')
    assert.equal(mp.tabBadges.get(3), String(unreadCount))
    clean(mp)
    mp.close()
  })

  test('a link to a page that is not in app.json lands on 首页 and says so', async () => {
    const mp = await coldStart(createDevice(), 'pages/no-such-page/index?id=1')
    assert.equal(mp.page?.route, 'pages/index/index')
    assert.ok(mp.log.toasts.includes('页面不存在，已返回首页'), mp.log.toasts.join('|'))
    clean(mp)
    mp.close()
  })

  test('a failed download of the mock subpackage is retried', async () => {
    const mp = await coldStart(cloneDevice(createDevice()), 'pages/patents/index', { failAsyncOnce: true })
    if (mp.tree.has('重试')) await mp.tap(/^重试$/)
    await mp.settle(6000)
    assert.ok(mp.log.asyncRequires.length >= 2, `require.async 只调用了 ${mp.log.asyncRequires.length} 次`)
    assert.ok(mp.tree.has(/共 [\d,]+ 件开放许可专利/), mp.tree.text().slice(0, 300))
    clean(mp)
    mp.close()
  })
})

// Issue 15 in the mini-program runtime: WeChat's native region picker on 企业信息, the subscribe prompt
// inside the tap of 申请许可 and 申请融资 (one template each, what was accepted reported to the backend),
// the pledge picker's own patents with their readiness badges, the 实施许可通知 after a licence application.
import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { coldStart, createDevice, loginThroughUi, mockRequest, problems } from './support.mjs'

// GB 32100-2015 check character, so the demo patentee's USCC is written here as the seed writes it.
function uscc(first17) {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += chars.indexOf(first17[i]) * weights[i]
  const c = 31 - (sum % 31)
  return first17 + chars[c === 31 ? 0 : c]
}

/** The seeded demo enterprise: the register names it patentee of p000007–p000016. */
const DEMO_COMPANY = { name: '江门市蓬江区智造示例科技有限公司', uscc: uscc('91440703MA4X8L2P1'), contactName: '李明', phone: '13912345678', region: '440700', industry: 'C38' }

function clean(mp, note) {
  assert.deepEqual(problems(mp, { allowLoading: true }), [], note)
}

async function fill(mp, label, value) {
  await mp.input(mp.tree.input(label), value)
}

function regionPicker(mp) {
  const node = mp.tree.all.find((n) => mp.tree.tag(n) === 'picker' && mp.tree.attr(n, 'mode') === 'region')
  assert.ok(node, `企业信息页没有 mode="region" 的原生地区选择器：${mp.tree.text().slice(0, 300)}`)
  return node
}

describe('企业信息: WeChat’s native region picker', () => {
  const device = createDevice()
  before(async () => {
    ;(await loginThroughUi(device, 'sme')).close()
  })

  test('a city picked in <picker mode="region" level="city"> is saved as its GB/T 2260 code; a municipality as its own code', async () => {
    const mp = await coldStart(device, 'pages/enterprise/index')
    const picker = regionPicker(mp)
    assert.equal(mp.tree.attr(picker, 'level'), 'city')
    await mp.fire(picker, 'change', { value: ['广东省', '韶关市'], code: ['440000', '440200'], postcode: '512000' })
    assert.ok(mp.tree.has('广东省韶关市（更改）'), mp.tree.text().slice(0, 600))
    await fill(mp, '企业名称', '韶关市示例精密制造有限公司')
    await fill(mp, '统一社会信用代码', '91350100M000100Y43')
    await fill(mp, '联系人', '李明')
    await fill(mp, '手机号', '13900139000')
    const industry = mp.tree.byClass('chip').find((n) => mp.tree.ancestors(n).some((a) => mp.tree.textOf(a).startsWith('所属行业')))
    await mp.tap(industry)
    await mp.tap(/^保存$/)
    assert.ok(mp.log.toasts.includes('保存成功'), `toasts: ${mp.log.toasts}`)
    assert.equal((await mockRequest(device, 'GET', '/api/me')).enterprise.region, '440200')
    clean(mp)
    mp.close()

    const again = await coldStart(device, 'pages/enterprise/index')
    await again.fire(regionPicker(again), 'change', { value: ['重庆市', '重庆市'], code: ['500000', '500100'], postcode: '400000' })
    assert.ok(again.tree.has('重庆市（更改）'), again.tree.text().slice(0, 600))
    await again.tap(/^保存$/)
    assert.equal((await mockRequest(device, 'GET', '/api/me')).enterprise.region, '500000')
    clean(again)
    again.close()
  })
})

describe('subscribe prompts inside the tap, the pledge picker, the 实施许可通知', () => {
  const device = createDevice()
  before(async () => {
    ;(await loginThroughUi(device, 'sme')).close()
    await mockRequest(device, 'PUT', '/api/me/enterprise', DEMO_COMPANY)
  })

  test('申请许可 asks for the 申请进度 template once, in the tap; the acceptance reaches the backend; 提交成功 shows the 实施许可通知', async () => {
    const mp = await coldStart(device, 'packages/trade/pages/licence-apply/index?patentId=p000001')
    await fill(mp, '如：用于本公司', '用于本公司储能电池产线的研发与量产')
    await mp.tap(/^提交申请$/)
    await mp.settle(3000)
    assert.equal(mp.log.subscribeCalls.length, 1, '提交许可申请时应请求一次订阅消息')
    assert.ok(mp.log.subscribeCalls[0].inTap, 'requestSubscribeMessage 必须在点击的同步调用栈内')
    assert.deepEqual(Array.from(mp.log.subscribeCalls[0].tmplIds), ['tmpl-application-status'])
    assert.equal(mp.page.route, 'packages/trade/pages/licence-done/index', mp.tree.text().slice(0, 400))
    assert.ok(mp.tree.has('专利开放许可实施通知书'))
    assert.ok(mp.tree.has('ZL201710601862.3'))
    assert.ok(mp.tree.has(DEMO_COMPANY.name))
    assert.ok(mp.tree.has('复制通知文本') && mp.tree.has('保存为图片'))
    const subs = await mockRequest(device, 'GET', '/api/me/subscriptions')
    assert.ok(subs.items.some((s) => s.templateId === 'tmpl-application-status' && s.purpose === 'application'), JSON.stringify(subs))
    clean(mp)
    mp.close()
  })

  test('申请融资 offers the enterprise’s own patents with readiness badges and asks for the template once, in the tap', async () => {
    const ready = await mockRequest(device, 'GET', '/api/patents/p000007')
    const mp = await coldStart(device, 'packages/finance/pages/apply/index')
    assert.ok(mp.tree.has('本企业名下专利'), mp.tree.text().slice(0, 600))
    // The badges follow the loan term: a 36-month loan outlives the utility model filed in 2017.
    await mp.tap(/^36 个月$/)
    await mp.settle(2000)
    assert.ok(mp.tree.has('期限超过届满日'), mp.tree.text().slice(0, 1200))
    assert.equal(mp.tree.texts().filter((t) => t === '可质押').length, 2, mp.tree.text().slice(0, 1200))
    for (const words of ['不可质押：已质押', '年费滞纳', '共有人未同意', '无效宣告审查中', '同日申请待放弃其一']) assert.ok(mp.tree.has(words), words)
    await fill(mp, '金额（万元）', '100')
    await fill(mp, '资金用途', '购置自动化检测设备')
    const pick = mp.tree.all.find((n) => n.ariaLabel === `选择 ${ready.patentNo}`)
    assert.ok(pick, '本企业名下可质押的专利应可选择')
    await mp.tap(pick)
    await mp.settle(2000)
    assert.ok(mp.tree.has('全部通过'), mp.tree.text().slice(0, 1200))
    await mp.tap(/^提交申请$/)
    await mp.settle(3000)
    assert.equal(mp.log.subscribeCalls.length, 1, '提交融资申请时应请求一次订阅消息')
    assert.ok(mp.log.subscribeCalls[0].inTap, 'requestSubscribeMessage 必须在点击的同步调用栈内')
    assert.deepEqual(Array.from(mp.log.subscribeCalls[0].tmplIds), ['tmpl-application-status'])
    assert.ok(mp.tree.has('融资申请已提交'), mp.tree.text().slice(0, 600))
    clean(mp)
    mp.close()
  })

  test('活动报名 asks for the 报名结果 template only', async () => {
    const mp = await coldStart(device, 'pages/event/index?id=ev-demo-open')
    await mp.tap(/^立即报名$/)
    assert.equal(mp.log.subscribeCalls.length, 1)
    assert.ok(mp.log.subscribeCalls[0].inTap)
    assert.deepEqual(Array.from(mp.log.subscribeCalls[0].tmplIds), ['tmpl-registration-status'])
    mp.close()
  })
})

// Issue 15 in the mini-program runtime: WeChat's native region picker on 企业信息, the subscribe prompt
// inside the tap of 申请许可 and 申请融资 (one template each, what was accepted reported to the backend),
// the pledge picker's own patents with their readiness badges, the 实施许可通知 after a licence application.
import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { APP, coldStart, createDevice, loginThroughUi, mockRequest, problems } from './support.mjs'

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

  test('the 实施许可通知 is drawn on a canvas and saved to the album, and copied as text', async () => {
    device.privacyAgreed = true
    const { items } = await mockRequest(device, 'GET', '/api/me/applications?kind=licence')
    const mp = await coldStart(device, `packages/trade/pages/licence-done/index?id=${items[0].id}`)
    await mp.tap(/^保存为图片$/)
    await mp.settle(3000)
    assert.equal(device.savedImages.length, 1, mp.log.toasts.join(' '))
    const drawn = mp.rt.tempFiles.get(device.savedImages[0]).drawn
    const texts = drawn.filter(([op]) => op === 'fillText').map(([, text]) => text).join('')
    for (const words of ['专利开放许可实施通知书', 'ZL201710601862.3', '许可使用费标准', '被许可人', DEMO_COMPANY.name]) assert.ok(texts.includes(words), words)
    assert.ok(mp.log.toasts.some((t) => t.startsWith('已保存到相册')))
    await mp.tap(/^复制通知文本$/)
    await mp.settle(1000)
    assert.match(String(device.clipboard ?? ''), /专利开放许可实施通知书[\s\S]*被许可人：/)
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

// A national code is for machines: every page names it (江门市, 电气机械和器材制造业, 新能源产业), never shows
// the bare code. A code with its name beside it (an IPC class 「H01 基本电气元件」) is not bare.
const PROVINCE_PREFIXES = '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' ')
const OLD_SLUGS = /\b(jiangmen|luzhou|chongqing|guangzhou|shenzhen|chengdu|wuhan|hangzhou|suzhou|xian|hefei|changsha|new_energy|new_materials|biomedicine|advanced_manufacturing|electronics|energy_saving|agriculture|ai_software|chemicals|food)\b/

export function rawCodes(texts) {
  const found = []
  for (const text of texts) {
    if (OLD_SLUGS.test(text)) found.push(text)
    for (const m of text.matchAll(/(?<![\d.])(\d{6})(?![\d.])/g)) if (PROVINCE_PREFIXES.includes(m[1].slice(0, 2)) && m[1].endsWith('00')) found.push(text)
    const tokens = text.split(/[\s·、/，,（）()：:]+/).filter(Boolean)
    tokens.forEach((t, i) => {
      const named = /[\u4e00-\u9fff]/.test(tokens[i + 1] ?? '')
      if (/^[A-T]\d{2}$/.test(t) && !named) found.push(text)
      if (/^[1-9]\.[1-7]$/.test(t) && !named) found.push(text)
    })
  }
  return [...new Set(found)]
}

describe('no page shows a bare national code', () => {
  const device = createDevice()
  const officer = createDevice()
  const ids = {}
  before(async () => {
    ;(await loginThroughUi(device, 'sme')).close()
    ;(await loginThroughUi(officer, 'officer')).close()
    await mockRequest(device, 'PUT', '/api/me/enterprise', { ...DEMO_COMPANY, region: '440600', industry: 'C33' })
    const licence = await mockRequest(device, 'POST', '/api/licence-applications', {
      patentId: 'p000001',
      enterprise: { name: DEMO_COMPANY.name, uscc: DEMO_COMPANY.uscc, contactName: DEMO_COMPANY.contactName, phone: DEMO_COMPANY.phone },
      intendedUse: '用于本公司储能产品的研发与生产',
      expectedStart: new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10),
    })
    ids.licence = licence.application.id
    const need = await mockRequest(device, 'POST', '/api/needs', { title: '储能电池热管理技术', description: '寻找储能电池热管理相关专利', industry: 'C38', keywords: ['储能', '电池'] })
    ids.need = need.need.id
    const finance = await mockRequest(device, 'POST', '/api/finance/applications', { enterprise: { name: DEMO_COMPANY.name, uscc: DEMO_COMPANY.uscc, contactName: DEMO_COMPANY.contactName, phone: DEMO_COMPANY.phone }, amountFen: 100_000_000, termMonths: 12, purpose: '购置检测设备', patentIds: ['p000007'] })
    ids.finance = finance.application.id
    ids.product = (await mockRequest(device, 'GET', '/api/finance/products')).items[0].id
  })

  function urls() {
    const byRoute = {
      'pages/patent/index': ['id=p000001', 'id=p000011'],
      'pages/event/index': ['id=ev-demo-open'],
      'packages/trade/pages/licence-apply/index': ['patentId=p000001'],
      'packages/trade/pages/licence-done/index': [`id=${ids.licence}`],
      'packages/trade/pages/need-matches/index': [`id=${ids.need}`],
      'packages/events/pages/signup/index': ['id=ev-demo-open'],
      'packages/events/pages/poster/index': ['id=ev-demo-open'],
      'packages/finance/pages/product/index': [`id=${ids.product}`],
      'packages/finance/pages/apply/index': [`productId=${ids.product}`],
      'packages/tracking/pages/application/index': [`kind=licence&id=${ids.licence}`, `kind=finance&id=${ids.finance}`],
      'officer/pages/event-edit/index': ['id=ev-demo-open'],
      'officer/pages/registrations/index': ['eventId=ev-demo-open'],
      'officer/pages/notice/index': ['eventId=ev-demo-open'],
      'officer/pages/checkin/index': ['eventId=ev-demo-today'],
    }
    return APP.pages.flatMap((route) => (byRoute[route] ?? ['']).map((qs) => (qs ? `${route}?${qs}` : route)))
  }

  test('the detector finds bare codes and lets names through', () => {
    assert.deepEqual(rawCodes(['江门市', 'ZL201710601862.3', '13912345678', '2026-12-02 09:00', 'H01 基本电气元件', 'H01M 4/525', '提成 按销售额 2.5%']), [])
    assert.equal(rawCodes(['440700', 'C38', '新能源 · 6.3', 'jiangmen']).length, 4)
  })

  test('every page of app.json, as 企业用户 and as 工作人员', async () => {
    const found = []
    const named = []
    for (const url of urls()) {
      const who = url.startsWith('officer/') ? officer : device
      const mp = await coldStart(who, url, { settleMs: 4000 })
      // The 专利 tab's filter sheets list facet options: open the region and industry ones too.
      if (url === 'pages/patents/index') {
        for (const name of ['地区', '行业']) {
          const bar = mp.tree.all.find((n) => n.ariaLabel === name)
          if (bar) {
            await mp.tap(bar)
            await mp.settle(1500)
            const codes = rawCodes(mp.tree.texts())
            if (codes.length) found.push(`${url} 筛选「${name}」：${codes.join(' | ')}`)
            named.push(mp.tree.has(name === '地区' ? '江门市' : '电气机械和器材制造业'))
            await mp.tap(bar)
          }
        }
      }
      if (url === 'pages/patent/index?id=p000001') named.push(mp.tree.has('电气机械和器材制造业'), mp.tree.has('广东省江门市'), mp.tree.has('意向合作城市'))
      const codes = rawCodes(mp.tree.texts())
      if (codes.length) found.push(`${url}：${codes.slice(0, 5).join(' | ')}`)
      mp.close()
    }
    assert.deepEqual(found, [])
    // The scan saw the names where the codes would have been.
    assert.deepEqual(named, [true, true, true, true, true])
  })
})

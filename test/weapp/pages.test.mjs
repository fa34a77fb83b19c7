// Every page of app.json, cold-started in the WeChat-like runtime as 游客, 企业用户 and 工作人员:
// no uncaught error or rejection, no global WeChat lacks, no unanswered wx API, no wx.request, no
// skeleton or 加载失败 left, the mock's real data on screen, setData and storage within WeChat's limits.
import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { SETDATA_LIMIT } from './harness/logic-layer.mjs'
import { STORAGE_KEY_LIMIT } from './harness/wx.mjs'
import { APP, cloneDevice, coldStart, createDevice, loginThroughUi, mockRequest, problems } from './support.mjs'

const USERS = ['游客', '企业用户', '工作人员']
const devices = {}
const ids = {}
const results = []
let largestSetData = { bytes: 0, route: '' }
const storageFigures = {}

before(async () => {
  devices['游客'] = createDevice()
  const sme = createDevice()
  ;(await loginThroughUi(sme, 'sme')).close()
  const officer = createDevice()
  ;(await loginThroughUi(officer, 'officer')).close()
  devices['企业用户'] = sme
  devices['工作人员'] = officer

  const patents = await mockRequest(sme, 'GET', '/api/patents?sort=newest&pageSize=5')
  const patent = patents.items[0]
  ids.patent = patent
  ids.profile = { name: '江门市测试精密制造有限公司', uscc: '91350100M000100Y43', contactName: '李明', phone: '13900139000', region: patent.region, industry: patent.industry }
  await mockRequest(sme, 'PUT', '/api/me/enterprise', ids.profile)
  const licence = await mockRequest(sme, 'POST', '/api/licence-applications', {
    patentId: patent.id,
    enterprise: { name: ids.profile.name, uscc: ids.profile.uscc, contactName: ids.profile.contactName, phone: ids.profile.phone },
    intendedUse: '用于本公司新一代产品的研发与生产',
    expectedStart: new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10),
  })
  ids.licence = licence.application.id
  const need = await mockRequest(sme, 'POST', '/api/needs', { title: '储能电池热管理技术', description: '寻找储能电池热管理与安全预警相关专利', industry: patent.industry, keywords: ['储能', '电池'] })
  ids.need = need.need.id
  const reg = await mockRequest(sme, 'POST', '/api/events/ev-demo-open/registrations', { attendeeName: '李明', phone: '13900139000', enterprise: { name: ids.profile.name, uscc: ids.profile.uscc } })
  ids.registration = reg.registration.id
  const event = await mockRequest(sme, 'GET', '/api/events/ev-demo-open')
  ids.eventTitle = (event.event ?? event).title
  const products = await mockRequest(sme, 'GET', '/api/finance/products')
  ids.product = products.items[0].id
})

/** The query each page needs, and what its screen must show once loaded (null: no specific check). */
function cases() {
  const p = ids.patent
  const h5Link = encodeURIComponent(`https://huiqi.example.cn/pages/event/index?id=ev-demo-open`)
  return [
    ['pages/index/index', '', () => p.title],
    ['pages/patents/index', '', () => p.title],
    ['pages/patent/index', `id=${p.id}`, () => p.title],
    ['pages/events/index', '', () => null],
    ['pages/event/index', 'id=ev-demo-open', () => ids.eventTitle],
    ['pages/event/index', 'scene=ev-demo-open', () => ids.eventTitle],
    ['pages/event/index', `q=${h5Link}`, () => ids.eventTitle],
    ['pages/me/index', '', () => null],
    ['pages/enterprise/index', '', (user) => (user === '企业用户' ? ids.profile.name : null)],
    ['packages/trade/pages/licence-apply/index', `patentId=${p.id}`, () => null],
    ['packages/trade/pages/licence-done/index', `id=${ids.licence}`, () => null],
    ['packages/trade/pages/licence-done/index', '', () => null],
    ['packages/trade/pages/favourites/index', '', () => null],
    ['packages/trade/pages/need-new/index', '', () => null],
    ['packages/trade/pages/need-matches/index', `id=${ids.need}`, () => null],
    ['packages/events/pages/signup/index', 'id=ev-demo-open', () => null],
    ['packages/events/pages/ticket/index', `id=${ids.registration}`, () => null],
    ['packages/events/pages/poster/index', 'id=ev-demo-open', () => ids.eventTitle],
    ['packages/finance/pages/products/index', '', () => null],
    ['packages/finance/pages/product/index', `id=${ids.product}`, () => null],
    ['packages/finance/pages/apply/index', `productId=${ids.product}`, () => null],
    ['packages/tracking/pages/applications/index', '', () => null],
    ['packages/tracking/pages/application/index', `kind=licence&id=${ids.licence}`, () => null],
    ['packages/tracking/pages/messages/index', '', () => null],
    ['officer/pages/workbench/index', '', () => null],
    ['officer/pages/events/index', '', () => null],
    ['officer/pages/event-edit/index', '', () => null],
    ['officer/pages/event-edit/index', 'id=ev-demo-open', () => null],
    ['officer/pages/registrations/index', 'eventId=ev-demo-open', () => null],
    ['officer/pages/notice/index', 'eventId=ev-demo-open', () => null],
    ['officer/pages/checkin/index', 'eventId=ev-demo-today', () => null],
    ['officer/pages/applications/index', '', () => null],
    ['mockpkg/pages/demo-data/index', '', () => null],
    // Opened without the id they need (a cut-off link): an explicit state, never an endless skeleton.
    ...['pages/patent/index', 'pages/event/index', 'packages/trade/pages/need-matches/index', 'packages/events/pages/signup/index', 'packages/events/pages/ticket/index', 'packages/events/pages/poster/index', 'packages/finance/pages/product/index', 'packages/tracking/pages/application/index', 'officer/pages/registrations/index', 'officer/pages/notice/index', 'officer/pages/checkin/index'].map((route) => [route, '', () => null]),
  ]
}

describe('every page × every user', () => {
  test('the table covers every page of app.json', () => {
    const covered = new Set(cases().map(([route]) => route))
    assert.deepEqual(APP.pages.filter((p) => !covered.has(p)), [])
  })

  for (const user of USERS) {
    test(`${user}: every page opens with its data`, async () => {
      const failures = []
      for (const [route, qs, expected] of cases()) {
        const device = cloneDevice(devices[user])
        const url = qs ? `${route}?${qs}` : route
        const mp = await coldStart(device, url)
        const found = problems(mp)
        const want = expected(user)
        if (want && !mp.tree?.has(want)) found.push(`页面上没有「${want}」`)
        if (mp.log.setDataMax.bytes > SETDATA_LIMIT) found.push(`setData ${mp.log.setDataMax.bytes} B`)
        if (mp.log.setDataMax.bytes > largestSetData.bytes) largestSetData = { ...mp.log.setDataMax }
        results.push({ user, url, ok: found.length === 0 })
        if (found.length) failures.push(`${url}\n    ${found.join('\n    ')}\n    页面文字：${(mp.tree?.text() ?? '').replace(/\n/g, ' ').slice(0, 160)}`)
        mp.close()
      }
      assert.equal(failures.length, 0, `${user}：${failures.length} 个页面未通过\n${failures.join('\n')}`)
    })
  }

  test('storage stays within 1 MB per key after 500 writes', async () => {
    const device = cloneDevice(devices['企业用户'])
    const mp = await coldStart(device, 'pages/patents/index')
    for (let i = 0; device.storageWrites < 500 && i < 700; i++) {
      await mp.navigate(`/pages/patent/index?id=${ids.patent.id}`)
      const fav = mp.tree.all.find((n) => /收藏/.test(mp.tree.textOf(n)) && mp.tree.bubblePath(n, 'tap').length)
      if (fav) await mp.tap(fav)
      await mp.navigate('', 'navigateBack')
    }
    assert.ok(device.storageWrites >= 500, `只写了 ${device.storageWrites} 次`)
    assert.ok(device.maxStorageValue.bytes <= STORAGE_KEY_LIMIT, `${device.maxStorageValue.key} 有 ${device.maxStorageValue.bytes} B`)
    Object.assign(storageFigures, { writes: device.storageWrites, ...device.maxStorageValue })
    assert.deepEqual(problems(mp, { allowLoading: true }), [])
    mp.close()
  })
})

// On stderr: a test file's stdout is node:test's serialized channel to its parent, and plain text
// written there can corrupt it ("Unable to deserialize cloned data", nodejs/node#66164).
process.on('exit', () => {
  if (!results.length) return
  const pages = [...new Set(results.map((r) => r.url))]
  const mark = (user, url) => (results.find((r) => r.user === user && r.url === url)?.ok ? '✓' : '✗')
  console.error(`\n页面 × 用户（${results.filter((r) => r.ok).length}/${results.length} 通过）`)
  for (const url of pages) console.error(`  ${USERS.map((u) => mark(u, url)).join(' ')}  ${url}`)
  console.error(`最大一次 setData：${(largestSetData.bytes / 1024).toFixed(1)} KB（${largestSetData.route}，上限 256 KB）`)
  if (storageFigures.writes) console.error(`存储：${storageFigures.writes} 次写入后最大的键 ${storageFigures.key} ${(storageFigures.bytes / 1024).toFixed(1)} KB（上限 1024 KB）`)
})

// The view layer: every page of app.json, cold-started in the WeChat-like logic layer as 游客, 企业用户
// and 工作人员, settled, and its final data drawn through the build's own .wxml + base.wxml + utils.wxs +
// comp by WeChat's WXML compiler (wcc of miniprogram-compiler) and miniprogram-simulate/j-component.
// Every non-empty text of the logic tree must be drawn, in order, and nothing else; every element as
// its tag; every field showing its value or placeholder; no warning from wcc's runtime.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import { compare, createViewLayer, undrawnKeys } from './harness/view-layer.mjs'
import { ViewTree } from './harness/view-tree.mjs'
import { APP, DIST, cloneDevice, coldStart, createDevice, loginThroughUi, mockRequest, session } from './support.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const USERS = ['游客', '企业用户', '工作人员']
const devices = {}
const loginFallbacks = []
const ids = {}
const results = []
const undrawn = {} // data keys no template of base.wxml reads (reported, not failed)
let view = null

before(async () => {
  devices['游客'] = createDevice()
  const sme = createDevice()
  ;(await loginThroughUi(sme, 'sme')).close()
  devices['企业用户'] = sme
  // This test is about drawing, not signing in: if 我的 cannot sign the officer in (pages.test.mjs
  // reports that), the session comes from the mock's login API, so 工作人员's pages still get drawn.
  const officer = createDevice()
  try {
    ;(await loginThroughUi(officer, 'officer')).close()
  } catch (error) {
    loginFallbacks.push(`工作人员：我的 页登录失败（${error.message.split('\n').pop()}），改用 mock 登录接口建立会话`)
    const passcode = readFileSync(path.join(ROOT, 'src/rules/auth.ts'), 'utf8').match(/DEFAULT_OFFICER_PASSCODE = '([^']+)'/)[1]
    const { token, user } = await mockRequest(officer, 'POST', '/api/auth/login', { role: 'officer', passcode })
    officer.storage.set('huiqi-session', JSON.stringify(JSON.stringify({ state: { token, user }, version: 0 })))
    assert.equal(session(officer)?.user?.role, 'officer')
  }
  devices['工作人员'] = officer
  const patents = await mockRequest(sme, 'GET', '/api/patents?sort=newest&pageSize=5')
  ids.patent = patents.items[0]
  const profile = { name: '江门市测试精密制造有限公司', uscc: '91350100M000100Y43', contactName: '李明', phone: '13900139000', region: ids.patent.region, industry: ids.patent.industry }
  await mockRequest(sme, 'PUT', '/api/me/enterprise', profile)
  const licence = await mockRequest(sme, 'POST', '/api/licence-applications', {
    patentId: ids.patent.id,
    enterprise: { name: profile.name, uscc: profile.uscc, contactName: profile.contactName, phone: profile.phone },
    intendedUse: '用于本公司新一代产品的研发与生产',
    expectedStart: new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10),
  })
  ids.licence = licence.application.id
  const need = await mockRequest(sme, 'POST', '/api/needs', { title: '储能电池热管理技术', description: '寻找储能电池热管理与安全预警相关专利', industry: ids.patent.industry, keywords: ['储能', '电池'] })
  ids.need = need.need.id
  const reg = await mockRequest(sme, 'POST', '/api/events/ev-demo-open/registrations', { attendeeName: '李明', phone: '13900139000', enterprise: { name: profile.name, uscc: profile.uscc } })
  ids.registration = reg.registration.id
  const products = await mockRequest(sme, 'GET', '/api/finance/products')
  ids.product = products.items[0].id
  // Loaded after the fixtures: the view layer puts jsdom's window/document on this process's global.
  view = createViewLayer(DIST)
})

/** The nn of base.wxml's template for a tag (the first one, as Taro names it). */
function nnOf(tag) {
  const found = [...view.templates.entries()].find(([, t]) => t.tag === tag)
  assert.ok(found, `base.wxml 没有 ${tag} 模板`)
  return found[0]
}

/** Every page of app.json, with the query it needs (as in pages.test.mjs). */
function cases() {
  const p = ids.patent
  return [
    ['pages/index/index', ''],
    ['pages/patents/index', ''],
    ['pages/patent/index', `id=${p.id}`],
    ['pages/events/index', ''],
    ['pages/event/index', 'id=ev-demo-open'],
    ['pages/event/index', 'scene=ev-demo-open'],
    ['pages/event/index', `q=${encodeURIComponent('https://huiqi.example.cn/pages/event/index?id=ev-demo-open')}`],
    ['pages/me/index', ''],
    ['pages/enterprise/index', ''],
    ['packages/trade/pages/licence-apply/index', `patentId=${p.id}`],
    ['packages/trade/pages/licence-done/index', `id=${ids.licence}`],
    ['packages/trade/pages/licence-done/index', ''],
    ['packages/trade/pages/favourites/index', ''],
    ['packages/trade/pages/need-new/index', ''],
    ['packages/trade/pages/need-matches/index', `id=${ids.need}`],
    ['packages/events/pages/signup/index', 'id=ev-demo-open'],
    ['packages/events/pages/ticket/index', `id=${ids.registration}`],
    ['packages/events/pages/poster/index', 'id=ev-demo-open'],
    ['packages/finance/pages/products/index', ''],
    ['packages/finance/pages/product/index', `id=${ids.product}`],
    ['packages/finance/pages/apply/index', `productId=${ids.product}`],
    ['packages/tracking/pages/applications/index', ''],
    ['packages/tracking/pages/application/index', `kind=licence&id=${ids.licence}`],
    ['packages/tracking/pages/messages/index', ''],
    ['officer/pages/workbench/index', ''],
    ['officer/pages/events/index', ''],
    ['officer/pages/event-edit/index', ''],
    ['officer/pages/event-edit/index', 'id=ev-demo-open'],
    ['officer/pages/registrations/index', 'eventId=ev-demo-open'],
    ['officer/pages/notice/index', 'eventId=ev-demo-open'],
    ['officer/pages/checkin/index', 'eventId=ev-demo-today'],
    ['officer/pages/applications/index', ''],
    ['mockpkg/pages/demo-data/index', ''],
  ]
}

describe('the view layer draws every text of the logic tree', () => {
  test('the table covers every page of app.json', () => {
    const covered = new Set(cases().map(([route]) => route))
    assert.deepEqual(APP.pages.filter((p) => !covered.has(p)), [])
  })

  test('wcc compiles the build and its runtime knows every page', () => {
    for (const page of APP.pages) assert.equal(typeof view.$gwx(`${page}.wxml`), 'function', `${page}.wxml`)
    assert.equal(typeof view.$gwx('comp.wxml'), 'function', 'comp.wxml')
    assert.deepEqual(view.warnings, [], 'wcc 编译或载入时有警告')
  })

  test('a node deeper than base.wxml’s 15 levels is drawn by the comp custom component', () => {
    // 20 nested views with a text at the bottom: levels 0–14 from base.wxml, the rest inside comp.
    let node = { nn: '9', v: '第二十层的文字', sid: 't-deep' }
    for (let i = 20; i > 0; i--) node = { nn: nnOf('view'), sid: `deep-${i}`, cn: [node] }
    const page = view.render('pages/index/index', { root: { uid: 'pages/index/index', cn: [node] } })
    assert.deepEqual(page.warnings, [])
    assert.deepEqual(page.texts(), ['第二十层的文字'])
    assert.ok(page.renders.comp > 0, `第 15 层以下没有进入 comp 组件：${JSON.stringify(page.renders)}`)
    assert.ok(page.element('deep-20'), '最深的 view 没有画出来')
    page.close()
  })

  test('a field shows its value, or its placeholder while empty', () => {
    const input = nnOf('input')
    const slot = (name) => Object.entries(view.templates.get(input).props).find(([, a]) => a === name)[0]
    const root = {
      uid: 'pages/index/index',
      cn: [
        { nn: input, sid: 'f-empty', [slot('placeholder')]: '请输入专利号' },
        { nn: input, sid: 'f-full', [slot('placeholder')]: '请输入企业名称', [slot('value')]: '江门市测试精密制造有限公司' },
      ],
    }
    const page = view.render('pages/index/index', { root })
    assert.deepEqual(page.warnings, [])
    assert.deepEqual(page.field('f-empty'), { tag: 'wx-input', value: '', placeholder: '请输入专利号' })
    assert.deepEqual(page.field('f-full'), { tag: 'wx-input', value: '江门市测试精密制造有限公司', placeholder: null })
    page.close()
  })

  test('the comparison finds a text the view cannot draw, and an attribute drawn wrong', async () => {
    const mp = await coldStart(cloneDevice(devices['游客']), 'pages/patents/index')
    const data = JSON.parse(JSON.stringify(mp.page.data))
    const tree = mp.tree
    mp.close()
    // A text node handed to a template base.wxml lacks: wcc's runtime warns and draws nothing.
    const drawn = new ViewTree(data, view.templates)
    const text = drawn.all.find((n) => n.v !== undefined && String(n.v).trim())
    text.nn = 'no-such-template'
    // A field whose placeholder the view is given differently from what the logic layer holds.
    const field = drawn.all.find((n) => drawn.tag(n) === 'input' && drawn.attr(n, 'placeholder'))
    assert.ok(field, '专利页没有带占位的输入框')
    const slot = Object.entries(view.templates.get(String(field.nn)).props).find(([, a]) => a === 'placeholder')[0]
    field[slot] = '另一段占位'
    const page = view.render('pages/patents/index', data)
    const found = compare(tree, page)
    page.close()
    assert.ok(found.some((f) => f.includes('Template `tmpl_0_no-such-template` not found')), found.join('\n'))
    assert.ok(found.some((f) => f.includes(`没有画出来：「${String(text.v).slice(0, 60)}」`)), found.join('\n'))
    assert.ok(found.some((f) => f.includes('空输入框没有显示占位')), found.join('\n'))
    assert.ok(found.some((f) => f.includes('的 placeholder 画成了 "另一段占位"')), found.join('\n'))
  })

  for (const user of USERS) {
    test(`${user}: every page's final data is drawn`, async () => {
      const failures = []
      for (const [route, qs] of cases()) {
        const url = qs ? `${route}?${qs}` : route
        const mp = await coldStart(cloneDevice(devices[user]), url)
        const tree = mp.tree
        const page = view.render(route, mp.page.data)
        const found = compare(tree, page)
        if (tree.texts().length === 0) found.push('逻辑层的页面是空白的')
        results.push({ user, url, ok: found.length === 0, texts: tree.texts().length, fields: tree.all.filter((n) => ['input', 'textarea'].includes(tree.tag(n))).length, ms: page.ms, elements: page.attributes.size })
        for (const [key, { count, examples }] of Object.entries(undrawnKeys(tree, page))) {
          const entry = (undrawn[key] ??= { count: 0, pages: new Set(), examples })
          entry.count += count
          entry.pages.add(route)
        }
        if (found.length) failures.push(`${url}\n    ${found.join('\n    ')}`)
        page.close()
        mp.close()
      }
      assert.equal(failures.length, 0, `${user}：${failures.length} 个页面没有画全\n${failures.join('\n')}`)
    })
  }
})

after(() => {
  if (!results.length) return
  const pages = [...new Set(results.map((r) => r.url))]
  const row = (user, url) => results.find((r) => r.user === user && r.url === url)
  console.error(`\n视图层 页面 × 用户（${results.filter((r) => r.ok).length}/${results.length} 画全）  文字段数 / 输入框数`)
  for (const url of pages) console.error(`  ${USERS.map((u) => `${row(u, url)?.ok ? '✓' : '✗'} ${String(row(u, url)?.texts ?? '-').padStart(3)}/${row(u, url)?.fields ?? '-'}`).join('  ')}  ${url}`)
  for (const line of loginFallbacks) console.error(`  注意：${line}`)
  const ms = results.map((r) => r.ms)
  console.error(`  绘制耗时：每页平均 ${Math.round(ms.reduce((a, b) => a + b, 0) / ms.length)} ms，最长 ${Math.round(Math.max(...ms))} ms；元素最多 ${Math.max(...results.map((r) => r.elements))} 个（wcc 每次绘制上限 16000 个节点）`)
  // Taro keeps these in the data but base.wxml has no attribute for them, so WeChat never gets them
  // (aria-*: NervJS/taro#10025 — add them to the templates with @tarojs/plugin-inject).
  for (const [key, { count, pages: on, examples }] of Object.entries(undrawn)) {
    console.error(`  base.wxml 不画的数据键 ${key}：${count} 次，${on.size} 个页面，如 ${examples.join('、')}`)
  }
})

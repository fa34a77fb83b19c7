// Issue 15 in the H5 build: the region cascader loads only when opened, names instead of codes, the full
// declaration, royalty bases on cards, the 实施许可通知 and the pledge picker's badges.
import { expect, test, type Page } from '@playwright/test'
import { newEnterpriseUser, openWithToken, tapVisible, VALID_USCC } from './ui'

const run = Date.now().toString(36)

// GB 32100-2015 check character, to write the demo patentee's USCC as the seed does.
function uscc(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += chars.indexOf(first17[i]) * weights[i]
  const c = 31 - (sum % 31)
  return first17 + chars[c === 31 ? 0 : c]
}
const shown = (page: Page) => page.locator('.taro_page_show')

test('should load the region cascader only when it is opened, and save the city picked in it', async ({ page, request }) => {
  const token = await newEnterpriseUser(request, `e2e-region-${run}`)
  const chunks: string[] = []
  page.on('request', (r) => {
    if (/region-cascader/.test(r.url())) chunks.push(r.url())
  })
  await openWithToken(page, token, '/pages/enterprise/index')
  await expect(shown(page).getByText('其他城市：')).toBeVisible()
  expect(chunks, 'the cascader is not in the first-load JS, nor in the page until opened').toEqual([])
  await shown(page).getByTestId('region-picker').click()
  const dialog = page.getByRole('dialog', { name: '选择地区' })
  await dialog.getByRole('option', { name: '广东省' }).click()
  await dialog.getByRole('option', { name: '韶关市' }).click()
  expect(chunks.length).toBeGreaterThan(0)
  await expect(shown(page).getByText('广东省韶关市（更改）')).toBeVisible()
  await tapVisible(page, '保存')
  await expect.poll(async () => (await (await request.get('/api/me', { headers: { Authorization: `Bearer ${token}` } })).json()).enterprise.region).toBe('440200')
})

test('should show the full declaration with names, never bare codes', async ({ page }) => {
  await page.goto('/pages/patent/index?id=p000001')
  const d = page.getByTestId('declaration')
  for (const label of ['所属行业', '战略性新兴产业', '专利权人所在地', '技术成熟度', '专利价值分级（自评）', '对应产品', '技术优势', '性能指标', '意向合作城市', '联系人', 'IPC 大类']) {
    await expect(d.getByText(label, { exact: true })).toBeVisible()
  }
  await expect(d).toContainText('电气机械和器材制造业')
  await expect(d).toContainText('广东省江门市')
  await expect(d).not.toContainText('440700')
  await expect(d).not.toContainText('C38')
})

test('should filter by 战略性新兴产业 by name, and name the royalty basis on every card with a rate', async ({ page }) => {
  await page.goto('/pages/patents/index')
  await page.getByTestId('filter-strategicIndustry').click()
  const sheet = page.getByRole('dialog', { name: '战略性新兴产业' })
  await sheet.getByRole('radio', { name: /^太阳能产业 \(/ }).click()
  await expect(page).toHaveURL(/strategicIndustry=6\.3/)
  await expect(page.getByTestId('filter-strategicIndustry')).toHaveText('太阳能产业')
  await page.getByTestId('filter-feeMode').click()
  await page.getByRole('dialog', { name: '许可费支付方式' }).getByRole('radio', { name: /^提成支付 \(/ }).click()
  const cards = page.getByTestId('patent-card')
  await expect(cards.first()).toBeVisible()
  for (const text of await cards.allTextContents()) expect(text).toMatch(/提成 按(销售额|利润) \d/)
})

test('should offer the demo enterprise’s own patents with readiness badges in the pledge picker', async ({ page, request }) => {
  const login = await request.post('/api/auth/login', { data: { role: 'sme', code: `e2e-pledge-${run}` } })
  const { token } = (await login.json()) as { token: string }
  // The seeded demo patentee, as the register knows it (name and USCC).
  const profile = { name: '江门市蓬江区智造示例科技有限公司', uscc: uscc('91440703MA4X8L2P1'), contactName: '李明', phone: '13912345678', region: '440700', industry: 'C38' }
  expect((await request.put('/api/me/enterprise', { headers: { Authorization: `Bearer ${token}` }, data: profile })).ok()).toBe(true)
  const mine = (await (await request.get('/api/me/patents', { headers: { Authorization: `Bearer ${token}` } })).json()) as { total: number }
  expect(mine.total).toBe(10)
  await openWithToken(page, token, '/packages/finance/pages/apply/index')
  await expect(shown(page).getByTestId('own-patent')).toHaveCount(mine.total)
  await expect(shown(page).getByTestId('readiness-badge').filter({ hasText: '不可质押：已质押' })).toHaveCount(1)
})

test('should produce the 实施许可通知 to copy after a licence application', async ({ page, request }) => {
  const token = await newEnterpriseUser(request, `e2e-notice-${run}`, { name: '江门市示例储能科技有限公司' })
  const start = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10)
  const res = await request.post('/api/licence-applications', {
    headers: { Authorization: `Bearer ${token}` },
    data: { patentId: 'p000001', enterprise: { name: '江门市示例储能科技有限公司', uscc: VALID_USCC, contactName: '李文静', phone: '13912345678' }, intendedUse: '用于本公司储能产品', expectedStart: start },
  })
  expect(res.status()).toBe(201)
  const { application } = (await res.json()) as { application: { id: string } }
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await openWithToken(page, token, `/packages/trade/pages/licence-done/index?id=${application.id}`)
  const notice = shown(page).getByTestId('licence-notice')
  await expect(notice).toContainText('专利开放许可实施通知书')
  for (const words of ['ZL201710601862.3', '一次性支付', '30 万元', '36 个月', '江门市示例储能科技有限公司', '五邑大学']) await expect(notice).toContainText(words)
  await tapVisible(page, '复制通知文本')
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('许可使用费标准')
})

// The same detector as the runtime test (test/weapp/domain.test.mjs): a national code shown without its name.
const PROVINCE_PREFIXES = '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' ')
function rawCodes(text: string): string[] {
  const found: string[] = []
  if (/\b(jiangmen|luzhou|chongqing|new_energy|new_materials|ai_software|advanced_manufacturing)\b/.test(text)) found.push('slug')
  for (const m of text.matchAll(/(?<![\d.])(\d{6})(?![\d.])/g)) if (PROVINCE_PREFIXES.includes(m[1].slice(0, 2)) && m[1].endsWith('00')) found.push(m[1])
  const tokens = text.split(/[\s·、/，,（）()：:]+/).filter(Boolean)
  tokens.forEach((t, i) => {
    const named = /[\u4e00-\u9fff]/.test(tokens[i + 1] ?? '')
    if ((/^[A-T]\d{2}$/.test(t) || /^[1-9]\.[1-7]$/.test(t)) && !named) found.push(t)
  })
  return found
}

test('should show no bare national code on the H5 pages that show catalogue data', async ({ page, request }) => {
  const token = await newEnterpriseUser(request, `e2e-codes-${run}`, { region: '440600', industry: 'C33' })
  const need = await request.post('/api/needs', {
    headers: { Authorization: `Bearer ${token}` },
    data: { title: '寻找储能电池热管理技术', description: '用于储能产品', industry: 'C38', strategicIndustry: '6', keywords: ['储能', '电池'] },
  })
  const { need: created } = (await need.json()) as { need: { id: string } }
  const urls = ['/pages/index/index', '/pages/patents/index', '/pages/patent/index?id=p000011', '/pages/events/index', '/pages/event/index?id=ev-demo-open', '/pages/enterprise/index', `/packages/trade/pages/need-matches/index?id=${created.id}`]
  const found: string[] = []
  await openWithToken(page, token, urls[0])
  for (const url of urls) {
    await page.goto(url)
    await expect(shown(page)).toBeVisible()
    await expect(shown(page).locator('.skeleton')).toHaveCount(0)
    // Names arrive with GET /api/catalog where a page needs it: read once the network has gone quiet.
    await page.waitForLoadState('networkidle')
    const text = await shown(page).innerText()
    for (const code of rawCodes(text)) found.push(`${url}: ${code}`)
    if (url === '/pages/patents/index') {
      for (const name of ['region', 'industry', 'strategicIndustry', 'ipc']) {
        await page.getByTestId(`filter-${name}`).click()
        const sheet = page.getByRole('dialog').last()
        await expect(sheet.getByRole('radio').nth(1)).toBeVisible()
        for (const code of rawCodes(await sheet.innerText())) found.push(`${url} filter ${name}: ${code}`)
        await sheet.getByRole('button', { name: '关闭' }).click()
      }
    }
  }
  expect(found).toEqual([])
})

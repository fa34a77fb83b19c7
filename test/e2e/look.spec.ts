import { expect, test, type Locator } from '@playwright/test'
import { tapButton } from './helpers'
import { settled } from './nav'
import { officerAuth, openAs } from './session'

// Issue 16 defects 9, 10, 12, 13 and 15: what a person sees, measured in the real H5 page.

const BRAND_BLUE = 'rgb(31, 95, 214)'

/** A white card on a white page has no edge: the card needs a border or the page a colour of its own. */
async function expectVisibleEdge(card: Locator): Promise<void> {
  await expect(card).toBeVisible()
  const look = await card.evaluate((el) => {
    const page = el.closest('.taro_page') as HTMLElement
    const s = getComputedStyle(el)
    return { card: s.backgroundColor, page: getComputedStyle(page).backgroundColor, border: s.borderTopWidth, borderColor: s.borderTopColor }
  })
  expect(look.page).not.toBe(look.card)
  expect(parseFloat(look.border)).toBeGreaterThanOrEqual(1)
  expect(look.borderColor).not.toBe(look.card)
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

async function lineCount(text: Locator): Promise<number> {
  return text.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
    return tops.size
  })
}

test.describe('cards have visible edges (defect 10)', () => {
  test('should edge the cards of 首页, 活动 and 融资产品', async ({ page }) => {
    await page.goto('/pages/index/index')
    await expectVisibleEdge(page.getByTestId('patent-card').first())
    await page.goto('/pages/events/index')
    await expectVisibleEdge(page.getByTestId('event-card').first())
    await page.goto('/packages/finance/pages/products/index')
    await expectVisibleEdge(page.getByTestId('product-card').first())
  })

  test('should edge the cards of 我的申请, 消息 and 匹配结果', async ({ page }) => {
    const token = await openAs(page, 'sme', '/packages/tracking/pages/applications/index')
    await expectVisibleEdge(page.getByTestId('application-row').first())
    await page.goto('/packages/tracking/pages/messages/index')
    await expectVisibleEdge(page.getByTestId('message').first())
    const res = await page.request.post('/api/needs', {
      headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': `e2e-look-${Date.now()}` },
      data: { title: '寻找锂电池正极材料技术', description: '用于储能电池量产', industry: 'C38', keywords: ['锂电池', '正极材料'] },
    })
    expect(res.status()).toBe(201)
    const { need } = (await res.json()) as { need: { id: string } }
    await page.goto(`/packages/trade/pages/need-matches/index?id=${need.id}`)
    await expectVisibleEdge(page.locator('.match-card').first())
  })

  test('should edge the cards of the officer workbench', async ({ page }) => {
    await openAs(page, 'officer', '/officer/pages/workbench/index')
    await expectVisibleEdge(page.locator('.o-card').first())
  })
})

test.describe('layout (defect 9)', () => {
  test('should keep 统一社会信用代码 on one line', async ({ page }) => {
    await openAs(page, 'sme', '/pages/enterprise/index')
    const label = page.locator('.form-field__label', { hasText: '统一社会信用代码' }).first()
    await expect(label).toBeVisible()
    expect(await lineCount(label)).toBe(1)
  })

  test('should show the 资金用途 error below its textarea, not under it', async ({ page }) => {
    await openAs(page, 'sme', '/packages/finance/pages/products/index', 'sme-demo-2')
    await page.getByTestId('product-card').first().click()
    await tapButton(page, '申请融资')
    const purpose = page.locator('[name="purpose"]').first()
    await expect(purpose).toBeVisible()
    await tapButton(page, '提交申请')
    const error = page.getByTestId('purpose-error')
    await expect(error).toBeVisible()
    const box = (await purpose.boundingBox())!
    const inner = (await page.locator('[name="purpose"] textarea, textarea[name="purpose"]').first().boundingBox())!
    const err = (await error.boundingBox())!
    expect(err.y).toBeGreaterThanOrEqual(Math.max(box.y + box.height, inner.y + inner.height) - 1)
  })

  test('should keep the manual ticket input inside its card and show 撤销 legibly on the result', async ({ page, request }) => {
    const auth = await officerAuth(request)
    const roster = await request.get('/api/events/ev-demo-today/roster', { headers: auth })
    expect(roster.ok()).toBe(true)
    const { tickets } = (await roster.json()) as { tickets: { shortCode: string; phoneLast4: string; status: string; checkedInAt?: string }[] }
    const ticket = tickets.find((t) => t.status === 'confirmed' && !t.checkedInAt)
    expect(ticket).toBeDefined()

    await openAs(page, 'officer', '/officer/pages/checkin/index?eventId=ev-demo-today')
    const card = page.locator('.checkin__manual')
    const input = card.locator('input').first()
    await expect(input).toBeVisible()
    const c = (await card.boundingBox())!
    const i = (await input.boundingBox())!
    expect(i.x).toBeGreaterThanOrEqual(c.x)
    expect(i.x + i.width).toBeLessThanOrEqual(c.x + c.width)

    await input.fill(ticket!.shortCode)
    await card.locator('input[name="phoneLast4"], [name="phoneLast4"] input').first().fill(ticket!.phoneLast4)
    await tapButton(page, '核验签到')
    await expect(page.getByTestId('checkin-result')).toContainText('签到成功')
    const undo = page.locator('.checkin-result__undo .at-button')
    await expect(undo).toContainText('撤销')
    const colours = await undo.evaluate((el) => {
      const text = (el.querySelector('.at-button__text') as HTMLElement) ?? el
      return { fg: getComputedStyle(text).color, bg: getComputedStyle(el).backgroundColor }
    })
    expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5)
    // Leave the ticket as it was for other tests.
    await undo.click()
    await expect(page.getByTestId('checkin-result')).toContainText('已撤销签到')
  })
})

test.describe('search and lists (defect 12)', () => {
  test('should focus the 专利 search box when the home search is tapped, with one clear button', async ({ page }) => {
    await page.goto('/pages/index/index')
    await page.locator('.home__search').click()
    await expect(page).toHaveURL(/\/pages\/patents\/index/)
    const input = page.locator('[name="q"] input, input[name="q"]').first()
    await expect(input).toBeFocused()
    await input.fill('电池')
    await expect(page.getByRole('button', { name: '清除搜索词' })).toBeVisible()
    // Chromium does not compute styles of ::-webkit-search-cancel-button: find the rule that hides it for this input.
    const hidden = await input.evaluate((el) =>
      Array.from(document.styleSheets).some((sheet) => {
        let rules: CSSRule[] = []
        try {
          rules = Array.from(sheet.cssRules)
        } catch {
          return false
        }
        return rules.some((r) => {
          if (!(r instanceof CSSStyleRule) || r.style.display !== 'none') return false
          return r.selectorText.split(',').some((sel) => sel.includes('::-webkit-search-cancel-button') && el.matches(sel.replace('::-webkit-search-cancel-button', '').trim() || '*'))
        })
      }),
    )
    expect(hidden).toBe(true)
  })

  test('should show the first event within the top half of the screen', async ({ page }) => {
    await page.goto('/pages/events/index')
    const first = page.getByTestId('event-card').first()
    await expect(first).toBeVisible()
    const box = (await first.boundingBox())!
    expect(box.y).toBeLessThan(844 * 0.4)
  })

  test('should keep a patent card’s number and fee together at the bottom', async ({ page }) => {
    await page.goto('/pages/patents/index')
    const card = page.getByTestId('patent-card').first()
    await expect(card).toBeVisible()
    const gap = await card.evaluate((el) => {
      const meta = el.querySelector('.patent-card__meta')!.getBoundingClientRect()
      const foot = el.querySelector('.patent-card__foot')!.getBoundingClientRect()
      return foot.top - meta.bottom
    })
    expect(gap).toBeLessThanOrEqual(8)
  })
})

test.describe('title bar, dialogs and pickers (defects 13, 15)', () => {
  test('should give an H5 sub-page a title bar with back', async ({ page }) => {
    await page.goto('/pages/patents/index')
    await page.getByTestId('patent-card').first().click()
    await expect(page).toHaveURL(/\/pages\/patent\/index/)
    const bar = page.locator('#taro-navigation-bar')
    await expect(bar).toHaveClass(/taro-navigation-bar-show/)
    await expect(bar.locator('.taro-navigation-bar-title')).toHaveText('专利详情')
    await settled(page)
    await bar.locator('.taro-navigation-bar-back').click()
    await expect(page).toHaveURL(/\/pages\/patents\/index/)
  })

  test('should colour a dialog’s confirm button in the brand blue', async ({ page }) => {
    await page.goto('/pages/patent/index?id=p000003')
    await page.getByRole('button', { name: /收藏/ }).first().click()
    const confirm = page.locator('.taro__modal .taro-model__confirm')
    await expect(confirm).toHaveText('去登录')
    await expect(confirm).toHaveCSS('color', BRAND_BLUE)
  })

  test('should colour the date picker’s 确定 in the brand blue', async ({ page }) => {
    await openAs(page, 'sme', '/packages/trade/pages/licence-apply/index?patentId=p000006', 'sme-demo-2')
    await page.getByRole('button', { name: '预计实施时间' }).click()
    const ok = page.locator('.taro-picker__action').last()
    await expect(ok).toBeVisible()
    await expect(ok).toHaveCSS('color', BRAND_BLUE)
  })
})


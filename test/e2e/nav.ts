import { expect, type Page } from '@playwright/test'

/**
 * Taro's H5 router slides a page in, then marks it `taro_page_stationed`; a back that overlaps the
 * slide leaves the router's stack out of step with the history. A person taps back on a page that
 * has come to rest: wait for that state instead of for a fixed time.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.taro_router > .taro_page.taro_page_show').last()).toHaveClass(/taro_page_stationed/)
}

/** Back one page once the current one has come to rest, and wait until the page left is gone. */
export async function back(page: Page, leaving: string): Promise<void> {
  await settled(page)
  await page.goBack()
  await expect(page.locator(leaving)).toHaveCount(0)
  await settled(page)
}

/** 我的 is the fourth tab (app.config tabBar.list). */
export const ME_TAB_INDEX = 3

/** What a badge shows for `count` unread messages: nothing at 0, "99+" beyond 99 (fits the tab badge's 4 columns). */
export function badgeText(count: number | undefined | null): string | null {
  if (!count || count <= 0) return null
  return count > 99 ? '99+' : String(Math.floor(count))
}

// The one interface both share.ts (H5) and share.weapp.ts implement.

export interface ShareTarget {
  /** Card title in the mini-program; unused on H5. */
  title: string
  /** App path with query, e.g. `/pages/patent/index?id=p000001`. */
  path: string
}

export interface ShareAction {
  /** Set on the mini-program, where only `<Button openType='share'>` can open the share sheet. */
  openType?: 'share'
  /** Call from the share button's tap. */
  onShare: () => void
}

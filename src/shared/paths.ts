// Public paths of the patent pages (also what share cards and links carry).

export const PATENTS_PATH = '/pages/patents/index'

export function patentPath(id: string): string {
  return `/pages/patent/index?id=${encodeURIComponent(id)}`
}

/** 申请许可: the licence application form of the trade subpackage. */
export function licenceApplyPath(patentId: string): string {
  return `/packages/trade/pages/licence-apply/index?patentId=${encodeURIComponent(patentId)}`
}

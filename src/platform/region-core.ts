// Shared by both region pickers: what a picked region becomes as a GB/T 2260 city code (API.md).

import { CITY_LEVEL_PROVINCES } from '@/rules'

export interface RegionNode {
  code: string
  name: string
  children?: RegionNode[]
}

export interface RegionPickerProps {
  /** The chosen city code, '' when none. */
  value: string
  /** GB/T 2260 provinces → cities (GET /api/catalog); the H5 cascader lists them, WeChat's picker has its own. */
  regions: RegionNode[] | undefined
  /** What the button reads (the chosen city's name, or a prompt). */
  text: string
  onChange: (cityCode: string) => void
}

/**
 * WeChat's `<picker mode="region" level="city">` answers `detail.code` as [province, city]; for a
 * municipality the city is its 市辖区 (110100, 500100), which GB/T 2260 folds into the province's
 * own code — what API.md takes as the city of 北京 天津 上海 重庆.
 */
export function cityCodeFromPicker(codes: readonly string[] | undefined): string {
  if (!codes || codes.length === 0) return ''
  const province = codes[0]
  if ((CITY_LEVEL_PROVINCES as readonly string[]).indexOf(province) >= 0) return province
  const city = codes[1] ?? ''
  return /^\d{6}$/.test(city) ? city.slice(0, 4) + '00' : ''
}

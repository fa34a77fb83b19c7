// The seed's own vocabulary keys (a sector of technology, a pilot city) and the national codes they
// stand for in the data it produces: GB/T 4754-2017 大类, 战略性新兴产业分类 (2018), GB/T 2260 cities.

export const SECTOR_KEYS = [
  'new_energy',
  'new_materials',
  'biomedicine',
  'advanced_manufacturing',
  'electronics',
  'energy_saving',
  'agriculture',
  'ai_software',
  'chemicals',
  'food',
] as const
export type SectorKey = (typeof SECTOR_KEYS)[number]

/** How event titles and descriptions name a sector (「江门市新能源产业专利供需对接会」). */
export const SECTOR_LABEL: Record<SectorKey, string> = {
  new_energy: '新能源',
  new_materials: '新材料',
  biomedicine: '生物医药',
  advanced_manufacturing: '高端装备制造',
  electronics: '电子信息',
  energy_saving: '节能环保',
  agriculture: '现代农业',
  ai_software: '人工智能与软件',
  chemicals: '绿色化工',
  food: '食品加工',
}

/** GB/T 4754-2017 大类 of a sector's patents; the first is the sector's main one (events, needs). */
export const SECTOR_INDUSTRIES: Record<SectorKey, string[]> = {
  new_energy: ['C38'],
  new_materials: ['C32', 'C30', 'C29'],
  biomedicine: ['C27', 'C35'],
  advanced_manufacturing: ['C34', 'C35'],
  electronics: ['C39'],
  energy_saving: ['N77', 'C35'],
  agriculture: ['A01', 'A03'],
  ai_software: ['I65'],
  chemicals: ['C26'],
  food: ['C14', 'C13', 'C15'],
}

/** 战略性新兴产业分类 (2018) second-level categories of a sector's patents. */
export const SECTOR_STRATEGIC: Record<SectorKey, string[]> = {
  new_energy: ['6.3', '6.5', '6.2', '5.2'],
  new_materials: ['3.2', '3.4', '3.6', '3.5'],
  biomedicine: ['4.1', '4.2'],
  advanced_manufacturing: ['2.1', '2.4'],
  electronics: ['1.2', '1.1'],
  energy_saving: ['7.2', '7.1', '7.3'],
  agriculture: ['4.3'],
  ai_software: ['1.5', '1.3', '1.4'],
  chemicals: ['3.3'],
  food: ['4.3'],
}

export function sectorIndustry(sector: SectorKey): string {
  return SECTOR_INDUSTRIES[sector][0]
}

export const CITY_SLUGS = ['jiangmen', 'luzhou', 'chongqing', 'guangzhou', 'shenzhen', 'chengdu', 'wuhan', 'hangzhou', 'suzhou', 'xian', 'hefei', 'changsha'] as const
export type CitySlug = (typeof CITY_SLUGS)[number]

/** GB/T 2260: prefecture-level cities, or a municipality's own code (重庆 500000). */
export const CITY_CODE: Record<CitySlug, string> = {
  jiangmen: '440700',
  luzhou: '510500',
  chongqing: '500000',
  guangzhou: '440100',
  shenzhen: '440300',
  chengdu: '510100',
  wuhan: '420100',
  hangzhou: '330100',
  suzhou: '320500',
  xian: '610100',
  hefei: '340100',
  changsha: '430100',
}

export const CITY_NAME: Record<CitySlug, string> = {
  jiangmen: '江门',
  luzhou: '泸州',
  chongqing: '重庆',
  guangzhou: '广州',
  shenzhen: '深圳',
  chengdu: '成都',
  wuhan: '武汉',
  hangzhou: '杭州',
  suzhou: '苏州',
  xian: '西安',
  hefei: '合肥',
  changsha: '长沙',
}

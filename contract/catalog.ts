// GET /api/catalog (API.md → Catalogues): the national code lists every region/industry field takes.

export interface CatalogNode {
  code: string
  name: string
  children?: CatalogNode[]
}

export interface CatalogResponse {
  /** GB/T 2260 provinces → prefecture-level cities (municipalities have no children). */
  regions: CatalogNode[]
  /** GB/T 4754-2017 门类 → 大类 (`C` → `C38`). */
  industries: CatalogNode[]
  /** 战略性新兴产业分类 (2018), two levels (`6` → `6.3`). */
  strategicIndustries: CatalogNode[]
  /** IPC sections → classes (`H` → `H01`). */
  ipcSections: CatalogNode[]
}

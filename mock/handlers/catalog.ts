// GET /api/catalog — the national code lists (API.md → Catalogues), public and the same for everyone.

import type { CatalogNode, CatalogResponse } from '@/api/types-catalog'
import { industryTree, ipcTree, strategicIndustryTree, type CatalogEntry } from '@/rules'
import { regionTree } from '@/rules/regions'
import type { RouteTable } from '../core/types'

function copy(nodes: CatalogEntry[]): CatalogNode[] {
  return nodes.map((n) => (n.children && n.children.length > 0 ? { code: n.code, name: n.name, children: copy(n.children) } : { code: n.code, name: n.name }))
}

export const catalogRoutes: RouteTable = {
  'GET /api/catalog': {
    access: 'public',
    handler: () => {
      const body: CatalogResponse = {
        regions: copy(regionTree()),
        industries: copy(industryTree()),
        strategicIndustries: copy(strategicIndustryTree()),
        ipcSections: copy(ipcTree()),
      }
      return { body }
    },
  },
}

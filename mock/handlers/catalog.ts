// GET /api/catalog — the national code lists (API.md → Catalogues), public and the same for everyone.

import type { CatalogNode, CatalogResponse } from '@contract/catalog'
import { industryTree, ipcTree, strategicIndustryTree, type CatalogEntry } from '@/rules'
import { regionTree } from '@/rules/regions'
import type { PartialRouteTable } from '../core/types'

function copy(nodes: CatalogEntry[]): CatalogNode[] {
  return nodes.map((n) => (n.children && n.children.length > 0 ? { code: n.code, name: n.name, children: copy(n.children) } : { code: n.code, name: n.name }))
}

export const catalogRoutes = {
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
} satisfies PartialRouteTable

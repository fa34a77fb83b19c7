import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { CatalogNode, CatalogResponse } from '@contract/catalog'

export const catalogKeys = { all: ['catalog'] as const }

// The national code lists change with a new edition of a standard, not within a session.
export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.all,
    queryFn: () => api('GET /api/catalog'),
    staleTime: Infinity,
    gcTime: Infinity,
  })

export function useCatalog() {
  return useQuery(catalogQueryOptions())
}

export interface CatalogNames {
  /** 「江门市」; '' until the catalogue has loaded (never the bare code). */
  region(code: string): string
  /** 「广东省江门市」, or 「重庆市」 for a municipality. */
  regionFull(code: string): string
  industry(code: string): string
  strategicIndustry(code: string): string
  ipc(code: string): string
}

interface Indexed {
  regions: Map<string, { name: string; province: string }>
  industries: Map<string, string>
  strategic: Map<string, string>
  ipc: Map<string, string>
}

const indexes = new WeakMap<CatalogResponse, Indexed>()

function flat(nodes: CatalogNode[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const n of nodes) {
    map.set(n.code, n.name)
    for (const c of n.children ?? []) map.set(c.code, c.name)
  }
  return map
}

function indexOf(catalog: CatalogResponse): Indexed {
  let found = indexes.get(catalog)
  if (!found) {
    const regions = new Map<string, { name: string; province: string }>()
    for (const p of catalog.regions) {
      regions.set(p.code, { name: p.name, province: p.name })
      for (const c of p.children ?? []) regions.set(c.code, { name: c.name, province: p.name })
    }
    found = { regions, industries: flat(catalog.industries), strategic: flat(catalog.strategicIndustries), ipc: flat(catalog.ipcSections) }
    indexes.set(catalog, found)
  }
  return found
}

// Names come from the API, not from tables in the bundle: the first-load JS stays free of the catalogues.
export function catalogNames(catalog: CatalogResponse | undefined): CatalogNames {
  const ix = catalog ? indexOf(catalog) : null
  return {
    region: (code) => ix?.regions.get(code)?.name ?? '',
    regionFull: (code) => {
      const row = ix?.regions.get(code)
      if (!row) return ''
      return row.province === row.name ? row.name : row.province + row.name
    },
    industry: (code) => ix?.industries.get(code) ?? '',
    strategicIndustry: (code) => ix?.strategic.get(code) ?? '',
    ipc: (code) => ix?.ipc.get(code) ?? '',
  }
}

/** Names for national codes, for any component that shows one. */
export function useCatalogNames(): CatalogNames {
  const { data } = useCatalog()
  return catalogNames(data)
}

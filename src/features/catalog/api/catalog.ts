import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { CatalogNode, CatalogResponse } from '@/api/types-catalog'
import { industryName, ipcName, strategicIndustryName } from '@/rules'

export const catalogKeys = { all: ['catalog'] as const }

// The national code lists change with a new edition of a standard, not within a session.
export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.all,
    queryFn: () => api<CatalogResponse>('GET', '/api/catalog'),
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

const regionIndex = new WeakMap<CatalogNode[], Map<string, { name: string; province: string }>>()

function indexRegions(regions: CatalogNode[]): Map<string, { name: string; province: string }> {
  let map = regionIndex.get(regions)
  if (!map) {
    map = new Map()
    for (const p of regions) {
      map.set(p.code, { name: p.name, province: p.name })
      for (const c of p.children ?? []) map.set(c.code, { name: c.name, province: p.name })
    }
    regionIndex.set(regions, map)
  }
  return map
}

export function catalogNames(catalog: CatalogResponse | undefined): CatalogNames {
  const regions = catalog ? indexRegions(catalog.regions) : null
  return {
    region: (code) => regions?.get(code)?.name ?? '',
    regionFull: (code) => {
      const row = regions?.get(code)
      if (!row) return ''
      return row.province === row.name ? row.name : row.province + row.name
    },
    // These three tables ship with the rules (they are small); regions come from the API.
    industry: (code) => industryName(code),
    strategicIndustry: (code) => strategicIndustryName(code),
    ipc: (code) => ipcName(code),
  }
}

/** Names for national codes, for any component that shows one. */
export function useCatalogNames(): CatalogNames {
  const { data } = useCatalog()
  return catalogNames(data)
}

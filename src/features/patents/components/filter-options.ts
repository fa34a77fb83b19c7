import { FEE_MODES, PATENT_TYPES, type PatentFacets } from '@contract/common'
import type { CatalogNames } from '@/shared/catalog/api/catalog'
import { formatFen } from '@/utils/format'
import { FEE_MODE_LABELS, FILTER_BAR_LABELS, PATENT_TYPE_LABELS, maxFeeLabel } from '../labels'
import { MATURITY_OPTIONS, MAX_FEE_OPTIONS, type FilterName, type PatentSearch } from '../search-params'

export interface FilterOption {
  value: string | number
  label: string
}

/** Options of a catalogue filter are what the list holds (its facet keys), named, never the bare code. */
function fromFacet(group: Record<string, number> | undefined, name: (code: string) => string): FilterOption[] {
  if (!group) return []
  return Object.keys(group)
    .map((code) => ({ value: code, label: name(code) }))
    .filter((o) => o.label !== '')
}

export function filterOptions(name: FilterName, facets: PatentFacets | undefined, names: CatalogNames): FilterOption[] {
  switch (name) {
    case 'type':
      return PATENT_TYPES.map((value) => ({ value, label: PATENT_TYPE_LABELS[value] }))
    case 'industry':
      return fromFacet(facets?.industry, names.industry)
    case 'region':
      return fromFacet(facets?.region, names.region)
    case 'strategicIndustry':
      return fromFacet(facets?.strategicIndustry, names.strategicIndustry)
    case 'ipc':
      // An IPC class reads as its symbol and title together, as on the declaration.
      return fromFacet(facets?.ipc, (code) => (names.ipc(code) ? `${code} ${names.ipc(code)}` : ''))
    case 'maturityMin':
      return MATURITY_OPTIONS.map((value) => ({ value, label: value === 9 ? '9 级（已产业化）' : `${value} 级及以上` }))
    case 'feeMode':
      return FEE_MODES.map((value) => ({ value, label: FEE_MODE_LABELS[value] }))
    case 'maxFee':
      return MAX_FEE_OPTIONS.map((value) => ({ value, label: maxFeeLabel(value) }))
  }
}

/** An option's count from the facets: maturityMin adds up the levels at or above it. */
export function optionCount(name: FilterName, facets: PatentFacets | undefined, value: string | number): number | undefined {
  if (!facets || name === 'maxFee') return undefined
  if (name === 'maturityMin') {
    let sum = 0
    for (const [level, n] of Object.entries(facets.maturity ?? {})) if (Number(level) >= Number(value)) sum += n
    return sum
  }
  return (facets[name] as Record<string, number> | undefined)?.[String(value)]
}

/** What the filter bar shows: the chosen option in short, or the filter's name. */
export function filterBarText(name: FilterName, search: PatentSearch, names: CatalogNames): string {
  switch (name) {
    case 'type':
      return search.type ? PATENT_TYPE_LABELS[search.type] : FILTER_BAR_LABELS.type
    case 'industry':
      return search.industry ? names.industry(search.industry) || FILTER_BAR_LABELS.industry : FILTER_BAR_LABELS.industry
    case 'region':
      return search.region ? names.region(search.region) || FILTER_BAR_LABELS.region : FILTER_BAR_LABELS.region
    case 'strategicIndustry':
      return search.strategicIndustry ? names.strategicIndustry(search.strategicIndustry) || FILTER_BAR_LABELS.strategicIndustry : FILTER_BAR_LABELS.strategicIndustry
    case 'ipc':
      return search.ipc ? `IPC ${search.ipc}` : FILTER_BAR_LABELS.ipc
    case 'maturityMin':
      return search.maturityMin ? `成熟度≥${search.maturityMin}` : FILTER_BAR_LABELS.maturityMin
    case 'feeMode':
      return search.feeMode ? FEE_MODE_LABELS[search.feeMode] : FILTER_BAR_LABELS.feeMode
    case 'maxFee':
      if (search.maxFee === undefined) return FILTER_BAR_LABELS.maxFee
      return search.maxFee === 0 ? '仅提成' : `≤${formatFen(search.maxFee).replace(' ', '')}`
  }
}

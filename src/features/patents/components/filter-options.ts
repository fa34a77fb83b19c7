import { FEE_MODES, PATENT_TYPES } from '@/api/types'
import { INDUSTRIES, REGIONS, industryLabel, regionLabel } from '@/rules'
import { formatFen } from '@/utils/format'
import { FEE_MODE_LABELS, FILTER_BAR_LABELS, PATENT_TYPE_LABELS, maxFeeLabel } from '../labels'
import { MAX_FEE_OPTIONS, type FilterName, type PatentSearch } from '../search-params'

export interface FilterOption {
  value: string | number
  label: string
}

export function filterOptions(name: FilterName): FilterOption[] {
  switch (name) {
    case 'type':
      return PATENT_TYPES.map((value) => ({ value, label: PATENT_TYPE_LABELS[value] }))
    case 'industry':
      return INDUSTRIES.map((i) => ({ value: i.code, label: i.label }))
    case 'region':
      return REGIONS.map((r) => ({ value: r.code, label: r.label }))
    case 'feeMode':
      return FEE_MODES.map((value) => ({ value, label: FEE_MODE_LABELS[value] }))
    case 'maxFee':
      return MAX_FEE_OPTIONS.map((value) => ({ value, label: maxFeeLabel(value) }))
  }
}

/** What the filter bar shows: the chosen option in short, or the filter's name. */
export function filterBarText(name: FilterName, search: PatentSearch): string {
  switch (name) {
    case 'type':
      return search.type ? PATENT_TYPE_LABELS[search.type] : FILTER_BAR_LABELS.type
    case 'industry':
      return search.industry ? industryLabel(search.industry) : FILTER_BAR_LABELS.industry
    case 'region':
      return search.region ? regionLabel(search.region) : FILTER_BAR_LABELS.region
    case 'feeMode':
      return search.feeMode ? FEE_MODE_LABELS[search.feeMode] : FILTER_BAR_LABELS.feeMode
    case 'maxFee':
      if (search.maxFee === undefined) return FILTER_BAR_LABELS.maxFee
      return search.maxFee === 0 ? '仅提成' : `≤${formatFen(search.maxFee).replace(' ', '')}`
  }
}

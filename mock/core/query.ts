// Query strings without URL/URLSearchParams, which the mini-program runtime lacks.

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@contract/common'
import { validationFailed } from './errors'

/** Past any list the mock holds, yet small enough that `(page - 1) * pageSize` stays exact. */
export const MAX_PAGE = 100000

export type QueryMap = Record<string, string>
export type QueryAllMap = Record<string, string[]>

function decode(part: string): string {
  // application/x-www-form-urlencoded: '+' is a space; a literal plus arrives as %2B.
  return decodeURIComponent(part.replace(/\+/g, ' '))
}

/**
 * Parses `a=1&b=x+y&a=2`. `first` keeps the first value of each name, `all` every value in order.
 * Maps have no prototype, so a parameter named `__proto__` or `constructor` is just a name.
 */
export function parseQueryString(qs: string): { first: QueryMap; all: QueryAllMap } {
  const first: QueryMap = Object.create(null)
  const all: QueryAllMap = Object.create(null)
  const text = qs.charAt(0) === '?' ? qs.slice(1) : qs
  if (text === '') return { first, all }
  for (const pair of text.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const rawName = eq < 0 ? pair : pair.slice(0, eq)
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1)
    let name: string
    let value: string
    try {
      name = decode(rawName)
      value = decode(rawValue)
    } catch {
      throw validationFailed({ [safeName(rawName)]: '参数编码不正确' }, '请求参数编码不正确')
    }
    if (!(name in all)) {
      all[name] = []
      first[name] = value
    }
    all[name].push(value)
  }
  return { first, all }
}

function safeName(raw: string): string {
  try {
    return decode(raw)
  } catch {
    return raw
  }
}

/** Splits `/api/x?y=1#frag` into path and query string. */
export function splitUrl(url: string): { path: string; queryString: string } {
  let rest = url
  const hash = rest.indexOf('#')
  if (hash >= 0) rest = rest.slice(0, hash)
  const q = rest.indexOf('?')
  return q < 0 ? { path: rest, queryString: '' } : { path: rest.slice(0, q), queryString: rest.slice(q + 1) }
}

/**
 * Reads and validates query parameters, collecting every problem so one 400 names them all
 * (API.md: unknown values → 400 with `fields`, never a silent empty list). Empty values count as
 * absent because clients serialise `?q=&type=` for cleared filters.
 */
export class QueryReader {
  readonly fields: Record<string, string> = Object.create(null)

  constructor(private readonly query: QueryMap) {}

  has(name: string): boolean {
    const v = this.query[name]
    return v !== undefined && v.trim() !== ''
  }

  raw(name: string): string | undefined {
    const v = this.query[name]
    return v === undefined || v.trim() === '' ? undefined : v.trim()
  }

  string(name: string, opts: { max: number; label: string }): string | undefined {
    const v = this.raw(name)
    if (v === undefined) return undefined
    if (v.length > opts.max) {
      this.fields[name] = `${opts.label}不能超过${opts.max}个字`
      return undefined
    }
    return v
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], label: string): T | undefined {
    const v = this.raw(name)
    if (v === undefined) return undefined
    if ((allowed as readonly string[]).indexOf(v) < 0) {
      this.fields[name] = `不支持的${label}：${v.length > 20 ? v.slice(0, 20) + '…' : v}`
      return undefined
    }
    return v as T
  }

  check(name: string, isValid: (v: string) => boolean, label: string): string | undefined {
    const v = this.raw(name)
    if (v === undefined) return undefined
    if (!isValid(v)) {
      this.fields[name] = `不支持的${label}：${v.length > 20 ? v.slice(0, 20) + '…' : v}`
      return undefined
    }
    return v
  }

  /** Decimal integers only: no `1e3`, `0x10`, `1.0` or signs beyond a leading minus. */
  int(name: string, opts: { min: number; max: number; label: string }): number | undefined {
    const v = this.raw(name)
    if (v === undefined) return undefined
    if (!/^-?\d{1,15}$/.test(v)) {
      this.fields[name] = `${opts.label}应为整数`
      return undefined
    }
    const n = Number(v)
    if (n < opts.min || n > opts.max) {
      this.fields[name] = n < opts.min ? `${opts.label}不能小于${opts.min}` : `${opts.label}不能大于${opts.max}`
      return undefined
    }
    return n
  }

  /** Throws a single 400 naming every bad parameter. */
  /** `?page=&pageSize=` as API.md → Lists defines them (pageSize ≤ 50). */
  pageParams(maxPage: number = MAX_PAGE): { page: number; pageSize: number } {
    const page = this.int('page', { min: 1, max: maxPage, label: '页码' }) ?? 1
    const pageSize = this.int('pageSize', { min: 1, max: MAX_PAGE_SIZE, label: '每页条数' }) ?? DEFAULT_PAGE_SIZE
    return { page, pageSize }
  }

  done(): void {
    if (Object.keys(this.fields).length > 0) throw validationFailed({ ...this.fields }, '查询参数有误')
  }
}

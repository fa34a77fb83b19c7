// A small in-memory table: rows keyed by id, optional unique secondary indexes, and a plain-JSON
// dump/load so the whole mutable state can be snapshotted (Taro storage, MOCK_DATA_FILE).
//
// Rows are immutable once stored: every change goes through insert/upsert/replace/delete, so a
// change hook sees each of them (the HTTP mock journals them before it answers) and can take one
// back exactly — content and place — when the journal could not be written.

export interface Row {
  id: string
}

type KeyFn<T> = (row: T) => string | undefined

/** One change to one row, as the write-ahead journal records it. */
export interface RowChange {
  table: string
  /** `put`: stored at the end of the order; `replace`: same place; `delete`: gone. */
  op: 'put' | 'replace' | 'delete'
  id: string
  /** The row after the change (absent for `delete`). */
  after?: Row
  /** The row before, and its place in the order, for taking the change back. */
  before?: Row
  beforePos?: number
}

export type ChangeHook = (change: RowChange) => void

export class Table<T extends Row> {
  private readonly rows = new Map<string, T>()
  /** Insertion counter per id: the order `all()` keeps, restorable after an undo. */
  private readonly positions = new Map<string, number>()
  private nextPos = 0
  private outOfOrder = false
  private readonly indexes = new Map<string, { keyOf: KeyFn<T>; map: Map<string, string> }>()
  private readonly groups = new Map<string, { keyOf: KeyFn<T>; map: Map<string, Set<string>> }>()
  /** Set while a journal is attached (HTTP mock with MOCK_DATA_FILE). */
  onChange: ChangeHook | null = null

  constructor(readonly name: string) {}

  /** A unique secondary index, e.g. users by login code. Rows without a key are not indexed. */
  addIndex(indexName: string, keyOf: KeyFn<T>): this {
    const map = new Map<string, string>()
    for (const row of this.rows.values()) {
      const key = keyOf(row)
      if (key !== undefined) map.set(key, row.id)
    }
    this.indexes.set(indexName, { keyOf, map })
    return this
  }

  /** A non-unique secondary index, e.g. registrations by event: lookups that need not scan the table. */
  addGroupIndex(indexName: string, keyOf: KeyFn<T>): this {
    this.groups.set(indexName, { keyOf, map: new Map() })
    for (const row of this.rows.values()) this.group(row, true)
    return this
  }

  /** The rows whose `indexName` key is `key` (any order). */
  groupOf(indexName: string, key: string): T[] {
    const index = this.groups.get(indexName)
    if (!index) throw new Error(`no group index ${indexName} on ${this.name}`)
    const out: T[] = []
    for (const id of index.map.get(key) ?? []) {
      const row = this.rows.get(id)
      if (row) out.push(row)
    }
    return out
  }

  get size(): number {
    return this.rows.size
  }

  get(id: string): T | undefined {
    return this.rows.get(id)
  }

  has(id: string): boolean {
    return this.rows.has(id)
  }

  findBy(indexName: string, key: string): T | undefined {
    const index = this.indexes.get(indexName)
    if (!index) throw new Error(`no index ${indexName} on ${this.name}`)
    const id = index.map.get(key)
    return id === undefined ? undefined : this.rows.get(id)
  }

  insert(row: T): T {
    if (this.rows.has(row.id)) throw new Error(`${this.name}: duplicate id ${row.id}`)
    for (const [indexName, index] of this.indexes) {
      const key = index.keyOf(row)
      if (key !== undefined && index.map.has(key)) throw new Error(`${this.name}: duplicate ${indexName} ${key}`)
    }
    this.emit('put', row.id, row)
    this.put(row)
    return row
  }

  /** Insert or replace by id; the row moves to the end of the order. */
  upsert(row: T): T {
    this.emit('put', row.id, row)
    this.unlink(row.id)
    this.put(row)
    return row
  }

  /** Replaces a stored row where it stands in the order (e.g. a notification marked read). */
  replace(row: T): T {
    const current = this.rows.get(row.id)
    if (!current) return this.upsert(row)
    this.emit('replace', row.id, row)
    this.unindex(current)
    this.rows.set(row.id, row)
    this.index(row)
    return row
  }

  update(id: string, patch: Partial<Omit<T, 'id'>>): T | undefined {
    const current = this.rows.get(id)
    if (!current) return undefined
    const next = { ...current, ...patch, id } as T
    return this.upsert(next)
  }

  delete(id: string): boolean {
    if (!this.rows.has(id)) return false
    this.emit('delete', id, undefined)
    return this.unlink(id)
  }

  /** Rows in insertion order. */
  all(): T[] {
    return Array.from(this.rows.values())
  }

  values(): IterableIterator<T> {
    return this.rows.values()
  }

  filter(pred: (row: T) => boolean): T[] {
    const out: T[] = []
    for (const row of this.rows.values()) if (pred(row)) out.push(row)
    return out
  }

  find(pred: (row: T) => boolean): T | undefined {
    for (const row of this.rows.values()) if (pred(row)) return row
    return undefined
  }

  /** Plain JSON rows (copies, so a snapshot does not change with the table). */
  dump(): T[] {
    return JSON.parse(JSON.stringify(this.all())) as T[]
  }

  /** Merges rows from a snapshot over the current (seeded) rows; the snapshot wins on equal ids. */
  load(rows: readonly T[]): void {
    for (const row of rows) {
      if (row && typeof row === 'object' && typeof row.id === 'string') this.upsert(row)
    }
  }

  clear(): void {
    this.rows.clear()
    this.positions.clear()
    for (const index of this.indexes.values()) index.map.clear()
    for (const index of this.groups.values()) index.map.clear()
  }

  /**
   * Takes one change back (newest first when undoing several): the row returns with its content and
   * its place in the order. Bypasses the change hook — an undo is not itself a change to journal.
   */
  undo(change: RowChange): void {
    if (change.op === 'replace' && change.before && this.rows.has(change.id)) {
      const current = this.rows.get(change.id) as T
      this.unindex(current)
      this.rows.set(change.id, change.before as T)
      this.index(change.before as T)
      return
    }
    this.unlink(change.id)
    if (!change.before) return
    const row = change.before as T
    this.rows.set(row.id, row)
    this.positions.set(row.id, change.beforePos ?? this.nextPos++)
    this.index(row)
    this.outOfOrder = true
  }

  /** After a run of undos: puts rows back in their recorded order (O(n), only on that rare path). */
  restoreOrder(): void {
    if (!this.outOfOrder) return
    this.outOfOrder = false
    const entries = Array.from(this.rows.values()).sort((a, b) => (this.positions.get(a.id) ?? 0) - (this.positions.get(b.id) ?? 0))
    this.rows.clear()
    for (const row of entries) this.rows.set(row.id, row)
  }

  private emit(op: RowChange['op'], id: string, after: T | undefined): void {
    if (!this.onChange) return
    const before = this.rows.get(id)
    const change: RowChange = { table: this.name, op, id }
    if (after) change.after = after
    if (before) {
      change.before = before
      change.beforePos = this.positions.get(id)
    }
    this.onChange(change)
  }

  private unlink(id: string): boolean {
    const row = this.rows.get(id)
    if (!row) return false
    this.unindex(row)
    this.positions.delete(id)
    return this.rows.delete(id)
  }

  private unindex(row: T): void {
    for (const index of this.indexes.values()) {
      const key = index.keyOf(row)
      if (key !== undefined && index.map.get(key) === row.id) index.map.delete(key)
    }
    this.group(row, false)
  }

  private group(row: T, add: boolean): void {
    for (const index of this.groups.values()) {
      const key = index.keyOf(row)
      if (key === undefined) continue
      let ids = index.map.get(key)
      if (add) {
        if (!ids) index.map.set(key, (ids = new Set()))
        ids.add(row.id)
      } else if (ids) {
        ids.delete(row.id)
        if (ids.size === 0) index.map.delete(key)
      }
    }
  }

  private index(row: T): void {
    for (const index of this.indexes.values()) {
      const key = index.keyOf(row)
      if (key !== undefined) index.map.set(key, row.id)
    }
    this.group(row, true)
  }

  private put(row: T): void {
    this.rows.set(row.id, row)
    this.positions.set(row.id, this.nextPos++)
    this.index(row)
  }
}

// A small in-memory table: rows keyed by id, optional unique secondary indexes, and a plain-JSON
// dump/load so the whole mutable state can be snapshotted (Taro storage, MOCK_DATA_FILE).

export interface Row {
  id: string
}

type KeyFn<T> = (row: T) => string | undefined

export class Table<T extends Row> {
  private readonly rows = new Map<string, T>()
  private readonly indexes = new Map<string, { keyOf: KeyFn<T>; map: Map<string, string> }>()

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
    this.put(row)
    return row
  }

  /** Insert or replace by id. */
  upsert(row: T): T {
    this.delete(row.id)
    this.put(row)
    return row
  }

  update(id: string, patch: Partial<Omit<T, 'id'>>): T | undefined {
    const current = this.rows.get(id)
    if (!current) return undefined
    const next = { ...current, ...patch, id } as T
    return this.upsert(next)
  }

  delete(id: string): boolean {
    const row = this.rows.get(id)
    if (!row) return false
    for (const index of this.indexes.values()) {
      const key = index.keyOf(row)
      if (key !== undefined && index.map.get(key) === id) index.map.delete(key)
    }
    return this.rows.delete(id)
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
    for (const index of this.indexes.values()) index.map.clear()
  }

  private put(row: T): void {
    this.rows.set(row.id, row)
    for (const index of this.indexes.values()) {
      const key = index.keyOf(row)
      if (key !== undefined) index.map.set(key, row.id)
    }
  }
}

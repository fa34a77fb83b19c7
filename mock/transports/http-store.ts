// MOCK_DATA_FILE for the HTTP mock: a write-ahead journal whose cost per write does not grow with
// the state. Node-only.
//
// The file is a snapshot record followed by batch records, one per line:
//   <crc32 as 8 hex digits> <JSON>\n
// Every row change (Table's change hook) is numbered as it happens; a request is answered only
// once the batch holding its changes has been written and fdatasync'd. Batches are group commits:
// all the writes handled in one turn of the event loop share one fsync. A batch that cannot be written is taken back in memory —
// with every change made after it, which may have read it — and those requests answer 500.
//
// Compaction (at start-up, and once the journal outgrows its threshold) writes the whole state as
// one snapshot to a temporary file, fsyncs it and renames it over the journal: a crash leaves
// either file whole. A crash in the middle of an append leaves a torn last line, which the next
// start drops with a one-line warning; anything else unreadable stops the start-up, naming the
// file, the record and the problem — never a byte of the content (rows hold tokens and phones).

import { chmodSync, closeSync, existsSync, fdatasyncSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeSync, promises as fs } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { MockContext } from '../context'
import type { Durability } from '../core/types'
import { checkPatentStats, checkState, exportState, importState, StateError, tablesOf, type MockState } from '../db'
import type { Row, RowChange, Table } from '../db/table'
import { IDEMPOTENCY_TTL_MS } from '../router'
import { validateRow } from '../db/validate'

const FILE_MODE = 0o600
/** Compact once the journal is past this, or past twice its last snapshot when that is larger. */
export const DEFAULT_COMPACT_BYTES = 32 * 1024 * 1024
const SESSION_PRUNE_INTERVAL_MS = 3600 * 1000

type Op = [table: string, op: RowChange['op'], id: string, row?: Row]
interface SnapshotRecord {
  t: 's'
  state: MockState
}
interface BatchRecord {
  t: 'b'
  ops: Op[]
  stats?: Record<string, [number, number]>
}

export interface JournalOptions {
  compactBytes?: number
  warn?: (line: string) => void
}

function crc32Hex(text: string | Buffer): string {
  return (zlib.crc32(text) >>> 0).toString(16).padStart(8, '0')
}

function encode(record: SnapshotRecord | BatchRecord): Buffer {
  const json = JSON.stringify(record)
  return Buffer.from(`${crc32Hex(json)} ${json}\n`)
}

class JournalError extends Error {}

interface Waiter {
  to: number
  resolve(): void
  reject(error: Error): void
}

export class Journal implements Durability {
  private readonly tables = new Map<string, Table<Row>>()
  private pending: RowChange[] = []
  private seq = 0
  private durableSeq = 0
  /** Change numbers taken back after a failed write: (from, to]. */
  private dead: [number, number][] = []
  private waiters: Waiter[] = []
  private busy = false
  private closed = false
  private fd: number | null = null
  private bytes = 0
  private snapshotBytes = 0
  private unsavedStats: Record<string, [number, number]> | null = null
  private lastPrune = 0
  private readonly compactBytes: number
  /** Tests: make the next writes fail as a full or broken disk would. */
  failWrites = 0

  private constructor(
    private readonly ctx: MockContext,
    readonly file: string,
    options: JournalOptions,
  ) {
    this.compactBytes = options.compactBytes ?? DEFAULT_COMPACT_BYTES
    for (const table of tablesOf(ctx.db)) this.tables.set(table.name, table)
  }

  /**
   * Loads `file` (if any) into the freshly seeded context, compacts it, and attaches the journal.
   * Throws an Error with a one-line message when the file cannot be used.
   */
  static open(ctx: MockContext, file: string, options: JournalOptions = {}): Journal {
    const journal = new Journal(ctx, file, options)
    const warn = options.warn ?? ((line: string) => ctx.logger.error(line))
    journal.load(warn)
    journal.pruneExpired()
    journal.compactSync()
    for (const table of journal.tables.values()) table.onChange = (change) => journal.record(change)
    ctx.durability = journal
    return journal
  }

  // ---- Durability ----

  mark(): number {
    return this.seq
  }

  commit(from: number, to: number): Promise<void> {
    if (this.isDead(from, to)) return Promise.reject(new JournalError('changes were taken back'))
    if (to <= this.durableSeq) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.waiters.push({ to, resolve, reject })
      this.kick()
    })
  }

  /** Bytes in the journal file now (tests, the bench). */
  get size(): number {
    return this.bytes
  }

  /** Writes what is pending (view counters included) and stops journalling. */
  async close(): Promise<void> {
    if (this.closed) return
    this.pruneExpired()
    this.unsavedStats = this.mergeStats(this.unsavedStats, this.ctx.db.patents.takeChangedStats())
    if (this.pending.length > 0 || this.unsavedStats) {
      this.forceStats = true
      await new Promise<void>((resolve) => {
        this.waiters.push({ to: this.seq, resolve, reject: () => resolve() })
        this.kick()
      })
    }
    this.closed = true
    for (const table of this.tables.values()) table.onChange = null
    if (this.ctx.durability === this) delete this.ctx.durability
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
  }

  private forceStats = false

  private record(change: RowChange): void {
    this.pending.push(change)
    this.seq++
    // Sessions expire after 30 days: swept at most hourly, riding on ordinary writes.
    const now = this.ctx.now()
    if (now - this.lastPrune > SESSION_PRUNE_INTERVAL_MS) {
      this.lastPrune = now
      queueMicrotask(() => this.pruneExpired())
    }
  }

  private isDead(from: number, to: number): boolean {
    for (const [a, b] of this.dead) if (from < b && to > a) return true
    return false
  }

  /**
   * Group commit: every request answered in this turn of the event loop adds its changes, and one
   * write + fdatasync covers them all in the check phase right after (setImmediate), so writes are
   * answered in the turn that made them. The append is synchronous on purpose: it is one small
   * batch per turn (a fraction of a millisecond to a few on a shared disk), while a round trip
   * through libuv's thread pool costs another turn of a loop that 50 connections keep busy — tens
   * of milliseconds on every write (measured with bench:load). Compaction, the one large write,
   * goes through the pool.
   */
  private kick(): void {
    if (this.scheduled || this.busy || this.closed) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.run()
    })
  }

  private scheduled = false

  private run(): void {
    while (this.pending.length > 0 || (this.forceStats && this.unsavedStats)) {
      this.forceStats = false
      const batch = this.pending
      this.pending = []
      const end = this.seq
      const start = end - batch.length
      const stats = this.mergeStats(this.unsavedStats, this.ctx.db.patents.takeChangedStats())
      this.unsavedStats = null
      if (this.bytes > Math.max(this.compactBytes, 2 * this.snapshotBytes)) {
        this.busy = true
        this.compact().then(
          () => {
            this.busy = false
            this.durableSeq = end
            this.settle()
            this.kick()
          },
          (error: unknown) => {
            this.busy = false
            this.unsavedStats = stats
            this.takeBack(batch, start, error)
            this.kick()
          },
        )
        return
      }
      try {
        this.append(batch, stats)
        this.durableSeq = end
        this.settle()
      } catch (error) {
        this.unsavedStats = stats
        this.takeBack(batch, start, error)
      }
    }
  }

  private mergeStats(a: Record<string, [number, number]> | null, b: Record<string, [number, number]> | null): Record<string, [number, number]> | null {
    if (!a) return b
    if (!b) return a
    return { ...a, ...b }
  }

  private settle(): void {
    const keep: Waiter[] = []
    for (const w of this.waiters) {
      if (w.to <= this.durableSeq) w.resolve()
      else keep.push(w)
    }
    this.waiters = keep
  }

  /** Undoes the failed batch and everything recorded after it (which may have read it), newest first. */
  private takeBack(batch: RowChange[], start: number, error: unknown): void {
    const undone = batch.concat(this.pending)
    this.pending = []
    const touched = new Set<Table<Row>>()
    for (let i = undone.length - 1; i >= 0; i--) {
      const table = this.tables.get(undone[i].table)
      if (!table) continue
      table.undo(undone[i])
      touched.add(table)
    }
    for (const table of touched) table.restoreOrder()
    this.dead.push([start, this.seq])
    if (this.dead.length > 1000) this.dead.shift()
    const failure = new JournalError('journal write failed')
    for (const w of this.waiters) w.reject(failure)
    this.waiters = []
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : '写入失败'
    this.ctx.logger.error(`[mock] MOCK_DATA_FILE ${this.file}：写入失败（${reason}），${undone.length} 项改动已撤销，相关请求返回 500`)
  }

  private append(batch: RowChange[], stats: Record<string, [number, number]> | null): void {
    if (this.failWrites > 0) {
      this.failWrites--
      throw Object.assign(new Error('injected'), { code: 'EIO' })
    }
    const record: BatchRecord = { t: 'b', ops: batch.map((c) => (c.after ? [c.table, c.op, c.id, c.after] : [c.table, c.op, c.id])) }
    if (stats) record.stats = stats
    const buf = encode(record)
    if (this.fd === null) this.fd = openSync(this.file, 'a', FILE_MODE)
    try {
      let written = 0
      while (written < buf.length) written += writeSync(this.fd, buf, written)
      fdatasyncSync(this.fd)
    } catch (error) {
      // A record cut short mid-file would read as corruption at the next start: cut it off here.
      try {
        ftruncateSync(this.fd, this.bytes)
      } catch {
        // The next start drops it as a torn last record, unless later records follow.
      }
      throw error
    }
    this.bytes += buf.length
  }

  /**
   * Snapshot of memory now (it holds every change taken so far) written beside, then renamed over.
   * The new file's handle is opened before the rename, so once the rename is done nothing can fail.
   */
  private async compact(): Promise<void> {
    if (this.failWrites > 0) {
      this.failWrites--
      throw Object.assign(new Error('injected'), { code: 'EIO' })
    }
    this.ctx.db.patents.takeChangedStats()
    const buf = this.snapshotBuffer()
    const tmp = `${this.file}.compact`
    let next: number | null = null
    const out = await fs.open(tmp, 'w', FILE_MODE)
    try {
      await out.write(buf)
      await out.datasync()
      await out.close()
      next = openSync(tmp, 'a', FILE_MODE)
      await fs.rename(tmp, this.file)
    } catch (error) {
      await out.close().catch(() => undefined)
      if (next !== null) closeSync(next)
      await fs.unlink(tmp).catch(() => undefined)
      throw error
    }
    const old = this.fd
    this.fd = next
    this.bytes = this.snapshotBytes = buf.length
    await this.syncDir()
    if (old !== null) closeSync(old)
  }

  private snapshotBuffer(): Buffer {
    return encode({ t: 's', state: exportState(this.ctx.db, { baseline: this.ctx.baseline }) })
  }

  private async syncDir(): Promise<void> {
    try {
      const dir = await fs.open(path.dirname(this.file), 'r')
      try {
        await dir.sync()
      } finally {
        await dir.close()
      }
    } catch {
      // Some filesystems refuse fsync on a directory; the rename itself is still atomic.
    }
  }

  private compactSync(): void {
    this.ctx.db.patents.takeChangedStats()
    const buf = this.snapshotBuffer()
    const tmp = `${this.file}.compact`
    const fd = openSync(tmp, 'w', FILE_MODE)
    try {
      writeSync(fd, buf)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    chmodSync(tmp, FILE_MODE)
    renameSync(tmp, this.file)
    try {
      const dir = openSync(path.dirname(this.file), 'r')
      try {
        fsyncSync(dir)
      } finally {
        closeSync(dir)
      }
    } catch {
      // As in syncDir.
    }
    this.bytes = this.snapshotBytes = buf.length
  }

  /** Expired sessions and idempotency keys leave memory (and so the next snapshot). */
  private pruneExpired(): void {
    const now = this.ctx.now()
    for (const s of this.ctx.db.sessions.filter((row) => row.expiresAtMs <= now)) this.ctx.db.sessions.delete(s.id)
    for (const row of this.ctx.db.idempotency.values()) {
      if (row.createdAtMs + IDEMPOTENCY_TTL_MS > now) break
      this.ctx.db.idempotency.delete(row.id)
    }
  }

  // ---- Loading ----

  private fail(problem: string): never {
    throw new Error(`MOCK_DATA_FILE ${this.file}：${problem}`)
  }

  private load(warn: (line: string) => void): void {
    if (!existsSync(this.file)) return
    let data: Buffer
    try {
      data = readFileSync(this.file)
    } catch (error) {
      this.fail(`无法读取（${(error as NodeJS.ErrnoException).code ?? '读取失败'}）`)
    }
    if (data.length === 0) return
    // A snapshot from before the journal: one JSON document.
    if (data[0] === 0x7b) {
      let state: unknown
      try {
        state = JSON.parse(data.toString('utf8'))
      } catch {
        this.fail('不是有效的 JSON 快照（文件可能被截断或改动）')
      }
      this.importChecked(state, '快照')
      return
    }
    let offset = 0
    let n = 0
    while (offset < data.length) {
      const nl = data.indexOf(0x0a, offset)
      if (nl < 0) {
        warn(`[mock] MOCK_DATA_FILE ${this.file}：末尾有一条不完整的记录（偏移 ${offset}，${data.length - offset} 字节），可能是写入中途崩溃，已丢弃`)
        return
      }
      n++
      const line = data.subarray(offset, nl)
      const where = `第 ${n} 条记录（偏移 ${offset}）`
      if (line.length < 10 || line[8] !== 0x20) this.fail(`${where}格式不正确，文件已损坏`)
      const json = line.subarray(9)
      if (crc32Hex(json) !== line.subarray(0, 8).toString('latin1')) this.fail(`${where}校验和不符，文件已损坏`)
      let record: unknown
      try {
        record = JSON.parse(json.toString('utf8'))
      } catch {
        this.fail(`${where}不是有效的 JSON`)
      }
      this.apply(record, n, where)
      offset = nl + 1
    }
  }

  private importChecked(state: unknown, where: string): void {
    try {
      checkState(this.ctx.db, state)
      importState(this.ctx.db, state)
    } catch (error) {
      if (error instanceof StateError) this.fail(`${where}：${error.message}`)
      throw error
    }
  }

  private apply(record: unknown, n: number, where: string): void {
    if (typeof record !== 'object' || record === null) this.fail(`${where}不是记录对象`)
    const r = record as { t?: unknown; state?: unknown; ops?: unknown; stats?: unknown }
    if (r.t === 's') {
      if (n !== 1) this.fail(`${where}：快照只能是第一条记录`)
      this.importChecked(r.state, where)
      return
    }
    if (r.t !== 'b' || !Array.isArray(r.ops)) this.fail(`${where}类型不正确`)
    if (n === 1) this.fail(`${where}：文件应以快照开头`)
    // Checked whole before any of it is applied.
    for (let i = 0; i < r.ops.length; i++) {
      const op = r.ops[i] as unknown
      if (!Array.isArray(op) || typeof op[0] !== 'string' || typeof op[2] !== 'string') this.fail(`${where}第 ${i + 1} 项改动格式不正确`)
      if (!this.tables.has(op[0])) this.fail(`${where}第 ${i + 1} 项改动的表未知`)
      if (op[1] === 'delete') continue
      if (op[1] !== 'put' && op[1] !== 'replace') this.fail(`${where}第 ${i + 1} 项改动类型未知`)
      const problem = validateRow(op[0], op[3])
      if (problem) this.fail(`${where}第 ${i + 1} 项改动（表 ${op[0]}）：${problem}`)
      if ((op[3] as Row).id !== op[2]) this.fail(`${where}第 ${i + 1} 项改动的编号不一致`)
    }
    if (r.stats !== undefined) {
      try {
        checkPatentStats(r.stats)
      } catch (error) {
        if (error instanceof StateError) this.fail(`${where}：${error.message}`)
        throw error
      }
    }
    for (const op of r.ops as unknown as Op[]) {
      const table = this.tables.get(op[0])!
      if (op[1] === 'delete') table.delete(op[2])
      else if (op[1] === 'replace') table.replace(op[3]!)
      else table.upsert(op[3]!)
    }
    if (r.stats) this.ctx.db.patents.importStats(r.stats as Record<string, [number, number]>)
  }
}

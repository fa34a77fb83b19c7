// Virtual timers for the logic layer: pages poll and count down, so "wait until the page settles" must
// not mean real seconds. Timers fire in due order on a virtual clock; microtasks run between them.
import { setImmediate as realImmediate } from 'node:timers/promises'

export class Scheduler {
  constructor() {
    this.now = 0
    this.nextId = 1
    this.timers = new Map()
    this.onError = () => {}
  }

  setTimeout = (fn, ms = 0, ...args) => this.#add(fn, ms, args, false)
  setInterval = (fn, ms = 0, ...args) => this.#add(fn, ms, args, true)
  clearTimeout = (id) => {
    this.timers.delete(id)
  }
  clearInterval = (id) => {
    this.timers.delete(id)
  }

  #add(fn, ms, args, repeat) {
    const id = this.nextId++
    const delay = Math.max(0, Number(ms) || 0)
    if (typeof fn === 'function') this.timers.set(id, { id, at: this.now + delay, delay: Math.max(1, delay), fn, args, repeat })
    return id
  }

  #earliest() {
    let first = null
    for (const t of this.timers.values()) if (!first || t.at < first.at || (t.at === first.at && t.id < first.id)) first = t
    return first
  }

  /** Runs microtasks and every timer due within `horizonMs` of virtual time from now. */
  async settle(horizonMs = 4000) {
    const deadline = this.now + horizonMs
    for (let guard = 0; guard < 20000; guard++) {
      await flushMicrotasks()
      const t = this.#earliest()
      if (!t || t.at > deadline) break
      this.now = Math.max(this.now, t.at)
      if (t.repeat) t.at = this.now + t.delay
      else this.timers.delete(t.id)
      try {
        t.fn(...t.args)
      } catch (error) {
        this.onError(error, 'timer')
      }
    }
    await flushMicrotasks()
  }
}

export async function flushMicrotasks() {
  // Promise jobs of vm contexts share Node's microtask queue; a macrotask turn drains it.
  for (let i = 0; i < 3; i++) await realImmediate()
}

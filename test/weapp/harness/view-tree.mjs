// Reads the page tree Taro sends through setData (`root.cn`, text nodes carry `v`), using the build's
// own base.wxml to know what each node is: its tag, which events its template binds (`bindtap="eh"`)
// and which `pN` slot holds which attribute.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const templateCache = new Map()

export class ViewTree {
  static templatesOf(dist) {
    if (templateCache.has(dist)) return templateCache.get(dist)
    const wxml = readFileSync(path.join(dist, 'base.wxml'), 'utf8')
    const templates = new Map()
    for (const m of wxml.matchAll(/<template name="tmpl_0_([^"_]+)(?:_blur)?">\s*<([a-z-]+)([^>]*)>/g)) {
      const [, nn, tag, attrText] = m
      if (templates.has(nn) && !m[0].includes('_blur')) continue
      const attrs = {}
      const props = {}
      const events = {}
      for (const a of attrText.matchAll(/([a-z:-]+)="([^"]*)"/g)) {
        const [, name, expr] = a
        attrs[name] = expr
        const slot = expr.match(/i\.(p\d+)/)
        if (slot) props[slot[1]] = name
        const ev = name.match(/^(bind|catch)(.+)$/)
        if (ev && expr === 'eh') events[ev[2]] = ev[1]
      }
      templates.set(nn, { tag, attrs, props, events })
    }
    templateCache.set(dist, templates)
    return templates
  }

  constructor(data, templates) {
    this.data = data
    this.templates = templates
    this.parents = new Map()
    this.all = []
    const walk = (node, parent) => {
      if (!node || typeof node !== 'object') return
      this.parents.set(node, parent)
      this.all.push(node)
      for (const child of node.cn || []) walk(child, node)
    }
    for (const child of data?.root?.cn || []) walk(child, null)
  }

  tag(node) {
    return this.templates.get(String(node.nn))?.tag ?? (node.v !== undefined ? '#text' : `nn:${node.nn}`)
  }

  attr(node, name) {
    const t = this.templates.get(String(node.nn))
    if (!t) return undefined
    for (const [slot, attr] of Object.entries(t.props)) if (attr === name) return node[slot]
    return undefined
  }

  classes(node) {
    return String(node.cl || '').split(/\s+/).filter(Boolean)
  }

  /** Visible text of a node: its own `v` and its descendants', in order. */
  textOf(node) {
    if (node.v !== undefined) return String(node.v)
    return (node.cn || []).map((c) => this.textOf(c)).join('')
  }

  texts() {
    return this.all.filter((n) => n.v !== undefined && String(n.v).trim() !== '').map((n) => String(n.v))
  }

  text() {
    return this.texts().join('\n')
  }

  /** What form fields hold: a typed or restored value is on screen too, but not as a text node. */
  values() {
    return this.all.filter((n) => ['input', 'textarea'].includes(this.tag(n))).map((n) => String(this.attr(n, 'value') ?? '')).filter(Boolean)
  }

  has(pattern) {
    // A phrase may span adjacent text nodes ('共 ', '1', ' 件'), so the run of all text counts too.
    const run = this.texts().join('')
    return this.all.some((n) => n.v !== undefined && match(String(n.v), pattern)) || match(run, pattern) || this.values().some((v) => match(v, pattern))
  }

  byClass(cls) {
    return this.all.filter((n) => this.classes(n).includes(cls))
  }

  select(selector) {
    if (selector.startsWith('#')) return this.all.filter((n) => n.uid === selector.slice(1) || n.sid === selector.slice(1))
    if (selector.startsWith('.')) return this.byClass(selector.slice(1))
    return this.all.filter((n) => this.tag(n) === selector)
  }

  ancestors(node) {
    const out = []
    for (let p = this.parents.get(node); p; p = this.parents.get(p)) out.push(p)
    return out
  }

  /** The elements a native `type` event passes on its way up, with whether each one stops it (catch). */
  bubblePath(node, type) {
    const out = []
    for (const el of [node, ...this.ancestors(node)]) {
      const how = this.templates.get(String(el.nn))?.events[type]
      if (how) out.push({ node: el, catches: how === 'catch' })
      if (how === 'catch') break
    }
    return out
  }

  /** The innermost element whose text matches and that a tap reaches (it or an ancestor binds tap). */
  tappable(pattern) {
    const candidates = this.all.filter((n) => n.v === undefined && match(this.textOf(n).trim(), pattern) && this.bubblePath(n, 'tap').length > 0)
    // Deepest first: the element the finger lands on, not the page around it.
    candidates.sort((a, b) => this.ancestors(b).length - this.ancestors(a).length)
    const exact = candidates.find((n) => this.bubblePath(n, 'tap')[0]?.node === n)
    const found = exact ?? candidates[0]
    if (!found) throw new Error(`页面上没有可点击的「${pattern}」。页面文字：\n${this.text().slice(0, 1500)}`)
    return found
  }

  /** An input or textarea by its placeholder, its name, or the label text of the field around it. */
  input(pattern) {
    const fields = this.all.filter((n) => ['input', 'textarea'].includes(this.tag(n)))
    const direct = fields.find((n) => [n.ariaLabel, this.attr(n, 'placeholder'), this.attr(n, 'name')].some((v) => match(String(v ?? ''), pattern)))
    if (direct) return direct
    // Else the field whose nearest labelled ancestor says it: the form around all fields says everything.
    let best = null
    for (const n of fields) {
      const depth = this.ancestors(n).slice(0, 4).findIndex((a) => match(this.textOf(a), pattern))
      if (depth >= 0 && (!best || depth < best.depth)) best = { n, depth }
    }
    if (best) return best.n
    throw new Error(`页面上没有输入框「${pattern}」。页面文字：\n${this.text().slice(0, 1500)}`)
  }

  describe(node) {
    return node ? `${this.tag(node)}「${this.textOf(node).slice(0, 40)}」` : '（无）'
  }
}

function match(text, pattern) {
  return pattern instanceof RegExp ? pattern.test(text) : text.includes(pattern)
}

/**
 * Plain text out of a Lexical document: what a visitor reads, without the editor's JSON. Headings
 * (and the titles inside blocks such as steps and callouts) are kept apart because they weigh more.
 */
type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

export type LexicalText = { headings: string[]; text: string }

// Block fields that are settings, not text.
const NON_TEXT_FIELDS = new Set(['id', 'blockType', 'blockName', 'variant', 'file', 'url', 'doc'])
// Block fields that act as headings.
const TITLE_FIELDS = new Set(['title', 'heading'])

function inlineText(node: LexicalNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (node.type === 'linebreak' || node.type === 'tab') return ' '
  return (node.children ?? []).map(inlineText).join('')
}

/** Any block, known or added later: titles become headings, every other string becomes text. */
function collectBlockFields(value: unknown, out: LexicalText & { parts: string[] }, key = ''): void {
  if (typeof value === 'string') {
    if (NON_TEXT_FIELDS.has(key) || value.trim() === '') return
    if (TITLE_FIELDS.has(key)) out.headings.push(value.trim())
    out.parts.push(value.trim())
  } else if (Array.isArray(value)) {
    for (const item of value) collectBlockFields(item, out, key)
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) {
      if (!NON_TEXT_FIELDS.has(childKey)) collectBlockFields(child, out, childKey)
    }
  }
}

function walk(node: LexicalNode, out: LexicalText & { parts: string[] }): void {
  switch (node.type) {
    case 'heading': {
      const text = inlineText(node).trim()
      if (text) {
        out.headings.push(text)
        out.parts.push(text)
      }
      return
    }
    case 'block':
    case 'inlineBlock':
      collectBlockFields(node.fields ?? {}, out)
      return
    case 'upload':
    case 'relationship':
    case 'horizontalrule':
      return
    case 'paragraph':
    case 'quote':
    case 'listitem': {
      // A list item may hold a nested list; its own text comes first.
      const own = (node.children ?? []).filter((child) => child.type !== 'list')
      const text = own.map(inlineText).join('').trim()
      if (text) out.parts.push(text)
      for (const child of node.children ?? []) if (child.type === 'list') walk(child, out)
      return
    }
    default:
      for (const child of node.children ?? []) walk(child, out)
  }
}

export function lexicalToText(value: unknown): LexicalText {
  const out = { headings: [] as string[], parts: [] as string[], text: '' }
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (root) walk(root, out)
  return { headings: out.headings, text: out.parts.join('\n') }
}

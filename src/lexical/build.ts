import { createHash } from 'node:crypto'

import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import type { CollectionSlug } from 'payload'

/**
 * A small typed builder for the Lexical JSON that Payload stores, so seed content and tests can
 * write bodies as `richText(h2('Doel'), p('…'), ul('a', 'b'), callout({ text: '…' }))` instead of
 * hand-written node trees. The output has the shape the admin editor itself saves.
 */

/** The editor state as Payload's generated types describe a richText field value. */
export type RichText = SerializedEditorState & { [k: string]: unknown }
type Node = SerializedLexicalNode & Record<string, unknown>

/** Text formats as Lexical stores them: a bit mask. */
const FORMAT = { bold: 1, italic: 2 } as const

type TextRun = { kind: 'text'; text: string; format: number }
type LinkRun = { kind: 'link'; node: Node }
/** What may appear inside a paragraph, heading or list item. */
export type Inline = string | TextRun | LinkRun

export const bold = (text: string): TextRun => ({ kind: 'text', text, format: FORMAT.bold })
export const italic = (text: string): TextRun => ({ kind: 'text', text, format: FORMAT.italic })

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

function textNode(text: string, format = 0): Node {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function inlineNodes(parts: Inline[]): Node[] {
  return parts.map((part) => {
    if (typeof part === 'string') return textNode(part)
    if (part.kind === 'text') return textNode(part.text, part.format)
    return part.node
  })
}

/**
 * Stable ids: the same content gets the same id, so seeding twice writes identical documents and
 * a diff between versions shows only real changes.
 */
function stableId(value: unknown, length = 24): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, length)
}

function linkNode(text: string, fields: Record<string, unknown>): LinkRun {
  return {
    kind: 'link',
    node: { type: 'link', id: stableId([text, fields]), fields, children: [textNode(text)], ...element, version: 3 },
  }
}

/** A link to an address: a path on this site (`/escalatiemodel`) or a full URL. */
export const link = (text: string, url: string, newTab = false): LinkRun =>
  linkNode(text, { linkType: 'custom', url, newTab })

/** A link to a document of the portal; it keeps working when the slug changes. */
export const internalLink = (text: string, relationTo: CollectionSlug, id: number | string): LinkRun =>
  linkNode(text, { linkType: 'internal', doc: { relationTo, value: id }, newTab: false })

export const paragraph = (...parts: Inline[]): Node => ({
  type: 'paragraph',
  children: inlineNodes(parts),
  ...element,
  textFormat: 0,
  textStyle: '',
})

export const heading = (tag: 'h2' | 'h3' | 'h4', ...parts: Inline[]): Node => ({
  type: 'heading',
  tag,
  children: inlineNodes(parts),
  ...element,
})

export const h2 = (...parts: Inline[]) => heading('h2', ...parts)
export const h3 = (...parts: Inline[]) => heading('h3', ...parts)
export const p = paragraph

/** One list item: a string, or several runs (e.g. a bold lead-in followed by text). */
export type ListItem = Inline | Inline[]

function list(listType: 'bullet' | 'number', items: ListItem[]): Node {
  return {
    type: 'list',
    listType,
    start: 1,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    children: items.map((item, index) => ({
      type: 'listitem',
      value: index + 1,
      children: inlineNodes(Array.isArray(item) ? item : [item]),
      ...element,
    })),
    ...element,
  }
}

export const ul = (...items: ListItem[]) => list('bullet', items)
export const ol = (...items: ListItem[]) => list('number', items)

function block(blockType: string, fields: Record<string, unknown>): Node {
  return {
    type: 'block',
    fields: { id: stableId([blockType, fields]), blockName: '', blockType, ...fields },
    format: '',
    version: 2,
  }
}

export type CalloutInput = { variant?: 'let-op' | 'info' | 'veiligheid'; title?: string; text: string }

/** The "Let op" block (src/blocks/Callout). */
export const callout = ({ variant = 'let-op', title, text }: CalloutInput): Node =>
  block('callout', { variant, ...(title ? { title } : {}), text })

export type StepInput = { title: string; who?: string; timeframe?: string; text?: string }

/** The numbered steps block (src/blocks/Steps). */
export const steps = (items: StepInput[]): Node =>
  block('steps', { steps: items.map((step) => ({ id: stableId(step), ...step })) })

/** The whole editor state from top-level nodes. */
export function richText(...children: Node[]): RichText {
  return { root: { type: 'root', children, ...element } } as RichText
}

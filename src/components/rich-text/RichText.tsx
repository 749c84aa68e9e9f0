import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
  TextJSXConverter,
} from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { type GlossaryMatcher, lookupTerm } from '@/lib/glossary'
import { documentPath } from '@/lib/urls'

import type { CalloutBlock, DownloadCardBlock, StepsBlock } from '../../../payload-types'
import { Callout, DownloadCard, Steps } from './blocks'
import { GlossaryTerm } from './GlossaryTerm'

type Props = {
  data: SerializedEditorState | null | undefined
  /** Explain glossary terms in place; each term once per text. */
  glossary?: GlossaryMatcher | null
  /** Prefix for tooltip ids, unique per page. */
  idPrefix?: string
}

function internalDocToHref({ linkNode }: { linkNode: SerializedLinkNode }): string {
  const doc = linkNode.fields.doc
  if (!doc || typeof doc.value !== 'object') return '#'
  return documentPath(doc.relationTo, doc.value as { slug?: string }) ?? '#'
}

/** Lexical's own rendering of a text node (a function; its type also allows a fixed node). */
const plainTextConverter = TextJSXConverter.text

type BlockNode<T> = { node: { fields: T } }

const NO_TERMS_INSIDE = new Set(['link', 'autolink', 'heading'])

export function RichText({ data, glossary, idPrefix = 'term' }: Props) {
  if (!data?.root?.children?.length) return null
  const explained = new Set<string>()
  let counter = 0

  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref }),
    text: (args) => {
      const plain = typeof plainTextConverter === 'function' ? plainTextConverter(args) : plainTextConverter
      const { node } = args
      const parentType = (args.parent as { type?: string } | undefined)?.type
      if (!glossary || node.format !== 0 || (parentType && NO_TERMS_INSIDE.has(parentType))) return plain
      const parts: ReactNode[] = []
      let last = 0
      for (const match of node.text.matchAll(glossary.pattern)) {
        const entry = lookupTerm(glossary, match[0])
        if (!entry || explained.has(entry.slug)) continue
        explained.add(entry.slug)
        parts.push(node.text.slice(last, match.index))
        counter += 1
        parts.push(<GlossaryTerm key={counter} entry={entry} text={match[0]} id={`${idPrefix}-${counter}`} />)
        last = (match.index ?? 0) + match[0].length
      }
      if (parts.length === 0) return plain
      parts.push(node.text.slice(last))
      return <>{parts}</>
    },
    blocks: {
      callout: ({ node }: BlockNode<CalloutBlock>) => <Callout {...node.fields} />,
      steps: ({ node }: BlockNode<StepsBlock>) => <Steps {...node.fields} />,
      downloadCard: ({ node }: BlockNode<DownloadCardBlock>) => <DownloadCard {...node.fields} />,
    },
  })

  return (
    <LexicalRichText className="rich-text utrecht-html" converters={converters} data={data} disableContainer={false} />
  )
}

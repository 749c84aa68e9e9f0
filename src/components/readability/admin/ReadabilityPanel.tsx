'use client'

import { useDebounce, useFormFields } from '@payloadcms/ui'
import { useId, useMemo } from 'react'

import { assessReadability, type SentenceReason } from '../../../readability/assess'
import { documentText } from '../../../readability/documentText'
import type { JargonTerm } from '../../../readability/jargon'
import { LEVEL_LABELS, MIN_SCORE, SENTENCE_LIMIT, type TargetLevel } from '../../../readability/levels'

type Props = { target: TargetLevel; terms: JargonTerm[] }

const percent = (share: number) => `${Math.round(share * 100)}%`
const number = (value: number) => value.toLocaleString('nl-NL')

function describeReason(reason: SentenceReason): string {
  switch (reason.kind) {
    case 'long':
      return `lange zin (${reason.words} woorden)`
    case 'longWords':
      return `lange woorden: ${reason.words.join(', ')}`
    case 'passive':
      return 'lijdende vorm'
    case 'jargon':
      return `begrip zonder uitleg: ${reason.terms.join(', ')}`
  }
}

/**
 * The plain-language check beside the editor: score, level against the collection's target, and
 * the sentences to rewrite, recomputed from the summary and body a moment after the editor stops
 * typing. The same computation as the save hook (src/readability/assess.ts), so what the panel
 * says is what gets stored with the version.
 */
export function ReadabilityPanel({ target, terms }: Props) {
  const summary = useFormFields(([fields]) => fields.summary?.value)
  const body = useFormFields(([fields]) => fields.body?.value)
  const definition = useFormFields(([fields]) => fields.definition?.value)
  const text = useDebounce(documentText({ summary, body, definition }), 400)
  const result = useMemo(() => assessReadability(text, { target, terms }), [text, target, terms])
  const headingId = useId()

  return (
    <section className="readability-panel" aria-labelledby={headingId} data-testid="readability-panel" style={{ marginBottom: 'var(--base)' }}>
      <h3 id={headingId} style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        Leesbaarheid
      </h3>
      {!result ? (
        <p style={{ margin: 0 }}>Schrijf een samenvatting of inhoud; dan ziet u hier hoe leesbaar die is.</p>
      ) : (
        <>
          <p aria-live="polite" style={{ margin: '0 0 0.5rem' }}>
            Score <strong data-testid="readability-score">{number(result.score)}</strong> van 100 ·{' '}
            <strong>{LEVEL_LABELS[result.level]}</strong>
            <br />
            Doel: {LEVEL_LABELS[target]} (score {MIN_SCORE[target]} of hoger).{' '}
            {result.distance === 0 ? (
              <span style={{ color: 'var(--theme-success-650)' }}>Haalt het doel.</span>
            ) : (
              <span style={{ color: 'var(--theme-error-650)' }}>{number(result.distance)} punten te moeilijk.</span>
            )}
          </p>
          <ul style={{ margin: '0 0 0.5rem', paddingLeft: '1.25rem' }}>
            <li>
              Gemiddeld {number(result.averageSentenceLength)} woorden per zin (doel: hoogstens {SENTENCE_LIMIT[target]})
            </li>
            <li>Lange woorden: {percent(result.longWordShare)}</li>
            <li>Zinnen in de lijdende vorm: {percent(result.passiveShare)}</li>
            {result.unexplainedTerms.length ? <li>Begrippen zonder uitleg: {result.unexplainedTerms.join(', ')}</li> : null}
          </ul>
          {result.difficultSentences.length ? (
            <>
              <h4 style={{ margin: '0.5rem 0 0.25rem', fontSize: '0.9rem' }}>Zinnen om te herschrijven</h4>
              <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {result.difficultSentences.map((sentence) => (
                  <li key={sentence.index} style={{ marginBottom: '0.5rem' }}>
                    <mark style={{ background: 'var(--theme-warning-100)', color: 'inherit' }}>{sentence.text}</mark>
                    <br />
                    <small>{sentence.reasons.map(describeReason).join('; ')}</small>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      )}
    </section>
  )
}

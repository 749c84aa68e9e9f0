import type { CalloutBlock, DownloadCardBlock, Media, StepsBlock } from '../../../payload-types'
import { CALLOUT_VARIANTS } from '../../blocks/Callout/config'

export function Callout({ variant, title, text }: CalloutBlock) {
  return (
    <aside className={`callout callout--${variant}`} aria-label={title || CALLOUT_VARIANTS[variant]}>
      <p className="callout__title">{title || CALLOUT_VARIANTS[variant]}</p>
      <p className="utrecht-paragraph">{text}</p>
    </aside>
  )
}

export function Steps({ steps }: StepsBlock) {
  return (
    <ol className="steps">
      {steps.map((step, index) => (
        <li key={step.id ?? index} className="steps__step">
          <p className="steps__title">{step.title}</p>
          {step.who || step.timeframe ? (
            <p className="steps__meta">
              {step.who ? <span>Wie: {step.who}</span> : null}
              {step.who && step.timeframe ? ' · ' : null}
              {step.timeframe ? <span>Termijn: {step.timeframe}</span> : null}
            </p>
          ) : null}
          {step.text ? <p className="utrecht-paragraph">{step.text}</p> : null}
        </li>
      ))}
    </ol>
  )
}

function fileLabel(file: Media): string {
  const type = file.mimeType === 'application/pdf' ? 'PDF' : file.mimeType?.includes('word') ? 'Word' : 'bestand'
  const size = file.filesize ? `, ${Math.max(1, Math.round(file.filesize / 1024))} kB` : ''
  return `${type}${size}`
}

export function DownloadCard({ file, title, description }: DownloadCardBlock) {
  const media = typeof file === 'object' ? file : null
  return (
    <div className="download-card">
      <p className="download-card__title">{title}</p>
      {description ? <p className="utrecht-paragraph">{description}</p> : null}
      {media?.url ? (
        <a className="utrecht-link" href={media.url} download>
          Download {title} ({fileLabel(media)})
        </a>
      ) : (
        <p className="utrecht-paragraph">Het bestand is (nog) niet beschikbaar.</p>
      )}
    </div>
  )
}

import { TrainingsFinder, trainingsMetadata } from './TrainingsFinder'

/** The list without filters, from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata = trainingsMetadata

export default function TrainingsPage() {
  return <TrainingsFinder searchParams={{}} />
}

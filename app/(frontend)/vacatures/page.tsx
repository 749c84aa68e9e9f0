import { VacanciesFinder, vacanciesMetadata } from './VacanciesFinder'

/** The list without filters, from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata = vacanciesMetadata({})

export default function VacanciesPage() {
  return <VacanciesFinder searchParams={{}} />
}

'use client'

import { FieldDescription, FieldError, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useId, useState } from 'react'

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; names: string[] } | { state: 'failed' }

const regionIdOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const id = (value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value
    return id === undefined || id === null ? null : String(id)
  }
  return String(value)
}

/**
 * "Gemeenten" of a local agreement: checkboxes with the chosen region's municipalities, instead of
 * free text that looked like a dropdown. The server checks the same list (checkMunicipalities).
 */
export const MunicipalitiesChoice: TextFieldClientComponent = ({ path, field }) => {
  const { value, setValue, showError } = useField<string[]>({ path })
  const region = regionIdOf(useFormFields(([fields]) => fields.region?.value))
  const [load, setLoad] = useState<Load>({ state: 'idle' })
  const legendId = useId()
  const label = typeof field.label === 'string' ? field.label : 'Gemeenten'

  useEffect(() => {
    if (!region) {
      setLoad({ state: 'idle' })
      return
    }
    const controller = new AbortController()
    setLoad({ state: 'loading' })
    fetch(`/api/regions/${encodeURIComponent(region)}?depth=0&draft=true&select[municipalities]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((doc: { municipalities?: string[] }) => setLoad({ state: 'ready', names: doc.municipalities ?? [] }))
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ state: 'failed' })
      })
    return () => controller.abort()
  }, [region])

  const chosen = new Set(Array.isArray(value) ? value : [])
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(name)
    else next.delete(name)
    setValue(load.state === 'ready' ? load.names.filter((n) => next.has(n)) : [...next])
  }

  return (
    <fieldset className="field-type municipalities-choice" aria-labelledby={legendId} style={{ border: 0, padding: 0, marginBottom: '1.5rem' }}>
      <legend id={legendId} className="field-label">
        {label}
      </legend>
      <FieldError path={path} showError={showError} />
      {load.state === 'idle' ? <p>Kies eerst de regio; daarna verschijnen hier haar gemeenten.</p> : null}
      {load.state === 'loading' ? <p>Gemeenten van de regio laden…</p> : null}
      {load.state === 'failed' ? <p>De gemeenten van deze regio konden niet worden geladen. Probeer het opnieuw.</p> : null}
      {load.state === 'ready' ? (
        <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))', gap: '0.25rem 1rem' }}>
          {load.names.map((name) => (
            <li key={name}>
              <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
                <input type="checkbox" checked={chosen.has(name)} onChange={(event) => toggle(name, event.target.checked)} />
                {name}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldDescription path={path} description={field.admin?.description} />
    </fieldset>
  )
}

'use client'

import './search.css'

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'

type Suggestion = { id: string; title: string; url: string; typeLabel: string }

type Props = {
  /** The query to show (on /zoeken: the current one). */
  defaultValue?: string
  /** Id of the input; the header uses "zoekterm". */
  id?: string
  label?: string
}

const DEBOUNCE_MS = 200
const MIN_LENGTH = 2
const MAX_SUGGESTIONS = 6

/**
 * The header search. Without JavaScript it is a plain GET form to /zoeken. With JavaScript it
 * becomes an ARIA 1.2 combobox: suggestions from /api/search as you type, arrows to move, Enter to
 * open the chosen page (or search when none is chosen), Escape to close and then to clear.
 * The browser only ever talks to /api/search; no engine key reaches it.
 */
export function SearchBox({ defaultValue = '', id = 'zoekterm', label = 'Zoeken in het portaal' }: Props) {
  const [enhanced, setEnhanced] = useState(false)
  const [value, setValue] = useState(defaultValue)
  const [typed, setTyped] = useState(false)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = `${useId()}-suggesties`
  const optionId = (index: number) => `${listId}-${index}`

  useEffect(() => setEnhanced(true), [])

  const query = value.trim()
  // The last option always searches for what was typed, so the list never hides the full search.
  const options =
    query.length >= MIN_LENGTH && suggestions.length > 0
      ? [
          ...suggestions,
          {
            id: 'alle',
            title: `Alle resultaten voor “${query}”`,
            url: `/zoeken?${new URLSearchParams({ q: query })}`,
            typeLabel: '',
          },
        ]
      : []

  useEffect(() => {
    if (!enhanced || !typed) return
    if (query.length < MIN_LENGTH) {
      setSuggestions([])
      setOpen(false)
      setStatus('')
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(
          `/api/search?${new URLSearchParams({ q: query, limit: String(MAX_SUGGESTIONS) })}`,
          {
            signal: controller.signal,
            headers: { Accept: 'application/json' },
          },
        )
        if (!response.ok) throw new Error(String(response.status))
        const data = (await response.json()) as { hits: Suggestion[] }
        const found = data.hits.map(({ id: hitId, title, url, typeLabel }) => ({ id: hitId, title, url, typeLabel }))
        setSuggestions(found)
        setActive(-1)
        setOpen(found.length > 0 && document.activeElement === inputRef.current)
        setStatus(
          found.length === 0
            ? 'Geen suggesties. Druk op Enter om te zoeken.'
            : `${found.length} ${found.length === 1 ? 'suggestie' : 'suggesties'}. Kies met pijltje omlaag.`,
        )
      } catch {
        // Aborted by the next keystroke, or offline: the form still submits to /zoeken.
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, enhanced, typed])

  const close = () => {
    setOpen(false)
    setActive(-1)
  }

  const go = (option: Suggestion) => {
    close()
    window.location.assign(option.url)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        if (options.length === 0) return
        event.preventDefault()
        if (!open || event.altKey) {
          setOpen(true)
          if (event.altKey) return
        }
        setActive((current) => (current + 1) % options.length)
        return
      case 'ArrowUp':
        if (options.length === 0) return
        event.preventDefault()
        setOpen(true)
        setActive((current) => (current <= 0 ? options.length - 1 : current - 1))
        return
      case 'Enter':
        if (open && active >= 0 && options[active]) {
          event.preventDefault()
          go(options[active])
        }
        // Otherwise the form submits: a full search on /zoeken.
        return
      case 'Escape':
        if (open) {
          event.preventDefault()
          close()
        } else if (value) {
          event.preventDefault()
          setValue('')
          setTyped(false)
          setSuggestions([])
        }
        return
      case 'Tab':
        close()
        return
    }
  }

  const comboboxProps = enhanced
    ? {
        role: 'combobox' as const,
        'aria-autocomplete': 'list' as const,
        'aria-expanded': open,
        'aria-controls': listId,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
      }
    : {}

  return (
    <form className="header-search" role="search" aria-label={label} action="/zoeken" method="get">
      <label className="utrecht-form-label header-search__label" htmlFor={id}>
        {label}
      </label>
      <div className="search-box">
        <input
          ref={inputRef}
          className="utrecht-textbox header-search__input"
          id={id}
          name="q"
          type="search"
          maxLength={200}
          autoComplete="off"
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
            setTyped(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          onFocus={() => {
            if (options.length > 0 && typed) setOpen(true)
          }}
          {...comboboxProps}
        />
        {enhanced ? (
          <ul className="search-box__listbox" id={listId} role="listbox" aria-label="Suggesties" hidden={!open}>
            {options.map((option, index) => (
              <li
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={`search-box__option${option.id === 'alle' ? ' search-box__option--all' : ''}`}
                // Keeps focus in the input, so blur does not close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(option)}
              >
                <span className="search-box__option-title">{option.title}</span>
                {option.typeLabel ? <span className="search-box__option-type">{option.typeLabel}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {status}
        </div>
      </div>
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        Zoek
      </button>
    </form>
  )
}

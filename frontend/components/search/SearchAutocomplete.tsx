"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";

import { contentTypeLabel } from "@/components/search/contentTypes";

export type Suggestion = { title: string; urlPath: string; contentType: string };

export const MIN_PREFIX_LENGTH = 2;
const DEBOUNCE_MS = 250;

type InputProps = {
  id: string;
  className?: string;
  placeholder?: string;
  defaultValue?: string;
  name?: string;
};

/**
 * A search input with suggestions (ARIA 1.2 combobox with a listbox popup): up/down move in the
 * list, Enter opens the suggestion chosen, Escape closes the list (then clears the input). The
 * input stays a plain `q` field: without JavaScript the form it sits in is submitted as is.
 */
export function SearchAutocomplete({ id, className, placeholder, defaultValue = "", name = "q" }: InputProps) {
  const router = useRouter();
  const listId = `${useId()}-suggestions`;
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function ask(text: string) {
    if (timer.current) clearTimeout(timer.current);
    request.current?.abort();
    const prefix = text.trim();
    if (prefix.length < MIN_PREFIX_LENGTH) {
      setSuggestions([]);
      setStatus("");
      close();
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/autocompletion/?q=${encodeURIComponent(prefix)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { suggestions?: Suggestion[] };
        const found = body.suggestions ?? [];
        setSuggestions(found);
        setActive(-1);
        setOpen(found.length > 0);
        setStatus(
          found.length === 0
            ? "Aucune suggestion."
            : `${found.length} suggestion${found.length > 1 ? "s" : ""} : utilisez les flèches haut et bas pour les parcourir, Entrée pour ouvrir.`,
        );
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
        // Suggestions are a help: without them the search itself still works.
        setSuggestions([]);
        setStatus("");
        close();
      }
    }, DEBOUNCE_MS);
  }

  function choose(suggestion: Suggestion) {
    close();
    setValue(suggestion.title);
    router.push(suggestion.urlPath);
  }

  // Capture phase: runs before the DSFR header's own Enter handler on the input, so that Enter on
  // a suggestion opens it instead of searching the words typed.
  function onKeyDownCapture(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((current) => (open ? (current + 1) % count : 0));
        break;
      case "ArrowUp":
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((current) => (open ? (current <= 0 ? count - 1 : current - 1) : count - 1));
        break;
      case "Enter": {
        const suggestion = open && active >= 0 ? suggestions[active] : undefined;
        if (!suggestion) return;
        event.preventDefault();
        event.stopPropagation();
        choose(suggestion);
        break;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          close();
        } else if (value) {
          event.preventDefault();
          setValue("");
          setSuggestions([]);
        }
        break;
      case "Tab":
        close();
        break;
    }
  }

  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;
  return (
    <div className="tec-autocomplete" style={{ position: "relative", flex: "1 1 auto", display: "flex", flexDirection: "column" }}>
      <input
        id={id}
        name={name}
        type="search"
        className={className}
        placeholder={placeholder}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={`${listId}-aide`}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          ask(event.target.value);
        }}
        onKeyDownCapture={onKeyDownCapture}
        onBlur={() => close()}
        onFocus={() => {
          if (suggestions.length && value.trim().length >= MIN_PREFIX_LENGTH) setOpen(true);
        }}
      />
      <p id={`${listId}-aide`} className="fr-sr-only">
        Des suggestions s&apos;affichent à partir de {MIN_PREFIX_LENGTH} caractères.
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!open}
        className="fr-p-0 fr-m-0"
        style={{
          position: "absolute",
          top: "100%",
          left: 0,
          right: 0,
          zIndex: 1000,
          listStyle: "none",
          background: "var(--background-overlap-grey)",
          boxShadow: "var(--overlap-shadow)",
          maxHeight: "20rem",
          overflowY: "auto",
        }}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.urlPath}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="fr-px-2w fr-py-1w"
            style={{
              cursor: "pointer",
              background: index === active ? "var(--background-alt-blue-france)" : undefined,
              outline: index === active ? "2px solid var(--border-active-blue-france)" : undefined,
              outlineOffset: "-2px",
            }}
            // Before the input's blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="fr-text--md fr-mb-0">{suggestion.title}</span>{" "}
            <span className="fr-text--xs fr-mb-0" style={{ color: "var(--text-mention-grey)" }}>
              {contentTypeLabel(suggestion.contentType)}
            </span>
          </li>
        ))}
      </ul>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

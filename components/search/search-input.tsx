"use client";

import { useEffect, useRef, useState } from "react";
import type { PersonSuggestion } from "@/lib/db/people";
import { personHref } from "@/lib/format/links";

const DEBOUNCE_MS = 150;

/**
 * The search box. While one types, the people whose names match are offered as links (search by
 * that person, or open their page). Without JavaScript it is a plain text field, and the results
 * page lists the matching people instead.
 */
export function SearchInput({ defaultValue, filtersHref }: { defaultValue: string; /** The search with the current filters and no words, to which a person is added. */ filtersHref: string }) {
  const [text, setText] = useState(defaultValue);
  const [people, setPeople] = useState<PersonSuggestion[]>([]);
  const hasTyped = useRef(false);

  useEffect(() => {
    if (!hasTyped.current) return;
    const typed = text.trim();
    if (typed.length < 2) {
      setPeople([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/people/suggest?q=${encodeURIComponent(typed)}`, { signal: controller.signal });
        if (!response.ok) return setPeople([]);
        setPeople(((await response.json()) as { people: PersonSuggestion[] }).people);
      } catch {
        // Aborted by the next keystroke, or offline: offering nobody is the right answer.
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  return (
    <div className="flex-1">
      <input
        id="search-q"
        name="q"
        type="search"
        value={text}
        onChange={(event) => {
          hasTyped.current = true;
          setText(event.target.value);
        }}
        maxLength={300}
        autoComplete="off"
        aria-describedby="search-people"
        placeholder='Words, "an exact phrase", -excluded, a person, or a reference id like 06ROME1755'
        className="w-full rounded border border-stone-400 bg-white px-3 py-2 text-base"
      />
      <div id="search-people" aria-live="polite" className="text-sm">
        {people.length > 0 && (
          <div className="mt-1 rounded border border-stone-200 bg-white p-2" data-testid="person-suggestions">
            <span className="text-stone-600">People: </span>
            <ul className="inline">
              {people.map((person) => (
                <li key={person.displayName} className="mr-3 inline">
                  <a href={`${filtersHref}${filtersHref.includes("?") ? "&" : "?"}person=${encodeURIComponent(person.displayName)}`} className="text-blue-800 underline" aria-label={`Cables naming ${person.displayName}`}>
                    {person.displayName}
                  </a>{" "}
                  <span className="text-stone-600">({person.cableCount.toLocaleString("en-US")})</span>
                  <a href={personHref(person.slug)} className="ml-1 text-xs text-stone-700 underline" aria-label={`About ${person.displayName}`}>
                    about
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

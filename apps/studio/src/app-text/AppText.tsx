import { findInvisibleCharacters, isolateBidi } from '@event-studio/runtime';
import { Box } from '@mui/material';
import { memo, type ReactNode } from 'react';

// The one way the studio shows text an app supplies (titles, names, node and field labels) beside
// its own words. An app comes from anywhere: a U+202E in a field title must not turn the studio's
// text next to it around, so the text sits in its own bidi isolate (<bdi>). Where only a string
// fits (an attribute, an interpolated message, an option's text), use appTextString.

const MARK_STYLE = {
  mx: '1px',
  px: '2px',
  border: 1,
  borderRadius: 0.5,
  borderColor: 'warning.main',
  color: 'warning.main',
  fontSize: '0.8em',
  fontFamily: 'monospace',
} as const;

/** Invisible characters written out as marks (`U+202E`), each titled with the character's name. */
function revealed(text: string): ReactNode[] {
  const chars = Array.from(text);
  const parts: ReactNode[] = [];
  let from = 0;
  for (const hidden of findInvisibleCharacters(text)) {
    if (hidden.position - 1 > from) parts.push(chars.slice(from, hidden.position - 1).join(''));
    parts.push(
      <Box
        component="span"
        key={hidden.position}
        title={`${hidden.codePoint} ${hidden.name}`}
        sx={MARK_STYLE}
      >
        {hidden.codePoint}
      </Box>,
    );
    from = hidden.position;
  }
  if (from < chars.length) parts.push(chars.slice(from).join(''));
  return parts;
}

/**
 * App-supplied text in its own bidi isolate. With `reveal`, its invisible and direction characters
 * are shown as marks instead (the element tree: three titles that read "Order Approval Event"
 * must not look alike there).
 */
export const AppText = memo(function AppText({ text, reveal = false }: { text: string; reveal?: boolean }) {
  if (reveal && findInvisibleCharacters(text).length > 0) return <bdi>{revealed(text)}</bdi>;
  return <bdi>{isolateBidi(text)}</bdi>;
});

/**
 * App-supplied text for a place that takes only a string (an attribute, an interpolated message):
 * wrapped in a first-strong isolate when it has direction characters or right-to-left letters,
 * unchanged otherwise.
 */
export function appTextString(text: string): string {
  return isolateBidi(text);
}

import { Fragment } from 'react';
import { t } from '@/i18n';

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The draft text with every occurrence of a blocked topic marked (case-insensitive). */
export function HighlightedDraft({ text, blockedTopics }: { text: string; blockedTopics: string[] }) {
  const terms = blockedTopics.map((t) => t.trim()).filter(Boolean);
  if (terms.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${terms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`, 'gi');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="blocked" title={t('review.blockedTopicTitle')}>
            {part}
          </mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

// A React 19 component around <news-card>, to copy into a publisher's app. React 19 passes
// props to custom elements as properties and `on…` props as event listeners, so the element
// is used like any other: `article` and `label` go in as properties, and the card's selection
// comes back through its `news-card-change` event.
//
// Needs the npm package built from dist/ (`npm pack dist/`), installed as `news-card`.
import { useState } from 'react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsCardChangeDetail, NewsCardElement } from 'news-card';
import 'news-card';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-card': DetailedHTMLProps<HTMLAttributes<NewsCardElement>, NewsCardElement> & {
        article?: string;
        label?: string;
        noUrlUpdate?: boolean;
        'onnews-card-change'?: (event: CustomEvent<NewsCardChangeDetail>) => void;
      };
    }
  }
}

/** The card, opening on `initial`, with a line that follows the reader's selection. */
export function Headlines({ initial }: { initial?: string }) {
  const [reading, setReading] = useState<NewsCardChangeDetail | null>(null);
  return (
    <section>
      <news-card
        article={initial}
        label="Top stories"
        noUrlUpdate
        onnews-card-change={(event) => setReading(event.detail)}
      />
      <p role="status">{reading ? `Reading: ${reading.headline}` : 'Pick a story.'}</p>
    </section>
  );
}

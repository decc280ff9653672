import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { REPORT_SECTIONS, sectionElementId } from './sections';

/** Once the figures are on screen, scrolls to the section a link asked for (`?section=`). */
export function useScrollToSection(ready: boolean) {
  const [params] = useSearchParams();
  const wanted = REPORT_SECTIONS.find((s) => s === params.get('section'));
  useEffect(() => {
    if (ready && wanted) document.getElementById(sectionElementId(wanted))?.scrollIntoView({ block: 'start' });
  }, [ready, wanted]);
}

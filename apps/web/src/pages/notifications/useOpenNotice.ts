import type { Notice } from '@tongket/domain';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

const OPEN_PARAM = 'id';

/**
 * The notice being read lives in the address (?id=…): Back on a phone closes it rather than
 * leaving the page, and the address can be shared.
 */
export function useOpenNotice(items: readonly Notice[]) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const openId = params.get(OPEN_PARAM);
  const notice = (openId && items.find((n) => n.id === openId)) || null;

  const open = (next: Notice) =>
    setParams({ [OPEN_PARAM]: next.id }, { replace: openId !== null, state: { fromList: true } });
  // Opened from the list: step back to it. Arrived with ?id= (a shared link): drop it in place.
  const close = () =>
    (location.state as { fromList?: boolean } | null)?.fromList
      ? navigate(-1)
      : setParams({}, { replace: true });

  return { notice, open, close };
}

import { useLocation, useNavigate, useSearchParams } from 'react-router';

const PARAM = 'lan';

/**
 * The submission being read lives in the address (?lan=2): Back on a phone closes it, and the
 * address can be passed on ("xem lần gửi thứ 2").
 */
export function useOpenSubmission() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const raw = Number(params.get(PARAM));
  const seq = Number.isInteger(raw) && raw > 0 ? raw : null;

  const open = (next: number) =>
    setParams({ [PARAM]: String(next) }, { replace: seq !== null, state: { fromList: true } });
  const close = () =>
    (location.state as { fromList?: boolean } | null)?.fromList
      ? navigate(-1)
      : setParams({}, { replace: true });
  return { seq, open, close };
}

import { useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import { formatDateTime, formatMoney, formatTimeLeft } from '../lib/format';

/** An amount, isolated from the text around it: in Persian its digits and currency keep their order beside a Latin code. */
export function Money({ amount, currency }: { amount: number; currency: string }) {
  const { locale } = useIntl();
  return <bdi className="money">{formatMoney(locale, amount, currency)}</bdi>;
}

export function DateTime({ value }: { value: string }) {
  const { locale } = useIntl();
  return <time dateTime={value}>{formatDateTime(locale, value)}</time>;
}

let minuteListeners = new Set<() => void>();
let minuteTimer: number | undefined;
function subscribeMinutes(listener: () => void) {
  minuteListeners.add(listener);
  minuteTimer ??= window.setInterval(() => minuteListeners.forEach((l) => l()), 60_000);
  return () => {
    minuteListeners.delete(listener);
    if (!minuteListeners.size) {
      window.clearInterval(minuteTimer);
      minuteTimer = undefined;
      minuteListeners = new Set();
    }
  };
}
const currentMinute = () => Math.floor(Date.now() / 60_000) * 60_000;

/** "in 3 days", kept current while the page is open. */
export function TimeLeft({ until }: { until: string }) {
  const { locale } = useIntl();
  const now = useSyncExternalStore(subscribeMinutes, currentMinute);
  return <span className="time-left">{formatTimeLeft(locale, until, now)}</span>;
}

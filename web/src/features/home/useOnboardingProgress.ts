import { useLocalStorage } from '@mantine/hooks';

/** Which onboarding steps this user has ticked off, remembered on this device. */
export function useOnboardingProgress(userId: string) {
  const [done, setDone] = useLocalStorage<string[]>({ key: `korsa.onboarding.${userId}`, defaultValue: [] });
  const toggle = (step: string) => setDone((current) => (current.includes(step) ? current.filter((s) => s !== step) : [...current, step]));
  return { done, toggle };
}

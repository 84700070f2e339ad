/* global window */
// Set the colour scheme before the app loads, so a dark-mode user never sees a white flash.
// (An external file, because the server's Content-Security-Policy forbids inline scripts.)
try {
  const stored = window.localStorage.getItem('mantine-color-scheme-value');
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const scheme = stored === 'dark' || stored === 'light' ? stored : prefersDark ? 'dark' : 'light';
  window.document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
} catch {
  // storage blocked: Mantine decides once it starts
}

/*
 * The editor's service worker (scope: admin/). Sveltia CMS asks CDNs for its
 * translations, its update notice and its fonts: this worker answers those requests
 * with the site's own copies (hooks/pas_a_pas/editor/bundle.py writes them beside it),
 * and answers the rest of those hosts' requests itself, with "404", so that the editor
 * contacts no host but the site's own. The Git host's API (GitHub, GitLab), used once
 * the person signs in, goes through untouched.
 */
'use strict';

// A CDN address and the site's copy of it, relative to this worker.
const COPIES = [
  [/^https:\/\/unpkg\.com\/@sveltia\/cms(?:@[^/]+)?\/locales\/([A-Za-z-]+\.json)$/, 'locales/$1'],
  [/^https:\/\/unpkg\.com\/@sveltia\/cms(?:@[^/]+)?\/package\.json$/, 'sveltia-cms.package.json'],
  [/^https:\/\/unpkg\.com\/@sveltia\/cms(?:@[^/]+)?\/dist\/sveltia-cms\.js$/, 'sveltia-cms.js'],
  [/^https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[^/]+\/latin-wght-normal\.woff2$/,
    'fonts/material-symbols-outlined-latin-wght-normal.woff2'],
];
// Hosts never contacted: what has no copy here (the text fonts: the system's are used,
// as on the site's pages; code highlighting; GitHub's status page) is answered "404".
const NEVER = new Set(['unpkg.com', 'cdn.jsdelivr.net', 'www.githubstatus.com',
  'fonts.googleapis.com', 'fonts.gstatic.com']);

/** The site's copy of a CDN address, or null. */
function localCopy(address) {
  for (const [pattern, path] of COPIES) {
    if (pattern.test(address)) {
      return new URL(address.replace(pattern, path), self.registration.scope).href;
    }
  }
  return null;
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const address = event.request.url;
  const copy = localCopy(address);
  if (copy) {
    event.respondWith(fetch(copy));
  } else if (NEVER.has(new URL(address).hostname)) {
    event.respondWith(new Response('', { status: 404, statusText: 'Not Found' }));
  }
});

/*
 * The tutorials' editor: Sveltia CMS (admin/sveltia-cms.js, pinned in package.json)
 * with our blocks as editor components. Each component reads exactly the syntax of the
 * guide "Écrire un tutoriel" and writes it back unchanged:
 *   /// step | Titre          /// helper | Titre (facultatif)
 *   Contenu                   Contenu
 *   ///                       ///
 *   /// mockup | scénario     !!! tip "Bon à savoir"
 *       screen: écran             Contenu, indenté de 4 espaces
 *   ///
 * A step's content is kept as written (other blocks inside it included). The words,
 * the scenarios and their screens, and the site's stylesheets come from the page
 * (#tut-editor-data, written by hooks/editor.py). Sveltia starts once the service
 * worker (tut-editor-sw.js) answers its requests to CDNs with the site's copies.
 */
'use strict';

/* Markdown of our blocks ------------------------------------------------------------ */

// The lines of a block's content: any line but a closing `///`, or a whole block
// (`/// name …` to its `///`) inside it, such as a practice screen inside a step.
const INNER_BLOCK = String.raw`\/\/\/ (?!step\b)[a-z]+.*\n(?:(?!\/\/\/[ \t]*$).*\n)*?\/\/\/[ \t]*\n`;
const CONTENT = String.raw`((?:${INNER_BLOCK}|(?!\/\/\/).*\n)*?)`;

const PATTERNS = {
  step: new RegExp(String.raw`^\/\/\/ step \| (.+)\n${CONTENT}\/\/\/[ \t]*$`, 'm'),
  helper: new RegExp(String.raw`^\/\/\/ helper(?: \| (.+))?\n${CONTENT}\/\/\/[ \t]*$`, 'm'),
  mockup: /^\/\/\/ mockup \| ([a-z0-9-]+)\n {4}screen: ([a-z0-9-]+)\n(?: {4}level: ([2-5])\n)?\/\/\/[ \t]*$/m,
  // Its content: lines indented by 4 spaces, and the blank lines between them.
  tip: /^!!! tip "([^"\n]*)"((?:\n {4}.*|\n(?=\n* {4}))+)/m,
};

/** A block's content as the form shows it: without the last line's end. */
function contentOf(captured) {
  return (captured || '').replace(/\n$/, '');
}

/** The content written back: one line end after it, nothing when it is empty. */
function withLineEnd(content) {
  const text = (content || '').replace(/\r\n?/g, '\n');
  return text ? `${text.replace(/\n$/, '')}\n` : '';
}

const blocks = {
  step: {
    from: (match) => ({ title: match[1], content: contentOf(match[2]) }),
    to: ({ title = '', content = '' }) => `/// step | ${oneLine(title)}\n${withLineEnd(content)}///`,
  },
  helper: {
    from: (match) => ({ title: match[1] || '', content: contentOf(match[2]) }),
    to: ({ title = '', content = '' }) => {
      const heading = oneLine(title) ? `/// helper | ${oneLine(title)}` : '/// helper';
      return `${heading}\n${withLineEnd(content)}///`;
    },
  },
  mockup: {
    from: (match) => ({ scenario: match[1], screen: match[2], level: match[3] || '' }),
    to: ({ scenario = '', screen = '', level = '' }) => {
      const levelLine = level ? `    level: ${level}\n` : '';
      return `/// mockup | ${scenario}\n    screen: ${screen}\n${levelLine}///`;
    },
  },
  tip: {
    from: (match) => ({
      title: match[1],
      content: match[2].split('\n').slice(1).map((line) => line.slice(4)).join('\n'),
    }),
    to: ({ title = '', content = '' }) => {
      const lines = (content || '').replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
      const body = lines.map((line) => (line ? `    ${line}` : '')).join('\n');
      return `!!! tip "${oneLine(title).replace(/"/g, '”')}"\n${body}`;
    },
  },
};

/** A title is one line: what a form field may hold on several is joined. */
function oneLine(text) {
  return String(text || '').replace(/\s*\n\s*/g, ' ').trim();
}

function escapeHtml(text) {
  return String(text || '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** The preview's HTML of a block: the site's classes, its text shown as written. */
function preview(name, data, words) {
  const paragraphs = (text) => escapeHtml(text).split(/\n{2,}/).map((p) => `<p>${p}</p>`).join('');
  if (name === 'step') {
    return `<section class="tut-step"><h2 class="tut-step__title">${escapeHtml(words.step.label)} : ${escapeHtml(data.title)}</h2>${paragraphs(data.content)}</section>`;
  }
  if (name === 'helper') {
    const title = data.title ? ` : ${escapeHtml(data.title)}` : '';
    return `<aside class="tut-helper"><p><strong>${escapeHtml(words.helper.label)}${title}</strong></p>${paragraphs(data.content)}</aside>`;
  }
  if (name === 'mockup') {
    return `<p class="tut-mockup">${escapeHtml(words.mockup.label)} : ${escapeHtml(data.scenario)}, ${escapeHtml(data.screen)}</p>`;
  }
  return `<div class="admonition tip"><p class="admonition-title">${escapeHtml(data.title)}</p>${paragraphs(data.content)}</div>`;
}

/* The editor components ------------------------------------------------------------- */

/** The definitions given to CMS.registerEditorComponent, from the page's data. */
function components(data) {
  const words = data.components;
  const scenarios = data.scenarios || [];
  const text = (name, label) => ({ name, label, widget: 'text' });
  const fields = {
    step: [{ name: 'title', label: words.step.title, widget: 'string' }, text('content', words.step.content)],
    helper: [{ name: 'title', label: words.helper.title, widget: 'string', required: false },
      text('content', words.helper.content)],
    mockup: [
      { name: 'scenario', label: words.mockup.scenario, widget: 'select',
        options: scenarios.map((s) => ({ label: s.title, value: s.id })) },
      { name: 'screen', label: words.mockup.screen, widget: 'select',
        options: scenarios.flatMap((s) => s.screens.map((screen) => ({
          label: scenarios.length > 1 ? `${s.title} : ${screen.title}` : screen.title,
          value: screen.id,
        }))) },
    ],
    tip: [{ name: 'title', label: words.tip.title, widget: 'string', default: words.tip.label },
      text('content', words.tip.content)],
  };
  const icons = { step: 'format_list_numbered', helper: 'support_agent', mockup: 'touch_app', tip: 'lightbulb' };
  return Object.keys(blocks).map((name) => ({
    id: `tut-${name}`,
    label: words[name].label,
    icon: icons[name],
    fields: fields[name],
    pattern: PATTERNS[name],
    fromBlock: blocks[name].from,
    toBlock: blocks[name].to,
    toPreview: (values) => preview(name, values, words),
  }));
}

/* Start ----------------------------------------------------------------------------- */

/** Sveltia sets `maximum-scale=1` on the viewport, which stops zooming on a phone
 * (WCAG 1.4.4): taken out, whenever it is set. */
function allowZoom() {
  const fix = () => document.querySelectorAll('meta[name="viewport"]').forEach((meta) => {
    const content = meta.getAttribute('content') || '';
    const kept = content.split(',').map((part) => part.trim())
      .filter((part) => part && !/^(maximum-scale|user-scalable)\s*=/.test(part)).join(', ');
    if (kept !== content) meta.setAttribute('content', kept);
  });
  fix();
  new MutationObserver(fix).observe(document.head, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['content'],
  });
}

/** Resolves once the service worker controls the page (or cannot: no worker here). */
async function underServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('tut-editor-sw.js', { scope: './' });
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
      });
    }
  } catch (error) {
    console.warn('tut-editor: service worker not available', error);
  }
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

async function start() {
  const data = JSON.parse(document.getElementById('tut-editor-data').textContent);
  window.CMS_MANUAL_INIT = true;
  allowZoom();
  await underServiceWorker();
  await loadScript('sveltia-cms.js');
  components(data).forEach((definition) => window.CMS.registerEditorComponent(definition));
  // The site's own stylesheets, by their full address (the preview is a frame of its own).
  (data.styles || []).forEach((style) => window.CMS.registerPreviewStyle(new URL(style, document.baseURI).href));
  document.getElementById('tut-editor-waiting')?.remove();
  window.CMS.init();
}

if (typeof document !== 'undefined') {
  document.addEventListener('DOMContentLoaded', start);
}
if (typeof module === 'object' && module.exports) {
  module.exports = { PATTERNS, blocks, components, preview };
}

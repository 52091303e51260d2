/**
 * The map.html document around the viewer: a Content-Security-Policy that allows only the
 * inlined script and style (by hash) and forbids every network request, the JSON data island,
 * the bundle, and a <noscript> message. The only dynamic text in the markup is escaped. The
 * licence notices of the bundled packages follow the charset declaration as an HTML comment
 * (after it, so the charset stays within the first 1024 bytes).
 */

import { escapeAttr, escapeHtml, htmlCommentText } from './escape.js';
import { cspHash } from './bundle.js';

export interface DocumentParts {
  lang: 'nl' | 'en';
  version: string;
  css: string;
  payloadJson: string;
  bundle: string;
  bundleHash: string;
  /** Licence notices of the third-party code in the bundle, carried as an HTML comment. */
  licences: string;
}

const TITLE = { nl: 'KIS-stakeholderkaart', en: 'KIS stakeholder map' };
const LOADING = { nl: 'De kaart wordt geladen…', en: 'Loading the map…' };
const NOSCRIPT = {
  nl: 'Deze kaart heeft JavaScript nodig. Zet JavaScript aan, of gebruik nodes.csv en edges.csv uit dezelfde map.',
  en: 'This map needs JavaScript. Turn JavaScript on, or use nodes.csv and edges.csv from the same folder.',
};

/** The Content-Security-Policy: nothing may be fetched; only our own script and style run. */
export function contentSecurityPolicy(bundleHash: string, css: string): string {
  return [
    "default-src 'none'",
    `script-src ${bundleHash}`,
    `style-src ${cspHash(css)}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "worker-src 'none'",
    "frame-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function mapDocument(p: DocumentParts): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${p.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<!--\n${htmlCommentText(p.licences)}\n-->`,
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(p.bundleHash, p.css))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="kis-network ${escapeAttr(p.version)}">`,
    `<title>${escapeHtml(TITLE[p.lang])}</title>`,
    `<style>${p.css}</style>`,
    '</head>',
    '<body>',
    `<div id="app" class="app"><p class="loading">${escapeHtml(LOADING[p.lang])}</p></div>`,
    `<noscript><p>${escapeHtml(NOSCRIPT[p.lang])}</p></noscript>`,
    `<script type="application/json" id="kis-data">${p.payloadJson}</script>`,
    `<script>${p.bundle}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

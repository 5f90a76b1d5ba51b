#!/usr/bin/env node
// Parse each file with Babel's parser and with TypeScript's, as their own build tools would
// read it (plugins and script kind chosen by extension), and print one JSON array:
//   [{"file": F, "babel": null | "message", "typescript": null | "message"}, ...]
// usage: node parse-check.js FILE [FILE ...]   (exit 1 when any file fails either parser)
'use strict'
const fs = require('fs')
const path = require('path')
const babel = require('@babel/parser')
const ts = require('typescript')

function babelPlugins (ext) {
  if (ext === '.ts' || ext === '.mts' || ext === '.cts') return ['typescript']
  if (ext === '.tsx') return ['typescript', 'jsx']
  return ['jsx']
}

function scriptKind (ext) {
  return { '.ts': ts.ScriptKind.TS, '.mts': ts.ScriptKind.TS, '.cts': ts.ScriptKind.TS,
    '.tsx': ts.ScriptKind.TSX, '.jsx': ts.ScriptKind.JSX }[ext] || ts.ScriptKind.JS
}

function babelError (source, ext) {
  try {
    babel.parse(source, { sourceType: 'module', plugins: babelPlugins(ext) })
    return null
  } catch (error) {
    return error.message
  }
}

function typescriptError (file, source, ext) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, scriptKind(ext))
  const diags = sf.parseDiagnostics || []
  if (!diags.length) return null
  const first = diags[0]
  const { line, character } = sf.getLineAndCharacterOfPosition(first.start)
  return `${line + 1}:${character + 1}: TS${first.code}: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')}`
}

const files = process.argv.slice(2)
if (!files.length) { console.error('usage: node parse-check.js FILE [FILE ...]'); process.exit(2) }
const report = files.map((file) => {
  const source = fs.readFileSync(file, 'utf8')
  const ext = path.extname(file).toLowerCase()
  return { file, babel: babelError(source, ext), typescript: typescriptError(file, source, ext) }
})
process.stdout.write(JSON.stringify(report) + '\n')
process.exit(report.some((r) => r.babel || r.typescript) ? 1 : 0)

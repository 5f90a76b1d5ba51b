#!/usr/bin/env node
// Syntax-check TypeScript files with the TypeScript compiler itself (no type check: a page
// alone has no tsconfig or typings). Prints `file:line:col: message` for each error.
//
//   node check_ts.js --modules DIR FILE.ts ...
'use strict'

const fs = require('fs')
const path = require('path')
const {createRequire} = require('module')

const argv = process.argv.slice(2)
if (argv[0] !== '--modules' || argv.length < 3) {
  process.stderr.write('usage: check_ts.js --modules DIR FILE.ts ...\n')
  process.exit(2)
}
const ts = createRequire(path.join(path.resolve(argv[1]), 'node_modules', '.wecontact'))('typescript')

let failed = 0
for (const file of argv.slice(2)) {
  const source = fs.readFileSync(file, 'utf8')
  const out = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: {target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS},
  })
  for (const diag of out.diagnostics || []) {
    if (diag.category !== ts.DiagnosticCategory.Error) continue
    failed++
    const message = ts.flattenDiagnosticMessageText(diag.messageText, '\n')
    if (diag.file && diag.start !== undefined) {
      const {line, character} = diag.file.getLineAndCharacterOfPosition(diag.start)
      process.stderr.write(`${file}:${line + 1}:${character + 1}: TS${diag.code}: ${message}\n`)
    } else {
      process.stderr.write(`${file}: TS${diag.code}: ${message}\n`)
    }
  }
}
process.exit(failed ? 1 : 0)

#!/usr/bin/env node
// Type-check and lint page scripts as a strict mini-program project would: TypeScript's
// compiler with `--strict --noUnusedParameters --noUnusedLocals` and the official
// miniprogram-api-typings (`checkJs` for .js), then ESLint's recommended rules (with
// typescript-eslint's for .ts). Every file is a module of its own (moduleDetection: force), so
// two pages that both declare `const app` do not collide in the one program that checks them
// all. Prints one JSON report on stdout:
// [{file, line, column, tool: "tsc" | "eslint", code, message}]; the exit code is 0 whenever
// the report was written.
//
//   node check_scripts.js --modules DIR FILE.js|FILE.ts ...
'use strict'

const path = require('path')
const {createRequire} = require('module')

const argv = process.argv.slice(2)
if (argv[0] !== '--modules' || argv.length < 3) {
  process.stderr.write('usage: check_scripts.js --modules DIR FILE ...\n')
  process.exit(2)
}
const modules = path.join(path.resolve(argv[1]), 'node_modules')
const requireTool = createRequire(path.join(modules, '.wecontact'))
const files = argv.slice(2).map(f => path.resolve(f))

// The mini-program's globals (ESLint's no-undef), as the typings declare them for tsc.
const GLOBALS = Object.fromEntries(
  ['wx', 'Page', 'Component', 'App', 'Behavior', 'getApp', 'getCurrentPages', 'requirePlugin',
    'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'require', 'module',
    'exports'].map(name => [name, 'readonly']))

function typecheck(files) {
  const ts = requireTool('typescript')
  const options = {
    noEmit: true,
    strict: true,
    noUnusedParameters: true,
    noUnusedLocals: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2020.d.ts'],
    types: ['miniprogram-api-typings'],
    typeRoots: [modules],
  }
  const program = ts.createProgram(files, options)
  return ts.getPreEmitDiagnostics(program).map(diag => {
    const where = diag.file && diag.start !== undefined
      ? diag.file.getLineAndCharacterOfPosition(diag.start) : {line: -1, character: -1}
    return {
      file: diag.file ? path.resolve(diag.file.fileName) : '',
      line: where.line + 1,
      column: where.character + 1,
      tool: 'tsc',
      code: `TS${diag.code}`,
      message: ts.flattenDiagnosticMessageText(diag.messageText, '\n'),
    }
  })
}

async function lint(file) {
  const {ESLint} = requireTool('eslint')
  const js = requireTool('@eslint/js')
  const tseslint = requireTool('typescript-eslint')
  const config = [
    {files: ['**/*.js', '**/*.ts'], ...js.configs.recommended},
    {files: ['**/*.js', '**/*.ts'], languageOptions: {ecmaVersion: 2022, sourceType: 'module', globals: GLOBALS}},
    ...tseslint.configs.recommended.map(c => ({...c, files: ['**/*.ts']})),
  ]
  const eslint = new ESLint({cwd: path.dirname(file), overrideConfigFile: true, overrideConfig: config})
  const [result] = await eslint.lintFiles([file])
  return result.messages.map(m => ({
    file,
    line: m.line || 0,
    column: m.column || 0,
    tool: 'eslint',
    code: m.ruleId || (m.fatal ? 'parse' : 'eslint'),
    message: m.message,
  }))
}

async function main() {
  const report = typecheck(files)
  for (const file of files) report.push(...(await lint(file)))
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
}

main().catch(err => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`)
  process.exit(3)
})

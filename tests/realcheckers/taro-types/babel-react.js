#!/usr/bin/env node
// Compile each file as a Taro React project's build does: Babel with the React preset (the
// automatic JSX runtime, as babel-preset-taro configures it for React), plus the TypeScript preset
// for .ts/.tsx. Prints [{"file": F, "error": null | "message"}, ...]; exit 1 when any file fails.
// usage: node babel-react.js FILE [FILE ...]
'use strict'
const fs = require('fs')
const path = require('path')
const babel = require('@babel/core')

const files = process.argv.slice(2)
if (!files.length) { console.error('usage: node babel-react.js FILE [FILE ...]'); process.exit(2) }
const report = files.map((file) => {
  const ext = path.extname(file).toLowerCase()
  const presets = [[require.resolve('@babel/preset-react'), { runtime: 'automatic' }]]
  if (ext === '.ts' || ext === '.tsx') {
    presets.push([require.resolve('@babel/preset-typescript'), { isTSX: ext === '.tsx', allExtensions: true }])
  }
  try {
    babel.transformSync(fs.readFileSync(file, 'utf8'), {
      filename: file, babelrc: false, configFile: false, code: false, presets,
      parserOpts: { sourceType: 'module' }
    })
    return { file, error: null }
  } catch (error) {
    return { file, error: error.message.split('\n')[0] }
  }
})
process.stdout.write(JSON.stringify(report) + '\n')
process.exit(report.some((r) => r.error) ? 1 : 0)
